import { canonicalJson } from '../_internal/canonical-json.js';
import type { LocalizedText } from './rule-book.js';

/** Every issue code thidua can report. */
export type IssueCode = keyof IssueParamsByCode;

/** Path inside the input: file name (for rule books) then keys and indices. */
export type IssuePath = readonly (string | number)[];

/**
 * What a value, an option or a type was expected to be: a code each locale puts into words
 * (`expectation` in src/explain/locales). Type names come first (zod's and JavaScript's), then the
 * shapes thidua's own checks ask for.
 */
export type ExpectedCode =
  // types (zod and typeof names)
  | 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null' | 'undefined' | 'bigint' | 'symbol' | 'function' | 'date' | 'nan' | 'unknown-type'
  // thidua shapes
  | 'rule-book' | 'year' | 'real-date' | 'period-end' | 'regime-id' | 'award-id' | 'id' | 'award-ids' | 'province-key'
  | 'overlays' | 'parameters-object' | 'horizon' | 'unit-id' | 'count-from-0' | 'council-members' | 'approvals-count'
  | 'list-filter' | 'regime-filter' | 'proposals' | 'ranking' | 'eligibility-report' | 'eligibility-reports' | 'non-empty-array'
  | 'files-object' | 'positive-amount' | 'share' | 'root-group' | 'proposal-key' | 'one-group-operator' | 'null-with-derived-from'
  | 'allowed-shape' | 'distinct-selection' | 'distinct-columns' | 'decimal' | 'boolean-or-string' | 'non-empty-string-list'
  | 'string-list' | 'no-duplicates' | 'one-of' | 'lang-or-locale' | 'contains-leader' | 'entry-without-derived-from' | 'at-most-max'
  | 'same-period' | 'same-province' | 'contiguous-rows' | 'enum-list' | 'count-record' | 'file-names';

/** An expectation with the values it names (allowed values, the value that broke it). */
export interface Expectation {
  readonly expected: ExpectedCode;
  /** Allowed values or a bound, verbatim (ids, enum values, numbers). */
  readonly values?: readonly string[] | undefined;
}

/** A value that fails an expectation: the expectation and, when one element broke it, that element. */
export interface ValueProblem extends Expectation {
  readonly value?: string | undefined;
}

/** Kind of a received value, for wrong-type messages. */
export type ReceivedKind = 'string' | 'number' | 'boolean' | 'object' | 'array' | 'null' | 'undefined' | 'bigint' | 'symbol' | 'function' | 'nan' | 'date' | 'unknown-type';

/** The kind of a JavaScript value, for wrong-type issues. @internal */
export function receivedKind(v: unknown): ReceivedKind {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && Number.isNaN(v)) return 'nan';
  return typeof v;
}

/** Format a string failed (zod refinements and regexes, CSV/workbook files). */
export type FormatCode =
  | 'kebab-case' | 'decimal' | 'date' | 'real-date' | 'overlay-target' | 'positive' | 'source-needs-citation' | 'non-zero' | 'parameter-id'
  | 'pattern' | 'csv-not-utf8' | 'csv-syntax' | 'csv-no-header' | 'xlsx-unreadable' | 'xlsx-no-sheet' | 'other';

/** Why a JSON text could not be read. */
export type JsonProblem = 'syntax' | 'not-utf8' | 'empty-file' | 'empty-element' | 'trailing' | 'unterminated' | 'not-array';

/** Why an overlay operation is invalid (overlay_invalid_operation). */
export type OverlayProblem =
  | 'add-awards-needs-award' | 'state-award-by-province' | 'add-regime-needs-rule' | 'national-state-award' | 'national-award' | 'award-of-other-province'
  | 'add-target' | 'add-into-all-or-any' | 'add-group-needs-condition' | 'param-add' | 'replace-target' | 'replace-needs-rule' | 'replace-keep-id'
  | 'replace-needs-condition' | 'root-stays-group' | 'engine-setting' | 'set-target' | 'set-group' | 'fact-param-literal' | 'remove-target'
  | 'remove-root' | 'group-left-empty' | 'fact-takes-no-params' | 'fact-params' | 'fact-param-unknown-award' | 'rule-not-in-force'
  | 'quota-outside-overlay' | 'quota-needs-set' | 'sheet-needs-add';

/** Why an overlay operation loosens a statutory condition (overlay_loosens_statute). */
export type LoosenProblem =
  | 'new-alternative' | 'replace-statutory' | 'holds-statutory' | 'remove-statutory' | 'rule-holds-statutory'
  | 'not-comparable' | 'wrong-way' | 'expected-lists' | 'not-subset' | 'not-superset' | 'not-shown-tighter' | 'param-not-shown-tighter' | 'param-easier';

/** Why a replacement could not be proved to imply the statutory condition (overlay_not_implied). */
export type NotImpliedReason =
  | 'fact-differs'
  | 'params-differ'
  | 'bound-weaker'
  | 'set-wider'
  | 'operators-unrelated'
  | 'value-not-comparable'
  | 'condition-missing'
  | 'alternative-uncovered'
  | 'negation';

/** Why overlays cannot be composed in this order (overlay_composition). */
export type CompositionProblem = 'province-after-others' | 'province-with-unit' | 'layer-without-province' | 'other-province' | 'already-applied';

/** Why the reports given to applyQuotas do not belong together. */
export type ReportsProblem = 'year' | 'rule-book' | 'regime';

/** Why a tie-break chain is invalid. */
export type TieBreakProblem = 'must-end-with-member-id' | 'member-id-not-last' | 'group-twice' | 'female-preference-twice';

/** Why a spreadsheet cell is invalid (invalid_cell). */
export type CellProblem =
  | 'unknown-column' | 'duplicate-column' | 'missing-column' | 'empty-required' | 'missing-id' | 'id-on-other-sheet' | 'year-repeated'
  | 'differs-from-row' | 'initiative-needs-scope' | 'discipline-needs-level-and-start' | 'bad-id' | 'text-too-long' | 'bad-year'
  | 'bad-count' | 'bad-bool' | 'bad-date' | 'bad-enum' | 'unknown-award' | 'bad-vote' | 'vote-out-of-range';

/** File kind of a path that is not a regular file. */
export type FileKind = 'directory' | 'fifo' | 'character-device' | 'block-device' | 'socket' | 'other';

/** A legal citation in issue parameters. */
export interface CitationParams {
  readonly document: string;
  readonly article: string;
  readonly clause?: string | undefined;
  readonly point?: string | undefined;
}

/** Close matches for an unknown id, or the whole list of valid ids when none is close. */
export interface Hint {
  readonly suggestions?: readonly string[] | undefined;
  readonly valid?: readonly string[] | undefined;
}

/**
 * The typed parameters of each issue code. Parameters are data (ids, paths, numbers, sub-codes),
 * never prose: the locales put them into words (src/explain/locales, `issueMessage`).
 */
export interface IssueParamsByCode {
  invalid_json: { readonly problem: JsonProblem; readonly line?: number | undefined; readonly column?: number | undefined; readonly position?: number | undefined };
  duplicate_key: { readonly key: string };
  file_too_large: { readonly file: string; readonly size: number | string; readonly maximum: number; readonly part?: 'element' | 'record-line' | 'whole-document' | undefined; readonly index?: number | undefined };
  not_regular_file: { readonly file: string; readonly kind: FileKind };
  invalid_cell: { readonly sheet: string; readonly row: number; readonly column: string; readonly value?: string | undefined; readonly problem: CellProblem; readonly part?: string | undefined; readonly other?: number | string | undefined; readonly values?: readonly string[] | undefined; readonly options?: readonly LocalizedText[] | undefined };
  invalid_type: { readonly expected: ExpectedCode; readonly received: ReceivedKind; readonly sample?: string | undefined };
  missing_field: { readonly key: string; readonly expected?: readonly string[] | undefined };
  unrecognized_key: { readonly key: string } & Hint;
  invalid_value: Expectation & { readonly received?: number | string | undefined; readonly receivedKind?: ReceivedKind | undefined };
  invalid_format: { readonly format: FormatCode; readonly pattern?: string | undefined; readonly received?: string | undefined; readonly values?: readonly string[] | undefined; readonly line?: number | undefined };
  too_small: { readonly minimum: number | string; readonly origin?: string | undefined };
  too_big: { readonly maximum: number | string; readonly origin?: string | undefined };
  duplicate_id: { readonly id: string; readonly other: string };
  duplicate_year: { readonly year: number };
  unknown_fact: { readonly fact: string } & Hint;
  unknown_operator: { readonly operator: string } & Hint;
  operator_fact_mismatch: { readonly operator: string; readonly fact: string; readonly type: string } & Partial<Expectation> & { readonly value?: string | undefined };
  unknown_award: { readonly award: string } & Hint;
  unknown_parameter: { readonly parameter: string } & Hint;
  parameter_type_mismatch: { readonly parameter: string; readonly value?: string | undefined; readonly node?: string | undefined; readonly cause?: Issue | undefined } & Partial<Expectation>;
  invalid_fact_params: { readonly fact: string; readonly cause?: Issue | undefined };
  undeclared_fact: { readonly fact: string };
  unused_declared_fact: { readonly fact: string };
  missing_citation: Record<string, never>;
  invalid_effective_period: { readonly from: string; readonly to: string };
  overlapping_effective_periods: { readonly other: string; readonly award?: string | undefined; readonly regime?: string | undefined; readonly from?: string | undefined; readonly to?: string | undefined };
  effective_outside_regime: { readonly regime: string };
  subject_kind_mismatch: { readonly award: string; readonly expected: readonly string[]; readonly received: string };
  unsupported_path: { readonly path: string };
  depth_exceeded: { readonly limit: number; readonly what?: 'json' | 'sheet' | undefined };
  size_exceeded: { readonly limit: number; readonly what?: 'criteria' | 'digits' | 'entries' | 'files' | 'conditions' | undefined };
  forbidden_key: { readonly key: string } & Hint;
  missing_file: { readonly file: string };
  unknown_file: { readonly file: string };
  unknown_regime: { readonly regime: string } & Hint;
  regime_disabled: { readonly regime: string };
  no_regime_in_force: { readonly date: string; readonly covered?: readonly string[] | undefined };
  invalid_option: { readonly option: string; readonly regime?: string | undefined } & Expectation;
  file_read_error: { readonly file: string; readonly reason: string };
  overlay_target_missing: { readonly operation: string; readonly target: string; readonly regime?: string | undefined } & Hint;
  overlay_loosens_statute: { readonly operation: string; readonly target: string; readonly problem: LoosenProblem; readonly node?: string | undefined; readonly operator?: string | undefined; readonly from?: unknown; readonly to?: unknown; readonly direction?: 'raises' | 'lowers' | undefined; readonly inverted?: boolean | undefined; readonly group?: string | undefined; readonly condition?: string | undefined; readonly rule?: string | undefined; readonly fact?: string | undefined; readonly param?: string | undefined } & CitationParams;
  overlay_regime_mismatch: { readonly expected: string; readonly received: string; readonly from?: string | undefined; readonly to?: string | undefined; readonly regimeFrom?: string | undefined; readonly regimeTo?: string | undefined } & Hint;
  overlay_version_mismatch: { readonly expected: readonly string[]; readonly received: string };
  overlay_invalid_operation: { readonly operation: string; readonly target: string; readonly problem: OverlayProblem; readonly award?: string | undefined; readonly province?: string | undefined; readonly id?: string | undefined; readonly group?: string | undefined; readonly node?: string | undefined; readonly fact?: string | undefined; readonly cause?: Issue | undefined; readonly rule?: string | undefined; readonly ruleFrom?: string | undefined; readonly ruleTo?: string | undefined; readonly from?: string | undefined; readonly to?: string | undefined } & Hint;
  overlay_not_implied: { readonly operation: string; readonly target: string; readonly reason: NotImpliedReason; readonly from: string; readonly to: string } & CitationParams;
  overlay_delegation_layer: { readonly operation: string; readonly target: string; readonly layer: string; readonly allowed: readonly string[] } & CitationParams;
  overlay_delegation_declared: { readonly operation: string };
  overlay_loosens_quota: { readonly operation: string; readonly target: string; readonly field: 'maxShare' | 'mode'; readonly from: string; readonly to: string };
  overlay_loosens_sheet: { readonly operation: string; readonly target: string; readonly kind: string };
  unknown_option: { readonly option: string; readonly allowed: readonly string[] };
  unknown_agency: { readonly agency: string } & Hint;
  agency_without_overlay: { readonly agency: string; readonly available: readonly string[] };
  agency_not_in_existence: { readonly agency: string; readonly from?: string | undefined; readonly to?: string | undefined; readonly received: string } & Hint;
  overlay_jurisdiction: { readonly layer: string; readonly expected: 'province' | 'agency' };
  overlay_order: { readonly reason: 'jurisdiction' | 'lower' | 'date' | 'base'; readonly source: string; readonly previous?: string | undefined; readonly from?: string | undefined; readonly previousFrom?: string | undefined };
  overlay_declaration_conflict: { readonly kind: 'fact' | 'parameter'; readonly id: string; readonly regime?: string | undefined };
  overlay_declaration_invalid: { readonly reason: 'enum-values-required' | 'enum-values-unexpected' | 'parameter-value' | 'fact-params' | 'carrier' | 'enum-value' | 'subject'; readonly id: string; readonly type?: string | undefined; readonly received?: string | number | boolean | undefined; readonly expected?: readonly string[] | undefined };
  unknown_extra_fact: { readonly fact: string; readonly where: 'year' | 'subject' } & Hint;
  extra_fact_type_mismatch: { readonly fact: string; readonly type: string; readonly expected?: readonly string[] | undefined };
  stable_id_missing: { readonly stableId: string; readonly regime: string; readonly rule: string; readonly node?: string | undefined } & Hint;
  overlay_stale_label: { readonly operation: string; readonly target: string; readonly label: LocalizedText };
  overlay_composition: { readonly problem: CompositionProblem; readonly sources?: readonly string[] | undefined; readonly source?: string | undefined; readonly layer?: string | undefined; readonly province?: string | undefined };
  unknown_province: { readonly province: string; readonly mergedInto?: string | undefined; readonly until?: string | undefined; readonly formedOn?: string | undefined } & Hint;
  province_without_overlay: { readonly province: string; readonly available: readonly string[] };
  unknown_source: { readonly source: string } & Hint;
  cyclic_prerequisite: { readonly cycle: readonly string[]; readonly regimes: readonly string[] };
  no_base_salary: { readonly date: string };
  approvals_exceed_members: { readonly approvals: number; readonly members: number };
  inconsistent_reports: { readonly problem: ReportsProblem; readonly expected?: number | string | undefined; readonly received?: number | string | undefined };
  unknown_member: { readonly member: string; readonly period: number } & Hint;
  duplicate_member: { readonly member: string };
  role_not_member: { readonly role: 'leader' | 'deputy'; readonly member: string; readonly period: number };
  leader_is_deputy: { readonly member: string };
  missing_member_report: { readonly member: string };
  unknown_criterion: { readonly criterion: string } & Hint;
  criterion_input_mismatch: { readonly criterion: string; readonly kind: string; readonly field: string };
  missing_criterion_input: { readonly member: string; readonly criterion: string; readonly expected: readonly string[] };
  missing_target: { readonly criterion: string; readonly member: string };
  target_not_scorable: { readonly criterion: string; readonly member: string; readonly target: string };
  score_above_max: { readonly score: string; readonly maximum: string };
  group_max_mismatch: { readonly group: string; readonly declared: string; readonly sum: string };
  invalid_tie_break_chain: { readonly problem: TieBreakProblem; readonly group?: string | undefined };
  district_cluster_abolished: { readonly period: number };
  district_cluster_partial_year: { readonly period: number };
  unknown_period: { readonly period: number };
}

/** Parameters of an issue of code `C`. */
export type IssueParams<C extends IssueCode = IssueCode> = IssueParamsByCode[C];

/** An issue of one code, with that code's typed parameters. */
export type IssueOf<C extends IssueCode> = C extends IssueCode
  ? { readonly code: C; readonly path: IssuePath; readonly params: IssueParamsByCode[C] }
  : never;

/**
 * A typed problem with user input or rule files: a code, the JSON path, and typed parameters. Plain
 * data, no prose: `issueMessage(issue, lang)` (explain layer) renders it in a locale.
 */
export type Issue = IssueOf<IssueCode>;

/** The parameters argument of {@link makeIssue}: optional when every parameter of the code is. */
export type ParamsArg<C extends IssueCode> = Record<string, never> extends IssueParamsByCode[C] ? [params?: IssueParamsByCode[C]] : [params: IssueParamsByCode[C]];

/** Build an issue; the parameters are checked against the code's type. */
export function makeIssue<C extends IssueCode>(code: C, path: IssuePath, ...args: ParamsArg<C>): IssueOf<C> {
  const params = (args[0] ?? {}) as object;
  if (typeof code !== 'string' || !Array.isArray(path) || params === null || typeof params !== 'object') throw new ThiduaError('invalid_option', 'makeIssue(code, path: (string | number)[], params?: object)');
  const clean: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) if (v !== undefined) clean[k] = copy(v);
  return { code, path: [...path], params: clean } as unknown as IssueOf<C>;
}

/** A fresh copy of a parameter value: an issue never aliases a table of the library or of a rule book. */
function copy(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(copy);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copy(x)]));
  return v;
}
/** A result: success with a value, or failure with at least one issue. */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly [Issue, ...Issue[]] };

/** @internal */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** @internal */
export function fail<T>(issues: readonly Issue[]): Result<T> {
  if (issues.length === 0) throw new ThiduaError('internal', 'fail() called without issues');
  return { ok: false, issues: [...issues].sort(compareIssues) as unknown as [Issue, ...Issue[]] };
}

/** Sort issues by path, then code, then the canonical JSON of their parameters, so reports are deterministic. @internal */
export function compareIssues(a: Issue, b: Issue): number {
  const pa = a.path.map(String).join('\u0000');
  const pb = b.path.map(String).join('\u0000');
  if (pa !== pb) return pa < pb ? -1 : 1;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  const ma = canonicalJson(a.params);
  const mb = canonicalJson(b.params);
  return ma < mb ? -1 : ma > mb ? 1 : 0;
}

/** Thrown only for programmer errors (misuse of the API), never for bad user input. */
export class ThiduaError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'ThiduaError';
    this.code = code;
  }
}
