/**
 * Exact rational arithmetic on native BigInt integers, for cluster scores. Every value is a reduced
 * fraction n/d (d > 0); decimal strings convert exactly; there is no precision limit, so sums stay
 * exact however many criteria and digits the (bounded, see CLUSTER_LIMITS) inputs hold. Rounding
 * happens only where a sheet says.
 * @internal
 */

/** @internal */
export interface Q {
  readonly n: bigint;
  readonly d: bigint;
}

/** Rounding modes of a score sheet. @internal */
export type RoundingMode = 'half-up' | 'half-even' | 'down' | 'up';

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

const DECIMAL = /^(-?)(0|[1-9][0-9]*)(?:\.([0-9]+))?$/;

/** Exact value of a decimal string ("912.349999") or a safe integer. @internal */
export function q(v: string | number): Q {
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) throw new Error(`internal: not a safe integer: ${v}`);
    return { n: BigInt(v), d: 1n };
  }
  const m = DECIMAL.exec(v);
  if (!m) throw new Error(`internal: not a decimal string: ${v}`);
  const frac = m[3] ?? '';
  const n = BigInt(`${m[2]}${frac}`) * (m[1] ? -1n : 1n);
  return make(n, 10n ** BigInt(frac.length));
}

/** @internal */
export const qAdd = (a: Q, b: Q): Q => (a.d === b.d ? make(a.n + b.n, a.d) : make(a.n * b.d + b.n * a.d, a.d * b.d));
/** @internal */
export const qSub = (a: Q, b: Q): Q => (a.d === b.d ? make(a.n - b.n, a.d) : make(a.n * b.d - b.n * a.d, a.d * b.d));
/** @internal */
export const qMul = (a: Q, b: Q): Q => make(a.n * b.n, a.d * b.d);
/** Division; the caller guarantees b ≠ 0. @internal */
export const qDiv = (a: Q, b: Q): Q => make(a.n * b.d, a.d * b.n);
/** -1, 0 or 1. @internal */
export const qCmp = (a: Q, b: Q): number => {
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
/**
 * Exact sum, reduced without a gcd of long integers. The terms are added over the product D of
 * their (short) denominators d₁…dₖ, and N/D is reduced by G = gcd(N, D) computed one short factor at
 * a time: with g = gcd(N, d₁), gcd(N, d₁·R) = g · gcd(N/g, R), because N/g and d₁/g are coprime. Each
 * step is a long-by-short remainder and division, so 200 criteria with 20-digit values take
 * milliseconds where a Euclid gcd over the 10,000-digit sum takes a second.
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

/** Exact text: "7", "-3/2", "912349999/1000000". @internal */
export function qText(a: Q): string {
  return a.d === 1n ? a.n.toString() : `${a.n.toString()}/${a.d.toString()}`;
}

/** Parse an exact text of {@link qText} (or a decimal string) back; undefined when it is neither. @internal */
export function qParse(s: string): Q | undefined {
  if (DECIMAL.test(s)) return q(s);
  const m = /^(-?(?:0|[1-9][0-9]*))\/([1-9][0-9]*)$/.exec(s);
  // not reduced again: comparisons do not need it, and a gcd of long integers is the costly step
  return m ? { n: BigInt(m[1]!), d: BigInt(m[2]!) } : undefined;
}

/**
 * The exact value as a decimal string when it has a finite decimal expansion (the denominator has
 * no prime factor other than 2 and 5: "912.350000000000000001"), else the fraction of {@link qText}.
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
  if (d !== 1n) return qText(a);
  const places = Math.max(twos, fives);
  return places === 0 ? a.n.toString() : qRound(a, places, 'down');
}

/**
 * Round to `places` decimals with the sheet's mode, by integer arithmetic (no binary floats, no
 * precision limit). half-up and up go away from zero; down truncates toward zero.
 * @returns a decimal string with exactly `places` decimals.
 * @internal
 */
export function qRound(a: Q, places: number, mode: RoundingMode): string {
  const scale = 10n ** BigInt(places);
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
