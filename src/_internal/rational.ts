/**
 * The one exact number type of thidua (issue 16): a rational n/d on native BigInt integers, d > 0.
 * Operators, overlay guards, quotas, council ballots, cluster scores and the cycle renderer all use
 * it; there is no precision limit, so no comparison, sum or gap is ever rounded unless a caller asks
 * for it ({@link qRound}). Decimal.js remains only where a value is formatted or multiplied for
 * display (bonus multipliers, the CLI's percentages), never in a comparison.
 *
 * Text accepted by {@link qFrom} (and {@link qParse}), nothing else:
 * 1. an integer or decimal string in the decimal grammar of rule files (`DecimalStringSchema`):
 *    `-?(0|[1-9][0-9]*)(\.[0-9]+)?` — "7", "0.70", "-3", "912.349999";
 * 2. a fraction string `-?(0|[1-9][0-9]*)/[1-9][0-9]*` — "17/20" (a vote share: 17 approvals of 20);
 * 3. (qFrom only) a JS number that is a safe integer.
 * Rejected: exponents ("1e5"), spaces (" 1"), a leading "+" or zero ("01"), a bare point ("1.",
 * ".5"), a zero denominator ("1/0"), unsafe or fractional JS numbers (2.5 is a binary float).
 * "-0", "-0.0" and "-0/3" are accepted and equal 0: the rule-file grammar has always allowed "-0",
 * and refusing it here would make a threshold that loads fail every comparison.
 *
 * Reduction: arithmetic results are reduced. A decimal string is reduced when parsed ("0.80" → 4/5).
 * A fraction string keeps its terms as written ("6/9" stays 6/9): the gap of a vote share counts on
 * its numerator (six approvals of nine members), and a long exact total written by {@link qText} is
 * already reduced, where a gcd of long integers would be the costly step. Compare with
 * {@link qCmp}, never by fields.
 * @internal
 */

/** An exact rational n/d, d > 0 (see the module comment for when it is reduced). @internal */
export interface Q {
  readonly n: bigint;
  readonly d: bigint;
}

/** Rounding modes (score sheets): half-up and up go away from zero, down toward zero, half-even to the even neighbour. @internal */
export type RoundingMode = 'half-up' | 'half-even' | 'down' | 'up';

/** The decimal grammar of rule files (the same as `DecimalStringSchema`). @internal */
export const DECIMAL_STRING = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;
const DECIMAL = /^(-?)(0|[1-9][0-9]*)(?:\.([0-9]+))?$/;
const FRACTION = /^(-?(?:0|[1-9][0-9]*))\/([1-9][0-9]*)$/;

const abs = (x: bigint): bigint => (x < 0n ? -x : x);

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

function make(n: bigint, d: bigint): Q {
  if (d === 0n) throw new Error('internal: zero denominator');
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d);
  const gg = g === 0n ? 1n : g;
  return { n: (n / gg) * sign, d: abs(d) / gg };
}

/** Powers of ten 10^0 … 10^64, the exponents of parsed decimals and rounding places (built once). */
const TEN: readonly bigint[] = Object.freeze(Array.from({ length: 65 }, (_, k) => 10n ** BigInt(k)));
const pow10 = (k: number): bigint => TEN[k] ?? 10n ** BigInt(k);

function parseText(s: string): Q | undefined {
  const m = DECIMAL.exec(s);
  if (m) {
    const frac = m[3] ?? '';
    const n = BigInt(`${m[2]}${frac}`) * (m[1] ? -1n : 1n);
    if (frac.length === 0) return { n, d: 1n };
    return make(n, pow10(frac.length));
  }
  const f = FRACTION.exec(s);
  return f ? { n: BigInt(f[1]!), d: BigInt(f[2]!) } : undefined;
}

/**
 * Module state, kept on purpose (issue 16): a memo of parsed strings. Not observable — parsing is
 * pure and the cached values are frozen — and bounded (at most 4096 entries, then no more are
 * added). Thresholds ("0.80") and derived shares ("7/9") repeat across subjects, so a batch run
 * parses each once instead of once per leaf.
 */
const memo = new Map<string, Q | null>();

/**
 * Parse a fact or threshold value exactly: a safe integer, a decimal string or a fraction string
 * (grammar in the module comment). No floats involved.
 * @param v the value.
 * @returns the rational, or undefined for anything else.
 * @internal
 */
export function qFrom(v: unknown): Q | undefined {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? { n: BigInt(v), d: 1n } : undefined;
  if (typeof v !== 'string') return undefined;
  if (v.length > 64) return parseText(v); // long values are rare: not kept
  const hit = memo.get(v);
  if (hit !== undefined) return hit ?? undefined;
  const r = parseText(v);
  const value = r === undefined ? undefined : Object.freeze(r);
  if (memo.size < 4096) memo.set(v, value ?? null);
  return value;
}

/**
 * Parse an exact text of {@link qText} or a decimal string (long ones too, without the memo).
 * @param s the text.
 * @returns the rational, or undefined when the text is neither.
 * @internal
 */
export function qParse(s: string): Q | undefined {
  return parseText(s);
}

/**
 * Exact value of a decimal string ("912.349999") or a safe integer; the caller has validated it.
 * @param v the value.
 * @returns the rational.
 * @throws Error when the value is neither (a programmer error).
 * @internal
 */
export function q(v: string | number): Q {
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) throw new Error(`internal: not a safe integer: ${v}`);
    return { n: BigInt(v), d: 1n };
  }
  const m = DECIMAL.test(v) ? parseText(v) : undefined;
  if (!m) throw new Error(`internal: not a decimal string: ${v}`);
  return m;
}

/**
 * Whether a value is a decimal string of the rule-file grammar ("0.70", "-3").
 * @param v the value.
 * @returns true for a decimal string.
 * @internal
 */
export function isDecimalString(v: unknown): v is string {
  return typeof v === 'string' && DECIMAL_STRING.test(v);
}

/** Sum, reduced. @internal */
export const qAdd = (a: Q, b: Q): Q => (a.d === b.d ? make(a.n + b.n, a.d) : make(a.n * b.d + b.n * a.d, a.d * b.d));
/** Difference a − b, reduced. @internal */
export const qSub = (a: Q, b: Q): Q => (a.d === b.d ? make(a.n - b.n, a.d) : make(a.n * b.d - b.n * a.d, a.d * b.d));
/** Product, reduced. @internal */
export const qMul = (a: Q, b: Q): Q => make(a.n * b.n, a.d * b.d);
/** Division; the caller guarantees b ≠ 0. @internal */
export const qDiv = (a: Q, b: Q): Q => make(a.n * b.d, a.d * b.n);
/** Exact comparison: -1, 0 or 1 (cross products, no precision limit). @internal */
export const qCmp = (a: Q, b: Q): number => {
  if (a.d === b.d) return a.n < b.n ? -1 : a.n > b.n ? 1 : 0;
  const x = a.n * b.d;
  const y = b.n * a.d;
  return x < y ? -1 : x > y ? 1 : 0;
};
/** @internal */
export const qMin = (a: Q, b: Q): Q => (qCmp(a, b) <= 0 ? a : b);
/** @internal */
export const qMax = (a: Q, b: Q): Q => (qCmp(a, b) >= 0 ? a : b);
/** @internal */
export const qIsZero = (a: Q): boolean => a.n === 0n;

/** Largest integer ≤ a. @internal */
export function qFloor(a: Q): bigint {
  const t = a.n / a.d; // truncates toward zero
  return a.n < 0n && t * a.d !== a.n ? t - 1n : t;
}
/** Smallest integer ≥ a. @internal */
export function qCeil(a: Q): bigint {
  const t = a.n / a.d;
  return a.n > 0n && t * a.d !== a.n ? t + 1n : t;
}

/**
 * Exact sum, reduced without a gcd of long integers. The terms are added over the product D of
 * their (short) denominators d₁…dₖ, and N/D is reduced by G = gcd(N, D) computed one short factor at
 * a time: with g = gcd(N, d₁), gcd(N, d₁·R) = g · gcd(N/g, R), because N/g and d₁/g are coprime. Each
 * step is a long-by-short remainder and division, so 200 criteria with 20-digit values take
 * milliseconds where a Euclid gcd over the 10,000-digit sum takes a second. (Terms must be reduced,
 * as arithmetic results and parsed decimals are.)
 * @internal
 */
export function qSum(xs: readonly Q[]): Q {
  let n = 0n;
  let d = 1n;
  const factors: bigint[] = [];
  for (const x of xs) {
    if (x.d === d) n += x.n;
    else if (d % x.d === 0n) n += x.n * (d / x.d);
    else {
      n = n * x.d + x.n * d;
      d *= x.d;
      factors.push(x.d);
    }
  }
  if (n === 0n) return { n: 0n, d: 1n };
  let g = 1n;
  let rest = abs(n);
  for (const f of factors) {
    const h = gcd(rest % f, f);
    if (h !== 1n) {
      g *= h;
      rest /= h;
    }
  }
  return { n: n / g, d: d / g };
}

/** Exact text: "7", "-3/2", "912349999/1000000" (the terms as held). @internal */
export function qText(a: Q): string {
  return a.d === 1n ? a.n.toString() : `${a.n.toString()}/${a.d.toString()}`;
}

/**
 * The exact value as a decimal string when it has a finite decimal expansion
 * ("912.350000000000000001", "0.07", "2" for 6/3), else the fraction of {@link qText}.
 * @internal
 */
export function qDecimalText(a: Q): string {
  let d = a.d;
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) {
    d /= 2n;
    twos++;
  }
  while (d % 5n === 0n) {
    d /= 5n;
    fives++;
  }
  // an unreduced fraction ("6/3") may still be a terminating decimal: the rest of d divides n
  if (d !== 1n && a.n % d !== 0n) return qText(a);
  // the value then ends within max(twos, fives) decimals, so rounding down there is exact
  const places = Math.max(twos, fives);
  return places === 0 ? (a.n / a.d).toString() : trimZeros(qRound(a, places, 'down'));
}

/** "0.0700" → "0.07", "2.50" → "2.5" (only when there is a point). */
function trimZeros(s: string): string {
  if (!s.includes('.')) return s;
  const t = s.replace(/0+$/, '');
  return t.endsWith('.') ? t.slice(0, -1) : t;
}

/**
 * Round to `places` decimals with a rounding mode, by integer arithmetic (no binary floats, no
 * precision limit). half-up and up go away from zero; down truncates toward zero; half-even goes
 * to the even neighbour on a tie (-2.5 → -2, -3.5 → -4).
 * @returns a decimal string with exactly `places` decimals ("-0.50"); zero is never signed.
 * @internal
 */
export function qRound(a: Q, places: number, mode: RoundingMode): string {
  const scale = pow10(places);
  const num = a.n * scale;
  const neg = num < 0n;
  const absNum = abs(num);
  let quo = absNum / a.d;
  const rem = absNum - quo * a.d;
  if (rem !== 0n) {
    const twice = rem * 2n;
    const half = twice < a.d ? -1 : twice > a.d ? 1 : 0;
    const up =
      mode === 'up' ||
      (mode === 'half-up' && half >= 0) ||
      (mode === 'half-even' && (half > 0 || (half === 0 && quo % 2n === 1n)));
    if (up) quo += 1n;
  }
  const digits = quo.toString().padStart(places + 1, '0');
  const text = places === 0 ? digits : `${digits.slice(0, digits.length - places)}.${digits.slice(digits.length - places)}`;
  return neg && quo !== 0n ? `-${text}` : text;
}
