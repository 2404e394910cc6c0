// Issue 16 (words only in locales) and 17 (no English in Vietnamese output): every code a locale puts
// into words — issue codes and their sub-codes, verdicts, statuses, gaps, markers, subject kinds,
// operators — has a message in each shipped locale, and the Vietnamese messages carry no English words.
import { describe, expect, test } from 'vitest';
import { issueMessage, issueMessages, issueWithMessages } from '../src/explain/issue-message.js';
import { isLang, LANGS, LOCALES, localeOf } from '../src/explain/locales/index.js';
import type { Locale } from '../src/explain/locales/locale.js';
import { renderIssues } from '../src/explain/render-issues.js';
import {
  compareIssues,
  fail,
  makeIssue,
  type CellProblem,
  type CompositionProblem,
  type ExpectedCode,
  type FileKind,
  type FormatCode,
  type Issue,
  type IssueCode,
  type IssueParamsByCode,
  type JsonProblem,
  type LoosenProblem,
  type OverlayProblem,
  type ReceivedKind,
  type ReportsProblem,
  type TieBreakProblem,
} from '../src/model/issue.js';
import type { Marker } from '../src/model/rule-book.js';
import type { Gap, NodeStatus, NotApplicableReason, Verdict } from '../src/model/verdict.js';
import { OPERATORS } from '../src/operators/registry.js';

// Each list is a Record over a sub-code union: adding a sub-code without a sample is a type error here.
const keys = <K extends string>(r: Record<K, true>): K[] => Object.keys(r) as K[];
const EXPECTED = keys<ExpectedCode>({
  string: true, number: true, integer: true, boolean: true, object: true, array: true, null: true, undefined: true, bigint: true, symbol: true, function: true, date: true, nan: true,
  'unknown-type': true, 'rule-book': true, year: true, 'real-date': true, 'period-end': true, 'regime-id': true, 'award-id': true, id: true, 'award-ids': true, 'province-key': true,
  overlays: true, 'parameters-object': true, horizon: true, 'unit-id': true, 'count-from-0': true, 'council-members': true, 'approvals-count': true, 'list-filter': true,
  'regime-filter': true, proposals: true, ranking: true, 'eligibility-report': true, 'eligibility-reports': true, 'non-empty-array': true, 'files-object': true,
  'positive-amount': true, share: true, 'root-group': true, 'proposal-key': true, 'one-group-operator': true, 'null-with-derived-from': true, 'allowed-shape': true,
  'distinct-selection': true, 'distinct-columns': true, decimal: true, 'boolean-or-string': true, 'non-empty-string-list': true, 'string-list': true, 'no-duplicates': true,
  'one-of': true, 'lang-or-locale': true, 'contains-leader': true, 'entry-without-derived-from': true, 'at-most-max': true, 'same-period': true, 'same-province': true, 'contiguous-rows': true, 'enum-list': true,
  'count-record': true, 'file-names': true,
});
const RECEIVED = keys<ReceivedKind>({ string: true, number: true, boolean: true, object: true, array: true, null: true, undefined: true, bigint: true, symbol: true, function: true, nan: true, date: true, 'unknown-type': true });
const FORMATS = keys<FormatCode>({
  'kebab-case': true, decimal: true, date: true, 'real-date': true, 'overlay-target': true, positive: true, 'source-needs-citation': true, 'non-zero': true, 'parameter-id': true,
  pattern: true, 'csv-not-utf8': true, 'csv-syntax': true, 'csv-no-header': true, 'xlsx-unreadable': true, 'xlsx-no-sheet': true, other: true,
});
const JSON_PROBLEMS = keys<JsonProblem>({ syntax: true, 'not-utf8': true, 'empty-file': true, 'empty-element': true, trailing: true, unterminated: true, 'not-array': true });
const OVERLAY = keys<OverlayProblem>({
  'add-awards-needs-award': true, 'state-award-by-province': true, 'add-regime-needs-rule': true, 'national-state-award': true, 'national-award': true, 'award-of-other-province': true,
  'add-target': true, 'add-into-all-or-any': true, 'add-group-needs-condition': true, 'param-add': true, 'replace-target': true, 'replace-needs-rule': true, 'replace-keep-id': true,
  'replace-needs-condition': true, 'root-stays-group': true, 'engine-setting': true, 'set-target': true, 'set-group': true, 'fact-param-literal': true, 'remove-target': true,
  'remove-root': true, 'group-left-empty': true, 'fact-takes-no-params': true, 'fact-params': true, 'fact-param-unknown-award': true, 'rule-not-in-force': true,
  'quota-outside-overlay': true, 'quota-needs-set': true, 'sheet-needs-add': true,
});
const LOOSEN = keys<LoosenProblem>({
  'new-alternative': true, 'replace-statutory': true, 'holds-statutory': true, 'remove-statutory': true, 'rule-holds-statutory': true, 'not-comparable': true, 'wrong-way': true,
  'expected-lists': true, 'not-subset': true, 'not-superset': true, 'not-shown-tighter': true, 'param-not-shown-tighter': true, 'param-easier': true,
});
const COMPOSITION = keys<CompositionProblem>({ 'province-after-others': true, 'province-with-unit': true, 'layer-without-province': true, 'other-province': true, 'already-applied': true });
const REPORTS = keys<ReportsProblem>({ year: true, 'rule-book': true, regime: true });
const TIE = keys<TieBreakProblem>({ 'must-end-with-member-id': true, 'member-id-not-last': true, 'group-twice': true, 'female-preference-twice': true });
const CELLS = keys<CellProblem>({
  'unknown-column': true, 'duplicate-column': true, 'missing-column': true, 'empty-required': true, 'missing-id': true, 'id-on-other-sheet': true, 'year-repeated': true,
  'differs-from-row': true, 'initiative-needs-scope': true, 'discipline-needs-level-and-start': true, 'bad-id': true, 'text-too-long': true, 'bad-year': true, 'bad-count': true,
  'bad-bool': true, 'bad-date': true, 'bad-enum': true, 'unknown-award': true, 'bad-vote': true, 'vote-out-of-range': true,
});
const FILE_KINDS = keys<FileKind>({ directory: true, fifo: true, 'character-device': true, 'block-device': true, socket: true, other: true });

/** Expectations that name values (the allowed ones, a bound); the others take none. */
const WITH_VALUES: ReadonlySet<ExpectedCode> = new Set(['one-of', 'lang-or-locale', 'contains-leader', 'entry-without-derived-from', 'at-most-max', 'same-period', 'same-province', 'contiguous-rows']);
const cite = { document: '06/2022/QH15', article: '23', clause: '1' } as const;
const cause = makeIssue('too_small', ['params', 'years'], { minimum: 1 });
const options = [{ vi: 'Mã', en: 'id' }, { vi: 'Năm', en: 'year' }];

/** Sample parameters of every issue code, and of every sub-code it carries. A missing code is a type error. */
const SAMPLES: { readonly [C in IssueCode]: readonly IssueParamsByCode[C][] } = {
  invalid_json: JSON_PROBLEMS.map((problem) => ({ problem, line: 2, column: 5 })),
  duplicate_key: [{ key: 'year' }],
  file_too_large: [{ file: 'a.json', size: 10, maximum: 5 }, { file: 'a.json', size: '> 5', maximum: 5, part: 'element', index: 3 }, { file: 'a.json', size: 9, maximum: 5, part: 'record-line', index: 1 }, { file: 'a.json', size: 9, maximum: 5, part: 'whole-document' }],
  not_regular_file: FILE_KINDS.map((kind) => ({ file: 'dir', kind })),
  invalid_cell: CELLS.map((problem) => ({ sheet: 'Cá nhân', row: 3, column: 'Năm', value: 'x', problem, part: 'lao-dong-tien-tien', other: 2, values: ['2024'], options })),
  invalid_type: RECEIVED.map((received): IssueParamsByCode['invalid_type'] => ({ expected: 'object', received })).concat(EXPECTED.filter((e) => !WITH_VALUES.has(e)).map((expected) => ({ expected, received: 'string', sample: 'abc' }))),
  missing_field: [{ key: 'kind', expected: ['individual', 'collective'] }, { key: 'id' }],
  unrecognized_key: [{ key: 'yaer', suggestions: ['year'] }],
  invalid_value: EXPECTED.map((expected): IssueParamsByCode['invalid_value'] => ({ expected, values: WITH_VALUES.has(expected) ? ['2024-06-30', '3'] : undefined, received: 'x' })).concat([{ expected: 'allowed-shape', receivedKind: 'array' }]),
  invalid_format: FORMATS.map((format) => ({ format, pattern: '/^OQ-[0-9]+$/', received: 'abc', values: ['Cá nhân', 'Individuals', 'Tập thể', 'Collectives'], line: 4 })),
  too_small: [{ minimum: 1 }, { minimum: 2, origin: 'string' }, { minimum: 1, origin: 'array' }, { minimum: 3, origin: 'eligible-members' }, { minimum: 0, origin: 'number' }],
  too_big: [{ maximum: 10 }, { maximum: 20, origin: 'array' }, { maximum: 120, origin: 'string' }],
  duplicate_id: [{ id: 'lao-dong-tien-tien', other: 'awards.json' }],
  duplicate_year: [{ year: 2024 }],
  unknown_fact: [{ fact: 'taskRatng', suggestions: ['taskRating'] }],
  unknown_operator: [{ operator: 'gte', suggestions: ['decimalGte'] }],
  operator_fact_mismatch: [{ operator: 'in', fact: 'taskRating', type: 'enum' }, { operator: 'in', fact: 'taskRating', type: 'enum', expected: 'one-of', values: ['excellent', 'good'], value: 'great' }],
  unknown_award: [{ award: 'LDTT', valid: ['lao-dong-tien-tien'] }, { award: 'lao-dong-tien-tien-x', suggestions: ['lao-dong-tien-tien'] }],
  unknown_parameter: [{ parameter: 'ballot.minShar', suggestions: ['ballot.minShare'] }],
  parameter_type_mismatch: [{ parameter: 'ballot.minShare', expected: 'decimal' }, { parameter: 'ballot.minShare', node: 'cstdcs#initiatives', cause }, { parameter: 'ratings', expected: 'one-of', values: ['good'], value: 'great' }],
  invalid_fact_params: [{ fact: 'initiativeCount' }, { fact: 'initiativeCount', cause }],
  undeclared_fact: [{ fact: 'taskRating' }],
  unused_declared_fact: [{ fact: 'taskRating' }],
  missing_citation: [{}],
  invalid_effective_period: [{ from: '2025-01-01', to: '2024-01-01' }],
  overlapping_effective_periods: [{ other: 'r2' }, { other: 'r2', award: 'lao-dong-tien-tien', regime: 'vn-tdkt-2022-nd152' }, { other: 'values[1]', from: '2024-01-01' }, { other: 'values[1]', from: '2024-01-01', to: '2024-12-31' }],
  effective_outside_regime: [{ regime: 'vn-tdkt-2022-nd152' }],
  subject_kind_mismatch: [{ award: 'lao-dong-tien-tien', expected: ['individual'], received: 'collective' }],
  unsupported_path: [{ path: '$..a' }],
  depth_exceeded: [{ limit: 5 }, { limit: 64, what: 'json' }, { limit: 6, what: 'sheet' }],
  size_exceeded: [{ limit: 5 }, { limit: 5, what: 'criteria' }, { limit: 5, what: 'digits' }, { limit: 5, what: 'entries' }, { limit: 5, what: 'files' }, { limit: 5, what: 'conditions' }],
  forbidden_key: [{ key: '__proto__' }],
  missing_file: [{ file: 'awards.json' }],
  unknown_file: [{ file: 'x.json' }],
  unknown_regime: [{ regime: 'x', valid: ['vn-tdkt-2022-nd152'] }],
  regime_disabled: [{ regime: 'vn-tdkt-2022-nd152' }],
  no_regime_in_force: [{ date: '1990-12-31', covered: ['2024-01-01–2025-06-30', '2025-07-01'] }],
  invalid_option: EXPECTED.map((expected) => ({ option: 'year', expected, values: WITH_VALUES.has(expected) ? ['full', 'verdicts'] : undefined })),
  file_read_error: ['ENOENT', 'EACCES', 'EISDIR', 'no-stdin', 'EWEIRD'].map((reason) => ({ file: 'a.json', reason })),
  overlay_target_missing: [{ operation: 'op1', target: 'r#x', regime: 'vn-tdkt-2022-nd152', suggestions: ['r#y'] }],
  overlay_loosens_statute: LOOSEN.map((problem) => ({ operation: 'op1', target: 'r#x', problem, node: 'r#x', operator: 'decimalGte', from: '3', to: '2', direction: 'lowers' as const, inverted: true, group: 'r#g', condition: 'x', rule: 'r', fact: 'initiativeCount', param: 'years', ...cite })),
  overlay_regime_mismatch: [{ expected: 'vn-tdkt', received: 'x', suggestions: ['vn-tdkt'] }, { expected: 'vn-tdkt-2022-nd152', received: '2024-01-01..', from: '2024-01-01', to: '2024-06-30', regimeFrom: '2025-07-01' }],
  overlay_version_mismatch: [{ expected: ['^1.0.0'], received: '0.1.0' }],
  overlay_invalid_operation: OVERLAY.map((problem) => ({ operation: 'op1', target: 'r#x', problem, award: 'a', province: 'hai-phong', id: 'r', group: 'g', node: 'r#x', fact: 'initiativeCount', cause, suggestions: ['b'], rule: 'r', ruleFrom: '2024-01-01', ruleTo: '2025-06-30', from: '2025-07-01' })),
  overlay_stale_label: [{ operation: 'op1', target: 'r#x', label: { vi: 'Hoàn thành tốt nhiệm vụ trở lên', en: 'Good or better' } }],
  overlay_not_implied: (['fact-differs', 'params-differ', 'bound-weaker', 'set-wider', 'operators-unrelated', 'value-not-comparable', 'condition-missing', 'alternative-uncovered', 'negation'] as const).map((reason) => ({ operation: 'op1', target: 'r#x', reason, from: 'a', to: 'b', document: '06/2022/QH15', article: '24', clause: '4' })),
  overlay_delegation_layer: [{ operation: 'op1', target: 'r#x', layer: 'department', allowed: ['province', 'ministry'], document: '06/2022/QH15', article: '24', clause: '4' }],
  overlay_delegation_declared: [{ operation: 'op1' }],
  overlay_loosens_quota: [{ operation: 'op1', target: 'quota:q', field: 'maxShare', from: '0.15', to: '0.2' }, { operation: 'op1', target: 'quota:q', field: 'mode', from: 'cap', to: 'report-only' }],
  overlay_loosens_sheet: [{ operation: 'op1', target: 'sheet:s', kind: 'bonus' }],
  unknown_option: [{ option: 'yaer', allowed: ['year', 'regime'] }],
  unknown_agency: [{ agency: 'bo-cong-thuongg', suggestions: ['bo-cong-thuong'] }, { agency: 'x', valid: ['bo-cong-thuong', 'bo-y-te'] }],
  agency_without_overlay: [{ agency: 'bo-y-te', available: ['bo-cong-thuong', 'uy-ban-dan-toc'] }],
  agency_not_in_existence: [{ agency: 'bo-dan-toc-va-ton-giao', from: '2025-03-01', received: '2024-01-01' }, { agency: 'uy-ban-dan-toc', to: '2025-02-28', received: '…' }, { agency: 'uy-ban-dan-toc', to: '2025-02-28', received: '2025-06-30', suggestions: ['bo-dan-toc-va-ton-giao'] }],
  overlay_jurisdiction: [{ layer: 'agency', expected: 'agency' }, { layer: 'province', expected: 'province' }],
  overlay_order: (['jurisdiction', 'lower', 'date', 'base'] as const).map((reason) => ({ reason, source: 'provinces/lao-cai', previous: 'provinces/yen-bai', from: '2024-07-15', previousFrom: '2025-01-01' })),
  overlay_declaration_conflict: [{ kind: 'fact', id: 'taskRating' }, { kind: 'parameter', id: 'x.y', regime: 'vn-tdkt-2022-nd152' }],
  overlay_declaration_invalid: (['enum-values-required', 'enum-values-unexpected', 'parameter-value', 'fact-params', 'carrier', 'enum-value', 'subject'] as const).map((reason) => ({ reason, id: 'activeInResidenceArea', type: 'boolean', received: reason === 'subject' ? 'collective' : 'x', expected: reason === 'subject' ? ['individual'] : ['a', 'b'] })),
  unknown_extra_fact: [{ fact: 'activeInResidenceAre', where: 'year', suggestions: ['activeInResidenceArea'] }, { fact: 'x', where: 'subject' }],
  extra_fact_type_mismatch: (['boolean', 'integer', 'decimal', 'fraction', 'enum'] as const).map((type) => ({ fact: 'patientComplaints', type, expected: ['a', 'b'] })),
  stable_id_missing: [{ stableId: 'lao-dong-tien-tien', regime: 'vn-tdkt-2022-nd98', rule: 'lao-dong-tien-tien-nd98', suggestions: ['lao-dong-tien-tien-nd98'] }, { stableId: 'lao-dong-tien-tien#x', regime: 'vn-tdkt-2022-nd98', rule: 'lao-dong-tien-tien-nd98', node: 'x' }],
  overlay_composition: COMPOSITION.map((problem) => ({ problem, sources: ['provinces/hai-phong'], source: 'provinces/hai-phong', layer: 'ministry', province: 'hai-phong' })),
  unknown_province: [{ province: 'ha-noii', suggestions: ['ha-noi'] }, { province: 'ha-tay', mergedInto: 'ha-noi', until: '2008-07-31', suggestions: ['ha-noi'] }, { province: 'da-nang', formedOn: '2025-07-01', suggestions: ['da-nang', 'quang-nam'] }],
  province_without_overlay: [{ province: 'ha-noi', available: ['bac-ninh', 'lao-cai'] }],
  unknown_source: [{ source: 'S99', suggestions: ['S9'] }],
  cyclic_prerequisite: [{ cycle: ['giay-khen', 'giay-khen'], regimes: ['vn-tdkt-2022-nd152'] }],
  no_base_salary: [{ date: '2010-01-01' }],
  approvals_exceed_members: [{ approvals: 12, members: 10 }],
  inconsistent_reports: REPORTS.map((problem) => ({ problem, expected: 2024, received: 2023 })),
  unknown_member: [{ member: 'zz', period: 2024, suggestions: ['a'] }],
  duplicate_member: [{ member: 'a' }],
  role_not_member: [{ role: 'leader', member: 'a', period: 2024 }, { role: 'deputy', member: 'b', period: 2024 }],
  leader_is_deputy: [{ member: 'a' }],
  missing_member_report: [{ member: 'a' }],
  unknown_criterion: [{ criterion: 'b9', suggestions: ['b1'] }],
  criterion_input_mismatch: [{ criterion: 'b1', kind: 'quantitative', field: 'triggered' }],
  missing_criterion_input: [{ member: 'a', criterion: 'b1', expected: ['actual', 'clusterScore'] }],
  missing_target: [{ criterion: 'b1', member: 'a' }],
  target_not_scorable: [{ criterion: 'b1', member: 'a', target: '0' }],
  score_above_max: [{ score: '11', maximum: '10' }],
  group_max_mismatch: [{ group: 'g', declared: '10', sum: '9' }],
  invalid_tie_break_chain: TIE.map((problem) => ({ problem, group: 'g1' })),
  district_cluster_abolished: [{ period: 2026 }],
  district_cluster_partial_year: [{ period: 2025 }],
  unknown_period: [{ period: 2030 }],
};

const ALL: Issue[] = (Object.keys(SAMPLES) as IssueCode[]).flatMap((code) => (SAMPLES[code] as readonly object[]).map((p) => makeIssue(code, ['x.json', 0], p as never) as Issue));

/**
 * English words that must not appear in Vietnamese prose. Text quoted «…» or "…", braces, ids
 * (kebab-case, dotted, camelCase, with digits) and the input's own values are left out first.
 */
const ENGLISH = new Set([
  'a', 'an', 'the', 'of', 'is', 'are', 'not', 'no', 'yes', 'and', 'or', 'to', 'in', 'at', 'on', 'for', 'with', 'by', 'from', 'be', 'must', 'cannot', 'can', 'should',
  'expected', 'received', 'invalid', 'unknown', 'missing', 'required', 'allowed', 'between', 'than', 'least', 'most', 'such', 'as', 'did', 'you', 'mean', 'valid',
  'list', 'string', 'number', 'integer', 'object', 'array', 'boolean', 'file', 'files', 'empty', 'element', 'line', 'record', 'group', 'rule', 'rules', 'condition',
  'overlay', 'award', 'awards', 'province', 'regime', 'year', 'years', 'date', 'value', 'values', 'whole', 'ids', 'id', 'shape', 'shapes', 'duplicates', 'real',
  'calendar', 'decimal', 'greater', 'zero', 'keys', 'key', 'ending', 'column', 'columns', 'once', 'share', 'positive', 'amount', 'proposed', 'member', 'members',
  'leader', 'deputy', 'current', 'containing', 'entry', 'without', 'day', 'before', 'gap', 'rows', 'row', 'true', 'false', 'period', 'operation', 'target', 'loosens',
  'tighten', 'statutory', 'new', 'old', 'wrong', 'way', 'subset', 'superset', 'inverted', 'params', 'param', 'parameter', 'fact', 'type', 'kind', 'sheet', 'named',
  'readable', 'workbook', 'header', 'malformed', 'syntax', 'error', 'position', 'closed', 'truncated', 'input', 'directory', 'permission', 'denied', 'such', 'unexpected',
  'data', 'after', 'reports', 'report', 'evaluated', 'another', 'book', 'chain', 'last', 'step', 'listed', 'twice', 'criterion', 'score', 'maximum', 'minimum',
  'individual', 'collective', 'disabled', 'confirmed', 'UNCONFIRMED', 'PROBABLE', 'CONFIRMED', 'eligible', 'ineligible', 'undetermined', 'none', 'onwards', 'until',
  'merged', 'into', 'exists', 'only', 'cluster', 'system', 'characters', 'items', 'digits', 'entries', 'conditions', 'criteria', 'levels', 'nested', 'deep',
]);

/** English words left in a Vietnamese line once quoted values, braces and ids are removed. */
function englishWords(line: string): string[] {
  const cleaned = line
    .replace(/«[^»]*»/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/--[a-z-]+/g, ' ') // a command-line flag
    .replace(/\/[^/\s]+\//g, ' '); // a regex pattern shown verbatim
  return (cleaned.match(/[\p{L}\p{N}]+(?:[-_.@#/][\p{L}\p{N}]+)*/gu) ?? []).filter((t) => /^[A-Za-z]+$/.test(t) && ENGLISH.has(t));
}

describe('issue messages: every code in every shipped locale', () => {
  test('the registry lists the shipped languages, Vietnamese first', () => {
    expect(LANGS).toEqual(['vi', 'en']);
    expect(Object.keys(LOCALES)).toEqual([...LANGS]);
    for (const l of LANGS) expect(localeOf(l).lang).toBe(l);
    expect(localeOf(undefined).lang).toBe('vi');
    expect([isLang('vi'), isLang('en'), isLang(undefined), isLang('fr'), isLang('toString'), isLang(1)]).toEqual([true, true, true, false, false, false]);
  });

  test('every sample covers a code of the table, and every code of each table has a sample', () => {
    for (const l of LANGS) expect(Object.keys(LOCALES[l].issues).sort()).toEqual(Object.keys(SAMPLES).sort());
    expect(ALL.length).toBeGreaterThan(300);
  });

  for (const l of LANGS) {
    test(`${l}: every issue renders one sentence, with no gap left by a missing word`, () => {
      for (const i of ALL) {
        const m = issueMessage(i, l);
        expect(m, `${i.code} ${JSON.stringify(i.params)}`).toMatch(/^\S.*[.?]$/s);
        expect(m, `${i.code} ${JSON.stringify(i.params)}`).not.toMatch(/undefined|\[object Object\]|NaN|: \.|\(\)|«»|""|  /);
      }
    });
  }

  test('vi: no English words in any issue message', () => {
    const bad = ALL.map((i) => [i.code, issueMessage(i, 'vi'), englishWords(issueMessage(i, 'vi'))] as const).filter(([, , w]) => w.length);
    expect(bad).toEqual([]);
  });

  test('the English check catches what it should, and leaves quoted values and ids alone', () => {
    expect(englishWords('Tùy chọn «year» không hợp lệ: an integer year between 1945 and 2100.')).toEqual(['an', 'integer', 'year', 'between', 'and']);
    expect(englishWords('Khóa «yaer» không được phép. Có phải ý bạn là: year?')).toEqual(['year']);
    expect(englishWords('Thiếu trường «kind»; giá trị cho phép: "individual" và bộ lọc { award?: chuỗi }, mã lao-dong-tien-tien, loadRuleBook.')).toEqual([]);
  });

  test('messages differ between languages and nested causes are rendered in the same language', () => {
    const i = makeIssue('invalid_fact_params', ['f.json'], { fact: 'initiativeCount', cause });
    expect(issueMessage(i, 'vi')).toBe('Tham số của dữ kiện «initiativeCount» không hợp lệ: giá trị quá nhỏ: tối thiểu là 1.');
    expect(issueMessage(i, 'en')).toBe('Invalid params for fact "initiativeCount": too small: the minimum is 1.');
    expect(issueMessages(i)).toEqual({ vi: issueMessage(i, 'vi'), en: issueMessage(i, 'en') });
    expect(issueWithMessages(i)).toEqual({ ...i, message: issueMessages(i) });
  });

  test('before/after: the three mixed messages of the note read as Vietnamese now', () => {
    const year = makeIssue('invalid_option', ['options', 'year'], { option: 'year', expected: 'year' });
    expect(issueMessage(year, 'vi')).toBe('Tùy chọn «year» không hợp lệ: cần năm, là số nguyên từ 1945 đến 2100.');
    expect(issueMessage(year, 'en')).toBe('Invalid option "year": expected an integer year between 1945 and 2100.');
    const read = makeIssue('file_read_error', ['a.json'], { file: 'a.json', reason: 'ENOENT' });
    expect(issueMessage(read, 'vi')).toBe('Không đọc được tệp «a.json»: không tìm thấy tệp hoặc thư mục.');
    const tie = makeIssue('invalid_tie_break_chain', ['tieBreaks', 0], { problem: 'member-id-not-last' });
    expect(issueMessage(tie, 'vi')).toBe('Thứ tự tiêu chí phụ để xếp hạng khi bằng điểm không hợp lệ: khóa «member-id» phải là bước cuối cùng.');
  });

  test('issues are plain data: code, path and typed params, no message', () => {
    const i = makeIssue('unknown_award', ['options', 'awards', 0], { award: 'LDTT', suggestions: [], valid: undefined });
    expect(i).toEqual({ code: 'unknown_award', path: ['options', 'awards', 0], params: { award: 'LDTT', suggestions: [] } });
    expect(JSON.parse(JSON.stringify(i))).toEqual(i);
    expect('message' in i).toBe(false);
  });

  test('issues sort by path, then code, then their parameters — never by message', () => {
    const a = makeIssue('unknown_award', ['x'], { award: 'b' });
    const b = makeIssue('unknown_award', ['x'], { award: 'a' });
    const c = makeIssue('duplicate_id', ['x'], { id: 'z', other: 'y' });
    const d = makeIssue('unknown_award', ['a'], { award: 'z' });
    const r = fail([a, b, c, d]);
    expect(!r.ok && r.issues.map((i) => `${i.path.join('.')} ${i.code} ${JSON.stringify(i.params)}`)).toEqual([
      'a unknown_award {"award":"z"}',
      'x duplicate_id {"id":"z","other":"y"}',
      'x unknown_award {"award":"a"}',
      'x unknown_award {"award":"b"}',
    ]);
    // the order does not depend on the key order of the params
    const e = makeIssue('duplicate_id', ['x'], { other: 'y', id: 'a' });
    expect(compareIssues(e, c)).toBeLessThan(0);
  });

  test('renderIssues uses the same messages, in the language asked for', () => {
    const i = makeIssue('unknown_regime', ['options', 'regime'], { regime: 'x', suggestions: ['vn-tdkt-2022-nd152'] });
    expect(renderIssues([i])).toBe(`unknown_regime tại options.regime: ${issueMessage(i, 'vi')}`);
    expect(renderIssues([i], { lang: 'en' })).toBe(`unknown_regime at options.regime: ${issueMessage(i, 'en')}`);
    expect(() => renderIssues([i], { lang: 'fr' as never })).toThrow('Invalid option "lang": expected a shipped language tag (vi, en) or a complete Locale object.');
    // an object that is not a whole Locale (a caller's half-written language) is refused the same way
    expect(() => renderIssues([i], { lang: { lang: 'de' } as never })).toThrow(/expected a shipped language tag \(vi, en\) or a complete Locale object/);
    expect(() => issueMessage({ code: 'nope', path: [], params: {} } as never)).toThrow(/unknown issue code/);
  });
});

describe('other code families: every code has words in every shipped locale', () => {
  const VERDICTS = keys<Verdict>({ eligible: true, ineligible: true, undetermined: true, 'not-applicable': true });
  const STATUSES = keys<NodeStatus>({ pass: true, fail: true, missing_fact: true });
  const NA = keys<NotApplicableReason>({ 'no-rule-in-force': true, 'subject-kind-mismatch': true });
  const MARKERS = keys<Marker>({ CONFIRMED: true, PROBABLE: true, UNCONFIRMED: true });
  const GAPS: Gap[] = [
    { kind: 'value', expected: 'good' },
    { kind: 'count', amount: '2', direction: 'increase', unit: 'years' },
    { kind: 'count', amount: '2', direction: 'decrease', unit: 'approvals' },
    { kind: 'count', amount: '1', direction: 'increase', unit: 'members' },
    { kind: 'count', amount: '1', direction: 'increase', unit: 'items' },
    { kind: 'count', amount: '1', direction: 'increase' },
    { kind: 'decimal', amount: '0.5', direction: 'increase', strict: true },
    { kind: 'decimal', amount: '0.5', direction: 'decrease', strict: false },
  ];
  const all = (L: Locale): string[] => [
    ...VERDICTS.map((v) => L.verdict(v)),
    ...STATUSES.map((s) => L.status(s)),
    ...NA.map((r) => L.notApplicable(r)),
    ...MARKERS.map((m) => L.wording.marker(m)),
    L.wording.subjectKind('individual'),
    L.wording.subjectKind('collective'),
    ...GAPS.map((g) => L.gap(g)),
    ...[...OPERATORS.keys()].map((op) => L.operator(op, '3')),
    ...['excellent', 'good', 'completed', 'failed', 'province', 'commune', 'none', 'village'].map((v) => L.value(v)),
    L.value(true),
    L.value(false),
    L.value(null),
    ...Object.values(L.words),
    ...L.cli.resultHeader,
    ...L.cli.quotaHeader,
    L.cli.countLine(3, 1),
    L.cli.quotaTitle('don-vi', 2025, 'vn-tdkt-2022-nd152'),
    ...Object.values(L.cli.next.rating),
    ...Object.values(L.cli.next.kind),
    ...Object.values(L.cli.next.scope),
    ...Object.values(L.cli.list),
    ...L.cli.template.guideHeader,
  ];

  for (const l of LANGS) {
    test(`${l}: words exist for every verdict, status, reason, marker, gap and operator`, () => {
      for (const w of all(LOCALES[l])) expect(typeof w === 'string' && w.trim().length > 0 && !/undefined/.test(w), String(w)).toBe(true);
      // an operator without words would fall back to its own name
      for (const op of OPERATORS.keys()) expect(LOCALES[l].operator(op, '3'), op).not.toBe(`${op} 3`);
    });
  }

  test('vi: none of these words is English', () => {
    const bad = all(LOCALES.vi).filter((w) => englishWords(w).length);
    expect(bad).toEqual([]);
  });

  test('the two shipped locales differ word for word (no copy left untranslated)', () => {
    const [v, e] = [all(LOCALES.vi), all(LOCALES.en)];
    const same = v.filter((w, k) => w === e[k] && /[A-Za-zÀ-ỹ]{3}/.test(w));
    expect(same).toEqual([]);
  });
});
