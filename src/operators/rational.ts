import Decimal from 'decimal.js';

/** An exact rational number num/den with den > 0, both as Decimal integers or decimals. @internal */
export interface Rational {
  readonly num: Decimal;
  readonly den: Decimal;
}

const DECIMAL_RE = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;
const FRACTION_RE = /^(0|[1-9][0-9]*)\/([1-9][0-9]*)$/;

/**
 * Parse a fact or threshold value into an exact rational: an integer, a decimal string ("0.70")
 * or a fraction string ("17/20"). Returns undefined for anything else. No floats involved.
 * @internal
 */
export function toRational(v: unknown): Rational | undefined {
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) return undefined;
    return { num: new Decimal(v), den: new Decimal(1) };
  }
  if (typeof v !== 'string') return undefined;
  if (DECIMAL_RE.test(v)) return { num: new Decimal(v), den: new Decimal(1) };
  const m = FRACTION_RE.exec(v);
  if (m) return { num: new Decimal(m[1]!), den: new Decimal(m[2]!) };
  return undefined;
}

/** Decimal arithmetic without rounding for the sizes thidua accepts (products of two values). */
const Exact = Decimal.clone({ precision: 1_000_000_000 });

/** Exact comparison of two rationals: -1, 0 or 1. @internal */
export function compareRational(a: Rational, b: Rational): number {
  // comparedTo is exact; times() rounds to the default 20 significant digits, so cross products are
  // taken in a clone whose precision covers any product of two in-range values (issue 20 found
  // "0.7999999999999999999999" compared equal to "0.8" through times(1))
  if (a.den.eq(1) && b.den.eq(1)) return a.num.comparedTo(b.num);
  return new Exact(a.num).times(b.den).comparedTo(new Exact(b.num).times(a.den));
}

/** True if the string is a decimal literal accepted in rule files. @internal */
export function isDecimalString(v: unknown): v is string {
  return typeof v === 'string' && DECIMAL_RE.test(v);
}
