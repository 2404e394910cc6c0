import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { compileFastParser, FAST_PARSE_REJECT } from '../src/_internal/fast-parse.js';
import { SHA256_IMPLEMENTATION, sha256Hex, sha256HexPure } from '../src/_internal/sha256.js';
import { evaluateEligibility, nationalRuleFiles } from '../src/index.js';
import { numericGap, OPERATORS } from '../src/operators/registry.js';
import { qFrom } from '../src/_internal/rational.js';
import { SubjectSchema } from '../src/schema/subject.js';
import { normalizeSubject } from '../src/evaluate/normalize-subject.js';
import { collectiveArb, individualArb } from './support/arbitraries.js';
import { nationalBook, shapeOf } from './support/factories.js';

/** The same value with every object's keys in reverse order (output key order must stay the schema's). */
function reversedKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reversedKeys);
  if (v === null || typeof v !== 'object') return v;
  return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversedKeys(x)]));
}

/** Mutations that often make a subject invalid, in the places the schema checks (and one that keeps it valid). */
const mutation = fc.oneof(
  fc.constant((s: Record<string, unknown>) => reversedKeys(s)),
  fc.constant((s: Record<string, unknown>) => ({ ...s, extra: 1 })),
  fc.constant((s: Record<string, unknown>) => ({ ...s, id: 'Not Kebab' })),
  fc.constant((s: Record<string, unknown>) => ({ ...s, name: undefined })),
  fc.constant((s: Record<string, unknown>) => ({ ...s, kind: 'team' })),
  fc.constant((s: Record<string, unknown>) => ({ ...s, history: 'none' })),
  fc.constant((s: Record<string, unknown>) => JSON.parse(`{"__proto__": {"x": 1}, "kind": "${String(s['kind'])}"}`) as unknown),
  fc.record({ i: fc.nat(5), key: fc.constantFrom('year', 'taskRating', 'awards', 'memberCount', 'hasGoodConduct', 'bogus'), value: fc.constantFrom(1944, 2101, 2020.5, Number.NaN, Infinity, -1, 'excellent', 'great', null, [], {}, true, '2020') }).map(
    ({ i, key, value }) =>
      (s: Record<string, unknown>) => {
        const h = [...(s['history'] as Record<string, unknown>[])];
        if (h.length) h[i % h.length] = { ...h[i % h.length], [key]: value };
        return { ...s, history: h };
      },
  ),
  fc.constantFrom('2025-02-30', '2024-02-29', '2025-13-01', 'x').map((from) => (s: Record<string, unknown>) => ({ ...s, discipline: [{ level: 'warning', from }] })),
  fc.constantFrom(0, 1, 10_000, 10_001, 3.5).map((members) => (s: Record<string, unknown>) => ({ ...s, councilVotes: [{ awardId: 'giay-khen', year: 2025, members, approvals: 0 }] })),
  fc.constant((s: Record<string, unknown>) => Object.assign(Object.create({ inherited: true }) as object, s)),
  fc.constant((s: Record<string, unknown>) => ({ ...s, initiatives: [, { id: 'a', kind: 'initiative', year: 2020, recognisedScope: 'national' }] })), // a hole
);

describe('issue 16: zod\'s own compiled parser (z.compile) behind normalizeSubject', () => {
  test('normalizeSubject with the compiled parser ("fast") and with zod\'s runtime ("zod") agree on subjects, issues and key order', () => {
    fc.assert(
      fc.property(fc.oneof(individualArb(), collectiveArb()), fc.option(mutation, { nil: undefined }), (subject, mutate) => {
        const input = mutate ? mutate(subject as unknown as Record<string, unknown>) : subject;
        const a = normalizeSubject(input, ['subject'], 'fast');
        const b = normalizeSubject(input, ['subject'], 'zod');
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      }),
      { numRuns: 400, seed: 16 },
    );
  });
});

describe('fast subject parser compiled from the zod schema', () => {
  const fast = compileFastParser(SubjectSchema);

  test('accepts nothing zod rejects, and returns exactly what zod returns (keys, order, values)', () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(fc.oneof(individualArb(), collectiveArb()), fc.option(mutation, { nil: undefined }), (subject, mutate) => {
        const input = mutate ? mutate(subject as unknown as Record<string, unknown>) : subject;
        const z1 = SubjectSchema.safeParse(input);
        const f = fast(input);
        if (f === FAST_PARSE_REJECT) {
          rejected++;
          return;
        }
        accepted++;
        expect(z1.success).toBe(true);
        expect(shapeOf(f)).toEqual(shapeOf(z1.data));
        expect(f).not.toBe(input); // fresh objects: sorting them never touches the caller's input
      }),
      { numRuns: 1500, seed: 42 },
    );
    expect(accepted).toBeGreaterThan(250);
    expect(rejected).toBeGreaterThan(300);
  });

  test('vouches for every valid generated subject (the fast path is taken in practice)', () => {
    fc.assert(
      fc.property(fc.oneof(individualArb(), collectiveArb()), (subject) => {
        if (SubjectSchema.safeParse(subject).success) expect(fast(subject)).not.toBe(FAST_PARSE_REJECT);
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  test('evaluateEligibility gives the same reports and the same issues with validator "fast" and "zod"', async () => {
    const book = nationalBook();
    await fc.assert(
      fc.asyncProperty(fc.oneof(individualArb(), collectiveArb()), fc.option(mutation, { nil: undefined }), async (subject, mutate) => {
        const input = mutate ? mutate(subject as unknown as Record<string, unknown>) : subject;
        const a = await evaluateEligibility(book, input, { year: 2025, validator: 'fast' });
        const b = await evaluateEligibility(book, input, { year: 2025, validator: 'zod' });
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      }),
      { numRuns: 300, seed: 8 },
    );
  });

  test('refuses, at compile time, schema features it does not understand', () => {
    expect(() => compileFastParser(z.object({ a: z.string() }))).toThrow(/strict/);
    expect(() => compileFastParser(z.strictObject({ a: z.string().transform((s) => s.length) }))).toThrow(/unsupported/);
    expect(() => compileFastParser(z.union([z.string(), z.literal('a')]))).toThrow(/overlap/);
    expect(() => compileFastParser(z.union([z.unknown(), z.number()]))).toThrow(/not supported/);
    expect(() => compileFastParser(z.string().email())).toThrow(/unsupported string check/);
  });

  test('rejects an invalid option value for validator', async () => {
    const r = await evaluateEligibility(nationalBook(), { kind: 'individual', id: 'a', history: [] }, { year: 2025, validator: 'quick' as never });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path.join('.'))).toEqual(['options.validator']);
  });
});

describe('SHA-256', () => {
  test('matches the FIPS 180-4 test vectors, in both implementations', () => {
    for (const h of [sha256Hex, sha256HexPure]) {
      expect(h('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
      expect(h('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
      expect(h('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
    }
  });

  test('the native and the pure implementation agree on every string (lone surrogates become U+FFFD in both)', () => {
    // Node ≥ 20.16 exposes process.getBuiltinModule (this project's CI runs 20.20); older runtimes use the pure one
    const hasBuiltins = typeof (process as { getBuiltinModule?: unknown }).getBuiltinModule === 'function';
    expect(SHA256_IMPLEMENTATION).toBe(hasBuiltins ? 'native' : 'pure');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        expect(sha256Hex(s)).toBe(sha256HexPure(s));
      }),
      { numRuns: 500, seed: 1 },
    );
    expect(sha256HexPure('\ud800')).toBe(sha256HexPure('\ufffd'));
    expect(sha256Hex('a\udc00b')).toBe(sha256HexPure('a\ufffdb'));
  });

  test('issue 16: both implementations give the same hash of a whole rule book and of the one-million-"a" FIPS vector', () => {
    const text = JSON.stringify(nationalRuleFiles());
    expect(text.length).toBeGreaterThan(100_000);
    expect(sha256HexPure(text)).toBe(sha256Hex(text));
    const million = 'a'.repeat(1_000_000);
    expect(sha256HexPure(million)).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
    expect(sha256Hex(million)).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });
});

describe('prepared decimal comparisons (compiled evaluator)', () => {
  test('give the same answer as the Decimal test for integers, decimals and fractions, small and large', () => {
    const dec = fc.oneof(
      fc.integer({ min: -50, max: 50 }).map(String),
      fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99_999 })).map(([i, d]) => `${i}.${String(d).padStart(5, '0')}`),
      fc.bigInt({ min: 0n, max: 10n ** 30n }).map(String),
    );
    const actual = fc.oneof(
      fc.integer({ min: -60, max: 60 }),
      fc.tuple(fc.nat(40), fc.integer({ min: 1, max: 40 })).map(([n, d]) => `${n}/${d}`),
      fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.bigInt({ min: 1n, max: 10n ** 20n })).map(([n, d]) => `${n}/${d}`),
      dec,
    );
    fc.assert(
      fc.property(fc.constantFrom('decimalGte', 'decimalGt', 'decimalLte', 'decimalLt', 'decimalEq'), actual, dec, (name, a, e) => {
        const op = OPERATORS.get(name)!;
        expect(op.prepare(e)(a)).toBe(op.test(a, e));
      }),
      { numRuns: 5000, seed: 12 },
    );
    expect(OPERATORS.get('decimalGt')!.prepare('912.349999')('912.35')).toBe(true);
    expect(OPERATORS.get('decimalGte')!.prepare('0.8')('4/5')).toBe(true);
    expect(OPERATORS.get('decimalGt')!.prepare('0.8')('4/5')).toBe(false);
  });
});

describe('count gaps (exact, counted on the numerator as written)', () => {
  test('equal the smallest change of the numerator found by trying every count, for counts and fractions against integer, decimal and fraction thresholds', () => {
    const threshold = fc.oneof(
      fc.integer({ min: -5, max: 60 }).map(String),
      fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 999 })).map(([i, d]) => `${i}.${String(d).padStart(3, '0').replace(/0+$/, '') || '0'}`),
      fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 30 })).map(([n, d]) => `${n}/${d}`),
    );
    const actual = fc.oneof(fc.integer({ min: 0, max: 60 }), fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 40 })).map(([n, d]) => `${Math.min(n, d)}/${d}`));
    fc.assert(
      fc.property(actual, threshold, fc.constantFrom('increase', 'decrease') as fc.Arbitrary<'increase' | 'decrease'>, fc.boolean(), fc.constantFrom(undefined, 'years', 'approvals') as fc.Arbitrary<'years' | 'approvals' | undefined>, (a, t, dir, strict, unit) => {
        const name = dir === 'increase' ? (strict ? 'decimalGt' : 'decimalGte') : strict ? 'decimalLt' : 'decimalLte';
        const op = OPERATORS.get(name)!;
        // brute force: move the numerator one step at a time until the operator passes
        const [num, den] = typeof a === 'number' ? [a, 1] : a.split('/').map(Number) as [number, number];
        const at = (x: number): string | number => (typeof a === 'number' ? x : `${x}/${den}`);
        let steps = 0;
        const step = dir === 'increase' ? 1 : -1;
        while (!op.test(at(num + step * steps), t)) steps++;
        expect(numericGap(qFrom(a)!, qFrom(t)!, dir, strict, true, unit)).toEqual({ kind: 'count', amount: String(steps), direction: dir, ...(unit ? { unit } : {}) });
        expect(op.gap(a, t, unit)).toEqual(numericGap(qFrom(a)!, qFrom(t)!, dir, strict, true, unit));
      }),
      { numRuns: 3000, seed: 3 },
    );
  });

  test('stay exact beyond safe integers and 20 significant digits', () => {
    expect(OPERATORS.get('decimalGte')!.gap(2 ** 40, '1099511627780')).toEqual({ kind: 'count', amount: '4', direction: 'increase' });
    expect(OPERATORS.get('decimalGte')!.gap('8/10', '0.9', 'approvals')).toEqual({ kind: 'count', amount: '1', direction: 'increase', unit: 'approvals' });
    // "6/9" is six approvals of nine members: 0.8 needs 7.2, so 8 approvals, 2 more (not 1 more of "2/3")
    expect(OPERATORS.get('decimalGte')!.gap('6/9', '0.8', 'approvals')).toEqual({ kind: 'count', amount: '2', direction: 'increase', unit: 'approvals' });
    // a decimal gap is the exact difference, however many digits (Decimal's default division kept 20)
    expect(OPERATORS.get('decimalGte')!.gap('0.1234567890123456789012345', '0.9')).toEqual({ kind: 'decimal', amount: '0.7765432109876543210987655', direction: 'increase', strict: false });
    expect(OPERATORS.get('decimalLt')!.gap('12345678901234567890123.5', '12345678901234567890123.25')).toEqual({ kind: 'decimal', amount: '0.25', direction: 'decrease', strict: true });
    expect(OPERATORS.get('decimalGte')!.gap('0.68', '0.70')).toEqual({ kind: 'decimal', amount: '0.02', direction: 'increase', strict: false });
  });
});
