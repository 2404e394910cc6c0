import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { rankCluster, scoreCluster, type ClusterRanking, type ClusterScores } from '../src/index.js';
import { deepFreeze } from './support/factories.js';
import { directInputs, directSheet, TEN, type DirectMember } from './fixtures/clusters/factory.js';

function scoreOf(members: readonly DirectMember[], sheet = directSheet(), period = 2024): ClusterScores {
  const { year, reports } = directInputs(members, period);
  const r = scoreCluster(deepFreeze(sheet), deepFreeze(reports), deepFreeze(year));
  if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 1));
  return r.value;
}
function rankOf(members: readonly DirectMember[], sheet = directSheet(), period = 2024): ClusterRanking {
  const s = scoreOf(members, sheet, period);
  const r = rankCluster(s, sheet.tieBreaks);
  if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 1));
  return r.value;
}

describe('rankCluster', () => {
  test('should rank ten members with close decimal scores exactly ("912.35" before "912.349999")', () => {
    const r = rankOf(TEN);
    expect(r.entries.map((e) => [e.rank, e.member, e.total])).toEqual([
      [1, 'don-vi-03', '912.350000'],
      [2, 'don-vi-01', '912.350000'],
      [3, 'don-vi-02', '912.349999'],
      [4, 'don-vi-05', '900.000000'], // 900 exactly: ranked on the exact totals, not on the rounded 900.000000
      [5, 'don-vi-04', '900.000000'], // 899.9999999
      [6, 'don-vi-06', '800.750000'],
      [7, 'don-vi-07', '800.750000'],
      [8, 'don-vi-08', '700.000000'],
      [9, 'don-vi-09', '700.000000'],
      [10, 'don-vi-10', '0.000001'],
    ]);
  });

  test('should resolve every tie by the declared chain and show how', () => {
    const r = rankOf(TEN);
    expect(r.ties.map((t) => ({ total: t.total, members: t.members, merit: t.resolvedOnMerit, steps: t.steps.map((s) => [s.kind, s.outcome, s.order]) }))).toEqual([
      { total: '912.350000', members: ['don-vi-03', 'don-vi-01'], merit: true, steps: [['criteria-group', 'separated', [['don-vi-03'], ['don-vi-01']]]] },
      { total: '800.750000', members: ['don-vi-06', 'don-vi-07'], merit: true, steps: [['criteria-group', 'separated', [['don-vi-06'], ['don-vi-07']]]] },
      {
        total: '700.000000',
        members: ['don-vi-08', 'don-vi-09'],
        merit: false,
        steps: [
          ['criteria-group', 'still-tied', [['don-vi-08', 'don-vi-09']]],
          ['member-id', 'separated', [['don-vi-08'], ['don-vi-09']]],
        ],
      },
    ]);
    expect(r.ties[0]!.steps[0]!.keys).toEqual([
      { member: 'don-vi-01', value: '512.35' },
      { member: 'don-vi-03', value: '512.350001' },
    ]);
    expect(r.rankedOn).toBe('exact');
    expect(r.entries.find((e) => e.member === 'don-vi-02')!.tie).toBeNull();
    expect(r.entries.find((e) => e.member === 'don-vi-01')!.tie).toBe(0);
  });

  test('should keep exact totals apart and rank on them; rounding decides ties only when the sheet declares rankOn "rounded"', () => {
    const s = scoreOf(TEN);
    expect(s.members.find((m) => m.member === 'don-vi-04')!.exactTotal).toBe('8999999999/10000000');
    const two = rankOf(TEN, directSheet({ rounding: { places: 2, mode: 'half-up', stage: 'total' } }));
    // displayed at two places, 912.349999 shows as 912.35 but still ranks below the exact 912.35
    expect(two.rankedOn).toBe('exact');
    expect(two.entries.slice(0, 3).map((e) => [e.member, e.total, e.exactTotal])).toEqual([
      ['don-vi-03', '912.35', '18247/20'],
      ['don-vi-01', '912.35', '18247/20'],
      ['don-vi-02', '912.35', '912349999/1000000'],
    ]);
    const declared = rankOf(TEN, directSheet({ rounding: { places: 2, mode: 'half-up', stage: 'total', rankOn: 'rounded' } }));
    // the sheet says: rank on the rounded totals — 912.349999 joins the tie, broken by group a (512.35 for all three → member id)
    expect(declared.rankedOn).toBe('rounded');
    expect(declared.ties[0]).toMatchObject({ total: '912.35', members: ['don-vi-01', 'don-vi-02', 'don-vi-03'], resolvedOnMerit: false });
    const down = rankOf(TEN, directSheet({ rounding: { places: 2, mode: 'down', stage: 'total', rankOn: 'rounded' } }));
    expect(down.entries.slice(0, 3).map((e) => [e.member, e.total])).toEqual([
      ['don-vi-01', '912.35'],
      ['don-vi-03', '912.35'],
      ['don-vi-02', '912.34'],
    ]);
  });

  test('issue 14: "912.350000000000000001" ranks before "912.35" (fails under floating point and under 12-place rounding)', () => {
    const ms: DirectMember[] = [
      { id: 'don-vi-a', a: '512.35', b: '400' },
      { id: 'don-vi-b', a: '512.350000000000000001', b: '400' },
    ];
    // floating point cannot tell them apart, nor can any rounding to at most 12 places
    expect(912.350000000000000001 === 912.35).toBe(true);
    for (const places of [2, 6, 12]) {
      const r = rankOf(ms, directSheet({ rounding: { places, mode: 'half-up', stage: 'total' } }));
      expect(r.entries.map((e) => [e.rank, e.member])).toEqual([
        [1, 'don-vi-b'],
        [2, 'don-vi-a'],
      ]);
      expect(r.ties).toEqual([]);
      expect(r.entries[0]!.exactTotal).toBe('912350000000000000001/1000000000000000000');
    }
  });

  const women = (sheetPeriodFrom: string, period: number, w1: [number, number] | undefined, w2: [number, number] | undefined) => {
    const sheet = directSheet({
      tieBreaks: [
        { kind: 'female-preference', appliesFrom: sheetPeriodFrom, citation: { document: '152/2025/NĐ-CP', article: '4', clause: '6' }, marker: 'CONFIRMED' },
        { kind: 'member-id' },
      ],
    });
    const ms: DirectMember[] = [
      { id: 'don-vi-a', a: '300', b: '200', ...(w1 ? { women: w1 } : {}) },
      { id: 'don-vi-b', a: '300', b: '200', ...(w2 ? { women: w2 } : {}) },
    ];
    return rankOf(ms, sheet, period);
  };

  test('should prefer the collective with at least 70 % women when Decree 152 applies (10·women ≥ 7·members)', () => {
    const r = women('2025-07-01', 2025, [69, 100], [7, 10]);
    expect(r.entries.map((e) => e.member)).toEqual(['don-vi-b', 'don-vi-a']);
    expect(r.ties[0]!.steps[0]).toMatchObject({
      kind: 'female-preference',
      outcome: 'separated',
      keys: [{ member: 'don-vi-a', value: false }, { member: 'don-vi-b', value: true }],
      citation: { document: '152/2025/NĐ-CP', article: '4', clause: '6' },
    });
    expect(r.ties[0]!.resolvedOnMerit).toBe(true);
  });

  test('should not apply the female preference to periods ending before it took effect', () => {
    const r = women('2025-07-01', 2024, [69, 100], [7, 10]);
    expect(r.entries.map((e) => e.member)).toEqual(['don-vi-a', 'don-vi-b']);
    expect(r.ties[0]!.steps.map((s) => [s.kind, s.outcome, s.reason])).toEqual([
      ['female-preference', 'not-applicable', 'before-applies-from'],
      ['member-id', 'separated', undefined],
    ]);
  });

  test('should report the female preference as undetermined when workforce data is missing, then fall through', () => {
    const r = women('2025-07-01', 2025, undefined, [7, 10]);
    expect(r.ties[0]!.steps.map((s) => [s.kind, s.outcome, s.reason])).toEqual([
      ['female-preference', 'undetermined', 'workforce-missing'],
      ['member-id', 'separated', undefined],
    ]);
    expect(r.entries.map((e) => e.member)).toEqual(['don-vi-a', 'don-vi-b']);
  });

  test('should keep a disqualified member in place and mark it with the reason', () => {
    const r = rankOf([
      { id: 'x', a: '600', b: '400', veto: true },
      { id: 'y', a: '500', b: '400' },
    ]);
    expect(r.entries.map((e) => [e.member, e.disqualified, e.disqualifiedBy.map((d) => d.criterion)])).toEqual([
      ['x', true, ['veto']],
      ['y', false, []],
    ]);
  });

  test('should not mutate deep-frozen inputs', () => {
    const s = deepFreeze(scoreOf(TEN));
    const chain = deepFreeze(directSheet().tieBreaks);
    expect(rankCluster(s, chain).ok).toBe(true);
  });

  test('property: shuffling members, reports, entries and object keys changes nothing in the JSON output', () => {
    const sheet = directSheet();
    const { year, reports } = directInputs(TEN);
    const baseline = JSON.stringify(rankCluster((scoreCluster(sheet, reports, year) as { value: ClusterScores }).value, sheet.tieBreaks));
    const shuffleKeys = (v: unknown, seed: number): unknown => {
      if (Array.isArray(v)) return v.map((x, i) => shuffleKeys(x, seed + i));
      if (v === null || typeof v !== 'object') return v;
      const entries = Object.entries(v as Record<string, unknown>);
      const rot = seed % Math.max(1, entries.length);
      const reordered = [...entries.slice(rot), ...entries.slice(0, rot)].reverse();
      return Object.fromEntries(reordered.map(([k, x]) => [k, shuffleKeys(x, seed * 31 + 7)]));
    };
    fc.assert(
      fc.property(fc.shuffledSubarray([...reports.keys()], { minLength: reports.length, maxLength: reports.length }), fc.shuffledSubarray([...year.members.keys()], { minLength: year.members.length, maxLength: year.members.length }), fc.nat(1000), (rOrder, mOrder, seed) => {
        const rs = rOrder.map((i) => ({ ...reports[i]!, entries: [...reports[i]!.entries].reverse() }));
        const y = { ...year, members: mOrder.map((i) => year.members[i]!) };
        const s = scoreCluster(shuffleKeys(sheet, seed), shuffleKeys(rs, seed + 1), shuffleKeys(y, seed + 2));
        if (!s.ok) return false;
        return JSON.stringify(rankCluster(s.value, shuffleKeys(sheet.tieBreaks, seed))) === baseline && JSON.stringify(s.value) === JSON.stringify((scoreCluster(sheet, reports, year) as { value: ClusterScores }).value);
      }),
      { numRuns: 60, seed: 20240313 },
    );
  });
});
