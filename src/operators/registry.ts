import type { ValueProblem } from '../model/issue.js';
import type { Gap } from '../model/verdict.js';
import { isDecimalString, qCeil, qCmp, qDecimalText, qFloor, qFrom, qSub, type Q } from '../_internal/rational.js';
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

/**
 * Gap for numeric comparisons, exact (no precision limit, no rounding). For counts and fractions
 * (`integerLike`) the gap is a whole number counted on the numerator as written ("6/9" against
 * "0.8": 2 more approvals of the 9 members); for decimals it is the exact difference of the values.
 * @internal
 */
export function numericGap(actual: Q, threshold: Q, direction: 'increase' | 'decrease', strict: boolean, integerLike: boolean, unit?: 'years' | 'approvals' | 'members' | 'items'): Gap {
  if (integerLike) {
    // the numerator value at the threshold: T = threshold × actual.d; the new numerator must pass it
    const target: Q = { n: threshold.n * actual.d, d: threshold.d };
    let x: bigint;
    if (direction === 'increase') x = (strict ? qFloor(target) + 1n : qCeil(target)) - actual.n;
    else x = actual.n - (strict ? qCeil(target) - 1n : qFloor(target));
    const amount = (x > 0n ? x : 0n).toString();
    return unit ? { kind: 'count', amount, direction, unit } : { kind: 'count', amount, direction };
  }
  const diff = direction === 'increase' ? qSub(threshold, actual) : qSub(actual, threshold);
  return { kind: 'decimal', amount: qDecimalText(diff), direction, strict };
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/** Integers up to 2^51 in size: the difference of two of them (plus one) is still a safe integer. */
const HALF_SAFE = 2n ** 51n;

function decimalOp(name: string, wording: OperatorWording, pass: Cmp, direction: 'increase' | 'decrease' | 'equal', strict: boolean): OperatorDef {
  return {
    name,
    direction: direction === 'equal' ? undefined : direction,
    wording,
    factTypes: ['integer', 'decimal', 'fraction'],
    checkExpected: (e) => expectDecimal(e),
    test(actual, expected) {
      const a = qFrom(actual);
      const b = qFrom(expected);
      if (!a || !b) return false;
      return pass(qCmp(a, b));
    },
    prepare(expected) {
      const b = qFrom(expected);
      if (!b) return () => false;
      if (b.d === 1n && b.n <= MAX_SAFE && b.n >= -MAX_SAFE) {
        // integer threshold: a safe-integer fact compares as a plain number (both exact integers)
        const t = Number(b.n);
        return (actual) => {
          if (typeof actual === 'number' && Number.isSafeInteger(actual)) return pass(actual < t ? -1 : actual > t ? 1 : 0);
          const a = qFrom(actual);
          return a ? pass(qCmp(a, b)) : false;
        };
      }
      return (actual) => {
        const a = qFrom(actual);
        return a ? pass(qCmp(a, b)) : false;
      };
    },
    gap(actual, expected, unit) {
      const b = qFrom(expected);
      if (direction !== 'equal' && typeof actual === 'number' && Number.isInteger(actual) && Math.abs(actual) <= 2 ** 51 && b && b.d === 1n && b.n <= HALF_SAFE && b.n >= -HALF_SAFE) {
        // a count against an integer threshold: plain safe-integer arithmetic, the same result as numericGap
        const t = Number(b.n);
        const x = direction === 'increase' ? t + (strict ? 1 : 0) - actual : actual - t + (strict ? 1 : 0);
        const amount = String(x > 0 ? x : 0);
        return unit ? { kind: 'count', amount, direction, unit } : { kind: 'count', amount, direction };
      }
      const a = qFrom(actual);
      if (!a || !b || direction === 'equal') return { kind: 'value', expected: String(expected) };
      const integerLike = typeof actual === 'number' || (typeof actual === 'string' && actual.includes('/'));
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
