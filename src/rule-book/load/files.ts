import { closest } from '../../_internal/closest.js';
import { STABLE_IDS_PATH } from '../load-stable-ids.js';
import { makeIssue, type Issue } from '../../model/issue.js';
import { findForbiddenKeys } from '../limits.js';
import { BASE_SALARY_PATH } from '../load-bonuses.js';
import { HIERARCHY_PATH } from '../load-hierarchy.js';

/** Rule files keyed by their path relative to the rules/ folder, each already parsed from JSON. */
export type RuleFiles = Readonly<Record<string, unknown>>;

/** The national book file. @internal */
export const BOOK_PATH = 'national/book.json';
/** The rule files of a regime. @internal */
export const RULE_FILE_RE = /^national\/([a-z0-9-]+)\/rules\/[a-z0-9-]+\.json$/;
const PARAMS_FILE_RE = /^national\/([a-z0-9-]+)\/parameters\.json$/;
const REGIME_DATA_RE = /^national\/([a-z0-9-]+)\/(bonuses|quotas)\.json$/;
const IGNORED_RE = /^(schema\/|national\/[a-z0-9-]+\/tests\/|provinces\/|provinces\.json$|agencies\/|agencies\.json$)/;

/** Check step "hostile keys": `__proto__`, `constructor`, `prototype` anywhere in any file. @internal */
export function checkForbiddenKeys(files: RuleFiles, paths: readonly string[], issues: Issue[]): void {
  for (const p of paths) {
    for (const fp of findForbiddenKeys(files[p])) issues.push(makeIssue('forbidden_key', [p, ...fp], { key: String(fp[fp.length - 1]) }));
  }
}

/**
 * Check step "files": every path is a known kind of rule-book file, and a regime file belongs to a
 * declared regime (checked only when the book parsed).
 * @internal
 */
export function checkFileNames(paths: readonly string[], regimeIds: ReadonlySet<string> | undefined, issues: Issue[]): void {
  for (const p of paths) {
    if (p === 'awards.json' || p === BOOK_PATH || p === HIERARCHY_PATH || p === BASE_SALARY_PATH || p === STABLE_IDS_PATH || IGNORED_RE.test(p)) continue;
    const m = RULE_FILE_RE.exec(p) ?? PARAMS_FILE_RE.exec(p) ?? REGIME_DATA_RE.exec(p);
    if (!m) issues.push(makeIssue('unknown_file', [p], { file: p }));
    else if (regimeIds && !regimeIds.has(m[1]!)) issues.push(makeIssue('unknown_regime', [p], { regime: m[1]!, suggestions: closest(m[1]!, regimeIds) }));
  }
}
