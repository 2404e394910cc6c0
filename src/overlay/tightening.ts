import type { IssueParamsByCode } from '../model/issue.js';
import type { LeafNode } from '../model/rule-book.js';
import { isDecimalString, qCmp, qFrom, type Q } from '../_internal/rational.js';
import { DECLARED_PARAM_EFFECTS } from '../facts/frozen-facts.js';

/** Why a change loosens a statutory leaf: a sub-code of overlay_loosens_statute and its values. */
export type Loosening = Omit<IssueParamsByCode['overlay_loosens_statute'], 'operation' | 'target' | 'document' | 'article' | 'clause' | 'point'>;

/** Which way a fact must move to help a leaf pass: 'up', 'down', or undefined when it cannot be ordered. */
type Help = 'up' | 'down' | undefined;

function helps(leaf: Pick<LeafNode, 'operator' | 'value'>, inverted: boolean): Help {
  let h: Help;
  if (leaf.operator === 'decimalGte' || leaf.operator === 'decimalGt') h = 'up';
  else if (leaf.operator === 'decimalLte' || leaf.operator === 'decimalLt') h = 'down';
  else if (leaf.operator === 'equal' && typeof leaf.value === 'boolean') h = leaf.value ? 'up' : 'down';
  else h = undefined;
  if (h === undefined || !inverted) return h;
  return h === 'up' ? 'down' : 'up';
}

const asList = (v: unknown): readonly string[] | undefined => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined);
const subset = (a: readonly string[], b: readonly string[]): boolean => a.every((x) => b.includes(x));
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The exact value of a safe integer or a decimal string (thresholds, numeric params); no fractions. */
const numberOf = (v: unknown): Q | undefined => (typeof v === 'number' || isDecimalString(v) ? qFrom(v) : undefined);

/**
 * Check a new expected value for a statutory leaf by the direction of its operator:
 * decimalGte/Gt new ≥ old, decimalLte/Lt new ≤ old, `in` a subset, `notIn` a superset, other
 * operators unchanged. Under an odd number of `not` groups the directions flip.
 * @param leaf the leaf as it is now.
 * @param next the new expected value.
 * @param inverted whether the leaf sits under an odd number of `not` groups.
 * @returns the problem (a sub-code with its values) when the change loosens the leaf, else undefined.
 */
export function loosensValue(leaf: Pick<LeafNode, 'operator' | 'value'>, next: unknown, inverted: boolean): Loosening | undefined {
  const old = leaf.value;
  if (same(old, next)) return undefined;
  const tighterWhenHigher = leaf.operator === 'decimalGte' || leaf.operator === 'decimalGt';
  const tighterWhenLower = leaf.operator === 'decimalLte' || leaf.operator === 'decimalLt';
  if (tighterWhenHigher || tighterWhenLower) {
    const a = numberOf(old);
    const b = numberOf(next);
    if (!a || !b) return { problem: 'not-comparable', operator: leaf.operator, from: old, to: next };
    const raised = qCmp(b, a) > 0;
    const tightens = (tighterWhenHigher ? raised : !raised) !== inverted;
    return tightens ? undefined : { problem: 'wrong-way', operator: leaf.operator, from: old, to: next, direction: raised ? 'raises' : 'lowers' };
  }
  if (leaf.operator === 'in' || leaf.operator === 'notIn') {
    const a = asList(old);
    const b = asList(next);
    if (!a || !b) return { problem: 'expected-lists', operator: leaf.operator };
    const narrower = leaf.operator === 'in' ? subset(b, a) : subset(a, b);
    const wider = leaf.operator === 'in' ? subset(a, b) : subset(b, a);
    const ok = inverted ? wider : narrower;
    return ok ? undefined : { problem: (leaf.operator === 'in') !== inverted ? 'not-subset' : 'not-superset', operator: leaf.operator, from: a, to: b, ...(inverted ? { inverted } : {}) };
  }
  return { problem: 'not-shown-tighter', operator: leaf.operator, from: old, to: next };
}

/** Direction in which a param change moves the fact: 'up', 'down', 'none' or undefined (unordered). */
function paramEffect(key: string, old: unknown, next: unknown): 'up' | 'down' | 'none' | undefined {
  if (same(old, next)) return 'none';
  const eff = DECLARED_PARAM_EFFECTS[key];
  if (!eff) return undefined;
  const flip = (grew: boolean): 'up' | 'down' => (grew === (eff === 'up') ? 'up' : 'down');
  const a = numberOf(old);
  const b = numberOf(next);
  if (a && b) return flip(qCmp(b, a) > 0);
  const la = asList(old);
  const lb = asList(next);
  if (la && lb) {
    if (subset(la, lb)) return flip(true);
    if (subset(lb, la)) return flip(false);
    return undefined;
  }
  const ba = old === undefined ? false : old;
  const bb = next === undefined ? false : next;
  if (typeof ba === 'boolean' && typeof bb === 'boolean') return flip(bb);
  return undefined;
}

/**
 * Check a new fact param (e.g. the `years` window of initiativeCount) for a statutory leaf: the
 * change must move the fact away from passing (a narrower window under `decimalGte`, fewer
 * counted award ids, …). Widening a window is refused.
 * @param leaf the leaf as it is now.
 * @param name the param name.
 * @param next the new param value.
 * @param inverted whether the leaf sits under an odd number of `not` groups.
 * @returns the problem when the change loosens (or cannot be shown to tighten) the leaf.
 */
export function loosensParam(leaf: Pick<LeafNode, 'operator' | 'value' | 'fact' | 'params'>, name: string, next: unknown, inverted: boolean): Loosening | undefined {
  const old = leaf.params?.[name];
  const eff = paramEffect(`${leaf.fact}.${name}`, old, next);
  if (eff === 'none') return undefined;
  const h = helps(leaf, inverted);
  if (eff === undefined || h === undefined) return { problem: 'param-not-shown-tighter', fact: leaf.fact, param: name, from: old, to: next };
  return eff === h ? { problem: 'param-easier', fact: leaf.fact, param: name, from: old, to: next } : undefined;
}

/**
 * Whether adding a condition to a group tightens it: into an `all` group yes, into an `any`
 * group no (a new alternative loosens); under an odd number of `not` groups the reverse.
 * @param op the group operator.
 * @param inverted whether the group sits under an odd number of `not` groups.
 * @returns true when the addition can only tighten.
 */
export function addTightens(op: 'all' | 'any' | 'not', inverted: boolean): boolean {
  if (op === 'not') return false;
  return (op === 'all') !== inverted;
}
