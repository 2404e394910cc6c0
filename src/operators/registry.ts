import Decimal from 'decimal.js';
import type { ValueProblem } from '../model/issue.js';
import type { Gap } from '../model/verdict.js';
import { compareRational, isDecimalString, toRational, type Rational } from './rational.js';
import { readonlyMap } from '../_internal/readonly-map.js';

/** Fact value types of the fact catalogue. */
export type FactType = 'boolean' | 'enum' | 'integer' | 'decimal' | 'fraction';

/** A fact value after derivation; null means missing. */
export type FactValue = boolean | string | number | null;

/**
 * Keys of the operators' words ("≥ 3", "không phải …"): each locale has one phrase per key
 * (`operator`); a test fails when a locale lacks one.
 */
export const OPERATOR_WORDINGS = ['equal', 'notEqual', 'in', 'notIn', 'atLeast', 'greaterThan', 'atMost', 'lessThan', 'equalTo'] as const;
export type OperatorWording = (typeof OPERATOR_WORDINGS)[number];

/**
 * Definition of one operator, declared once: the single source of truth for the loader (fact types,
 * expected value), the evaluators and the engine adapter (test), the gap, its direction and the key
 * of its words in the locales.
 */
export interface OperatorDef {
  readonly name: string;
  /**
   * Which way the fact value must move to pass a failed test: 'increase' (≥, >), 'decrease' (≤, <),
   * or undefined when values are not ordered by the operator (equality, membership).
   */
  readonly direction: 'increase' | 'decrease' | undefined;
  /** Key of the operator's words in the locales. */
  readonly wording: OperatorWording;
  /** Fact types this operator accepts. */
  readonly factTypes: readonly FactType[];
  /** Check the rule's expected value at load time; returns the problem (a typed expectation) or undefined. */
  checkExpected(expected: unknown, enumValues?: readonly string[]): ValueProblem | undefined;
  /** Evaluate with a present fact value. */
  test(actual: Exclude<FactValue, null>, expected: unknown): boolean;
  /** Pre-parse the expected value once (compiled evaluator); same results as {@link OperatorDef.test}. */
  prepare(expected: unknown): (actual: Exclude<FactValue, null>) => boolean;
  /** Distance to passing, for a failed test. */
  gap(actual: Exclude<FactValue, null>, expected: unknown, unit?: 'years' | 'approvals' | 'members' | 'items'): Gap;
}

function expectScalar(expected: unknown, enumValues?: readonly string[]): ValueProblem | undefined {
  if (typeof expected === 'boolean') return undefined;
  if (typeof expected === 'string') {
    if (enumValues && !enumValues.includes(expected)) return { expected: 'one-of', values: enumValues, value: expected };
    return undefined;
  }
  return { expected: 'boolean-or-string' };
}

function expectList(expected: unknown, enumValues?: readonly string[]): ValueProblem | undefined {
  if (!Array.isArray(expected) || expected.length === 0) return { expected: 'non-empty-string-list' };
  for (const e of expected) {
    if (typeof e !== 'string') return { expected: 'string-list' };
    if (enumValues && !enumValues.includes(e)) return { expected: 'one-of', values: enumValues, value: e };
  }
  if (new Set(expected).size !== expected.length) return { expected: 'no-duplicates' };
  return undefined;
}

function expectDecimal(expected: unknown): ValueProblem | undefined {
  return isDecimalString(expected) ? undefined : { expected: 'decimal' };
}

type Cmp = (c: number) => boolean;

/** Gap for numeric comparisons, exact. For fractions the gap is counted on the numerator. */
export function numericGap(actual: Rational, threshold: Rational, direction: 'increase' | 'decrease', strict: boolean, integerLike: boolean, unit?: 'years' | 'approvals' | 'members' | 'items'): Gap {
  // needed numerator change x: (num + x) / den  vs threshold
  const target = threshold.num.times(actual.den).div(threshold.den); // numerator value at the threshold
  if (integerLike) {
    let x: Decimal;
    if (direction === 'increase') {
      x = strict ? target.floor().plus(1).minus(actual.num) : target.ceil().minus(actual.num);
    } else {
      x = strict ? actual.num.minus(target.ceil().minus(1)) : actual.num.minus(target.floor());
    }
    return { kind: 'count', amount: Decimal.max(x, 0).toFixed(0), direction, ...(unit ? { unit } : {}) };
  }
  const diff = direction === 'increase' ? target.minus(actual.num) : actual.num.minus(target);
  return { kind: 'decimal', amount: diff.toFixed(), direction, strict };
}

/** A small exact rational [num, den] with safe-integer parts, den > 0. */
type Small = readonly [number, number];
const SMALL_LIMIT = 2 ** 26; // products of two parts stay exact doubles (< 2^52)
/**
 * Module state, kept on purpose (issue 16): a memo of {@link smallRational} by input string. Not
 * observable — the function is pure and the cached tuples are immutable — and bounded (at most 4096
 * entries, then no more are added). Thresholds and derived shares ("7/9") repeat across subjects, so
 * it saves a regex and a parse per comparison in batch runs.
 */
const smallCache = new Map<string, Small | null>();

/** Parse an integer, a decimal string or a fraction string into small integer parts, or null. @internal */
export function smallRational(v: unknown): Small | null {
  if (typeof v === 'number') return Number.isSafeInteger(v) && Math.abs(v) < SMALL_LIMIT ? [v, 1] : null;
  if (typeof v !== 'string') return null;
  let hit = smallCache.get(v);
  if (hit !== undefined) return hit;
  hit = null;
  const slash = v.indexOf('/');
  const r = slash >= 0 ? null : toRational(v);
  if (slash >= 0) {
    const m = /^(0|[1-9][0-9]{0,7})\/([1-9][0-9]{0,7})$/.exec(v);
    if (m) hit = [Number(m[1]), Number(m[2])];
  } else if (r) {
    const dot = v.indexOf('.');
    const decimals = dot < 0 ? 0 : v.length - dot - 1;
    const num = Number(v.replace('.', ''));
    const den = 10 ** decimals;
    if (decimals <= 7 && Number.isSafeInteger(num) && Math.abs(num) < SMALL_LIMIT) hit = [num, den];
  }
  if (smallCache.size < 4096) smallCache.set(v, hit);
  return hit;
}

/** floor(p / q) for safe integers p and q > 0, exactly. */
function floorDiv(p: number, q: number): number {
  let d = Math.floor(p / q);
  while (d * q > p) d--;
  while ((d + 1) * q <= p) d++;
  return d;
}

/**
 * {@link numericGap} for counts and fractions with small parts, in exact integer arithmetic (no
 * Decimal allocation): the common case of thresholds like "3", "0.8" or "2/3" against counts and
 * vote shares. Undefined when the values are not small; a property test checks it against the Decimal path.
 * @internal
 */
export function smallCountGap(actual: Exclude<FactValue, null>, expected: unknown, direction: 'increase' | 'decrease', strict: boolean, unit?: 'years' | 'approvals' | 'members' | 'items'): Gap | undefined {
  const a = smallRational(actual);
  const t = smallRational(expected);
  if (!a || !t) return undefined;
  // numerator at the threshold: T = t.num * a.den / t.den
  const p = t[0] * a[1];
  const fl = floorDiv(p, t[1]);
  const ce = fl * t[1] === p ? fl : fl + 1;
  const x = direction === 'increase' ? (strict ? fl + 1 - a[0] : ce - a[0]) : strict ? a[0] - (ce - 1) : a[0] - fl;
  const amount = String(Math.max(x, 0));
  return unit ? { kind: 'count', amount, direction, unit } : { kind: 'count', amount, direction };
}

function decimalOp(name: string, wording: OperatorWording, pass: Cmp, direction: 'increase' | 'decrease' | 'equal', strict: boolean): OperatorDef {
  return {
    name,
    direction: direction === 'equal' ? undefined : direction,
    wording,
    factTypes: ['integer', 'decimal', 'fraction'],
    checkExpected: (e) => expectDecimal(e),
    test(actual, expected) {
      const a = toRational(actual);
      const b = toRational(expected);
      if (!a || !b) return false;
      return pass(compareRational(a, b));
    },
    prepare(expected) {
      const b = toRational(expected);
      if (!b) return () => false;
      if (b.den.eq(1) && b.num.isInteger() && Math.abs(b.num.toNumber()) < Number.MAX_SAFE_INTEGER) {
        // integer threshold: integer facts compare without Decimal allocation
        const t = b.num.toNumber();
        return (actual) => {
          if (typeof actual === 'number') return pass(actual < t ? -1 : actual > t ? 1 : 0);
          const a = toRational(actual);
          return a ? pass(compareRational(a, b)) : false;
        };
      }
      const small = smallRational(expected);
      return (actual) => {
        if (small) {
          // small parts: exact integer cross-multiplication, no Decimal allocation
          const sa = smallRational(actual);
          if (sa) {
            const l = sa[0] * small[1];
            const r = small[0] * sa[1];
            return pass(l < r ? -1 : l > r ? 1 : 0);
          }
        }
        const a = toRational(actual);
        return a ? pass(compareRational(a, b)) : false;
      };
    },
    gap(actual, expected, unit) {
      if (direction !== 'equal' && (typeof actual === 'number' || (typeof actual === 'string' && actual.includes('/')))) {
        const fast = smallCountGap(actual, expected, direction, strict, unit);
        if (fast) return fast;
      }
      const a = toRational(actual);
      const b = toRational(expected);
      if (!a || !b) return { kind: 'value', expected: String(expected) };
      if (direction === 'equal') return { kind: 'value', expected: String(expected) };
      const integerLike = typeof actual === 'number' || /\//.test(String(actual));
      return numericGap(a, b, direction, strict, integerLike, unit);
    },
  };
}

const equal: OperatorDef = {
  name: 'equal',
  direction: undefined,
  wording: 'equal',
  factTypes: ['boolean', 'enum'],
  checkExpected: expectScalar,
  test: (a, e) => a === e,
  prepare: (e) => (a) => a === e,
  gap: (_a, e) => ({ kind: 'value', expected: e as string | boolean }),
};
const notEqual: OperatorDef = {
  name: 'notEqual',
  direction: undefined,
  wording: 'notEqual',
  factTypes: ['boolean', 'enum'],
  checkExpected: expectScalar,
  test: (a, e) => a !== e,
  prepare: (e) => (a) => a !== e,
  gap: (_a, e) => ({ kind: 'value', expected: typeof e === 'boolean' ? !e : `≠ ${String(e)}` }),
};
const inOp: OperatorDef = {
  name: 'in',
  direction: undefined,
  wording: 'in',
  factTypes: ['enum'],
  checkExpected: expectList,
  test: (a, e) => Array.isArray(e) && e.includes(a),
  prepare: (e) => {
    const set = new Set(Array.isArray(e) ? (e as unknown[]) : []);
    return (a) => set.has(a);
  },
  gap: (_a, e) => ({ kind: 'value', expected: e as readonly string[] }),
};
const notIn: OperatorDef = {
  name: 'notIn',
  direction: undefined,
  wording: 'notIn',
  factTypes: ['enum'],
  checkExpected: expectList,
  test: (a, e) => Array.isArray(e) && !e.includes(a),
  prepare: (e) => {
    const set = new Set(Array.isArray(e) ? (e as unknown[]) : []);
    return (a) => Array.isArray(e) && !set.has(a);
  },
  gap: (_a, e) => ({ kind: 'value', expected: (e as readonly string[]).map((x) => `≠ ${x}`) }),
};

/** All operators a rule file may use. Built-in numeric operators of json-rules-engine are rejected. */
export const OPERATORS: ReadonlyMap<string, OperatorDef> = readonlyMap(
  [
    equal,
    notEqual,
    inOp,
    notIn,
    decimalOp('decimalGte', 'atLeast', (c) => c >= 0, 'increase', false),
    decimalOp('decimalGt', 'greaterThan', (c) => c > 0, 'increase', true),
    decimalOp('decimalLte', 'atMost', (c) => c <= 0, 'decrease', false),
    decimalOp('decimalLt', 'lessThan', (c) => c < 0, 'decrease', true),
    decimalOp('decimalEq', 'equalTo', (c) => c === 0, 'equal', false),
  ].map((o) => [o.name, Object.freeze(o)] as const),
);
