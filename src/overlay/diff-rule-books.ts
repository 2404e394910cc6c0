import { canonicalJson, compareCodeUnits } from '../_internal/canonical-json.js';
import type { AppliedOverlay, ConditionNode, ParameterDef, Provenance, RuleBook, RuleDef } from '../model/rule-book.js';
import type { QuotaDef } from '../model/quota.js';
import { allNodes } from './_tree.js';
import { assertArg, isRuleBook } from '../_internal/args.js';
import { isDeclaredCarrier } from '../facts/declared.js';

/** One difference between two rule books. */
export interface RuleBookChange {
  readonly change: 'added' | 'removed' | 'changed';
  /** `quota`: a population rule of the regime; `sheet`: a criterion an overlay adds to cluster score sheets. */
  readonly kind: 'award' | 'parameter' | 'quota' | 'rule' | 'condition' | 'sheet';
  /** Regime id (absent for awards and score-sheet operations). */
  readonly regime?: string | undefined;
  /**
   * Stable address: award id, `param:<id>`, `quota:<id>`, `<rule-id>`, `<rule-id>#<name>`, or for a
   * score-sheet operation its target and the criterion added (`sheet:<sheet-id>[#<group>]/<criterion-id>`).
   */
  readonly address: string;
  /** Changed fields with their values before and after (for `changed`). */
  readonly fields?: readonly { readonly field: string; readonly before: unknown; readonly after: unknown }[] | undefined;
  /** Provenance of the element in the second book, when an overlay put it there. */
  readonly provenance?: Provenance | undefined;
}

/** What changed from one rule book to another: plain, serialisable data. */
export interface RuleBookDiff {
  readonly from: { readonly id: string; readonly version: string; readonly hash: string };
  readonly to: { readonly id: string; readonly version: string; readonly hash: string; readonly overlays: readonly AppliedOverlay[] };
  readonly changes: readonly RuleBookChange[];
}

const NODE_FIELDS = ['type', 'op', 'fact', 'operator', 'value', 'params', 'factPath', 'statutory', 'label', 'citation', 'marker', 'criterion'] as const;
const RULE_FIELDS = ['kind', 'awardId', 'appliesTo', 'title', 'subject', 'citation', 'marker', 'effective', 'facts', 'note', 'event'] as const;
const PARAM_FIELDS = ['type', 'value', 'marker', 'citation'] as const;
const QUOTA_FIELDS = ['awardId', 'mode', 'maxShare', 'years', 'bases', 'selection', 'citation', 'marker'] as const;
const AWARD_FIELDS = ['title', 'abbreviation', 'category', 'subjects', 'level', 'armedForcesVariantOf'] as const;

function fieldDiff<T extends object>(a: T, b: T, keys: readonly string[]): { field: string; before: unknown; after: unknown }[] {
  const out: { field: string; before: unknown; after: unknown }[] = [];
  for (const k of keys) {
    const x = (a as Record<string, unknown>)[k];
    const y = (b as Record<string, unknown>)[k];
    if (canonicalJson(x) !== canonicalJson(y)) out.push({ field: k, before: x ?? null, after: y ?? null });
  }
  return out;
}

/**
 * A rule as the diff compares it: its `facts` name what the rule reads, so the carrier of facts an
 * overlay declares (`declaredBoolean`, …) is shown as the subject field it reads,
 * `extraFacts.<declared id>` (sorted by code unit, no duplicates).
 */
function ruleShape(r: RuleDef): object {
  const facts = r.facts as readonly string[] | undefined;
  if (!facts?.some(isDeclaredCarrier)) return r;
  const declared = allNodes(r.root).flatMap((n) => (n.type === 'leaf' && isDeclaredCarrier(n.fact) ? [`extraFacts.${String((n.params as Record<string, unknown> | undefined)?.['id'])}`] : []));
  return { ...r, facts: [...new Set([...facts.filter((f) => !isDeclaredCarrier(f)), ...declared])].sort(compareCodeUnits) };
}

function nodeShape(n: ConditionNode): ConditionNode {
  return n.type === 'group' ? ({ ...n, children: n.children.map((c) => c.name) } as unknown as ConditionNode) : n;
}

function diffMaps<T extends { provenance?: Provenance | undefined }>(
  a: ReadonlyMap<string, T>,
  b: ReadonlyMap<string, T>,
  kind: RuleBookChange['kind'],
  regime: string | undefined,
  fields: readonly string[],
  shape: (x: T) => object = (x) => x as object,
): RuleBookChange[] {
  const out: RuleBookChange[] = [];
  const base = (address: string, x: T | undefined) => ({ kind, ...(regime ? { regime } : {}), address, ...(x?.provenance ? { provenance: x.provenance } : {}) });
  for (const [id, x] of a) {
    const y = b.get(id);
    if (!y) out.push({ change: 'removed', ...base(id, undefined) });
    else {
      const f = fieldDiff(shape(x), shape(y), fields);
      if (f.length) out.push({ change: 'changed', ...base(id, y), fields: f });
    }
  }
  for (const [id, y] of b) if (!a.has(id)) out.push({ change: 'added', ...base(id, y) });
  return out;
}

/** `<rule-id>#<name>` of every node → that of its parent group. */
function parentsOf(rules: readonly RuleDef[]): Map<string, string> {
  const out = new Map<string, string>();
  const go = (rule: string, n: ConditionNode): void => {
    if (n.type !== 'group') return;
    for (const c of n.children) {
      out.set(`${rule}#${c.name}`, `${rule}#${n.name}`);
      go(rule, c);
    }
  };
  for (const r of rules) go(r.id, r.root);
  return out;
}

/**
 * A removed condition has no node in the second book to carry provenance: it takes the provenance
 * of the nearest surviving ancestor when that records a removal (an alternative removed from an `any`).
 */
function removalProvenance(c: RuleBookChange, parents: ReadonlyMap<string, string>, nb: ReadonlyMap<string, ConditionNode>): RuleBookChange {
  if (c.change !== 'removed' || c.kind !== 'condition') return c;
  let at = parents.get(c.address);
  while (at !== undefined && !nb.has(at)) at = parents.get(at);
  const p = at === undefined ? undefined : nb.get(at)!.provenance;
  return p?.op === 'remove' ? { ...c, provenance: p } : c;
}

function nodesOf(rules: readonly RuleDef[]): Map<string, ConditionNode> {
  return new Map(rules.flatMap((r) => allNodes(r.root).map((n) => [`${r.id}#${n.name}`, n] as const)));
}

/**
 * What changed between two rule books (typically the national book and the book with a province
 * overlay applied): awards, parameters, quotas, rules and every condition, addressed by stable id,
 * with the fields before and after and the provenance of the new element; then the criteria the
 * overlays of the second book add to cluster score sheets. Sorted by regime, then kind, then address.
 * @param a the first rule book.
 * @param b the second rule book.
 * @returns the differences, as plain data.
 */
export function diffRuleBooks(a: RuleBook, b: RuleBook): RuleBookDiff {
  assertArg(isRuleBook(a) && isRuleBook(b), 'both arguments must be rule books from loadRuleBook');
  const changes: RuleBookChange[] = [];
  changes.push(...diffMaps(new Map(a.awards.map((x) => [x.id, x])), new Map(b.awards.map((x) => [x.id, x])), 'award', undefined, AWARD_FIELDS));
  const regimeIds = [...new Set([...a.regimes, ...b.regimes].map((r) => r.id))].sort(compareCodeUnits);
  for (const id of regimeIds) {
    const ra = a.regimes.find((r) => r.id === id);
    const rb = b.regimes.find((r) => r.id === id);
    const pa = new Map<string, ParameterDef>((ra?.parameters ?? []).map((p) => [`param:${p.id}`, p]));
    const pb = new Map<string, ParameterDef>((rb?.parameters ?? []).map((p) => [`param:${p.id}`, p]));
    changes.push(...diffMaps(pa, pb, 'parameter', id, PARAM_FIELDS));
    const qa = new Map<string, QuotaDef>((ra?.quotas ?? []).map((q) => [`quota:${q.id}`, q]));
    const qb = new Map<string, QuotaDef>((rb?.quotas ?? []).map((q) => [`quota:${q.id}`, q]));
    changes.push(...diffMaps(qa, qb, 'quota', id, QUOTA_FIELDS));
    changes.push(...diffMaps(new Map((ra?.rules ?? []).map((r) => [r.id, r])), new Map((rb?.rules ?? []).map((r) => [r.id, r])), 'rule', id, RULE_FIELDS, ruleShape));
    const na = nodesOf(ra?.rules ?? []);
    const nb = nodesOf(rb?.rules ?? []);
    // nodes of rules added or removed as a whole are reported by the rule change only
    const ruleA = new Set((ra?.rules ?? []).map((r) => r.id));
    const ruleB = new Set((rb?.rules ?? []).map((r) => r.id));
    const keep = (m: Map<string, ConditionNode>) => new Map([...m].filter(([k]) => ruleA.has(k.split('#')[0]!) && ruleB.has(k.split('#')[0]!)));
    const parents = parentsOf(ra?.rules ?? []);
    changes.push(...diffMaps(keep(na), keep(nb), 'condition', id, NODE_FIELDS, nodeShape).map((c) => removalProvenance(c, parents, nb)));
  }
  // score-sheet operations of the overlays the second book adds (a rule book holds no score sheet)
  const before = new Set((a.overlays ?? []).map((o) => o.hash));
  for (const o of b.overlays ?? []) {
    if (before.has(o.hash)) continue;
    for (const op of o.sheetOperations ?? []) {
      const c = op.criterion;
      const fields = c.kind === 'adjustment' ? (['kind', 'title', 'pointsPerOccurrence', 'min', 'max'] as const) : (['kind', 'title'] as const);
      changes.push({ change: 'added', kind: 'sheet', address: `${op.target}/${c.id}`, fields: fields.map((f) => ({ field: f, before: null, after: (c as unknown as Record<string, unknown>)[f] })), provenance: op.provenance });
    }
  }
  const order = { award: 0, parameter: 1, quota: 2, rule: 3, condition: 4, sheet: 5 } as const;
  changes.sort(
    (x, y) => compareCodeUnits(x.regime ?? '', y.regime ?? '') || order[x.kind] - order[y.kind] || compareCodeUnits(x.address, y.address) || compareCodeUnits(x.change, y.change),
  );
  return {
    from: { id: a.id, version: a.version, hash: a.hash },
    to: { id: b.id, version: b.version, hash: b.hash, overlays: b.overlays ?? [] },
    changes,
  };
}
