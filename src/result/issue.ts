import { vi } from '../locales/vi.js';
import { en } from '../locales/en.js';

/** Every issue code thidua can report. */
export type IssueCode =
  | 'invalid_json'
  | 'duplicate_key'
  | 'file_too_large'
  | 'not_regular_file'
  | 'invalid_cell'
  | 'invalid_type'
  | 'missing_field'
  | 'unrecognized_key'
  | 'invalid_value'
  | 'invalid_format'
  | 'too_small'
  | 'too_big'
  | 'duplicate_id'
  | 'duplicate_year'
  | 'unknown_fact'
  | 'unknown_operator'
  | 'operator_fact_mismatch'
  | 'unknown_award'
  | 'unknown_parameter'
  | 'parameter_type_mismatch'
  | 'invalid_fact_params'
  | 'undeclared_fact'
  | 'unused_declared_fact'
  | 'missing_citation'
  | 'invalid_effective_period'
  | 'overlapping_effective_periods'
  | 'effective_outside_regime'
  | 'subject_kind_mismatch'
  | 'unsupported_path'
  | 'depth_exceeded'
  | 'size_exceeded'
  | 'forbidden_key'
  | 'missing_file'
  | 'unknown_file'
  | 'unknown_regime'
  | 'regime_disabled'
  | 'no_regime_in_force'
  | 'invalid_option'
  | 'file_read_error'
  | 'overlay_target_missing'
  | 'overlay_loosens_statute'
  | 'overlay_regime_mismatch'
  | 'overlay_version_mismatch'
  | 'overlay_invalid_operation'
  | 'overlay_stale_label'
  | 'overlay_composition'
  | 'unknown_province'
  | 'province_without_overlay'
  | 'unknown_agency'
  | 'agency_without_overlay'
  | 'agency_not_in_existence'
  | 'overlay_jurisdiction'
  | 'overlay_order'
  | 'overlay_declaration_conflict'
  | 'overlay_declaration_invalid'
  | 'unknown_extra_fact'
  | 'extra_fact_type_mismatch'
  | 'stable_id_missing'
  | 'unknown_source'
  | 'cyclic_prerequisite'
  | 'no_base_salary'
  | 'approvals_exceed_members'
  | 'inconsistent_reports'
  | 'unknown_member'
  | 'duplicate_member'
  | 'role_not_member'
  | 'leader_is_deputy'
  | 'missing_member_report'
  | 'unknown_criterion'
  | 'criterion_input_mismatch'
  | 'missing_criterion_input'
  | 'missing_target'
  | 'target_not_scorable'
  | 'score_above_max'
  | 'group_max_mismatch'
  | 'invalid_tie_break_chain'
  | 'district_cluster_abolished'
  | 'district_cluster_partial_year'
  | 'unknown_period';

/** Path inside the input: file name (for rule books) then keys and indices. */
export type IssuePath = readonly (string | number)[];

/** Parameters of an issue; also used to build its messages. */
export type IssueParams = Readonly<Record<string, string | number | boolean | readonly string[]>>;

/** A typed problem with user input or rule files. Plain data. */
export interface Issue {
  readonly code: IssueCode;
  readonly path: IssuePath;
  readonly message: { readonly vi: string; readonly en: string };
  readonly params?: IssueParams;
}

/** Build an issue with its Vietnamese and English messages. */
export function makeIssue(code: IssueCode, path: IssuePath, params: IssueParams = {}): Issue {
  if (typeof code !== 'string' || !Array.isArray(path) || params === null || typeof params !== 'object') throw new ThiduaError('invalid_option', 'makeIssue(code, path: (string | number)[], params?: object)');
  const issue: Issue = {
    code,
    path: [...path],
    message: { vi: vi.issue(code, params), en: en.issue(code, params) },
    ...(Object.keys(params).length > 0 ? { params: { ...params } } : {}),
  };
  return issue;
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

/** Sort issues by path then code, so reports are deterministic. @internal */
export function compareIssues(a: Issue, b: Issue): number {
  const pa = a.path.map(String).join('\u0000');
  const pb = b.path.map(String).join('\u0000');
  if (pa !== pb) return pa < pb ? -1 : 1;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  const ma = a.message.en;
  const mb = b.message.en;
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
