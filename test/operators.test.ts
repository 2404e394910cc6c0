import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { OPERATORS } from '../src/advanced.js';
import { sha256Hex } from '../src/_internal/sha256.js';
import { canonicalJson } from '../src/_internal/canonical-json.js';

const op = (name: string) => OPERATORS.get(name)!;

describe('decimal operators', () => {
  test('should compare decimal strings exactly, without floats', () => {
    expect(op('decimalGt').test('912.35', '912.349999')).toBe(true);
    expect(op('decimalGt').test('912.349999', '912.35')).toBe(false);
    expect(op('decimalEq').test('0.70', '0.7')).toBe(true);
    expect(op('decimalGte').test('0.30000000000000000001', '0.3')).toBe(true);
    expect(op('decimalLt').test('0.1', '0.10000000000000000001')).toBe(true);
  });
  test('should compare fractions exactly by cross-multiplication (D98 Art. 30.7: ≥ 80 % of all members)', () => {
    expect(op('decimalGte').test('8/10', '0.8')).toBe(true);
    expect(op('decimalGte').test('7/9', '0.8')).toBe(false); // 0.777…
    expect(op('decimalGte').test('9/10', '0.9')).toBe(true);
    expect(op('decimalGte').test('8/9', '0.9')).toBe(false); // 0.888…
    expect(op('decimalGte').test('2/3', '0.6666666666666666666666')).toBe(true);
    expect(op('decimalGt').test('1/2', '0.5')).toBe(false);
  });
  test('should compare integers', () => {
    expect(op('decimalGte').test(3, '3')).toBe(true);
    expect(op('decimalGte').test(2, '3')).toBe(false);
  });
  test('should reject thresholds that are not decimal strings at load time', () => {
    expect(op('decimalGte').checkExpected(0.7)).toEqual({ expected: 'decimal' });
    expect(op('decimalGte').checkExpected('7e-1')).toEqual({ expected: 'decimal' });
    expect(op('decimalGte').checkExpected('0.70')).toBeUndefined();
  });
  test('should compute the exact gap: approvals needed, years needed, decimal shortfall', () => {
    expect(op('decimalGte').gap('8/11', '0.8', 'approvals')).toEqual({ kind: 'count', amount: '1', direction: 'increase', unit: 'approvals' });
    expect(op('decimalGte').gap('6/11', '0.9', 'approvals')).toEqual({ kind: 'count', amount: '4', direction: 'increase', unit: 'approvals' });
    expect(op('decimalGt').gap('5/10', '0.5', 'members')).toEqual({ kind: 'count', amount: '1', direction: 'increase', unit: 'members' });
    expect(op('decimalGte').gap(1, '3', 'years')).toEqual({ kind: 'count', amount: '2', direction: 'increase', unit: 'years' });
    expect(op('decimalLte').gap(2, '0', 'members')).toEqual({ kind: 'count', amount: '2', direction: 'decrease', unit: 'members' });
    expect(op('decimalGte').gap('912.349999', '912.35')).toEqual({ kind: 'decimal', amount: '0.000001', direction: 'increase', strict: false });
  });
});

describe('enum and boolean operators', () => {
  test('should test membership and equality', () => {
    expect(op('in').test('good', ['good', 'excellent'])).toBe(true);
    expect(op('in').test('completed', ['good', 'excellent'])).toBe(false);
    expect(op('notIn').test('completed', ['good'])).toBe(true);
    expect(op('equal').test(false, false)).toBe(true);
    expect(op('notEqual').test(true, false)).toBe(true);
  });
  test('should validate expected values against the fact enum', () => {
    expect(op('in').checkExpected(['good', 'great'], ['good', 'excellent'])).toEqual({ expected: 'one-of', values: ['good', 'excellent'], value: 'great' });
    expect(op('in').checkExpected([], ['good'])).toEqual({ expected: 'non-empty-string-list' });
    expect(op('equal').checkExpected(['x'])).toEqual({ expected: 'boolean-or-string' });
  });
});

describe('hashing', () => {
  test('should implement SHA-256 (FIPS 180-4 test vectors)', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
    expect(sha256Hex('a'.repeat(1000))).toBe('41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3');
  });
  test('should hash UTF-8 (Vietnamese) text', () => {
    // echo -n 'Chiến sĩ thi đua' | sha256sum
    expect(sha256Hex('Chiến sĩ thi đua')).toBe(SHA_VI);
  });
  test('should produce canonical JSON independent of key order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 'x' }] })).toBe(canonicalJson({ a: [{ c: 'x', d: 2 }], b: 1 }));
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
    expect(canonicalJson({ '10': 1, '2': 2, b: undefined, a: [undefined, Infinity] })).toBe('{"10":1,"2":2,"a":[null,null]}');
    // index-like keys below sorted and unsorted ordinary keys: code-unit order ("10" before "9")
    expect(canonicalJson({ z: { '9': 1, '10': 2, x: 3 }, a: 1 })).toBe('{"a":1,"z":{"10":2,"9":1,"x":3}}');
    expect(canonicalJson({ a: [{ b: 1, '3': 2 }] })).toBe('{"a":[{"3":2,"b":1}]}');
  });
  test('property: canonical JSON is valid JSON of the same value, equal to a naive reference that sorts keys by code unit', () => {
    const reference = (v: unknown): string => {
      if (v === null || typeof v !== 'object') return JSON.stringify(v);
      if (Array.isArray(v)) return `[${v.map(reference).join(',')}]`;
      const keys = Object.keys(v).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${keys.map((k) => `${JSON.stringify(k)}:${reference((v as Record<string, unknown>)[k])}`).join(',')}}`;
    };
    const withIndexKeys = fc.dictionary(fc.oneof(fc.constantFrom('0', '1', '10', '2', '01', 'a', 'B', ''), fc.string()), fc.jsonValue({ maxDepth: 2 }));
    fc.assert(
      // index-like keys at the top, in arrays and nested under ordinary keys (the fast path must notice them anywhere)
      fc.property(fc.oneof(fc.jsonValue(), withIndexKeys, fc.array(withIndexKeys), fc.dictionary(fc.string(), withIndexKeys)), (v) => {
        const s = canonicalJson(v);
        expect(s).toBe(reference(v));
        expect(JSON.parse(s)).toEqual(JSON.parse(JSON.stringify(v)));
      }),
      { numRuns: 500, seed: 4 },
    );
  });
});
const SHA_VI = '920258234392f28fe8374ccc3332ab5817f72fba3e734abfb2c33b864a9d6713';

describe('exact comparison beyond 20 significant digits (issue 20 found the rounding)', () => {
  test('decimalGte tells 0.7999999999999999999999 from 0.8, also against a fraction', async () => {
    const { qCmp, qFrom } = await import('../src/_internal/rational.js');
    expect(qCmp(qFrom('0.7999999999999999999999')!, qFrom('0.8')!)).toBe(-1);
    expect(qCmp(qFrom('0.8000000000000000000000001')!, qFrom('4/5')!)).toBe(1);
    expect(qCmp(qFrom('12345678901234567890.123456789')!, qFrom('12345678901234567890.123456788')!)).toBe(1);
    expect(qCmp(qFrom('2/3')!, qFrom('0.66666666666666666666666666666667')!)).toBe(-1);
  });
});
