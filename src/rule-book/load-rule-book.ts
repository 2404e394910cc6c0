import { canonicalJson, compareCodeUnits } from '../_internal/canonical-json.js';
import { loadStableIds, STABLE_IDS_PATH } from './load-stable-ids.js';
import { isDeclaredCarrier } from '../facts/declared.js';
import { deepFreeze } from '../_internal/deep-freeze.js';
import { sha256Hex } from '../_internal/sha256.js';
import { fail, makeIssue, ok, receivedKind, type Issue, type IssuePath, type Result } from '../model/issue.js';
import type { RegimeDef, RuleBook, RuleDef } from '../model/rule-book.js';
import { BookFileSchema, RuleFileSchema } from '../schema/rule-file.js';
import { LIMITS } from './limits.js';
import { parseFile as parse } from './parse-file.js';
import { loadAwardCatalogue } from './load/check-awards.js';
import { checkSourceIds } from './load/check-citations.js';
import { checkAwardRuleOverlaps, checkRegimePeriods } from './load/check-effective.js';
import { loadParameters } from './load/check-parameters.js';
import { BOOK_PATH, checkFileNames, checkForbiddenKeys, RULE_FILE_RE, type RuleFiles } from './load/files.js';
import { contentKey, LOAD_CACHE } from './load/load-cache.js';
import { loadRule } from './load/load-rule.js';
import { bookData, regimeData } from './load/regime-data.js';

// The loader is a parse step and named check steps, one module each under ./load/ (see
// docs/architecture.md): files (hostile keys, file names), awards, effective periods, parameters,
// rules (citations, awards, facts and operators of every condition, declared facts) and citations
// (source ids). This file only composes them; these re-exports keep the public paths stable.
export type { RuleFiles } from './load/files.js';
export { OPTIONAL_SETTINGS, REQUIRED_SETTINGS, SETTING_PARAMS } from './load/settings.js';
export { parameterValueFits } from './load/parameter-value.js';
export { _buildCondition } from './load/build-condition.js';
export { _loadRule } from './load/load-rule.js';

/**
 * Load and validate a rule book from its files (paths relative to the rules/ folder).
 * Every problem is reported at once, at load time: schema violations, unknown facts, operators,
 * awards and parameters, missing citations, overlapping effective periods, hostile keys.
 *
 * Loads are cached by content: files (plain JSON data) whose JSON text hashes the same as an earlier
 * successful load (the last 16, held weakly) give that same frozen book again, without validating anew;
 * the compiled form is cached by the book's hash in turn, so load + validate + compile happen once
 * per content. The cache cannot change a result (see `LoadCache` in ./load/load-cache.ts and
 * docs/performance.md).
 * @param files parsed JSON files keyed by relative path, e.g. "national/book.json".
 * @returns the frozen rule book, or all issues found.
 */
export function loadRuleBook(files: RuleFiles): Result<RuleBook> {
  return loadRuleBookCached(files, undefined);
}

/**
 * {@link loadRuleBook} with the book hash of one known content: when the JSON text of `files` has
 * the SHA-256 `known.filesKey`, the files are still validated and the book built, but its hash is
 * `known.hash` instead of being recomputed from the canonical JSON of the book (about a quarter of a
 * cold load of the national book). Used for the embedded national book, whose hash the generator
 * computes the regular way; a test recomputes it.
 * @internal
 */
export function loadRuleBookCached(files: RuleFiles, known: { readonly filesKey: string; readonly hash: string } | undefined): Result<RuleBook> {
  if (files === null || typeof files !== 'object' || Array.isArray(files)) return loadRuleBookUncached(files);
  if (Object.keys(files).length > LIMITS.files) return loadRuleBookUncached(files);
  // no key (not plain JSON data): the loader validates it and reports it
  const key = contentKey(files);
  if (key === undefined) return loadRuleBookUncached(files);
  const hit = LOAD_CACHE.get(key);
  if (hit) return ok(hit);
  const r = loadRuleBookUncached(files, known?.filesKey === key ? known.hash : undefined);
  if (r.ok) LOAD_CACHE.set(key, r.value);
  return r;
}

/**
 * {@link loadRuleBook} without the content cache: validates every time.
 * @param knownHash the book hash, when the caller knows it for exactly these files (see {@link loadRuleBookCached}).
 * @internal
 */
export function loadRuleBookUncached(files: RuleFiles, knownHash?: string): Result<RuleBook> {
  const issues: Issue[] = [];
  if (files === null || typeof files !== 'object' || Array.isArray(files)) {
    return fail([makeIssue('invalid_type', [], { expected: 'files-object', received: receivedKind(files) })]);
  }
  const paths = Object.keys(files).sort(compareCodeUnits);
  if (paths.length > LIMITS.files) return fail([makeIssue('size_exceeded', [], { limit: LIMITS.files, what: 'files' })]);
  checkForbiddenKeys(files, paths, issues);
  if (issues.length) return fail(issues);

  // 1. award catalogue
  const awards = loadAwardCatalogue(files, issues);

  // 2. book metadata and regimes
  if (!(BOOK_PATH in files)) issues.push(makeIssue('missing_file', [BOOK_PATH], { file: BOOK_PATH }));
  const book = BOOK_PATH in files ? parse(BookFileSchema, files[BOOK_PATH], [BOOK_PATH], issues) : undefined;
  const regimeIds = checkRegimePeriods(book, BOOK_PATH, issues);

  // 3. unknown files
  checkFileNames(paths, book ? regimeIds : undefined, issues);

  // 4. regimes: parameters and rules
  const regimes: RegimeDef[] = [];
  const ruleIds = new Map<string, string>();
  for (const r of book?.regimes ?? []) {
    const ruleFiles = paths.filter((p) => RULE_FILE_RE.exec(p)?.[1] === r.id);
    const { params, brokenParams, settings } = loadParameters(files, r.id, ruleFiles.length > 0, issues);
    const rules: RuleDef[] = [];
    for (const file of ruleFiles) {
      const rf = parse(RuleFileSchema, files[file], [file], issues);
      rf?.rules.forEach((rawRule, i) => {
        const at: IssuePath = [file, 'rules', i];
        const rule = loadRule(rawRule, at, file, r, params, awards, issues, brokenParams);
        if (!rule) return;
        const prev = ruleIds.get(rule.id);
        if (prev) issues.push(makeIssue('duplicate_id', [...at, 'id'], { id: rule.id, other: prev }));
        else ruleIds.set(rule.id, file);
        rules.push(rule);
      });
    }
    checkAwardRuleOverlaps(rules, r.id, issues);
    rules.sort((a, b) => compareCodeUnits(a.id, b.id));
    regimes.push({
      id: r.id,
      title: r.title,
      effective: r.effective,
      enabled: r.enabled,
      marker: r.marker,
      basis: r.basis,
      parameters: [...params.values()].sort((a, b) => compareCodeUnits(a.id, b.id)),
      settings,
      rules,
      ...regimeData(files, r.id, awards, issues),
    });
  }

  const extra = bookData(files, awards, regimeIds, issues);
  if (book) checkSourceIds(files, paths, new Set(book.sources.map((x) => x.id)), issues);
  // stable ids are checked against the loaded rules only when they all loaded (a broken rule would cascade)
  const stableIds = STABLE_IDS_PATH in files && !issues.length ? loadStableIds(files[STABLE_IDS_PATH], regimes, issues) : undefined;
  // carriers of overlay-declared facts are for overlays only (docs/real-regulations.md)
  for (const r of regimes) for (const rule of r.rules) for (const f of rule.facts.filter(isDeclaredCarrier)) issues.push(makeIssue('overlay_declaration_invalid', [rule.file, 'rules', rule.id, 'facts'], { reason: 'carrier', id: f }));
  if (issues.length || !book) return fail(issues.length ? issues : [makeIssue('missing_file', [BOOK_PATH], { file: BOOK_PATH })]);
  regimes.sort((a, b) => compareCodeUnits(a.effective.from, b.effective.from) || compareCodeUnits(a.id, b.id));
  const content = {
    id: book.id,
    title: book.title,
    jurisdiction: book.jurisdiction,
    version: book.version,
    sources: [...book.sources].sort((a, b) => compareCodeUnits(a.id, b.id)),
    awards: [...awards.values()],
    regimes,
    ...extra,
    ...(stableIds ? { stableIds } : {}),
  };
  const hash = knownHash ?? sha256Hex(canonicalJson(content));
  return ok(deepFreeze({ ...content, hash }));
}
