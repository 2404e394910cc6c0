import Decimal from 'decimal.js';

/**
 * Exact rational arithmetic on decimal.js integers, for cluster scores. Every value is a reduced
 * fraction n/d (d > 0); decimal strings convert exactly; rounding happens only where a sheet says.
 * The Decimal clone has a precision high enough that integer products never round.
 * @internal
 */
const D = Decimal.clone({ precision: 2000, rounding: Decimal.ROUND_DOWN, toExpNeg: -9e15, toExpPos: 9e15 });

/** @internal */
export interface Q {
  readonly n: Decimal;
  readonly d: Decimal;
}

/** Rounding modes of a score sheet. @internal */
export type RoundingMode = 'half-up' | 'half-even' | 'down' | 'up';

function gcd(a: Decimal, b: Decimal): Decimal {
  let x = a.abs();
  let y = b.abs();
  while (!y.isZero()) {
    const t = x.mod(y);
    x = y;
    y = t;
  }
  return x;
}

function make(n: Decimal, d: Decimal): Q {
  if (d.isZero()) throw new Error('internal: zero denominator');
  const sign = d.isNegative() ? -1 : 1;
  const g = gcd(n, d);
  const gg = g.isZero() ? new D(1) : g;
  return { n: n.div(gg).times(sign), d: d.abs().div(gg) };
}

/** Exact value of a decimal string ("912.349999") or an integer. @internal */
export function q(v: string | number): Q {
  const x = new D(v);
  const places = x.decimalPlaces();
  const scale = new D(10).pow(places);
  return make(x.times(scale), scale);
}

/** @internal */
export const qAdd = (a: Q, b: Q): Q => make(a.n.times(b.d).plus(b.n.times(a.d)), a.d.times(b.d));
/** @internal */
export const qSub = (a: Q, b: Q): Q => make(a.n.times(b.d).minus(b.n.times(a.d)), a.d.times(b.d));
/** @internal */
export const qMul = (a: Q, b: Q): Q => make(a.n.times(b.n), a.d.times(b.d));
/** Division; the caller guarantees b ≠ 0. @internal */
export const qDiv = (a: Q, b: Q): Q => make(a.n.times(b.d), a.d.times(b.n));
/** -1, 0 or 1. @internal */
export const qCmp = (a: Q, b: Q): number => a.n.times(b.d).comparedTo(b.n.times(a.d));
/** @internal */
export const qMin = (a: Q, b: Q): Q => (qCmp(a, b) <= 0 ? a : b);
/** @internal */
export const qMax = (a: Q, b: Q): Q => (qCmp(a, b) >= 0 ? a : b);
/** @internal */
export const qIsZero = (a: Q): boolean => a.n.isZero();
/** @internal */
export const qSum = (xs: readonly Q[]): Q => xs.reduce((acc, x) => qAdd(acc, x), q(0));

/** Exact text: "7", "-3/2", "912349999/1000000". @internal */
export function qText(a: Q): string {
  return a.d.eq(1) ? a.n.toFixed(0) : `${a.n.toFixed(0)}/${a.d.toFixed(0)}`;
}

/**
 * Round to `places` decimals with the sheet's mode, by integer arithmetic (no binary floats, no
 * precision limit). half-up and up go away from zero; down truncates toward zero.
 * @returns a decimal string with exactly `places` decimals.
 * @internal
 */
export function qRound(a: Q, places: number, mode: RoundingMode): string {
  const scale = new D(10).pow(places);
  const num = a.n.times(scale);
  const neg = num.isNegative();
  const abs = num.abs();
  let quo = abs.divToInt(a.d);
  const rem = abs.minus(quo.times(a.d));
  if (!rem.isZero()) {
    const twice = rem.times(2);
    const half = twice.comparedTo(a.d);
    const up =
      mode === 'up' ||
      (mode === 'half-up' && half >= 0) ||
      (mode === 'half-even' && (half > 0 || (half === 0 && quo.mod(2).eq(1))));
    if (up) quo = quo.plus(1);
  }
  const signed = neg && !quo.isZero() ? quo.neg() : quo;
  return signed.div(scale).toFixed(places);
}
