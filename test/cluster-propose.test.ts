import { describe, expect, test } from 'vitest';
import {
  checkBallots,
  evaluateCycle,
  evaluateEligibility,
  nextCycle,
  proposeAwards,
  rankCluster,
  scoreCluster,
  type ClusterRanking,
  type CycleResult,
} from '../src/index.js';
import { deepFreeze, nationalBook, readJson } from './support/factories.js';
import { directInputs, directSheet, type DirectMember } from './fixtures/clusters/factory.js';
import { testFlagBook } from './fixtures/clusters/test-book.js';

function ranking(members: readonly DirectMember[], period = 2024): ClusterRanking {
  const sheet = directSheet();
  const { year, reports } = directInputs(members, period);
  const s = scoreCluster(sheet, reports, year);
  if (!s.ok) throw new Error(JSON.stringify(s.issues));
  const r = rankCluster(s.value, sheet.tieBreaks);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
const QUOTAS = { flags: 1, certificates: 2, source: { marker: 'UNCONFIRMED', question: 'OQ-46', note: { vi: 'Thử nghiệm', en: 'Test' } } };
const collective = (id: string, taskRating: string) => ({ kind: 'collective', id, history: [{ year: 2024, taskRating }] });

describe('proposeAwards', () => {
  test('should pass the flag from a disqualified leader to the next member, with the reason', async () => {
    const r = ranking([
      { id: 'dan-dau', a: '600', b: '400', veto: true },
      { id: 'thu-hai', a: '550', b: '400' },
      { id: 'thu-ba', a: '500', b: '400' },
      { id: 'thu-tu', a: '450', b: '400' },
    ]);
    const p = await proposeAwards(deepFreeze(r), deepFreeze(QUOTAS), nationalBook(), { organiser: 'ccec' });
    if (!p.ok) throw new Error(JSON.stringify(p.issues));
    expect(p.value.proposals.map((x) => [x.member, x.rank, x.awardId, x.tier])).toEqual([
      ['thu-hai', 2, 'co-thi-dua-cua-chinh-phu', 'flag'],
      ['thu-ba', 3, 'bang-khen-thu-tuong', 'certificate'],
      ['thu-tu', 4, 'bang-khen-thu-tuong', 'certificate'],
    ]);
    expect(p.value.proposals[0]!.passedOver).toEqual([
      {
        member: 'dan-dau', rank: 1, awardId: 'co-thi-dua-cua-chinh-phu', reason: 'disqualified',
        disqualifiedBy: [{ criterion: 'veto', title: { vi: 'Vi phạm nghiêm trọng', en: 'Serious violation' }, source: { marker: 'UNCONFIRMED', note: { vi: 'Tiêu chí thử nghiệm', en: 'Test criterion' } } }],
      },
    ]);
    expect(p.value.proposals[0]!.route.citation).toEqual({ document: '06/2022/QH15', article: '25', clause: '2' });
    expect(p.value.proposals[0]!.eligibility).toEqual({ verdict: 'undetermined', reason: 'no-subject-data', failing: [] });
    expect(p.value.skipped.map((s) => [s.member, s.awardId, s.reason])).toEqual([
      ['dan-dau', 'co-thi-dua-cua-chinh-phu', 'disqualified'],
      ['dan-dau', 'bang-khen-thu-tuong', 'disqualified'],
    ]);
  });

  test('should skip a member found ineligible by evaluateEligibility and still consider it for a certificate', async () => {
    const r = ranking([
      { id: 'dan-dau', a: '600', b: '400' },
      { id: 'thu-hai', a: '550', b: '400' },
      { id: 'thu-ba', a: '500', b: '400' },
    ]);
    const subjects = [collective('dan-dau', 'good'), collective('thu-hai', 'excellent'), collective('thu-ba', 'excellent')];
    const p = await proposeAwards(r, { ...QUOTAS, certificates: 1 }, testFlagBook(), { organiser: 'province', subjects: deepFreeze(subjects) });
    if (!p.ok) throw new Error(JSON.stringify(p.issues));
    expect(p.value.proposals.map((x) => [x.member, x.awardId, x.eligibility.verdict, x.eligibility.reason ?? null])).toEqual([
      ['thu-hai', 'co-thi-dua-tinh', 'eligible', null],
      ['dan-dau', 'bang-khen-tinh', 'not-applicable', 'no-rule-in-force'],
    ]);
    expect(p.value.proposals[0]!.passedOver).toEqual([
      { member: 'dan-dau', rank: 1, awardId: 'co-thi-dua-tinh', reason: 'ineligible', failing: [{ ruleId: 'test-cluster-flag', name: 'task-rating-excellent' }] },
    ]);
    expect(p.value.proposals[0]!.eligibility.regime).toBe('vn-tdkt-2022-nd98');
  });

  test('should leave places unfilled rather than propose an ineligible member', async () => {
    const r = ranking([{ id: 'chi-mot', a: '600', b: '400' }]);
    const p = await proposeAwards(r, { ...QUOTAS, flags: 1, certificates: 0 }, testFlagBook(), { organiser: 'province', subjects: [collective('chi-mot', 'good')] });
    if (!p.ok) throw new Error(JSON.stringify(p.issues));
    expect(p.value.proposals).toEqual([]);
    expect(p.value.unfilled).toEqual({ flags: 1, certificates: 0 });
  });

  test('should have no route in a district-organised cluster', async () => {
    const p = await proposeAwards(ranking([{ id: 'x', a: '1', b: '1' }]), QUOTAS, nationalBook(), { organiser: 'district' });
    expect(p.ok && [p.value.noRoute, p.value.proposals.length, p.value.flagAward]).toEqual([true, 0, null]);
  });
});

describe('checkBallots', () => {
  test('should apply the rule-book threshold to tallies with exact integers, per proposal', async () => {
    const book = testFlagBook();
    const r = ranking([{ id: 'a', a: '600', b: '400' }, { id: 'b', a: '500', b: '400' }]);
    const p = await proposeAwards(r, { ...QUOTAS, certificates: 1 }, book, { organiser: 'province' });
    if (!p.ok) throw new Error(JSON.stringify(p.issues));
    const national = nationalBook();
    const flag = await proposeAwards(r, { ...QUOTAS, certificates: 0 }, national, { organiser: 'province' });
    if (!flag.ok) throw new Error(JSON.stringify(flag.issues));
    const pass = checkBallots(flag.value.proposals, deepFreeze([{ member: 'a', awardId: 'co-thi-dua-tinh', councilMembers: 10, approvals: 8 }]), national, { year: 2024 });
    const failed = checkBallots(flag.value.proposals, [{ member: 'a', awardId: 'co-thi-dua-tinh', councilMembers: 10, approvals: 7 }], national, { year: 2024 });
    expect(pass.ok && pass.value.map((b) => [b.status, b.threshold, b.requiredApprovals])).toEqual([['pass', '0.8', 8]]);
    expect(failed.ok && failed.value[0]!.status).toBe('fail');
    const none = checkBallots(p.value.proposals, [{ member: 'a', awardId: 'co-thi-dua-tinh', councilMembers: 10, approvals: 10 }], book, { year: 2024 });
    expect(none.ok && none.value.map((b) => [b.member, b.status])).toEqual([['a', 'no-threshold'], ['b', 'no-tally']]);
  });

  test('should reject tallies for no proposal, duplicates and approvals above the council size', async () => {
    const r = ranking([{ id: 'a', a: '600', b: '400' }]);
    const p = await proposeAwards(r, { ...QUOTAS, certificates: 0 }, nationalBook(), { organiser: 'province' });
    if (!p.ok) throw new Error('unexpected');
    const t = { member: 'a', awardId: 'co-thi-dua-tinh', councilMembers: 10, approvals: 11 };
    const res = checkBallots(p.value.proposals, [t, { ...t, member: 'z', approvals: 1 }, { ...t, approvals: 1 }], nationalBook(), { year: 2024 });
    expect(!res.ok && res.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['approvals_exceed_members', 'tallies.0.approvals'],
      ['invalid_value', 'tallies.1'],
      ['duplicate_id', 'tallies.2'],
    ]);
  });
});

describe('nextCycle', () => {
  const cluster = (extra: Record<string, unknown> = {}) => ({
    id: 'cum-thu', name: { vi: 'Cụm thử', en: 'Test cluster' }, clusterKind: 'cum', organiser: 'province', memberLevel: 'department',
    years: [{ period: 2024, members: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }], leader: 'c', host: 'd' }],
    ...extra,
  });
  const rk = () => ranking([{ id: 'a', a: '600', b: '400', veto: true }, { id: 'b', a: '500', b: '400' }, { id: 'c', a: '400', b: '400' }, { id: 'd', a: '300', b: '400' }]);
  const src = { marker: 'UNCONFIRMED', note: { vi: 'Thử', en: 'Test' } };

  test('by-rank: best-ranked members not disqualified, never the host', () => {
    const n = nextCycle(deepFreeze(cluster()), rk(), deepFreeze({ kind: 'by-rank', deputies: 1, source: src }));
    expect(n.ok && n.value).toEqual({ period: 2025, leader: 'b', deputies: ['c'], rule: 'by-rank', source: src, passedOver: [{ member: 'a', reason: 'disqualified' }] });
  });

  test('rotation-list: the members after the current leader, cyclically; ranking not used', () => {
    const n = nextCycle(cluster(), rk(), { kind: 'rotation-list', order: ['a', 'b', 'c', 'd'], deputies: 2, source: src });
    expect(n.ok && [n.value.leader, n.value.deputies]).toEqual(['d', ['a', 'b']]);
  });

  test('rotation-list: skips members absent from the next period', () => {
    const c = cluster();
    const years = [...c.years, { period: 2025, members: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] }];
    const n = nextCycle({ ...c, years }, rk(), { kind: 'rotation-list', order: ['a', 'b', 'c', 'd'], deputies: 0, source: src });
    expect(n.ok && [n.value.leader, n.value.passedOver]).toEqual(['a', [{ member: 'd', reason: 'not-a-member-next-period' }]]);
  });

  test('vote: the voted leader and deputies, validated as members', () => {
    const n = nextCycle(cluster(), rk(), { kind: 'vote', leader: 'd', deputies: ['a'], source: src });
    expect(n.ok && [n.value.leader, n.value.deputies, n.value.rule]).toEqual(['d', ['a'], 'vote']);
    const bad = nextCycle(cluster(), rk(), { kind: 'vote', leader: 'zz', deputies: ['d', 'd'], source: src });
    expect(!bad.ok && bad.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['duplicate_member', 'rotationRule.deputies.1'],
      ['role_not_member', 'rotationRule.leader'],
    ]);
  });

  test('should refuse a district cluster period after 2025-06-30', () => {
    const n = nextCycle(cluster({ organiser: 'district', years: [{ period: 2025, members: [{ id: 'a' }] }] }), ranking([{ id: 'a', a: '1', b: '1' }], 2025), { kind: 'by-rank', deputies: 0, source: src });
    expect(!n.ok && n.issues.map((i) => [i.code, (i.params as Readonly<Record<string, unknown>>)['period']])).toEqual([['district_cluster_abolished', 2026]]);
  });
});

describe('evaluateCycle on the Red River Delta example (seed 004)', () => {
  const file = readJson('examples/data/clusters/dong-bang-song-hong-2023.json');

  test('should reproduce the 2023 proposals and the 2024 leadership', async () => {
    const r = await evaluateCycle(deepFreeze(file), nationalBook());
    if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 1));
    const c: CycleResult = r.value;
    expect(c.proposals!.proposals.map((p) => [p.member, p.awardId])).toEqual([
      ['nam-dinh', 'co-thi-dua-cua-chinh-phu'],
      ['hung-yen', 'bang-khen-thu-tuong'],
      ['quang-ninh', 'bang-khen-thu-tuong'],
    ]);
    expect(c.next).toMatchObject({ period: 2024, leader: 'nam-dinh', deputies: ['hai-duong', 'ninh-binh'], rule: 'vote' });
    // the 2023 leader is not inferred from Thái Bình hosting the review (OQ-41)
    expect(c.roles).toEqual({ leader: null, deputies: [] });
    expect(c.illustrative).not.toBeNull();
    expect(c.warnings).toEqual([]);
  });

  test('should report the eligibility verdict evaluateEligibility gives, without guessing', async () => {
    const r = await evaluateCycle(file, nationalBook());
    if (!r.ok) throw new Error('unexpected');
    const subjects = (file as { review: { subjects: { id: string }[] } }).review.subjects;
    for (const p of r.value.proposals!.proposals) {
      const e = await evaluateEligibility(nationalBook(), subjects.find((s) => s.id === p.member), { year: 2023, awards: [p.awardId] });
      if (!e.ok) throw new Error('unexpected');
      const v = e.value.awards[0]!;
      expect(p.eligibility.verdict).toBe(v.verdict);
      expect(p.eligibility.reason).toBe(v.reason);
      expect(p.eligibility.regime).toBe('vn-tdkt-2003');
    }
  });

  test('should give the same result under a 2022-law regime override, citing Art. 25.2', async () => {
    const f = structuredClone(file) as { review: Record<string, unknown> };
    f.review['regime'] = 'vn-tdkt-2022-nd98';
    const r = await evaluateCycle(f, nationalBook());
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.proposals!.proposals[0]!.route.citation).toEqual({ document: '06/2022/QH15', article: '25', clause: '2' });
    expect(r.value.proposals!.proposals.map((p) => p.member)).toEqual(['nam-dinh', 'hung-yen', 'quang-ninh']);
  });
});

describe('the other seed examples', () => {
  test('Hải Phòng: Hồng Bàng leads 2023 (fixture assumption) while Kiến An leads 2024', async () => {
    const r = await evaluateCycle(readJson('examples/data/clusters/cum-quan-hai-phong-2023.json'), nationalBook());
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.ranking.entries[0]!.member).toBe('hong-bang');
    expect(r.value.proposals!.proposals[0]).toMatchObject({ member: 'hong-bang', awardId: 'co-thi-dua-tinh' });
    expect(r.value.next).toMatchObject({ period: 2024, leader: 'kien-an' });
  });

  test('Hải Dương bloc: stored as a khối, no leader, ranked without proposals', async () => {
    const r = await evaluateCycle(readJson('examples/data/clusters/khoi-huyen-hai-duong-2024.json'), nationalBook());
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect([r.value.cluster.clusterKind, r.value.roles.leader, r.value.ranking.entries.length, r.value.proposals]).toEqual(['khoi', null, 12, null]);
  });

  test('Tiên Yên: pledge for 2025 signed on 31 Dec 2024, the 2025 district record flagged, no flag route', async () => {
    const r = await evaluateCycle(readJson('examples/data/clusters/tien-yen-2024.json'), nationalBook());
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.warnings.map((w) => [w.code, w.path.join('.')])).toEqual([['district_cluster_partial_year', 'cluster.years.1.period']]);
    expect(r.value.proposals!.noRoute).toBe(true);
    expect(r.value.ranking.entries[0]!.member).toBe('dong-rui');
  });
});
