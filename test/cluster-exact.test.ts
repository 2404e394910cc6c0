import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluateCycle, rankCluster, renderCycle, scoreCluster } from '../src/index.js';
import { LIMITS } from '../src/advanced.js';
import { q, qAdd, qCmp, qDecimalText, qSum, qText, type Q } from '../src/_internal/rational.js';
import { nationalBook } from './support/factories.js';
import { directSheet, NOTE_SOURCE } from './fixtures/clusters/factory.js';

// Issue 19 item 3 and issue 14 (exact cluster totals): totals are exact end to end, sizes are
// bounded with typed issues, and ranking uses the exact total unless the sheet says otherwise.

const T = (vi: string, en: string) => ({ vi, en });

/** Reference sum: plain BigInt fractions, reduced with Euclid at the end. */
function reference(fracs: readonly [bigint, bigint][]): string {
  let n = 0n;
  let d = 1n;
  for (const [a, b] of fracs) {
    n = n * b + a * d;
    d *= b;
  }
  const gcd = (x: bigint, y: bigint): bigint => (y === 0n ? (x < 0n ? -x : x) : gcd(y, x % y));
  const g = gcd(n, d) || 1n;
  return d / g === 1n ? `${n / g}` : `${n / g}/${d / g}`;
}

/** A decimal string of `digits` digits from a seeded generator. */
function decimals(count: number, digits: number, seed0: number): string[] {
  let seed = seed0;
  const next = (): number => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed;
  };
  return Array.from({ length: count }, () => {
    let s = String(1 + (next() % 9));
    while (s.length < digits) s += String(next() % 10);
    const frac = Math.floor(digits / 2);
    return `${s.slice(0, digits - frac)}.${s.slice(digits - frac)}`;
  });
}

describe('exact rationals (BigInt)', () => {
  test('qSum equals a step-by-step exact fold for any fractions (fast-check)', () => {
    const frac = fc.tuple(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.bigInt({ min: 1n, max: 10n ** 30n }));
    fc.assert(
      fc.property(fc.array(frac, { maxLength: 30 }), (xs) => {
        const qs: Q[] = xs.map(([n, d]) => qAdd(q(0), { n, d }));
        const folded = qs.reduce((a, x) => qAdd(a, x), q(0));
        expect(qText(qSum(qs))).toBe(qText(folded));
        expect(qText(qSum(qs))).toBe(reference(xs));
      }),
      { seed: 14, numRuns: 300 },
    );
  });

  test('qDecimalText writes terminating values as decimals and the rest as fractions', () => {
    expect(qDecimalText(q('912.350000000000000001'))).toBe('912.350000000000000001');
    expect(qDecimalText({ n: 5n, d: 3n })).toBe('5/3');
    expect(qDecimalText({ n: -1n, d: 8n })).toBe('-0.125');
    expect(qDecimalText(q('7'))).toBe('7');
  });
});

describe('exact cluster totals within the limits', () => {
  test('10 members × 100 proportional criteria with 30-digit values: every total equals the exact reference (denominators of thousands of digits)', () => {
    const C = 100;
    const members = Array.from({ length: 10 }, (_, i) => `don-vi-${String(i).padStart(2, '0')}`);
    const criteria = Array.from({ length: C }, (_, i) => ({
      kind: 'quantitative', id: `c${i}`, title: T('c', 'c'), source: NOTE_SOURCE, maxPoints: '5', formula: 'proportional', direction: 'higher-is-better', ratioCap: '3',
    }));
    const sheet = { ...directSheet(), maxTotal: String(5 * C), finalScoreFrom: ['computed'], criteria, tieBreaks: [{ kind: 'member-id' }] };
    const targets = members.map((_, i) => decimals(C, 30, 1000 + i));
    const actuals = members.map((_, i) => decimals(C, 30, 5000 + i));
    const year = { period: 2024, members: members.map((id) => ({ id })), pledges: members.map((m, i) => ({ member: m, targets: criteria.map((c, j) => ({ criterion: c.id, target: targets[i]![j]! })) })) };
    const reports = members.map((m, i) => ({ member: m, period: 2024, entries: criteria.map((c, j) => ({ criterion: c.id, actual: actuals[i]![j]! })) }));
    const r = scoreCluster(sheet, reports, year);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    members.forEach((m, i) => {
      // points = 5 · min(a/t, 3) / 3; every a/t here is below 3 or capped
      const fracs = criteria.map((_, j) => {
        const a = q(actuals[i]![j]!);
        const t = q(targets[i]![j]!);
        const ratio = { n: a.n * t.d, d: a.d * t.n };
        const capped = qCmp(ratio, q(3)) > 0 ? q(3) : ratio;
        return [5n * capped.n, 3n * capped.d] as [bigint, bigint];
      });
      const exact = r.value.members.find((x) => x.member === m)!.exactTotal;
      expect(exact).toBe(reference(fracs));
      expect(exact.length).toBeGreaterThan(2000); // beyond the 2,000-digit precision the totals were cut at before
    });
  });

  test('a decimal with more digits than the limit, and a sheet with more criteria than the limit, are typed issues', () => {
    const long = `1${'0'.repeat(LIMITS.clusterDecimalDigits)}`;
    const sheet = directSheet();
    const year = { period: 2024, members: [{ id: 'a' }] };
    const r = scoreCluster(sheet, [{ member: 'a', period: 2024, entries: [{ criterion: 'a1', clusterScore: long }, { criterion: 'b1', clusterScore: '1' }, { criterion: 'veto', triggered: false }] }], year);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => [i.code, i.path])).toContainEqual(['size_exceeded', ['reports', 0, 'entries', 0, 'clusterScore']]);
    const many = Array.from({ length: LIMITS.sheetCriteria + 1 }, (_, i) => ({ kind: 'qualitative', id: `c${i}`, title: T('c', 'c'), source: NOTE_SOURCE, maxPoints: '1' }));
    const big = scoreCluster({ ...directSheet(), maxTotal: String(many.length), criteria: [{ kind: 'group', id: 'g', title: T('g', 'g'), source: NOTE_SOURCE, maxPoints: String(many.length), children: many.slice(0, 150) }, ...many.slice(150)], tieBreaks: [{ kind: 'member-id' }] }, [], year);
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.issues.map((i) => [i.code, i.path])).toContainEqual(['size_exceeded', ['sheet', 'criteria']]);
  });

  test('rankCluster refuses a hand-made scores value with typed issues instead of throwing', () => {
    for (const bad of [null, 1, 'x', {}, { members: [{ member: 'a' }] }, { period: 2024, sheet: { id: 's', rounding: {} }, members: [{ member: 'a', total: 'NaN', exactTotal: '1' }] }]) {
      const r = rankCluster(bad as never, [{ kind: 'member-id' }]);
      expect(r.ok).toBe(false);
    }
  });
});

describe('issue 14: exact totals end to end (score sheet → ranking → proposals → rendering)', () => {
  const file = {
    illustrative: T('Dữ liệu thử', 'Test data'),
    cluster: {
      id: 'cum-thu',
      name: T('Cụm thử', 'Test cluster'),
      clusterKind: 'cum',
      organiser: 'ccec',
      memberLevel: 'province',
      years: [{ period: 2024, members: [{ id: 'tinh-a', name: 'Tỉnh A' }, { id: 'tinh-b', name: 'Tỉnh B' }, { id: 'tinh-c', name: 'Tỉnh C' }] }],
    },
    review: {
      period: 2024,
      scoreSheet: directSheet({ rounding: { places: 2, mode: 'half-up', stage: 'total' } }),
      reports: [
        ['tinh-a', '512.35', '400'],
        ['tinh-b', '512.350000000000000001', '400'],
        ['tinh-c', '500', '300'],
      ].map(([member, a, b]) => ({ member, period: 2024, entries: [{ criterion: 'a1', clusterScore: a }, { criterion: 'b1', clusterScore: b }, { criterion: 'veto', triggered: false }] })),
      quotas: { flags: 1, certificates: 0, source: { marker: 'UNCONFIRMED', note: T('Thử', 'Test') } },
    },
  };

  test('the member 0.000000000000000001 ahead gets the flag, and the text shows why', async () => {
    const r = await evaluateCycle(file, nationalBook());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const c = r.value;
    expect(c.ranking.rankedOn).toBe('exact');
    expect(c.ranking.entries.map((e) => [e.member, e.total])).toEqual([
      ['tinh-b', '912.35'],
      ['tinh-a', '912.35'],
      ['tinh-c', '800.00'],
    ]);
    expect(c.ranking.ties).toEqual([]);
    expect(c.proposals!.proposals.map((p) => [p.member, p.total, p.exactTotal])).toEqual([['tinh-b', '912.35', '912350000000000000001/1000000000000000000']]);
    const en = renderCycle(c, { lang: 'en' });
    expect(en).toContain('1. Tỉnh B — 912.35 (exact 912.350000000000000001) points');
    expect(en).toContain('2. Tỉnh A — 912.35 points');
    expect(en).toContain('ranked on the exact totals');
    const vi = renderCycle(c);
    expect(vi).toContain('1. Tỉnh B — 912,35 (chính xác 912,350000000000000001) điểm');
  });
});
