// The one exact number type (src/_internal/rational.ts, issue 16): parsing, comparison, arithmetic,
// rounding and text, exact at any digit count.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DecimalStringSchema } from '../src/schema/common.js';
import {
  isDecimalString,
  q,
  qAdd,
  qCeil,
  qCmp,
  qDecimalText,
  qDiv,
  qFloor,
  qFrom,
  qMul,
  qParse,
  qRound,
  qSub,
  qSum,
  qText,
  type Q,
  type RoundingMode,
} from '../src/_internal/rational.js';

const Q_ = (v: string | number): Q => {
  const r = qFrom(v);
  if (!r) throw new Error(`not a rational: ${String(v)}`);
  return r;
};

describe('qFrom', () => {
  test('should parse integers, decimal strings and fraction strings exactly', () => {
    expect(qText(Q_(7))).toBe('7');
    expect(qText(Q_('-3'))).toBe('-3');
    expect(qText(Q_('0.80'))).toBe('4/5'); // decimals are reduced
    expect(qText(Q_('912.349999'))).toBe('912349999/1000000');
    expect(qText(Q_('17/20'))).toBe('17/20');
    expect(qText(Q_('-3/2'))).toBe('-3/2');
    // a fraction keeps its terms as written (a vote share: 6 approvals of 9 members)
    expect(qText(Q_('6/9'))).toBe('6/9');
    expect(qCmp(Q_('6/9'), Q_('2/3'))).toBe(0);
  });

  test('should reject exponents, spaces, signs, leading zeros, bare points, zero denominators and binary floats', () => {
    for (const bad of ['1e5', '1E5', ' 1', '1 ', '+1', '01', '-01', '1.', '.5', '1/0', '0/0', '1/-2', '1/02', '1.5/2', '1/2/3', '0x10', '', '-', '١', '1_000', '∞']) {
      expect(qFrom(bad), JSON.stringify(bad)).toBeUndefined();
      expect(qParse(bad), JSON.stringify(bad)).toBeUndefined();
    }
    for (const bad of [2.5, 0.1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, -(2 ** 53), null, undefined, true, {}, ['1'], 1n]) {
      expect(qFrom(bad), String(bad)).toBeUndefined();
    }
  });

  test('should accept "-0" (and "-0.0", "-0/3") as zero, as the rule-file decimal grammar does', () => {
    for (const z of ['-0', '-0.0', '-0/3', '0', '0.000']) {
      expect(qCmp(Q_(z), Q_(0)), z).toBe(0);
      expect(qRound(Q_(z), 2, 'half-up'), z).toBe('0.00');
    }
    expect(DecimalStringSchema.safeParse('-0').success).toBe(true);
  });

  test('should accept exactly the decimal grammar of DecimalStringSchema (one grammar)', () => {
    const samples = ['0', '-0', '7', '0.70', '-3.25', '01', '1.', '.5', '1e5', '+1', ' 1', '1/2', '12345678901234567890.000000000000000000001'];
    for (const s of samples) expect(isDecimalString(s), s).toBe(DecimalStringSchema.safeParse(s).success);
  });

  test('should give frozen values, the same for the same text (the memo is not observable)', () => {
    const a = Q_('0.85');
    expect(Object.isFrozen(a)).toBe(true);
    expect(() => {
      (a as { n: bigint }).n = 1n;
    }).toThrow();
    expect(qText(Q_('0.85'))).toBe('17/20');
    // long values bypass the memo and still parse exactly
    const long = `0.${'9'.repeat(100)}`;
    expect(qCmp(Q_(long), Q_(1))).toBe(-1);
    expect(qCmp(Q_(long), Q_(long))).toBe(0);
  });
});

describe('qCmp', () => {
  test('should tell values apart beyond 20 and 60 significant digits', () => {
    expect(qCmp(Q_('0.7999999999999999999999'), Q_('0.8'))).toBe(-1);
    const a = `123456789012345678901234567890.${'0'.repeat(40)}1`;
    const b = `123456789012345678901234567890.${'0'.repeat(40)}2`;
    expect(qCmp(Q_(a), Q_(b))).toBe(-1);
    expect(qCmp(Q_(b), Q_(a))).toBe(1);
    expect(qCmp(Q_(`-${a}`), Q_(`-${b}`))).toBe(1);
  });

  test('should compare fractions with decimals exactly', () => {
    expect(qCmp(Q_('17/20'), Q_('0.85'))).toBe(0);
    expect(qCmp(Q_('2/3'), Q_('0.6666666666666666666666666666666666666667'))).toBe(-1);
    expect(qCmp(Q_('2/3'), Q_('0.6666666666666666666666666666666666666666'))).toBe(1);
    expect(qCmp(Q_('4/5'), Q_('0.8000000000000000000000000000001'))).toBe(-1);
    expect(qCmp(Q_('-1/3'), Q_('-0.3333333333333333333333333'))).toBe(-1);
  });

  test('property: agrees with the sign of the exact difference, and subtraction undoes addition', () => {
    const dec = fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 40n }), fc.integer({ min: 0, max: 30 }))
      .map(([neg, n, places]) => {
        const s = n.toString().padStart(places + 1, '0');
        const text = places === 0 ? s : `${s.slice(0, s.length - places)}.${s.slice(s.length - places)}`;
        return neg && n !== 0n ? `-${text}` : text;
      });
    const frac = fc.tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 30n })).map(([n, d]) => `${n}/${d}`);
    const value = fc.oneof(dec, frac);
    fc.assert(
      fc.property(value, value, (x, y) => {
        const a = Q_(x);
        const b = Q_(y);
        const diff = qSub(a, b);
        expect(qCmp(a, b)).toBe(diff.n === 0n ? 0 : diff.n > 0n ? 1 : -1);
        expect(qCmp(qAdd(diff, b), a)).toBe(0);
        if (b.n !== 0n) expect(qCmp(qMul(qDiv(a, b), b), a)).toBe(0);
      }),
      { numRuns: 500, seed: 16 },
    );
  });
});

describe('arithmetic', () => {
  test('should be exact where binary floats are not', () => {
    expect(qText(qAdd(q('0.1'), q('0.2')))).toBe('3/10');
    expect(qCmp(qSum(Array.from({ length: 1000 }, () => q('0.001'))), q(1))).toBe(0);
    expect(qDecimalText(qMul(q('1.000000000000000000000000001'), q('1.000000000000000000000000001')))).toBe('1.000000000000000000000000002000000000000000000000000001');
    expect(qText(qDiv(q(1), q(3)))).toBe('1/3');
  });

  test('floor and ceil round toward minus and plus infinity, also on negatives', () => {
    expect([qFloor(Q_('7/2')), qCeil(Q_('7/2'))]).toEqual([3n, 4n]);
    expect([qFloor(Q_('-7/2')), qCeil(Q_('-7/2'))]).toEqual([-4n, -3n]);
    expect([qFloor(Q_('-4')), qCeil(Q_('-4'))]).toEqual([-4n, -4n]);
    expect([qFloor(Q_('-0.0000000000000000000000001')), qCeil(Q_('-0.0000000000000000000000001'))]).toEqual([-1n, 0n]);
  });
});

describe('qRound', () => {
  // value, places, half-up, half-even, down, up
  const cases: readonly (readonly [string, number, string, string, string, string])[] = [
    ['2.5', 0, '3', '2', '2', '3'],
    ['3.5', 0, '4', '4', '3', '4'],
    ['-2.5', 0, '-3', '-2', '-2', '-3'],
    ['-3.5', 0, '-4', '-4', '-3', '-4'],
    ['-2.4', 0, '-2', '-2', '-2', '-3'],
    ['-2.6', 0, '-3', '-3', '-2', '-3'],
    ['-1/3', 3, '-0.333', '-0.333', '-0.333', '-0.334'],
    ['2/3', 2, '0.67', '0.67', '0.66', '0.67'],
    ['-0.125', 2, '-0.13', '-0.12', '-0.12', '-0.13'],
    ['-0.004', 2, '0.00', '0.00', '0.00', '-0.01'],
    ['912.349999999999999999999999995', 2, '912.35', '912.35', '912.34', '912.35'],
    ['-912.345000000000000000000000000', 2, '-912.35', '-912.34', '-912.34', '-912.35'],
    ['7', 2, '7.00', '7.00', '7.00', '7.00'],
  ];
  const modes: readonly RoundingMode[] = ['half-up', 'half-even', 'down', 'up'];
  test.each(cases)('should round %s to %i places as half-up %s, half-even %s, down %s, up %s', (v, places, ...expected) => {
    expect(modes.map((m) => qRound(Q_(v), places, m))).toEqual(expected);
  });
});

describe('text', () => {
  test('qDecimalText writes a terminating value as a decimal, else the fraction', () => {
    expect(qDecimalText(Q_('1/8'))).toBe('0.125');
    expect(qDecimalText(Q_('-1/8'))).toBe('-0.125');
    expect(qDecimalText(Q_('1/3'))).toBe('1/3');
    expect(qDecimalText(Q_('6/3'))).toBe('2'); // unreduced as written, still a terminating value
    expect(qDecimalText(Q_('5/10'))).toBe('0.5');
    expect(qDecimalText(Q_('50/100'))).toBe('0.5');
    expect(qDecimalText(Q_('-6/30'))).toBe('-0.2');
    expect(qDecimalText(Q_('21/30'))).toBe('0.7');
    expect(qDecimalText(Q_('0.0000000000000000000000000007'))).toBe('0.0000000000000000000000000007');
  });

  test('qParse reads back what qText writes', () => {
    for (const v of ['0', '-3/2', '912349999/1000000', `${'9'.repeat(200)}/7`]) expect(qText(qParse(v)!)).toBe(v);
  });
});

describe('required (next-award projection: the count a leaf must reach)', () => {
  test('should be exact beyond binary floats', async () => {
    const { required } = await import('../src/evaluate/earliest-year-model.js');
    const leaf = (operator: string, expected: string) => ({ operator, expected }) as unknown as Parameters<typeof required>[0];
    expect(required(leaf('decimalGte', '3'))).toBe(3);
    expect(required(leaf('decimalGt', '3'))).toBe(4);
    expect(required(leaf('decimalGte', '2.5'))).toBe(3);
    // Number("3.0000000000000000001") is 3: a float would say 3 items suffice
    expect(required(leaf('decimalGte', '3.0000000000000000001'))).toBe(4);
    expect(required(leaf('decimalGt', '2.9999999999999999999'))).toBe(3);
    expect(required(leaf('decimalLte', '3'))).toBeUndefined();
  });
});
