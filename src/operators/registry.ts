import Decimal from 'decimal.js';
import type { Gap } from '../locales/locale.js';
import { compareRational, isDecimalString, toRational, type Rational } from './rational.js';

/** Fact value types of the fact catalogue. */
export type FactType = 'boolean' | 'enum' | 'integer' | 'decimal' | 'fraction';

/** A fact value after derivation; null means missing. */
export type FactValue = boolean | string | number | null;

/** Definition of one operator: the single source of truth for the engine adapter and the gap. */
export interface OperatorDef {
  readonly name: string;
  /** Fact types this operator accepts. */
  readonly factTypes: readonly FactType[];
  /** Check the rule's expected value at load time; returns an error detail or undefined. */
  checkExpected(expected: unknown, enumValues?: readonly string[]): string | undefined;
  /** Evaluate with a present fact value. */
  test(actual: Exclude<FactValue, null>, expected: unknown): boolean;
  /** Pre-parse the expected value once (compiled evaluator); same results as {@link OperatorDef.test}. */
  prepare(expected: unknown): (actual: Exclude<FactValue, null>) => boolean;
  /** Distance to passing, for a failed test. */
  gap(actual: Exclude<FactValue, null>, expected: unknown, unit?: 'years' | 'approvals' | 'members' | 'items'): Gap;
}

function expectScalar(expected: unknown, enumValues?: readonly string[]): string | undefined {
  if (typeof expected === 'boolean') return undefined;
  if (typeof expected === 'string') {
    if (enumValues && !enumValues.includes(expected)) return `"${expected}" is not one of ${enumValues.join(', ')}`;
    return undefined;
  }
  return 'expected a boolean or a string';
}

function expectList(expected: unknown, enumValues?: readonly string[]): string | undefined {
  if (!Array.isArray(expected) || expected.length === 0) return 'expected a non-empty list of strings';
  for (const e of expected) {
    if (typeof e !== 'string') return 'expected a list of strings';
    if (enumValues && !enumValues.includes(e)) return `"${e}" is not one of ${enumValues.join(', ')}`;
  }
  if (new Set(expected).size !== expected.length) return 'the list has duplicates';
  return undefined;
}

function expectDecimal(expected: unknown): string | undefined {
  return isDecimalString(expected) ? undefined : 'expected a decimal string such as "0.70" (JSON numbers are not accepted)';
}

type Cmp = (c: number) => boolean;

/** Gap for numeric comparisons, exact. For fractions the gap is counted on the numerator. */
function numericGap(actual: Rational, threshold: Rational, direction: 'increase' | 'decrease', strict: boolean, integerLike: boolean, unit?: 'years' | 'approvals' | 'members' | 'items'): Gap {
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

function decimalOp(name: string, pass: Cmp, direction: 'increase' | 'decrease' | 'equal', strict: boolean): OperatorDef {
  return {
    name,
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
      return (actual) => {
        const a = toRational(actual);
        return a ? pass(compareRational(a, b)) : false;
      };
    },
    gap(actual, expected, unit) {
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
  factTypes: ['boolean', 'enum'],
  checkExpected: expectScalar,
  test: (a, e) => a === e,
  prepare: (e) => (a) => a === e,
  gap: (_a, e) => ({ kind: 'value', expected: e as string | boolean }),
};
const notEqual: OperatorDef = {
  name: 'notEqual',
  factTypes: ['boolean', 'enum'],
  checkExpected: expectScalar,
  test: (a, e) => a !== e,
  prepare: (e) => (a) => a !== e,
  gap: (_a, e) => ({ kind: 'value', expected: typeof e === 'boolean' ? !e : `≠ ${String(e)}` }),
};
const inOp: OperatorDef = {
  name: 'in',
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
export const OPERATORS: ReadonlyMap<string, OperatorDef> = new Map(
  [
    equal,
    notEqual,
    inOp,
    notIn,
    decimalOp('decimalGte', (c) => c >= 0, 'increase', false),
    decimalOp('decimalGt', (c) => c > 0, 'increase', true),
    decimalOp('decimalLte', (c) => c <= 0, 'decrease', false),
    decimalOp('decimalLt', (c) => c < 0, 'decrease', true),
    decimalOp('decimalEq', (c) => c === 0, 'equal', false),
  ].map((o) => [o.name, o]),
);
