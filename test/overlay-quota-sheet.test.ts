import { issueMessage } from '../src/index.js';
import { describe, expect, test } from 'vitest';
import { applyOverlay, applyQuotas, applySheetOverlay, rankCluster, scoreCluster, type EligibilityReport, type Issue, type RuleBook } from '../src/index.js';
import { deepFreeze, nationalBook } from './support/factories.js';
import { directInputs, directSheet } from './fixtures/clusters/factory.js';
import { overlayWith } from './support/overlays.js';

const national = nationalBook();
const FILE = 'provinces/hai-phong/overlay.json';

/** A Hải Phòng overlay on the old regime (2020–2023), for the D91 Art. 9.3 CSTĐCS cap of 15 %. */
const oldRegime = (operations: unknown[], effective: Record<string, string> = { from: '2021-01-01', to: '2023-12-31' }) =>
  overlayWith(operations, { decision: { number: 'T-07/2020/QĐ-UBND', date: '2020-12-01', signer: { vi: 'Ủy ban nhân dân thành phố Hải Phòng', en: "Hải Phòng City People's Committee" } }, effective, appliesTo: { ruleBook: 'vn-national', versions: ['0.1.x'], regimes: ['vn-tdkt-2003'] } });

function reportsFor(book: RuleBook, year: number, base: number, candidates: number): EligibilityReport[] {
  return Array.from({ length: base }, (_, i) => ({
    schemaVersion: 1 as const,
    subject: { id: `m${String(i).padStart(2, '0')}`, kind: 'individual' as const },
    year,
    regime: { id: 'vn-tdkt-2003', title: { vi: 'x', en: 'x' }, resolvedBy: 'period-end' as const, periodEnd: `${year}-12-31`, ruleDate: `${year}-12-31` },
    ruleBook: { id: book.id, version: book.version, hash: book.hash },
    detail: 'full' as const,
    inputHash: String(i),
    awards: [
      { awardId: 'lao-dong-tien-tien', title: { vi: 'x', en: 'x' }, verdict: 'eligible' as const, rules: [], failing: [] },
      { awardId: 'chien-si-thi-dua-co-so', title: { vi: 'x', en: 'x' }, verdict: i < candidates ? ('eligible' as const) : ('ineligible' as const), rules: [], failing: [] },
    ],
  })) as EligibilityReport[];
}
function cap(book: RuleBook, year: number, id = 'chien-si-thi-dua-co-so-cap') {
  const r = applyQuotas(book, reportsFor(book, year, 20, 3), { year, unit: 'so-noi-vu' });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.quotas.find((q) => q.quotaId === id)!;
}
const brief = (is: readonly Issue[]) => is.map((i) => ({ code: i.code, path: i.path, params: i.params }));

describe('overlay on a quota (quota:<id>): a stricter cap only', () => {
  test('a lower CSTĐCS share (10 % instead of D91 Art. 9.3\'s 15 %) puts the third of 3 candidates over the quota, only in the overlay\'s years', () => {
    const r = applyOverlay(national, deepFreeze(oldRegime([{ id: 'cap-10', op: 'set', target: 'quota:chien-si-thi-dua-co-so-cap', field: 'maxShare', value: '0.10' }])));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const nat = cap(national, 2022);
    expect([nat.allowed, nat.members.filter((m) => m.verdict === 'over-quota').length]).toEqual([3, 0]);
    const local = cap(r.value, 2022);
    expect(local).toMatchObject({ maxShare: '0.10', allowed: 2, candidates: 3, provenance: { op: 'set', operationId: 'cap-10', changed: { field: 'maxShare', from: '0.15', to: '0.10' } } });
    expect(local.members.filter((m) => m.verdict === 'over-quota').map((m) => m.subjectId)).toEqual(['m02']);
    // 2020 is before the overlay: the national 15 % stays, under its remainder id
    const before = cap(r.value, 2020, 'chien-si-thi-dua-co-so-cap-national-until-2020');
    expect([before.maxShare, before.allowed, before.provenance]).toEqual(['0.15', 3, undefined]);
  });

  test('a looser cap, or a cap turned into a mere report, is refused (overlay_loosens_quota)', () => {
    const higher = applyOverlay(national, deepFreeze(oldRegime([{ id: 'cap-20', op: 'set', target: 'quota:chien-si-thi-dua-co-so-cap', field: 'maxShare', value: '0.150000001' }])));
    expect(!higher.ok && brief(higher.issues)).toEqual([
      { code: 'overlay_loosens_quota', path: [FILE, 'operations', 0, 'value'], params: { operation: 'cap-20', target: 'quota:chien-si-thi-dua-co-so-cap', field: 'maxShare', from: '0.15', to: '0.150000001' } },
    ]);
    const report = applyOverlay(national, deepFreeze(oldRegime([{ id: 'report', op: 'set', target: 'quota:chien-si-thi-dua-co-so-cap', field: 'mode', value: 'report-only' }])));
    expect(!report.ok && report.issues.map((i) => [i.code, (i.params as Record<string, unknown>)['field']])).toEqual([['overlay_loosens_quota', 'mode']]);
    expect(!report.ok && issueMessage(report.issues[0], 'vi')).toContain('chỉ được quy định tỷ lệ chặt hơn');
  });

  test('a report-only quota (2022 regimes, OQ-09) may become a cap; unknown quotas and bad values are typed errors', () => {
    const r = applyOverlay(national, deepFreeze(overlayWith([{ id: 'gov-cap', op: 'set', target: 'quota:co-thi-dua-cua-chinh-phu-quota', field: 'mode', value: 'cap' }])));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const q = r.value.regimes.find((x) => x.id === 'vn-tdkt-2022-nd152')!.quotas!;
    expect(q.map((x) => [x.id, x.mode, x.years])).toEqual([
      ['co-thi-dua-cua-chinh-phu-quota-national-until-2025', 'report-only', { to: 2025 }],
      ['co-thi-dua-cua-chinh-phu-quota', 'cap', { from: 2026 }],
    ]);
    const typo = applyOverlay(national, deepFreeze(overlayWith([{ id: 't', op: 'set', target: 'quota:co-thi-dua-cua-chinh-phu-quot', field: 'maxShare', value: '0.1' }])));
    expect(!typo.ok && typo.issues.map((i) => [i.code, (i.params as Record<string, unknown>)['suggestions']])).toEqual([['overlay_target_missing', ['quota:co-thi-dua-cua-chinh-phu-quota']]]);
    const bad = applyOverlay(national, deepFreeze(overlayWith([{ id: 'b', op: 'set', target: 'quota:co-thi-dua-cua-chinh-phu-quota', field: 'maxShare', value: '1.5' }])));
    expect(!bad.ok && bad.issues.map((i) => [i.code, i.path])).toEqual([['invalid_value', [FILE, 'operations', 0, 'value']]]);
  });
});

describe('overlay on a cluster score sheet (sheet:<id>): a deduction or a veto only (B5, Bắc Ninh QĐ 86/2025)', () => {
  const sheet = directSheet({ finalScoreFrom: ['computed', 'cluster'] });
  const deduction = {
    kind: 'adjustment',
    id: 'vi-pham-so-nganh-bao-cao',
    title: { vi: 'Vi phạm do sở, ngành báo cáo trước ngày 10/12', en: 'Violations reported by departments before 10 Dec' },
    pointsPerOccurrence: '-20',
    min: '-100',
    max: '0',
  };
  const b5 = (criterion: unknown, target = 'sheet:bang-diem-thu') =>
    overlayWith([{ id: 'b5-deduction', op: 'add', target, criterion }], { province: 'bac-ninh', effective: { from: '2025-12-15' }, decision: { number: '86/2025/QĐ-UBND', date: '2025-12-03', signer: { vi: 'Ủy ban nhân dân tỉnh Bắc Ninh', en: "Bắc Ninh Provincial People's Committee" } } });
  const members = [
    { id: 'so-a', a: '600', b: '390' }, // 990, two violations reported
    { id: 'so-b', a: '600', b: '380' }, // 980, none
  ];
  const rankWith = (sh: unknown, violations: Record<string, number>) => {
    const { year, reports } = directInputs(members);
    const withEntries = reports.map((r) => ({ ...r, entries: [...r.entries, ...(violations[r.member] !== undefined ? [{ criterion: deduction.id, occurrences: violations[r.member]! }] : [])] }));
    const s = scoreCluster(sh, withEntries, year);
    if (!s.ok) throw new Error(JSON.stringify(s.issues));
    const r = rankCluster(s.value, (sh as { tieBreaks: unknown }).tieBreaks);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.value.entries.map((e) => [e.rank, e.member, e.total]);
  };

  test('a deduction for reported violations changes the ranking; its source names the decision', () => {
    expect(rankWith(sheet, {})).toEqual([[1, 'so-a', '990.000000'], [2, 'so-b', '980.000000']]);
    const r = applySheetOverlay(deepFreeze(sheet), deepFreeze(b5(deduction)));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const added = r.value.criteria.find((c) => c.id === deduction.id)!;
    expect(added.source).toMatchObject({ citation: { document: 'T-01/2026/QĐ-UBND' }, note: { vi: expect.stringContaining('86/2025/QĐ-UBND'), en: expect.stringContaining('operation "b5-deduction"') } });
    expect(rankWith(r.value, { 'so-a': 2, 'so-b': 0 })).toEqual([[1, 'so-b', '980.000000'], [2, 'so-a', '950.000000']]);
    expect(sheet.criteria.some((c) => c.id === deduction.id)).toBe(false);
    // the rule-book side accepts the same overlay (the sheet operation is only checked there)
    expect(applyOverlay(national, b5(deduction)).ok).toBe(true);
  });

  test('a veto added into a group disqualifies the member in the ranking', () => {
    const veto = { kind: 'disqualifier', id: 'vi-pham-nghiem-trong-so-nganh', title: { vi: 'Vi phạm nghiêm trọng do sở, ngành báo cáo', en: 'Serious violation reported by a department' } };
    const r = applySheetOverlay(sheet, b5(veto, 'sheet:bang-diem-thu#b'));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const { year, reports } = directInputs(members);
    const withVeto = reports.map((x) => ({ ...x, entries: [...x.entries, { criterion: veto.id, triggered: x.member === 'so-a' }] }));
    const s = scoreCluster(r.value, withVeto, year);
    if (!s.ok) throw new Error(JSON.stringify(s.issues));
    const ranked = rankCluster(s.value, r.value.tieBreaks);
    if (!ranked.ok) throw new Error('rank');
    expect(ranked.value.entries.map((e) => [e.member, e.disqualified])).toEqual([['so-a', true], ['so-b', false]]);
  });

  test('a bonus, a positive maximum or a new scored criterion is refused (overlay_loosens_sheet), in applySheetOverlay and applyOverlay alike', () => {
    const bonus = applySheetOverlay(sheet, b5({ ...deduction, pointsPerOccurrence: '20', min: '0', max: '100' }));
    expect(!bonus.ok && brief(bonus.issues)).toEqual([
      { code: 'overlay_loosens_sheet', path: ['provinces/bac-ninh/overlay.json', 'operations', 0, 'criterion', 'pointsPerOccurrence'], params: { operation: 'b5-deduction', target: 'sheet:bang-diem-thu', kind: 'adjustment' } },
    ]);
    const capUp = applySheetOverlay(sheet, b5({ ...deduction, max: '5' }));
    expect(!capUp.ok && capUp.issues.map((i) => i.path.at(-1))).toEqual(['max']);
    const scored = applyOverlay(national, b5({ kind: 'qualitative', id: 'x', title: { vi: 'x', en: 'x' }, maxPoints: '10' }));
    expect(!scored.ok && scored.issues.map((i) => [i.code, (i.params as Record<string, unknown>)['kind']])).toEqual([['overlay_loosens_sheet', 'qualitative']]);
    const sourced = applySheetOverlay(sheet, b5({ ...deduction, source: { marker: 'CONFIRMED', note: { vi: 'x', en: 'x' } } }));
    expect(!sourced.ok && sourced.issues.map((i) => i.code)).toEqual(['unrecognized_key']);
    const missing = applySheetOverlay(sheet, b5(deduction, 'sheet:bang-diem-thu#c'));
    expect(!missing.ok && missing.issues.map((i) => [i.code, (i.params as Record<string, unknown>)['suggestions']])).toEqual([['overlay_target_missing', ['sheet:bang-diem-thu#a', 'sheet:bang-diem-thu#b']]]);
  });
});
