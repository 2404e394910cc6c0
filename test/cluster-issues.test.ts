import { describe, expect, test } from 'vitest';
import { issueMessage, issueMessages, checkCluster, checkScoreSheet, evaluateCycle, rankCluster, scoreCluster, type Issue, type Result } from '../src/index.js';
import { deepFreeze, nationalBook, readJson } from './support/factories.js';
import { directInputs, directSheet, NOTE_SOURCE } from './fixtures/clusters/factory.js';

const codes = (r: Result<unknown>): [string, string][] => (r.ok ? [] : r.issues.map((i: Issue) => [i.code, i.path.join('.')]));
const two = () => directInputs([{ id: 'a', a: '300', b: '200' }, { id: 'b', a: '200', b: '100' }]);
const baseCluster = (years: unknown[], extra: Record<string, unknown> = {}) => ({
  id: 'cum-thu', name: { vi: 'Cụm thử', en: 'Test cluster' }, clusterKind: 'cum', organiser: 'province', memberLevel: 'department', years, ...extra,
});

describe('cluster issue codes (each produced with its path and both messages)', () => {
  test('unknown_member, duplicate_member, missing_member_report in reports', () => {
    const { year, reports } = two();
    const r = scoreCluster(directSheet(), deepFreeze([reports[0], { ...reports[0], member: 'a' }, { ...reports[1], member: 'zz' }]), year);
    expect(codes(r)).toEqual([
      ['missing_member_report', 'reports'],
      ['duplicate_member', 'reports.1.member'],
      ['unknown_member', 'reports.2.member'],
    ]);
    const issue = (r as unknown as { issues: Issue[] }).issues[2]!;
    expect(issueMessages(issue)).toEqual({ vi: '«zz» không phải là thành viên của cụm, khối thi đua trong năm 2024. Có phải ý bạn là: «a», «b»?', en: '"zz" is not a member of the cluster in 2024. Did you mean: a, b?' });
  });

  test('role_not_member, leader_is_deputy, duplicate_member in a cluster year', () => {
    const r = checkCluster(deepFreeze(baseCluster([{ period: 2024, members: [{ id: 'a' }, { id: 'a' }, { id: 'b' }], leader: 'x', deputies: ['b', 'y'] }, { period: 2025, members: [{ id: 'a' }], leader: 'a', deputies: ['a'] }])));
    expect(codes(r)).toEqual([
      ['role_not_member', 'years.0.deputies.1'],
      ['role_not_member', 'years.0.leader'],
      ['duplicate_member', 'years.0.members.1.id'],
      ['leader_is_deputy', 'years.1.deputies.0'],
    ]);
  });

  test('unknown_criterion, criterion_input_mismatch, score_above_max, missing_criterion_input', () => {
    const { year, reports } = two();
    const bad = structuredClone(reports);
    bad[0]!.entries = [
      { criterion: 'a1', clusterScore: '600.000001' },
      { criterion: 'b1', count: 1, clusterScore: '1' } as never,
      { criterion: 'veto', triggered: false },
      { criterion: 'a2', clusterScore: '1' },
    ];
    bad[1]!.entries = [{ criterion: 'a1', clusterScore: '1' }, { criterion: 'veto', triggered: false }];
    const r = scoreCluster(directSheet(), bad, year);
    expect(codes(r)).toEqual([
      ['score_above_max', 'reports.0.entries.0.clusterScore'],
      ['criterion_input_mismatch', 'reports.0.entries.1.count'],
      ['unknown_criterion', 'reports.0.entries.3.criterion'],
    ]);
    const missing = scoreCluster(directSheet(), [reports[0], { ...reports[1], entries: [{ criterion: 'a1', clusterScore: '1' }] }], year);
    expect(codes(missing)).toEqual([
      ['missing_criterion_input', 'reports.1.entries'],
      ['missing_criterion_input', 'reports.1.entries'],
    ]);
    expect((missing as unknown as { issues: Issue[] }).issues.map((i) => (i.params as Readonly<Record<string, unknown>>)['criterion'])).toEqual(['b1', 'veto']);
  });

  test('missing_target and target_not_scorable (T = 0)', () => {
    const sheet = directSheet({
      maxTotal: '10',
      criteria: [{ kind: 'quantitative', id: 'q', title: { vi: 'Thu ngân sách', en: 'Revenue' }, source: NOTE_SOURCE, maxPoints: '10', formula: 'relative-to-best', direction: 'higher-is-better' }],
      tieBreaks: [{ kind: 'member-id' }],
      finalScoreFrom: ['computed'],
    });
    const year = { period: 2024, members: [{ id: 'a' }, { id: 'b' }], pledges: [{ member: 'a', targets: [{ criterion: 'q', target: '0' }] }] };
    const reports = ['a', 'b'].map((m) => ({ member: m, period: 2024, entries: [{ criterion: 'q', actual: '5' }] }));
    expect(codes(scoreCluster(sheet, reports, year))).toEqual([
      ['target_not_scorable', 'reports.0.entries.0.actual'],
      ['missing_target', 'reports.1.entries.0.actual'],
    ]);
  });

  test('group_max_mismatch and invalid_tie_break_chain in a sheet; unknown group in a chain', () => {
    const sheet = directSheet({ maxTotal: '999', tieBreaks: [{ kind: 'member-id' }, { kind: 'criteria-group', group: 'zz' }] });
    expect(codes(checkScoreSheet(deepFreeze(sheet)))).toEqual([
      ['group_max_mismatch', 'maxTotal'],
      ['invalid_tie_break_chain', 'tieBreaks.0'],
      ['invalid_tie_break_chain', 'tieBreaks.1'],
      ['unknown_criterion', 'tieBreaks.1.group'],
    ]);
    const { year, reports } = two();
    const s = scoreCluster(directSheet(), reports, year);
    expect(s.ok && codes(rankCluster(s.value, [{ kind: 'criteria-group', group: 'a' }]))).toEqual([['invalid_tie_break_chain', 'tieBreaks.0']]);
  });

  test('district_cluster_abolished (period after 2025-06-30) and district_cluster_partial_year (2025, a warning)', () => {
    const district = baseCluster([{ period: 2025, members: [{ id: 'a' }] }, { period: 2026, members: [{ id: 'a' }] }], { memberLevel: 'district' });
    expect(codes(checkCluster(district))).toEqual([['district_cluster_abolished', 'years.1.period']]);
    const only2025 = checkCluster(baseCluster([{ period: 2025, members: [{ id: 'a' }] }], { organiser: 'district', memberLevel: 'commune' }));
    expect(only2025.ok && only2025.value.warnings.map((w) => [w.code, w.path.join('.'), issueMessage(w, 'vi')])).toEqual([
      ['district_cluster_partial_year', 'years.0.period', 'Năm 2025: cụm, khối thi đua cấp huyện chỉ tồn tại đến hết ngày 30/6/2025; kết quả chỉ có giá trị tham khảo.'],
    ]);
    expect(checkCluster(baseCluster([{ period: 2026, members: [{ id: 'a' }] }])).ok).toBe(true);
  });

  test('unknown_period when the review period has no membership', async () => {
    const f = structuredClone(readJson('examples/data/clusters/khoi-huyen-hai-duong-2024.json')) as { review: { period: number } };
    f.review.period = 2023;
    expect(codes(await evaluateCycle(f, nationalBook()))).toEqual([['unknown_period', 'review.period']]);
  });

  test('non-decimal strings and JSON numbers are typed issues, never a throw', () => {
    const { year, reports } = two();
    const bad = structuredClone(reports);
    bad[0]!.entries[0] = { criterion: 'a1', clusterScore: '1,5' };
    bad[1]!.entries[0] = { criterion: 'a1', clusterScore: 12 as never };
    expect(codes(scoreCluster(directSheet({ maxTotal: '1e3' }), bad, year))).toEqual([
      ['invalid_format', 'reports.0.entries.0.clusterScore'],
      ['invalid_type', 'reports.1.entries.0.clusterScore'],
      ['invalid_format', 'sheet.maxTotal'],
    ]);
  });

  test('evaluateCycle reports paths into the file', async () => {
    const f = structuredClone(readJson('examples/data/clusters/dong-bang-song-hong-2023.json')) as { cluster: { years: { leader?: string }[] }; review: { reports: { member: string }[] } };
    f.cluster.years[1]!.leader = 'ha-noi';
    f.review.reports[0]!.member = 'ha-nam';
    const r = await evaluateCycle(deepFreeze(f), nationalBook());
    expect(codes(r)).toEqual([['role_not_member', 'cluster.years.1.leader']]);
    const g = structuredClone(readJson('examples/data/clusters/dong-bang-song-hong-2023.json')) as { review: { reports: { member: string }[] } };
    g.review.reports[0]!.member = 'ha-nam';
    expect(codes(await evaluateCycle(g, nationalBook()))).toEqual([
      ['missing_member_report', 'review.reports'],
      ['unknown_member', 'review.reports.0.member'],
    ]);
  });
});
