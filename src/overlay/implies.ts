import { canonicalJson } from '../_internal/canonical-json.js';
import { qCmp, qFrom, type Q } from '../_internal/rational.js';
import type { NotImpliedReason } from '../model/issue.js';
import { FACTS_BY_ID } from '../facts/catalog.js';
import type { ConditionNode, GroupNode, LeafNode } from '../model/rule-book.js';

/**
 * Why a condition could not be shown to imply another (the `reason` param of
 * `overlay_not_implied`; its wording lives in the locales):
 * - `fact-differs`: the two leaves read different facts (or different parts of one);
 * - `params-differ`: the same fact with different fact params (a window, a list of awards…);
 * - `bound-weaker`: a numeric threshold lets through values the old one refused;
 * - `set-wider`: the accepted values are not a subset of the old ones;
 * - `operators-unrelated`: the operators cannot be compared (numeric against a set);
 * - `value-not-comparable`: a threshold is not an exact number;
 * - `condition-missing`: no condition of the new one implies the old node;
 * - `alternative-uncovered`: a new alternative implies none of the old ones;
 * - `negation`: `not` groups are compared only when identical.
 */
export type { NotImpliedReason };

/** A failed implication: the reason and the two nodes (by name) where it failed. */
export interface NotImplied {
  readonly reason: NotImpliedReason;
  /** Name of the node of the stronger side (the new condition) where the proof failed. */
  readonly from: string;
  /** Name of the node of the weaker side (the old condition) it had to imply. */
  readonly to: string;
}

type Bound = { readonly at: Q; readonly strict: boolean } | undefined;
/** A numeric leaf as an interval of accepted values. */
interface Interval {
  readonly kind: 'interval';
  readonly lo: Bound;
  readonly hi: Bound;
}
/** An enum/boolean leaf as a set of accepted values (`in`) or of refused ones (`notIn`). */
interface ValueSet {
  readonly kind: 'set';
  readonly negated: boolean;
  readonly values: ReadonlySet<string>;
}
type Shape = Interval | ValueSet | { readonly kind: 'unknown' };

const key = (v: unknown): string => JSON.stringify(v);

function shapeOf(leaf: LeafNode): Shape {
  const op = leaf.operator;
  if (op === 'decimalGte' || op === 'decimalGt' || op === 'decimalLte' || op === 'decimalLt' || op === 'decimalEq') {
    const at = qFrom(leaf.value);
    if (!at) return { kind: 'unknown' };
    const lo: Bound = op === 'decimalGte' || op === 'decimalEq' ? { at, strict: false } : op === 'decimalGt' ? { at, strict: true } : undefined;
    const hi: Bound = op === 'decimalLte' || op === 'decimalEq' ? { at, strict: false } : op === 'decimalLt' ? { at, strict: true } : undefined;
    return { kind: 'interval', lo, hi };
  }
  const list = Array.isArray(leaf.value) ? (leaf.value as readonly unknown[]) : [leaf.value];
  const values = new Set(list.map(key));
  if (op === 'equal' || op === 'in') return { kind: 'set', negated: false, values };
  if (op === 'notEqual' || op === 'notIn') return { kind: 'set', negated: true, values };
  return { kind: 'unknown' };
}

/** Every value a fact can take, when it is a closed list (enums, booleans). */
function universe(fact: string): readonly string[] | undefined {
  const def = FACTS_BY_ID.get(fact);
  if (!def) return undefined;
  if (def.type === 'boolean') return [key(true), key(false)];
  if (def.type === 'enum' && def.enumValues) return def.enumValues.map(key);
  return undefined;
}

/** Lower bound `a` at least as high as `b` (a ⊆ b on that side). */
function loAtLeast(a: Bound, b: Bound): boolean {
  if (!b) return true;
  if (!a) return false;
  const c = qCmp(a.at, b.at);
  return c > 0 || (c === 0 && (a.strict || !b.strict));
}
/** Upper bound `a` at most as high as `b`. */
function hiAtMost(a: Bound, b: Bound): boolean {
  if (!b) return true;
  if (!a) return false;
  const c = qCmp(a.at, b.at);
  return c < 0 || (c === 0 && (a.strict || !b.strict));
}

/** Positive form of a set over the fact's universe, when the fact's values are a closed list. */
function positive(s: ValueSet, fact: string): ReadonlySet<string> | undefined {
  if (!s.negated) return s.values;
  const all = universe(fact);
  return all ? new Set(all.filter((v) => !s.values.has(v))) : undefined;
}

function setImplies(a: ValueSet, b: ValueSet, fact: string): boolean {
  if (!a.negated && !b.negated) return [...a.values].every((v) => b.values.has(v));
  if (!a.negated && b.negated) return [...a.values].every((v) => !b.values.has(v));
  if (a.negated && b.negated) return [...b.values].every((v) => a.values.has(v));
  const pa = positive(a, fact);
  return pa !== undefined && [...pa].every((v) => b.values.has(v));
}

/**
 * Whether every value that passes leaf `a` passes leaf `b` (same fact, same params): numeric
 * thresholds as intervals compared exactly (rationals, no floats), enum and boolean tests as sets.
 * @returns undefined when `a` implies `b`, else the failure.
 */
export function leafImplies(a: LeafNode, b: LeafNode): NotImplied | undefined {
  const fail = (reason: NotImpliedReason): NotImplied => ({ reason, from: a.name, to: b.name });
  if (a.fact !== b.fact || (a.factPath ?? '') !== (b.factPath ?? '')) return fail('fact-differs');
  if (canonicalJson(a.params ?? {}) !== canonicalJson(b.params ?? {})) return fail('params-differ');
  const sa = shapeOf(a);
  const sb = shapeOf(b);
  if (sa.kind === 'unknown' || sb.kind === 'unknown') {
    if (a.operator === b.operator && canonicalJson(a.value) === canonicalJson(b.value)) return undefined;
    return fail(a.operator.startsWith('decimal') || b.operator.startsWith('decimal') ? 'value-not-comparable' : 'operators-unrelated');
  }
  if (sa.kind !== sb.kind) return fail('operators-unrelated');
  if (sa.kind === 'interval' && sb.kind === 'interval') return loAtLeast(sa.lo, sb.lo) && hiAtMost(sa.hi, sb.hi) ? undefined : fail('bound-weaker');
  return setImplies(sa as ValueSet, sb as ValueSet, a.fact) ? undefined : fail('set-wider');
}

/** Structural equality of the meaning of two nodes (names, labels, citations and provenance ignored). */
function sameMeaning(a: ConditionNode, b: ConditionNode): boolean {
  if (a.type === 'leaf' || b.type === 'leaf') {
    if (a.type !== 'leaf' || b.type !== 'leaf') return false;
    return (
      a.fact === b.fact &&
      (a.factPath ?? '') === (b.factPath ?? '') &&
      a.operator === b.operator &&
      canonicalJson(a.value) === canonicalJson(b.value) &&
      canonicalJson(a.params ?? {}) === canonicalJson(b.params ?? {})
    );
  }
  return a.op === b.op && a.children.length === b.children.length && a.children.every((c, i) => sameMeaning(c, b.children[i]!));
}

/** A leaf of `a`'s conjunction reading the same fact as `b`, to explain a failure precisely. */
function closestFailure(a: GroupNode, b: LeafNode): NotImplied | undefined {
  for (const c of a.children) {
    if (c.type === 'leaf' && c.fact === b.fact) return leafImplies(c, b);
  }
  return undefined;
}

/**
 * Prove that condition `a` implies condition `b`: whenever `a` passes, `b` passes. Decided for the
 * operators of the rule books: numeric thresholds (exact), enum and boolean sets, `all` (`b` all:
 * `a` implies every conjunct; `a` all: one of its conjuncts implies `b`), `any` (`a` any: every
 * alternative implies `b`; `b` any: `a` implies one alternative) and identical `not` groups. Sound,
 * not complete: what cannot be proved is reported, never assumed.
 * @param a the stronger side (a new condition).
 * @param b the weaker side (the condition it replaces).
 * @returns undefined when proved, else where and why the proof failed.
 */
export function implies(a: ConditionNode, b: ConditionNode): NotImplied | undefined {
  if (sameMeaning(a, b)) return undefined;
  // invertible steps first: b a conjunction, a a disjunction
  if (b.type === 'group' && b.op === 'all') {
    for (const c of b.children) {
      const f = implies(a, c);
      if (f) return f;
    }
    return undefined;
  }
  if (a.type === 'group' && a.op === 'any') {
    for (const c of a.children) {
      const f = implies(c, b);
      if (f) return f.reason === 'condition-missing' || f.reason === 'fact-differs' ? { reason: 'alternative-uncovered', from: c.name, to: b.name } : f;
    }
    return undefined;
  }
  if ((a.type === 'group' && a.op === 'not') || (b.type === 'group' && b.op === 'not')) return { reason: 'negation', from: a.name, to: b.name };
  // b a leaf or an any group; a a leaf or an all group
  if (a.type === 'group' && a.children.some((c) => implies(c, b) === undefined)) return undefined;
  if (b.type === 'group' && b.children.some((c) => implies(a, c) === undefined)) return undefined;
  if (a.type === 'leaf' && b.type === 'leaf') return leafImplies(a, b);
  if (a.type === 'group' && b.type === 'leaf') return closestFailure(a, b) ?? { reason: 'condition-missing', from: a.name, to: b.name };
  return { reason: b.type === 'group' ? 'alternative-uncovered' : 'condition-missing', from: a.name, to: b.name };
}
