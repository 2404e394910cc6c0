import { describe, expect, test } from 'vitest';
import { applyQuotas, evaluateEligibility, type EligibilityReport, type QuotaOutcome } from '../src/index.js';
import { deepFreeze, nationalBook, shuffled } from './support/factories.js';

const book = nationalBook();
const cite = { document: 'x', article: '1' };

/** A minimal eligibility report: verdicts per award, and optionally a recorded council share for one award. */
function report(id: string, year: number, regime: string, verdicts: Record<string, 'eligible' | 'ineligible'>, share?: { awardId: string; value: string | null }): EligibilityReport {
  return {
    schemaVersion: 1,
    subject: { id, kind: 'individual' },
    year,
    regime: { id: regime, title: { vi: regime, en: regime }, resolvedBy: 'period-end', periodEnd: `${year}-12-31`, ruleDate: `${year}-12-31` },
    ruleBook: { id: book.id, version: book.version, hash: book.hash },
    detail: 'full',
    inputHash: id,
    awards: Object.entries(verdicts).map(([awardId, verdict]) => ({
      awardId,
      title: { vi: awardId, en: awardId },
      verdict,
      rules:
        share && share.awardId === awardId
          ? [
              {
                ruleId: `${awardId}-rule`,
                kind: 'award' as const,
                title: { vi: 'x', en: 'x' },
                citation: cite,
                marker: 'CONFIRMED' as const,
                status: 'pass' as const,
                tree: {
                  type: 'group' as const, name: 'root', path: [], op: 'all' as const, status: 'pass' as const, citation: cite, marker: 'CONFIRMED' as const,
                  children: [
                    { type: 'leaf' as const, name: 'council-ballot', path: ['all', 0], fact: 'councilApprovalShare', factLabel: { vi: 'x', en: 'x' }, operator: 'decimalGte', expected: '0.8', actual: share.value, status: 'pass' as const, citation: cite, marker: 'CONFIRMED' as const, statutory: true },
                  ],
                },
              },
            ]
          : [],
      failing: [],
    })),
  };
}

/** A unit of `base` LĐTT holders, the first `cstdcs` of them eligible for CSTĐCS (old regime, 2020). */
function unit(base: number, cstdcs: number): EligibilityReport[] {
  return Array.from({ length: base }, (_, i) =>
    report(`m${String(i).padStart(2, '0')}`, 2020, 'vn-tdkt-2003', { 'lao-dong-tien-tien': 'eligible', 'chien-si-thi-dua-co-so': i < cstdcs ? 'eligible' : 'ineligible' }),
  );
}
function quota(reports: EligibilityReport[], id: string, year = 2020, baseCounts?: Record<string, number>): QuotaOutcome {
  const r = applyQuotas(book, reports, { year, unit: 'so-noi-vu', ...(baseCounts ? { baseCounts } : {}) });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const q = r.value.quotas.find((x) => x.quotaId === id);
  if (!q) throw new Error(`no quota ${id}`);
  return q;
}

describe('applyQuotas: CSTĐCS cap, old regime (100·count(CSTĐCS) ≤ 15·count(LĐTT ∪ CSTT), D91 Art. 9.3)', () => {
  test('exactly at the cap: 3 CSTĐCS over 20 LĐTT holders are all within the quota', () => {
    const q = quota(unit(20, 3), 'chien-si-thi-dua-co-so-cap');
    expect(q).toMatchObject({ mode: 'cap', maxShare: '0.15', candidates: 3, allowed: 3, ratio: '3/20', base: { kind: 'eligible-for', count: 20, source: 'reports' }, citation: { document: '91/2017/NĐ-CP', article: '9', clause: '3' } });
    expect(q.members.filter((m) => m.verdict === 'within-quota').map((m) => m.subjectId)).toEqual(['m00', 'm01', 'm02']);
    expect(q.members.filter((m) => m.verdict === 'not-subject')).toHaveLength(17);
  });

  test('one over the cap: the 4th candidate in selection order is over the quota', () => {
    const q = quota(unit(20, 4), 'chien-si-thi-dua-co-so-cap');
    expect([q.allowed, q.candidates]).toEqual([3, 4]);
    expect(q.members.slice(0, 4).map((m) => [m.subjectId, m.verdict, m.rank])).toEqual([
      ['m00', 'within-quota', 1],
      ['m01', 'within-quota', 2],
      ['m02', 'within-quota', 3],
      ['m03', 'over-quota', 4],
    ]);
    // the chain fell through to the id: the tie is reported, not hidden
    expect(q.unresolvedTie).toEqual(['m00', 'm01', 'm02', 'm03']);
  });

  test('19 holders allow only 2 (floor(15·19/100) = 2)', () => {
    expect(quota(unit(19, 3), 'chien-si-thi-dua-co-so-cap').allowed).toBe(2);
  });

  test('selects by council approval share (highest first, missing last), then id, never by input order', () => {
    const base = unit(20, 0);
    const cands = [
      report('z-high', 2020, 'vn-tdkt-2003', { 'lao-dong-tien-tien': 'eligible', 'chien-si-thi-dua-co-so': 'eligible' }, { awardId: 'chien-si-thi-dua-co-so', value: '19/20' }),
      report('a-low', 2020, 'vn-tdkt-2003', { 'lao-dong-tien-tien': 'eligible', 'chien-si-thi-dua-co-so': 'eligible' }, { awardId: 'chien-si-thi-dua-co-so', value: '8/10' }),
      report('b-mid', 2020, 'vn-tdkt-2003', { 'lao-dong-tien-tien': 'eligible', 'chien-si-thi-dua-co-so': 'eligible' }, { awardId: 'chien-si-thi-dua-co-so', value: '9/10' }),
      report('c-mid', 2020, 'vn-tdkt-2003', { 'lao-dong-tien-tien': 'eligible', 'chien-si-thi-dua-co-so': 'eligible' }, { awardId: 'chien-si-thi-dua-co-so', value: '18/20' }),
      report('a-none', 2020, 'vn-tdkt-2003', { 'lao-dong-tien-tien': 'eligible', 'chien-si-thi-dua-co-so': 'eligible' }),
    ];
    const all = [...base.slice(0, 15), ...cands]; // 20 LĐTT holders → 3 allowed
    const expected = [
      ['z-high', 'within-quota', '19/20'],
      ['b-mid', 'within-quota', '9/10'],
      ['c-mid', 'within-quota', '18/20'],
      ['a-low', 'over-quota', '8/10'],
      ['a-none', 'over-quota', null],
    ];
    for (const seed of [1, 2, 3]) {
      const q = quota(shuffled(all, seed), 'chien-si-thi-dua-co-so-cap');
      expect(q.members.slice(0, 5).map((m) => [m.subjectId, m.verdict, m.councilApprovalShare])).toEqual(expected);
      expect(q.unresolvedTie).toEqual([]);
    }
  });

  test('does not apply to achievement years before Decree 91/2017', () => {
    const reports = unit(20, 4).map((r) => ({ ...r, year: 2015 }));
    const r = applyQuotas(book, reports, { year: 2015, unit: 'so-noi-vu' });
    expect(r.ok && r.value.quotas.map((q) => q.quotaId)).toEqual([]);
  });
});

describe('applyQuotas: Government flag ≤ 20 %', () => {
  const flags = (year: number, regime: string, standard: number, proposals: number) =>
    Array.from({ length: standard }, (_, i) => report(`t${i}`, year, regime, { 'co-thi-dua-tinh': 'eligible', 'co-thi-dua-cua-chinh-phu': i < proposals ? 'eligible' : 'ineligible' }));

  test('≤ 2022 the base is the collectives meeting the provincial-flag standard (D91 Art. 11.1, OQ-31)', () => {
    const q = quota(flags(2022, 'vn-tdkt-2003', 10, 3), 'co-thi-dua-cua-chinh-phu-quota', 2022);
    expect(q).toMatchObject({ allowed: 2, candidates: 3, base: { kind: 'eligible-for', count: 10, question: 'OQ-31', citation: { document: '91/2017/NĐ-CP', article: '11', clause: '1' } } });
    expect(q.members.map((m) => m.verdict).slice(0, 3)).toEqual(['within-quota', 'within-quota', 'over-quota']);
  });

  test('in 2023 the base (cluster leaders, Công văn 5007) must be supplied; without it the verdicts are undetermined', () => {
    const without = quota(flags(2023, 'vn-tdkt-2003', 10, 2), 'co-thi-dua-cua-chinh-phu-quota', 2023);
    expect(without).toMatchObject({ allowed: null, ratio: null, base: { kind: 'supplied', count: null, source: null } });
    expect(without.members.slice(0, 2).map((m) => m.verdict)).toEqual(['undetermined', 'undetermined']);
    const withBase = quota(flags(2023, 'vn-tdkt-2003', 10, 2), 'co-thi-dua-cua-chinh-phu-quota', 2023, { 'co-thi-dua-cua-chinh-phu-quota': 5 });
    expect(withBase).toMatchObject({ allowed: 1, ratio: '2/5', base: { count: 5, source: 'supplied' } });
  });

  test('2022 regimes: report only (OQ-09): the ratio and a warning above 20 %, no cap', () => {
    const over = quota(flags(2024, 'vn-tdkt-2022-nd98', 10, 3), 'co-thi-dua-cua-chinh-phu-quota', 2024, { 'co-thi-dua-cua-chinh-phu-quota': 10 });
    expect(over).toMatchObject({ mode: 'report-only', allowed: null, ratio: '3/10', exceedsReference: true, question: 'OQ-09' });
    expect(over.members.slice(0, 3).map((m) => m.verdict)).toEqual(['not-capped', 'not-capped', 'not-capped']);
    const at = quota(flags(2024, 'vn-tdkt-2022-nd98', 10, 2), 'co-thi-dua-cua-chinh-phu-quota', 2024, { 'co-thi-dua-cua-chinh-phu-quota': 10 });
    expect(at.exceedsReference).toBe(false);
  });
});

describe('applyQuotas: typed issues and purity', () => {
  test('reports of another year or regime, duplicate subjects, a bad unit and an unknown base id', () => {
    const a = report('a', 2020, 'vn-tdkt-2003', {});
    const r = applyQuotas(book, [a, report('b', 2021, 'vn-tdkt-2003', {}), report('a', 2020, 'vn-tdkt-2022-nd98', {})], { year: 2020, unit: 'u' });
    expect(!r.ok && r.issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual([
      'inconsistent_reports reports.1.year',
      'inconsistent_reports reports.2.regime',
      'duplicate_id reports.2.subject.id',
    ]);
    const u = applyQuotas(book, [a], { year: 2020, unit: '' });
    expect(!u.ok && u.issues[0]!.path).toEqual(['options', 'unit']);
    const b = applyQuotas(book, [a], { year: 2020, unit: 'u', baseCounts: { 'no-such-quota': 3 } });
    expect(!b.ok && b.issues[0]!.code).toBe('invalid_option');
  });

  test('reports evaluated with another rule book are rejected', () => {
    const a = { ...report('a', 2020, 'vn-tdkt-2003', {}), ruleBook: { id: book.id, version: book.version, hash: '0'.repeat(64) } };
    const r = applyQuotas(book, [a], { year: 2020, unit: 'u' });
    expect(!r.ok && r.issues[0]).toMatchObject({ code: 'inconsistent_reports', path: ['reports', 0, 'ruleBook'] });
  });

  test('works on frozen reports evaluated by evaluateEligibility', async () => {
    const subjects = ['an', 'binh'].map((id) => ({
      kind: 'individual' as const,
      id,
      history: [{ year: 2020, taskRating: 'good' as const, isLawAbiding: true, isActiveLearner: true, hasGoodMorals: true, hasGoodConduct: true }],
    }));
    const reports: EligibilityReport[] = [];
    for (const s of subjects) {
      const r = await evaluateEligibility(book, s, { year: 2020 });
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      reports.push(r.value);
    }
    const frozen = deepFreeze(reports);
    const r = applyQuotas(book, frozen, { year: 2020, unit: 'so-noi-vu' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.regime).toBe('vn-tdkt-2003');
    const cap = r.value.quotas.find((q) => q.quotaId === 'chien-si-thi-dua-co-so-cap')!;
    expect([cap.candidates, cap.members.map((m) => [m.subjectId, m.verdict])]).toEqual([0, [['an', 'not-subject'], ['binh', 'not-subject']]]);
    expect(Object.isFrozen(r.value.quotas)).toBe(true);
  });
});
