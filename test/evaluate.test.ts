import { describe, expect, test } from 'vitest';
import { issueMessage, evaluateEligibility, loadRuleBook, nationalRuleFiles, type EligibilityReport } from '../src/index.js';
import { deepFreeze, nationalBook, shuffled, strongCandidate } from './support/factories.js';

const book = nationalBook();

async function report(subject: unknown, options: Parameters<typeof evaluateEligibility>[2]): Promise<EligibilityReport> {
  const r = await evaluateEligibility(book, subject, options);
  if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 2));
  return r.value;
}
const verdictOf = (r: EligibilityReport, id: string) => r.awards.find((a) => a.awardId === id)!;

describe('evaluateEligibility', () => {
  test('should return a verdict per award of the subject kind with the regime, hashes and citations', async () => {
    const r = await report(strongCandidate(), { year: 2025 });
    expect(r.regime).toMatchObject({ id: 'vn-tdkt-2022-nd152', resolvedBy: 'period-end', periodEnd: '2025-12-31' });
    expect(r.ruleBook.hash).toBe(book.hash);
    expect(r.inputHash).toMatch(/^[0-9a-f]{64}$/);
    expect(r.awards.map((a) => [a.awardId, a.verdict])).toEqual([
      ['lao-dong-tien-tien', 'eligible'],
      ['chien-si-tien-tien', 'ineligible'], // not armed forces
      ['chien-si-thi-dua-co-so', 'eligible'],
      ['chien-si-thi-dua-tinh', 'eligible'],
      ['chien-si-thi-dua-toan-quoc', 'ineligible'], // no Ministry/Provincial Emulation Fighter run
      ['giay-khen', 'undetermined'], // law-abiding and achievements not given
      ['bang-khen-tinh', 'undetermined'],
      ['bang-khen-thu-tuong', 'undetermined'],
    ]);
    const cstdcs = verdictOf(r, 'chien-si-thi-dua-co-so');
    // principle (D152 Art. 4.4) first, then the award rule (Law 06/2022 Art. 23)
    expect(cstdcs.rules.map((x) => [x.ruleId, x.citation.document, x.citation.article])).toEqual([
      ['d152-pending-discipline-or-investigation', '152/2025/NĐ-CP', '4'],
      ['chien-si-thi-dua-co-so-nd152', '06/2022/QH15', '23'],
    ]);
  });

  test('should evaluate every leaf, including the alternatives of an any-group that already passed (Law 06/2022 Art. 23)', async () => {
    const r = await report(strongCandidate(), { year: 2025, awards: ['chien-si-thi-dua-co-so'] });
    const tree = verdictOf(r, 'chien-si-thi-dua-co-so').rules[1]!.tree;
    const any = tree.children[1]!;
    expect(any.type === 'group' && any.children.map((c) => [c.name, c.status])).toEqual([
      ['excellent-rating', 'pass'],
      ['grassroots-initiative', 'pass'],
      ['accepted-research', 'fail'],
      ['combat-creativity', 'fail'],
    ]);
  });

  test('should report the fact values, expected values, parameter and exact gap of a failed ballot (D98 Art. 30.7)', async () => {
    const s = strongCandidate({ councilVotes: [{ awardId: 'chien-si-thi-dua-co-so', year: 2025, members: 11, approvals: 8 }] });
    const v = verdictOf(await report(s, { year: 2025 }), 'chien-si-thi-dua-co-so');
    expect(v.verdict).toBe('ineligible');
    const ballot = v.rules[1]!.tree.children[2]!;
    expect(ballot).toMatchObject({
      name: 'council-ballot',
      fact: 'councilApprovalShare',
      actual: '8/11',
      operator: 'decimalGte',
      expected: '0.8',
      paramRef: 'ballot.cstdcsMinShare',
      status: 'fail',
      marker: 'UNCONFIRMED',
      citation: { document: '98/2023/NĐ-CP', article: '30', clause: '7' },
      gap: { kind: 'count', amount: '1', direction: 'increase', unit: 'approvals' },
    });
    expect(v.failing).toEqual([
      { ruleId: 'chien-si-thi-dua-co-so-nd152', name: 'council-ballot', status: 'fail', criterion: 'chien-si-thi-dua-co-so@2022#3', gap: { kind: 'count', amount: '1', direction: 'increase', unit: 'approvals' } },
    ]);
  });

  test('should be undetermined, not ineligible, when a needed fact is missing', async () => {
    const s = strongCandidate({ councilVotes: [] });
    const v = verdictOf(await report(s, { year: 2025 }), 'chien-si-thi-dua-co-so');
    expect(v.verdict).toBe('undetermined');
    expect(v.failing).toEqual([{ ruleId: 'chien-si-thi-dua-co-so-nd152', name: 'council-ballot', status: 'missing_fact', criterion: 'chien-si-thi-dua-co-so@2022#3' }]);
  });

  test('should choose the regime by the achievement year and accept an explicit override (regimes.md B1)', async () => {
    expect((await report(strongCandidate(), { year: 2023 })).regime.id).toBe('vn-tdkt-2003');
    expect((await report(strongCandidate(), { year: 2024 })).regime.id).toBe('vn-tdkt-2022-nd98');
    const o = await report(strongCandidate(), { year: 2023, regime: 'vn-tdkt-2022-nd98' });
    expect(o.regime).toMatchObject({ id: 'vn-tdkt-2022-nd98', resolvedBy: 'override', periodEnd: '2023-12-31', ruleDate: '2024-01-01' });
    expect(verdictOf(o, 'chien-si-thi-dua-co-so').rules.find((x) => x.kind === 'award')!.ruleId).toBe('chien-si-thi-dua-co-so-nd98');
  });

  test('should give typed issues for a bad regime override, a disabled regime and a year without a regime', async () => {
    const a = await evaluateEligibility(book, strongCandidate(), { year: 2025, regime: 'vn-tdkt-2022-nd15' });
    expect(!a.ok && a.issues[0].code).toBe('unknown_regime');
    expect(!a.ok && (a.issues[0].params as Readonly<Record<string, unknown>>)['suggestions']).toEqual(['vn-tdkt-2022-nd152', 'vn-tdkt-2022-nd98']);
    const b = await evaluateEligibility(book, strongCandidate(), { year: 2026, regime: 'vn-tdkt-2026' });
    expect(!b.ok && b.issues[0].code).toBe('regime_disabled');
    const c = await evaluateEligibility(book, strongCandidate(), { year: 2000 });
    expect(!c.ok && c.issues[0].code).toBe('no_regime_in_force');
  });

  test('should give typed issues with JSON paths for a malformed subject and never a partial verdict', async () => {
    const bad = { kind: 'individual', id: 'Nguyễn', history: [{ year: 2025, taskRating: 'great' }, { year: 2025 }], extra: 1 };
    const r = await evaluateEligibility(book, bad, { year: 2025 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['unrecognized_key', 'subject.extra'],
      ['invalid_value', 'subject.history.0.taskRating'],
      ['invalid_format', 'subject.id'],
    ]);
    for (const i of r.issues) expect(issueMessage(i, 'vi').length > 0 && issueMessage(i, 'en').length > 0).toBe(true);
    const dup = await evaluateEligibility(book, { kind: 'individual', id: 'a', history: [{ year: 2025 }, { year: 2025 }] }, { year: 2025 });
    expect(!dup.ok && dup.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['duplicate_year', 'subject.history.1.year']]);
    // not adjacent, and in the initiatives: every later duplicate is reported where it stands
    const apart = await evaluateEligibility(
      book,
      {
        kind: 'individual',
        id: 'a',
        history: [{ year: 2023 }, { year: 2025 }, { year: 2023 }, { year: 2024 }],
        initiatives: ['b', 'a', 'b', 'c', 'a'].map((id) => ({ id, kind: 'initiative', year: 2025, recognisedScope: 'grassroots' })),
      },
      { year: 2025 },
    );
    expect(!apart.ok && apart.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['duplicate_year', 'subject.history.2.year'],
      ['duplicate_id', 'subject.initiatives.2.id'],
      ['duplicate_id', 'subject.initiatives.4.id'],
    ]);
    const adjacent = await evaluateEligibility(
      book,
      { kind: 'individual', id: 'a', history: [{ year: 2025 }], initiatives: ['a', 'a', 'b'].map((id) => ({ id, kind: 'initiative', year: 2025, recognisedScope: 'grassroots' })) },
      { year: 2025 },
    );
    expect(!adjacent.ok && adjacent.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['duplicate_id', 'subject.initiatives.1.id']]);
  });

  test('should reject bad options and unknown award filters with typed issues', async () => {
    const r = await evaluateEligibility(book, strongCandidate(), { year: 20.5, awards: ['chien-si-thi-dua-coso'] });
    expect(!r.ok && r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['unknown_award', 'options.awards.0'],
      ['invalid_option', 'options.year'],
    ]);
  });

  test('should not mutate a deep-frozen subject', async () => {
    const s = deepFreeze(strongCandidate());
    const before = JSON.stringify(s);
    const r = await evaluateEligibility(book, s, { year: 2025 });
    expect(r.ok).toBe(true);
    expect(JSON.stringify(s)).toBe(before);
  });

  test('should return a report owned by the caller: editing it changes neither the rule book nor later reports', async () => {
    const a = await report(strongCandidate(), { year: 2025 });
    const before = JSON.stringify(a);
    const leaf = a.awards[0]!.rules[1]!.tree.children[0] as { status: string; citation: { article: string } };
    leaf.status = 'fail';
    (a.awards as unknown as unknown[]).length = 0;
    // parts shared with the rule book (citations, labels, paths) are frozen with it
    expect(() => {
      leaf.citation.article = '99';
    }).toThrow(TypeError);
    const b = await report(strongCandidate(), { year: 2025 });
    expect(JSON.stringify(b)).toBe(before);
  });

  test('should give byte-identical JSON whatever the order of history years, awards, initiatives and keys', async () => {
    const base = strongCandidate({
      initiatives: [
        { id: 'sk-1', kind: 'initiative', year: 2025, recognisedScope: 'ministry-province' },
        { id: 'sk-0', kind: 'research', year: 2024, recognisedScope: 'grassroots', applied: true },
      ],
    });
    const a = JSON.stringify(await report(base, { year: 2025 }));
    for (let seed = 1; seed <= 10; seed++) {
      const s = reorder(base, seed);
      expect(JSON.stringify(await report(s, { year: 2025 }))).toBe(a);
    }
  });

  test('should give identical results for concurrent and sequential evaluations on one rule book', async () => {
    const subjects = Array.from({ length: 40 }, (_, i) =>
      strongCandidate({ id: `nguoi-${i}`, councilVotes: [{ awardId: 'chien-si-thi-dua-co-so', year: 2025, members: 10, approvals: i % 11 }] }),
    );
    const sequential: string[] = [];
    for (const s of subjects) sequential.push(JSON.stringify(await report(s, { year: 2025 })));
    const concurrent = await Promise.all(subjects.map(async (s) => JSON.stringify(await report(s, { year: 2025 }))));
    expect(concurrent).toEqual(sequential);
    expect(new Set(sequential.map((x) => JSON.parse(x).awards[2].verdict))).toEqual(new Set(['eligible', 'ineligible']));
  });

  test('should change the input hash when the input changes, and only then', async () => {
    const a = await report(strongCandidate(), { year: 2025 });
    const b = await report(reorder(strongCandidate(), 3), { year: 2025 });
    const c = await report(strongCandidate({ name: 'Trần Thị Lan B' }), { year: 2025 });
    expect(a.inputHash).toBe(b.inputHash);
    expect(c.inputHash).not.toBe(a.inputHash);
  });

  test('should mark collective-only awards not-applicable when explicitly requested for an individual', async () => {
    const r = await report(strongCandidate(), { year: 2025, awards: ['tap-the-lao-dong-tien-tien', 'lao-dong-tien-tien'] });
    expect(r.awards.map((a) => [a.awardId, a.verdict, a.reason ?? null])).toEqual([
      ['lao-dong-tien-tien', 'eligible', null],
      ['tap-the-lao-dong-tien-tien', 'not-applicable', 'subject-kind-mismatch'],
    ]);
  });

  test('should block every award while an investigation is pending under Decree 152 Art. 4.4 but not under Decree 98', async () => {
    const s = strongCandidate({ isUnderInvestigation: true });
    const nd152 = await report(s, { year: 2025 });
    expect(verdictOf(nd152, 'lao-dong-tien-tien').failing.map((f) => f.name)).toEqual(['not-under-investigation']);
    expect(verdictOf(nd152, 'lao-dong-tien-tien').verdict).toBe('ineligible');
    const nd98 = await report(s, { year: 2025, regime: 'vn-tdkt-2022-nd98' });
    expect(verdictOf(nd98, 'lao-dong-tien-tien').verdict).toBe('eligible');
  });
});

describe('OQ-11: the Decree 152 Art. 4.4 principle before 1 Jul 2025 is a parameter', () => {
  test('should bind only when principles.d152Art4BeforeJuly2025 is set to true', async () => {
    const files = nationalRuleFiles() as Record<string, { parameters: { id: string; value: unknown }[] }>;
    files['national/vn-tdkt-2022-nd98/parameters.json']!.parameters.find((p) => p.id === 'principles.d152Art4BeforeJuly2025')!.value = true;
    const strict = loadRuleBook(files);
    if (!strict.ok) throw new Error(JSON.stringify(strict.issues));
    const s = strongCandidate({ isUnderInvestigation: true });
    const byDefault = await report(s, { year: 2024 });
    expect(verdictOf(byDefault, 'lao-dong-tien-tien').verdict).toBe('eligible');
    const r = await evaluateEligibility(strict.value, s, { year: 2024 });
    if (!r.ok) throw new Error('issues');
    const v = verdictOf(r.value, 'lao-dong-tien-tien');
    expect(v.verdict).toBe('ineligible');
    expect(v.failing.map((f) => [f.ruleId, f.name])).toEqual([
      ['d98-oq11-pending-discipline-or-investigation', 'principle-not-applied'],
      ['d98-oq11-pending-discipline-or-investigation', 'not-under-investigation'],
    ]);
  });
});

describe('OQ-23: must the good-or-better run of Art. 73.1.b end at the proposal year?', () => {
  // certificate 2018; good 2019–2023 with CSTĐCS in 2019, 2021, 2023; 2024 only "completed"; 2025 good
  const person = {
    kind: 'individual',
    id: 'ca-nhan-oq23',
    history: [
      { year: 2018, awards: [{ awardId: 'bang-khen-tinh' }] },
      { year: 2019, taskRating: 'good', awards: [{ awardId: 'chien-si-thi-dua-co-so' }] },
      { year: 2020, taskRating: 'good' },
      { year: 2021, taskRating: 'good', awards: [{ awardId: 'chien-si-thi-dua-co-so' }] },
      { year: 2022, taskRating: 'good' },
      { year: 2023, taskRating: 'good', awards: [{ awardId: 'chien-si-thi-dua-co-so' }] },
      { year: 2024, taskRating: 'completed' },
      { year: 2025, taskRating: 'good', achievements: [] },
    ],
  };
  test('should fail by default (run must end at 2025) and pass when bangKhenThuTuong.requireRunEndingAtN is false', async () => {
    const byDefault = await report(person, { year: 2025, awards: ['bang-khen-thu-tuong'] });
    expect(byDefault.awards[0]!.verdict).toBe('ineligible');
    const files = nationalRuleFiles() as Record<string, { parameters: { id: string; value: unknown }[] }>;
    files['national/vn-tdkt-2022-nd152/parameters.json']!.parameters.find((p) => p.id === 'bangKhenThuTuong.requireRunEndingAtN')!.value = false;
    const loose = loadRuleBook(files);
    if (!loose.ok) throw new Error(JSON.stringify(loose.issues));
    const r = await evaluateEligibility(loose.value, person, { year: 2025, awards: ['bang-khen-thu-tuong'] });
    expect(r.ok && r.value.awards[0]!.verdict).toBe('eligible');
  });
});

function reorder<T>(s: T, seed: number): T {
  const rev = (v: unknown): unknown => {
    if (Array.isArray(v)) return shuffled(v.map(rev), seed);
    if (v && typeof v === 'object') return Object.fromEntries(shuffled(Object.entries(v).map(([k, x]) => [k, rev(x)] as const), seed + 7));
    return v;
  };
  return rev(s) as T;
}
