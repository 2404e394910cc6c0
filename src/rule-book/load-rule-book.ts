import type { z } from 'zod';
import { canonicalJson, compareCodeUnits } from '../_internal/canonical-json.js';
import { closest } from '../_internal/closest.js';
import { deepFreeze } from '../_internal/deep-freeze.js';
import { sha256Hex } from '../_internal/sha256.js';
import { safeParseFast } from '../_internal/fast-parse.js';
import { FACTS_BY_ID } from '../_internal/frozen-facts.js';
import type { HistorySettings } from '../facts/history.js';
import type {
  AwardDef,
  Citation,
  ConditionNode,
  Marker,
  NodePath,
  ParameterDef,
  RegimeDef,
  RuleBook,
  RuleDef,
} from '../model/rule-book.js';
import { OPERATORS } from '../operators/registry.js';
import { fromZodIssues } from '../result/from-zod.js';
import { fail, makeIssue, ok, type Issue, type IssuePath, type Result } from '../result/issue.js';
import {
  AwardRuleSchema,
  AwardsFileSchema,
  BookFileSchema,
  GroupShellSchema,
  LeafConditionSchema,
  ParameterSchema,
  ParametersFileSchema,
  PrincipleRuleSchema,
  RuleFileSchema,
  type ParameterInput,
} from '../schema/rule-file.js';
import { findForbiddenKeys, LIMITS } from './limits.js';
import { parseFile as parse } from './parse-file.js';
import { BASE_SALARY_PATH, loadBaseSalary, loadBonuses } from './load-bonuses.js';
import { HIERARCHY_PATH, loadHierarchy } from './load-hierarchy.js';
import { loadStableIds, STABLE_IDS_PATH } from './load-stable-ids.js';
import { isDeclaredCarrier } from '../facts/declared.js';
import { loadQuotas } from './load-quotas.js';

/** Rule files keyed by their path relative to the rules/ folder, each already parsed from JSON. */
export type RuleFiles = Readonly<Record<string, unknown>>;

/** Engine parameters every regime must declare (they change how history is counted). */
export const REQUIRED_SETTINGS = {
  'history.meritOnly': 'meritOnly',
  'history.excludeDisciplinePeriods': 'excludeDisciplinePeriods',
  'initiative.widerScopeSatisfiesNarrower': 'widerScopeSatisfiesNarrower',
  'initiative.reuseAcrossTitles': 'initiativeReuseAcrossTitles',
} as const satisfies Record<string, keyof HistorySettings>;

/**
 * History settings a regime may declare as a boolean parameter; absent = the default given here
 * (a regime without the principle the setting reads). Like the required ones, overlays cannot change them.
 */
export const OPTIONAL_SETTINGS = {
  'principles.disciplineBarsWholeYear': ['disciplineBarsWholeYear', true],
} as const satisfies Record<string, readonly [keyof HistorySettings, boolean]>;

/** Every parameter that is an engine setting (required or optional) → the setting it sets; overlays cannot change these. */
export const SETTING_PARAMS: Readonly<Record<string, keyof HistorySettings>> = Object.freeze({
  ...REQUIRED_SETTINGS,
  ...Object.fromEntries(Object.entries(OPTIONAL_SETTINGS).map(([id, [key]]) => [id, key])),
});

/**
 * Whether `value` is a value of a parameter of type `type` (the checks of a parameters file; also
 * used for the values given to `withParameters`).
 * @param type the declared parameter type.
 * @param value the value.
 * @returns whether it fits.
 */
export function parameterValueFits(type: ParameterInput['type'], value: unknown): boolean {
  switch (type) {
    case 'decimal':
      return typeof value === 'string' && /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/.test(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value) && Math.abs(value) <= 1000;
    case 'enum-list':
      return Array.isArray(value) && value.length <= 50 && value.every((x) => typeof x === 'string' && x.length <= 200);
    case 'string':
      return typeof value === 'string' && value.length <= 200;
  }
}

const RULE_FILE_RE = /^national\/([a-z0-9-]+)\/rules\/[a-z0-9-]+\.json$/;
const PARAMS_FILE_RE = /^national\/([a-z0-9-]+)\/parameters\.json$/;
const REGIME_DATA_RE = /^national\/([a-z0-9-]+)\/(bonuses|quotas)\.json$/;
const IGNORED_RE = /^(schema\/|national\/[a-z0-9-]+\/tests\/|provinces\/|provinces\.json$|agencies\/|agencies\.json$)/;
const END_OF_TIME = '9999-12-31';

function overlaps(a: { from: string; to?: string | undefined }, b: { from: string; to?: string | undefined }): boolean {
  return a.from <= (b.to ?? END_OF_TIME) && b.from <= (a.to ?? END_OF_TIME);
}

const LEAF_KEYS = Object.keys(LeafConditionSchema.shape);
const GROUP_KEYS = Object.keys(GroupShellSchema.shape);
const RULE_KEYS = Object.keys(AwardRuleSchema.shape).concat('appliesTo');

interface NodeCtx {
  readonly file: string;
  readonly ruleCitation: Citation;
  readonly ruleMarker: Marker;
  readonly subject: 'individual' | 'collective';
  readonly params: ReadonlyMap<string, ParameterDef>;
  /** Parameters declared but invalid (already reported): references to them are not reported again. */
  readonly brokenParams?: ReadonlySet<string>;
  readonly awards: ReadonlyMap<string, AwardDef>;
  readonly names: Map<string, NodePath>;
  readonly factsUsed: Set<string>;
  readonly issues: Issue[];
  count: number;
}

function resolveParam(value: unknown, ctx: NodeCtx, at: IssuePath): { value: unknown; ref?: string } | undefined {
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'param' in (value as object)) {
    const id = (value as { param: string }).param;
    const p = ctx.params.get(id);
    if (!p) {
      if (!ctx.brokenParams?.has(id)) ctx.issues.push(makeIssue('unknown_parameter', at, { parameter: id, suggestions: closest(id, ctx.params.keys()) }));
      return undefined;
    }
    return { value: p.value, ref: id };
  }
  return { value };
}

function buildNode(raw: unknown, path: NodePath, filePath: IssuePath, depth: number, ctx: NodeCtx): ConditionNode | undefined {
  const { issues } = ctx;
  if (depth > LIMITS.conditionDepth) {
    issues.push(makeIssue('depth_exceeded', filePath, { limit: LIMITS.conditionDepth }));
    return undefined;
  }
  if (++ctx.count > LIMITS.nodesPerRule) {
    if (ctx.count === LIMITS.nodesPerRule + 1) issues.push(makeIssue('size_exceeded', filePath, { limit: `${LIMITS.nodesPerRule} conditions per rule` }));
    return undefined;
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    issues.push(makeIssue('invalid_type', filePath, { expected: 'object', received: Array.isArray(raw) ? 'array' : raw === null ? 'null' : typeof raw }));
    return undefined;
  }
  const isLeaf = 'fact' in raw || 'operator' in raw || 'value' in raw;
  if (isLeaf) {
    const leaf = parse(LeafConditionSchema, raw, filePath, issues, (p) => (p.length === 0 ? LEAF_KEYS : undefined));
    if (!leaf) return undefined;
    registerName(leaf.name, path, filePath, ctx);
    const fact = FACTS_BY_ID.get(leaf.fact);
    const op = OPERATORS.get(leaf.operator);
    let ok = true;
    if (!fact) {
      issues.push(makeIssue('unknown_fact', [...filePath, 'fact'], { fact: leaf.fact, suggestions: closest(leaf.fact, FACTS_BY_ID.keys()) }));
      ok = false;
    } else {
      ctx.factsUsed.add(leaf.fact);
      if (!fact.subjects.includes(ctx.subject)) {
        issues.push(makeIssue('subject_kind_mismatch', [...filePath, 'fact'], { award: leaf.fact, expected: fact.subjects.join(', '), received: ctx.subject }));
        ok = false;
      }
    }
    if (!op) {
      issues.push(makeIssue('unknown_operator', [...filePath, 'operator'], { operator: leaf.operator, suggestions: closest(leaf.operator, OPERATORS.keys()) }));
      ok = false;
    }
    if (leaf.path !== undefined && !/^\$(\.[A-Za-z_][A-Za-z0-9_]*|\[[0-9]+\])+$/.test(leaf.path)) {
      issues.push(makeIssue('unsupported_path', [...filePath, 'path'], { path: leaf.path }));
      ok = false;
    }
    const resolved = resolveParam(leaf.value, ctx, [...filePath, 'value']);
    if (!resolved) ok = false;
    // fact params
    let params: Record<string, unknown> | undefined;
    const paramRefs: Record<string, string> = {};
    if (fact) {
      if (leaf.params && !fact.params) {
        issues.push(makeIssue('invalid_fact_params', [...filePath, 'params'], { fact: fact.id, detail: 'this fact takes no params' }));
        ok = false;
      } else if (fact.params) {
        const rawParams: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(leaf.params ?? {})) {
          const r = resolveParam(v, ctx, [...filePath, 'params', k]);
          if (!r) ok = false;
          else {
            rawParams[k] = r.value;
            if (r.ref) paramRefs[k] = r.ref;
          }
        }
        const pr = safeParseFast(fact.params, rawParams);
        if (!pr.success) {
          for (const zi of fromZodIssues(pr.error.issues, [...filePath, 'params'])) {
            issues.push(makeIssue('invalid_fact_params', zi.path, { fact: fact.id, detail: zi.message.en }));
          }
          ok = false;
        } else {
          params = pr.data;
          for (const key of fact.awardParams ?? []) {
            const v = params[key];
            const ids = v === undefined ? [] : Array.isArray(v) ? (v as string[]) : [v as string];
            ids.forEach((id) => {
              if (!ctx.awards.has(id)) {
                issues.push(makeIssue('unknown_award', [...filePath, 'params', key], { award: id, suggestions: closest(id, ctx.awards.keys()) }));
                ok = false;
              }
            });
          }
        }
      }
    }
    if (fact && op && resolved) {
      if (!op.factTypes.includes(fact.type)) {
        issues.push(makeIssue('operator_fact_mismatch', [...filePath, 'operator'], { operator: op.name, fact: fact.id, type: fact.type }));
        ok = false;
      } else {
        const detail = op.checkExpected(resolved.value, fact.enumValues);
        if (detail) {
          issues.push(
            resolved.ref
              ? makeIssue('parameter_type_mismatch', [...filePath, 'value'], { parameter: resolved.ref, expected: detail })
              : makeIssue('operator_fact_mismatch', [...filePath, 'value'], { operator: op.name, fact: fact.id, type: fact.type, detail }),
          );
          ok = false;
        }
      }
    }
    if (!ok || !fact || !op || !resolved) return undefined;
    return {
      type: 'leaf',
      name: leaf.name,
      path,
      ...(leaf.criterion ? { criterion: leaf.criterion } : {}),
      ...(leaf.label ? { label: leaf.label } : {}),
      citation: leaf.citation ?? ctx.ruleCitation,
      // a condition is only as certain as the parameters it reads (UNCONFIRMED values stay visible)
      marker: weakestMarker([leaf.marker ?? ctx.ruleMarker, ...[resolved.ref, ...Object.values(paramRefs)].flatMap((id) => (id ? [ctx.params.get(id)!.marker] : []))]),
      statutory: leaf.statutory ?? true,
      fact: leaf.fact,
      ...(params && Object.keys(params).length ? { params } : {}),
      ...(leaf.path ? { factPath: leaf.path } : {}),
      operator: leaf.operator,
      value: resolved.value as string | boolean | readonly string[],
      ...(resolved.ref ? { paramRef: resolved.ref } : {}),
      ...(Object.keys(paramRefs).length ? { paramRefs } : {}),
    };
  }
  const group = parse(GroupShellSchema, raw, filePath, issues, (p) => (p.length === 0 ? GROUP_KEYS : undefined));
  if (!group) return undefined;
  registerName(group.name, path, filePath, ctx);
  const ops = (['all', 'any', 'not'] as const).filter((k) => group[k] !== undefined);
  if (ops.length !== 1) {
    issues.push(makeIssue('invalid_value', filePath, { expected: 'exactly one of all, any, not', received: ops.join(', ') || 'none' }));
    return undefined;
  }
  const op = ops[0]!;
  const citation = group.citation ?? ctx.ruleCitation;
  const marker = group.marker ?? ctx.ruleMarker;
  const childCtx = { ...ctx, ruleCitation: citation, ruleMarker: marker };
  const children: ConditionNode[] = [];
  let ok = true;
  if (op === 'not') {
    const c = buildNode(group.not, [...path, 'not'], [...filePath, 'not'], depth + 1, childCtx);
    ctx.count = childCtx.count;
    if (!c) ok = false;
    else children.push(c);
  } else {
    (group[op] as unknown[]).forEach((rawChild, i) => {
      const c = buildNode(rawChild, [...path, op, i], [...filePath, op, i], depth + 1, childCtx);
      ctx.count = childCtx.count;
      if (!c) ok = false;
      else children.push(c);
    });
  }
  if (!ok) return undefined;
  return {
    type: 'group',
    name: group.name,
    path,
    op,
    ...(group.criterion ? { criterion: group.criterion } : {}),
    ...(group.label ? { label: group.label } : {}),
    citation,
    marker,
    statutory: group.statutory ?? true,
    children,
  };
}

const MARKER_RANK: Readonly<Record<Marker, number>> = { CONFIRMED: 0, PROBABLE: 1, UNCONFIRMED: 2 };
function weakestMarker(markers: readonly Marker[]): Marker {
  return markers.reduce((a, b) => (MARKER_RANK[b] > MARKER_RANK[a] ? b : a));
}

function registerName(name: string, path: NodePath, filePath: IssuePath, ctx: NodeCtx): void {
  const prev = ctx.names.get(name);
  if (prev) ctx.issues.push(makeIssue('duplicate_id', [...filePath, 'name'], { id: name, other: prev.join('.') || 'root' }));
  else ctx.names.set(name, path);
}

// a parameters-file value already passed ParameterSchema (strings ≤ 200, lists of ≤ 50 strings)
function paramTypeOk(p: ParameterInput): boolean {
  return parameterValueFits(p.type, p.value);
}

/**
 * JSON.stringify replacer that refuses every value whose JSON text would not round-trip to the same
 * value (issue 19.10): NaN and ±Infinity (written as null), undefined, functions and symbols (dropped
 * or written as null), -0 (written as 0), and objects other than plain objects and arrays (a Date or
 * anything with toJSON, a Map). Two inputs with one cache key are then equal as data, so a file
 * with a NaN multiplier can never share the key of a valid file with null there.
 * @internal
 */
function plainJsonOnly(this: unknown, key: string, value: unknown): unknown {
  const original = key === '' ? value : (this as Record<string, unknown>)[key];
  switch (typeof original) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(original) || Object.is(original, -0)) throw new TypeError('not plain JSON');
      return value;
    case 'object': {
      if (original === null) return value;
      if (typeof (original as { toJSON?: unknown }).toJSON === 'function') throw new TypeError('not plain JSON');
      const proto = Object.getPrototypeOf(original) as unknown;
      if (proto !== Object.prototype && proto !== null && proto !== Array.prototype) throw new TypeError('not plain JSON');
      return value;
    }
    default:
      throw new TypeError('not plain JSON');
  }
}

const LOAD_CACHE_LIMIT = 16;
/**
 * Loaded books by the SHA-256 of the JSON text of their files (successful loads only). Held weakly:
 * the cache never keeps a book alive that the caller has dropped.
 */
const loadCache = new Map<string, WeakRef<RuleBook>>();

/**
 * Load and validate a rule book from its files (paths relative to the rules/ folder).
 * Every problem is reported at once, at load time: schema violations, unknown facts, operators,
 * awards and parameters, missing citations, overlapping effective periods, hostile keys.
 *
 * Loads are cached by content: files (plain JSON data) whose JSON text hashes the same as an earlier
 * successful load (the last 16, held weakly) give that same frozen book again, without validating anew;
 * the compiled form is cached by the book's hash in turn, so load + validate + compile happen once
 * per content.
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
  let key: string;
  try {
    // the JSON text, not the canonical form: 2 ms instead of 14 on a cold national load; files that
    // differ only in key order miss the cache and load anew (to an equal book with the same hash)
    key = sha256Hex(JSON.stringify(files, plainJsonOnly));
  } catch {
    // a cyclic or over-deep structure, or a value JSON text does not keep (NaN, undefined, a Date…):
    // no cache key — the loader validates it and reports it
    return loadRuleBookUncached(files);
  }
  const hit = loadCache.get(key)?.deref();
  if (hit) return ok(hit);
  const r = loadRuleBookUncached(files, known?.filesKey === key ? known.hash : undefined);
  if (r.ok) {
    loadCache.delete(key);
    if (loadCache.size >= LOAD_CACHE_LIMIT) loadCache.delete(loadCache.keys().next().value!);
    loadCache.set(key, new WeakRef(r.value));
  }
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
    return fail([makeIssue('invalid_type', [], { expected: 'object of files', received: Array.isArray(files) ? 'array' : typeof files })]);
  }
  const paths = Object.keys(files).sort(compareCodeUnits);
  if (paths.length > LIMITS.files) return fail([makeIssue('size_exceeded', [], { limit: `${LIMITS.files} files` })]);
  for (const p of paths) {
    for (const fp of findForbiddenKeys(files[p])) issues.push(makeIssue('forbidden_key', [p, ...fp], { key: String(fp[fp.length - 1]) }));
  }
  if (issues.length) return fail(issues);

  // 1. award catalogue
  const awards = new Map<string, AwardDef>();
  if (!('awards.json' in files)) issues.push(makeIssue('missing_file', ['awards.json'], { file: 'awards.json' }));
  else {
    const af = parse(AwardsFileSchema, files['awards.json'], ['awards.json'], issues);
    af?.awards.forEach((a, i) => {
      if (awards.has(a.id)) issues.push(makeIssue('duplicate_id', ['awards.json', 'awards', i, 'id'], { id: a.id, other: 'awards.json' }));
      else awards.set(a.id, a);
    });
    af?.awards.forEach((a, i) => {
      if (a.armedForcesVariantOf && !awards.has(a.armedForcesVariantOf)) {
        issues.push(makeIssue('unknown_award', ['awards.json', 'awards', i, 'armedForcesVariantOf'], { award: a.armedForcesVariantOf }));
      }
    });
  }

  // 2. book metadata and regimes
  const bookPath = 'national/book.json';
  if (!(bookPath in files)) issues.push(makeIssue('missing_file', [bookPath], { file: bookPath }));
  const book = bookPath in files ? parse(BookFileSchema, files[bookPath], [bookPath], issues) : undefined;
  const regimeIds = new Set<string>();
  book?.regimes.forEach((r, i) => {
    const at = [bookPath, 'regimes', i];
    if (regimeIds.has(r.id)) issues.push(makeIssue('duplicate_id', [...at, 'id'], { id: r.id, other: bookPath }));
    regimeIds.add(r.id);
    if (r.effective.to && r.effective.to < r.effective.from) issues.push(makeIssue('invalid_effective_period', [...at, 'effective'], { from: r.effective.from, to: r.effective.to }));
    book.regimes.slice(0, i).forEach((o) => {
      if (o.enabled && r.enabled && overlaps(o.effective, r.effective)) {
        issues.push(makeIssue('overlapping_effective_periods', [...at, 'effective'], { other: o.id, detail: `${r.effective.from}..${r.effective.to ?? '∞'}` }));
      }
    });
  });

  // 3. unknown files
  for (const p of paths) {
    if (p === 'awards.json' || p === bookPath || p === HIERARCHY_PATH || p === BASE_SALARY_PATH || p === STABLE_IDS_PATH || IGNORED_RE.test(p)) continue;
    const m = RULE_FILE_RE.exec(p) ?? PARAMS_FILE_RE.exec(p) ?? REGIME_DATA_RE.exec(p);
    if (!m) issues.push(makeIssue('unknown_file', [p], { file: p }));
    else if (book && !regimeIds.has(m[1]!)) issues.push(makeIssue('unknown_regime', [p], { regime: m[1]!, suggestions: closest(m[1]!, regimeIds) }));
  }

  // 4. regimes: parameters and rules
  const regimes: RegimeDef[] = [];
  const ruleIds = new Map<string, string>();
  for (const r of book?.regimes ?? []) {
    const paramsPath = `national/${r.id}/parameters.json`;
    const params = new Map<string, ParameterDef>();
    const brokenParams = new Set<string>();
    const ruleFiles = paths.filter((p) => RULE_FILE_RE.exec(p)?.[1] === r.id);
    if (paramsPath in files) {
      const pf = parse(ParametersFileSchema, files[paramsPath], [paramsPath], issues);
      pf?.parameters.forEach((raw, i) => {
        const at = [paramsPath, 'parameters', i];
        const p = parse(ParameterSchema, raw, at, issues);
        const rawId = (raw as { id?: unknown } | null)?.id;
        if (!p) {
          // reported once here; references to it are not reported again as unknown
          if (typeof rawId === 'string') brokenParams.add(rawId);
          return;
        }
        if (params.has(p.id)) issues.push(makeIssue('duplicate_id', [...at, 'id'], { id: p.id, other: paramsPath }));
        else if (!paramTypeOk(p)) {
          brokenParams.add(p.id);
          issues.push(makeIssue('parameter_type_mismatch', [...at, 'value'], { parameter: p.id, expected: p.type === 'decimal' ? 'decimal (a string such as "0.8")' : p.type }));
        } else params.set(p.id, p as ParameterDef);
      });
    } else if (ruleFiles.length > 0) {
      issues.push(makeIssue('missing_file', [paramsPath], { file: paramsPath }));
    }
    const settings: Record<string, boolean> = {};
    if (paramsPath in files) {
      for (const [pid, key] of Object.entries(REQUIRED_SETTINGS)) {
        const p = params.get(pid);
        if (!p && brokenParams.has(pid)) continue;
        if (!p) issues.push(makeIssue('missing_field', [paramsPath, 'parameters'], { key: pid }));
        else if (typeof p.value !== 'boolean') issues.push(makeIssue('parameter_type_mismatch', [paramsPath, 'parameters'], { parameter: pid, expected: 'boolean' }));
        else settings[key] = p.value;
      }
      for (const [pid, [key, fallback]] of Object.entries(OPTIONAL_SETTINGS)) {
        const p = params.get(pid);
        if (p && typeof p.value !== 'boolean') issues.push(makeIssue('parameter_type_mismatch', [paramsPath, 'parameters'], { parameter: pid, expected: 'boolean' }));
        settings[key] = p && typeof p.value === 'boolean' ? p.value : fallback;
      }
    }

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
    // overlapping award rules
    rules.forEach((a, i) => {
      rules.slice(0, i).forEach((b) => {
        if (a.kind === 'award' && b.kind === 'award' && a.awardId === b.awardId && a.subject === b.subject && overlaps(a.effective, b.effective)) {
          issues.push(makeIssue('overlapping_effective_periods', [a.file, 'rules', a.id, 'effective'], { other: b.id, detail: `${a.awardId} in ${r.id}` }));
        }
      });
    });
    rules.sort((a, b) => compareCodeUnits(a.id, b.id));
    regimes.push({
      id: r.id,
      title: r.title,
      effective: r.effective,
      enabled: r.enabled,
      marker: r.marker,
      basis: r.basis,
      parameters: [...params.values()].sort((a, b) => compareCodeUnits(a.id, b.id)),
      settings: settings as unknown as HistorySettings,
      rules,
      ...regimeData(files, r.id, awards, issues),
    });
  }

  const extra = bookData(files, awards, regimeIds, issues);
  // checked against the loaded rules only when they all loaded (a broken rule would cascade)
  const stableIds = STABLE_IDS_PATH in files && !issues.length ? loadStableIds(files[STABLE_IDS_PATH], regimes, issues) : undefined;
  // carriers of overlay-declared facts are for overlays only (docs/real-regulations.md)
  for (const r of regimes) for (const rule of r.rules) for (const f of rule.facts.filter(isDeclaredCarrier)) issues.push(makeIssue('overlay_declaration_invalid', [rule.file, 'rules', rule.id, 'facts'], { reason: 'carrier', id: f }));
  if (book) checkSourceIds(files, paths, new Set(book.sources.map((x) => x.id)), issues);
  if (issues.length || !book) return fail(issues.length ? issues : [makeIssue('missing_file', [bookPath], { file: bookPath })]);
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

/**
 * Every `sources` list (rules, conditions, parameters, regimes, hierarchy, bonuses, quotas) may name
 * only ids declared in the register of national/book.json, so a citation's evidence is traceable.
 */
function checkSourceIds(files: RuleFiles, paths: readonly string[], declared: ReadonlySet<string>, issues: Issue[]): void {
  // one mutable path, copied only when an issue is reported (a load walks every node of every file)
  const at: (string | number)[] = [];
  const walk = (v: unknown, depth: number): void => {
    if (depth > 64 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        at.push(i);
        walk(v[i], depth + 1);
        at.pop();
      }
      return;
    }
    for (const k of Object.keys(v)) {
      const x = (v as Record<string, unknown>)[k];
      at.push(k);
      if (k === 'sources' && Array.isArray(x) && x.every((e) => typeof e === 'string')) {
        (x as string[]).forEach((id, i) => {
          if (!declared.has(id)) issues.push(makeIssue('unknown_source', [...at, i], { source: id, suggestions: closest(id, declared) }));
        });
      } else walk(x, depth + 1);
      at.pop();
    }
  };
  for (const p of paths) {
    if (!p.startsWith('national/') || p === 'national/book.json' || /\/tests\//.test(p)) continue;
    at.length = 0;
    at.push(p);
    walk(files[p], 0);
  }
}

function newNodeCtx(
  file: string,
  ruleCitation: Citation,
  ruleMarker: Marker,
  subject: 'individual' | 'collective',
  params: ReadonlyMap<string, ParameterDef>,
  brokenParams: ReadonlySet<string>,
  awards: ReadonlyMap<string, AwardDef>,
  issues: Issue[],
): NodeCtx {
  return { file, ruleCitation, ruleMarker, subject, params, brokenParams, awards, names: new Map(), factsUsed: new Set(), issues, count: 0 };
}

function loadRule(
  raw: unknown,
  at: IssuePath,
  file: string,
  regime: { id: string; effective: { from: string; to?: string | undefined } },
  params: ReadonlyMap<string, ParameterDef>,
  awards: ReadonlyMap<string, AwardDef>,
  issues: Issue[],
  brokenParams: ReadonlySet<string> = new Set(),
): RuleDef | undefined {
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw) && !('citation' in raw)) {
    issues.push(makeIssue('missing_citation', [...at, 'citation']));
  }
  const kind = raw !== null && typeof raw === 'object' ? (raw as { kind?: unknown }).kind : undefined;
  const schema = kind === 'principle' ? PrincipleRuleSchema : AwardRuleSchema;
  const local: Issue[] = [];
  const parsed = parse(schema as typeof AwardRuleSchema, raw, at, local, (p) => (p.length === 0 ? RULE_KEYS : undefined));
  issues.push(...local.filter((i) => !(i.code === 'missing_field' && i.path[i.path.length - 1] === 'citation')));
  if (!parsed) {
    // keep validating the condition tree so that every issue is reported at once
    const r = raw as { conditions?: unknown; subject?: unknown } | null;
    if (r && typeof r === 'object' && r.conditions !== undefined) {
      const subject = r.subject === 'collective' ? 'collective' : 'individual';
      buildNode(r.conditions, [], [...at, 'conditions'], 1, newNodeCtx(file, { document: '?', article: '?' }, 'UNCONFIRMED', subject, params, brokenParams, awards, issues));
    }
    return undefined;
  }
  const rule = parsed as z.infer<typeof AwardRuleSchema> & { appliesTo?: 'all' | string[] };
  let ok = true;
  if (rule.effective.to && rule.effective.to < rule.effective.from) {
    issues.push(makeIssue('invalid_effective_period', [...at, 'effective'], { from: rule.effective.from, to: rule.effective.to }));
    ok = false;
  } else if (rule.effective.from < regime.effective.from || (rule.effective.to ?? END_OF_TIME) > (regime.effective.to ?? END_OF_TIME)) {
    issues.push(makeIssue('effective_outside_regime', [...at, 'effective'], { regime: regime.id }));
    ok = false;
  }
  if (rule.kind === 'award') {
    const award = awards.get(rule.awardId);
    if (!award) {
      issues.push(makeIssue('unknown_award', [...at, 'awardId'], { award: rule.awardId, suggestions: closest(rule.awardId, awards.keys()) }));
      ok = false;
    } else if (!award.subjects.includes(rule.subject)) {
      issues.push(makeIssue('subject_kind_mismatch', [...at, 'subject'], { award: award.id, expected: award.subjects.join(', '), received: rule.subject }));
      ok = false;
    }
  } else if (Array.isArray(rule.appliesTo)) {
    rule.appliesTo.forEach((id, j) => {
      if (!awards.has(id)) {
        issues.push(makeIssue('unknown_award', [...at, 'appliesTo', j], { award: id, suggestions: closest(id, awards.keys()) }));
        ok = false;
      }
    });
  }
  const ctx = newNodeCtx(file, rule.citation, rule.marker, rule.subject, params, brokenParams, awards, issues);
  const root = buildNode(rule.conditions, [], [...at, 'conditions'], 1, ctx);
  if (!root) return undefined;
  if (root.type !== 'group') {
    issues.push(makeIssue('invalid_value', [...at, 'conditions'], { expected: 'a group (all, any or not) at the root' }));
    return undefined;
  }
  for (const f of ctx.factsUsed) {
    if (!rule.facts.includes(f)) {
      issues.push(makeIssue('undeclared_fact', [...at, 'facts'], { fact: f }));
      ok = false;
    }
  }
  rule.facts.forEach((f, j) => {
    if (!FACTS_BY_ID.has(f)) {
      issues.push(makeIssue('unknown_fact', [...at, 'facts', j], { fact: f, suggestions: closest(f, FACTS_BY_ID.keys()) }));
      ok = false;
    } else if (!ctx.factsUsed.has(f)) {
      issues.push(makeIssue('unused_declared_fact', [...at, 'facts', j], { fact: f }));
      ok = false;
    }
  });
  if (!ok) return undefined;
  return {
    id: rule.id,
    kind: rule.kind,
    ...(rule.kind === 'award' ? { awardId: rule.awardId } : { appliesTo: rule.appliesTo }),
    title: rule.title,
    subject: rule.subject,
    citation: rule.citation,
    marker: rule.marker,
    sources: [...(rule.sources ?? [])],
    effective: rule.effective,
    facts: [...rule.facts].sort(compareCodeUnits),
    ...(rule.note ? { note: rule.note } : {}),
    event: { type: rule.event.type },
    file,
    root,
  };
}

/**
 * Build one condition tree with every check of the loader (used by overlays for `add`/`replace`).
 * `names` holds the names already used in the rule; new names are added to it.
 * @internal
 */
export function _buildCondition(
  raw: unknown,
  filePath: IssuePath,
  ctx: {
    file: string;
    citation: Citation;
    marker: Marker;
    subject: 'individual' | 'collective';
    params: ReadonlyMap<string, ParameterDef>;
    awards: ReadonlyMap<string, AwardDef>;
    names: Map<string, NodePath>;
    path: NodePath;
  },
): { node?: ConditionNode; factsUsed: string[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const factsUsed = new Set<string>();
  const node = buildNode(raw, ctx.path, filePath, ctx.path.length / 2 + 1, {
    file: ctx.file,
    ruleCitation: ctx.citation,
    ruleMarker: ctx.marker,
    subject: ctx.subject,
    params: ctx.params,
    awards: ctx.awards,
    names: ctx.names,
    factsUsed,
    issues,
    count: 0,
  });
  return { ...(node && !issues.length ? { node } : {}), factsUsed: [...factsUsed].sort(compareCodeUnits), issues };
}

/**
 * Load one rule with every check of the loader (used by overlays that add or replace a rule).
 * @internal
 */
export function _loadRule(
  raw: unknown,
  at: IssuePath,
  file: string,
  regime: { id: string; effective: { from: string; to?: string | undefined } },
  params: ReadonlyMap<string, ParameterDef>,
  awards: ReadonlyMap<string, AwardDef>,
): { rule?: RuleDef; issues: Issue[] } {
  const issues: Issue[] = [];
  const rule = loadRule(raw, at, file, regime, params, awards, issues);
  return { ...(rule && !issues.length ? { rule } : {}), issues };
}

/** Bonus table and quotas of one regime, if their files are present (validated; issues pushed). */
function regimeData(files: RuleFiles, regimeId: string, awards: ReadonlyMap<string, AwardDef>, issues: Issue[]): Pick<RegimeDef, 'bonuses' | 'quotas'> {
  const bonusesPath = `national/${regimeId}/bonuses.json`;
  const quotasPath = `national/${regimeId}/quotas.json`;
  const bonuses = bonusesPath in files ? loadBonuses(files[bonusesPath], bonusesPath, awards, issues) : undefined;
  const quotas = quotasPath in files ? loadQuotas(files[quotasPath], quotasPath, awards, issues) : undefined;
  return { ...(bonuses ? { bonuses } : {}), ...(quotas ? { quotas } : {}) };
}

/** Award hierarchy and base-salary table, if their files are present (validated; issues pushed). */
function bookData(files: RuleFiles, awards: ReadonlyMap<string, AwardDef>, regimeIds: ReadonlySet<string>, issues: Issue[]): Pick<RuleBook, 'hierarchy' | 'baseSalary'> {
  const hierarchy = HIERARCHY_PATH in files ? loadHierarchy(files[HIERARCHY_PATH], awards, regimeIds, issues) : undefined;
  const baseSalary = BASE_SALARY_PATH in files ? loadBaseSalary(files[BASE_SALARY_PATH], issues) : undefined;
  return { ...(hierarchy ? { hierarchy } : {}), ...(baseSalary ? { baseSalary } : {}) };
}
