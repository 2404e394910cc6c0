import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluateEligibility, loadRuleBook, nationalRuleFiles } from '../../src/index.js';
import { individualArb } from '../support/arbitraries.js';
import { deepFreeze, nationalBook } from '../support/factories.js';

const book = nationalBook();

/** Reorder every array that is a set (history, awards, initiatives, votes, discipline) and every object's keys. */
function scramble(v: unknown, rnd: () => number): unknown {
  if (Array.isArray(v)) {
    const a = v.map((x) => scramble(x, rnd));
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }
  if (v && typeof v === 'object') {
    const entries = Object.entries(v).map(([k, x]) => [k, scramble(x, rnd)] as const);
    for (let i = entries.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [entries[i], entries[j]] = [entries[j]!, entries[i]!];
    }
    return Object.fromEntries(entries);
  }
  return v;
}
const lcg = (seed: number) => () => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 2 ** 32;
};

describe('determinism properties (fast-check)', () => {
  test('same subject in any order of years, awards, initiatives, votes and keys → byte-identical JSON', async () => {
    await fc.assert(
      fc.asyncProperty(individualArb(), fc.integer({ min: 2017, max: 2026 }), fc.integer(), async (subject, year, seed) => {
        const a = await evaluateEligibility(book, subject, { year });
        const b = await evaluateEligibility(book, scramble(subject, lcg(seed)), { year });
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: 200, seed: 424242 },
    );
  });

  test('deep-frozen inputs are never mutated and nothing throws', async () => {
    await fc.assert(
      fc.asyncProperty(individualArb(), fc.integer({ min: 2017, max: 2026 }), async (subject, year) => {
        const before = JSON.stringify(subject);
        const frozen = deepFreeze(subject);
        const r = await evaluateEligibility(book, frozen, { year });
        expect(typeof r.ok).toBe('boolean');
        expect(JSON.stringify(frozen)).toBe(before);
      }),
      { numRuns: 150, seed: 99 },
    );
  });

  test('equal input hashes mean equal outputs; different outputs mean different input hashes', async () => {
    const seen = new Map<string, string>();
    await fc.assert(
      fc.asyncProperty(individualArb({ min: 2023, max: 2025 }), fc.integer(), async (subject, seed) => {
        for (const s of [subject, scramble(subject, lcg(seed))]) {
          const r = await evaluateEligibility(book, s, { year: 2025 });
          if (!r.ok) return;
          const out = JSON.stringify(r.value.awards);
          const prev = seen.get(r.value.inputHash);
          if (prev !== undefined) expect(out).toBe(prev);
          seen.set(r.value.inputHash, out);
        }
      }),
      { numRuns: 150, seed: 5 },
    );
    expect(seen.size).toBeGreaterThan(100);
  });

  test('many evaluations in flight on one rule book equal sequential ones (json-rules-engine and compiled)', async () => {
    const subjects = fc.sample(individualArb({ min: 2023, max: 2025 }), { numRuns: 60, seed: 11 });
    for (const evaluator of ['json-rules-engine', 'compiled'] as const) {
      const seq: string[] = [];
      for (const s of subjects) seq.push(JSON.stringify(await evaluateEligibility(book, s, { year: 2025, evaluator })));
      const par = await Promise.all(subjects.map(async (s) => JSON.stringify(await evaluateEligibility(book, s, { year: 2025, evaluator }))));
      expect(par).toEqual(seq);
    }
  });

  test('rule files in any key order and file order load to the same hash', () => {
    const files = nationalRuleFiles();
    const h0 = loadRuleBook(files);
    expect(h0.ok).toBe(true);
    for (const seed of [1, 2, 3]) {
      const rnd = lcg(seed);
      const entries = Object.entries(files).map(([k, v]) => [k, scrambleKeysOnly(v, rnd)] as const);
      entries.sort(() => (rnd() < 0.5 ? -1 : 1));
      const scrambledFiles = Object.fromEntries(entries);
      expect(Object.keys(scrambledFiles)).not.toEqual(Object.keys(files));
      const h = loadRuleBook(scrambledFiles);
      expect(h.ok && h0.ok && h.value.hash === h0.value.hash).toBe(true);
    }
  });
});

/** Reorder object keys only (arrays in rule files are ordered: condition order is meaningful). */
function scrambleKeysOnly(v: unknown, rnd: () => number): unknown {
  if (Array.isArray(v)) return v.map((x) => scrambleKeysOnly(x, rnd));
  if (v && typeof v === 'object') {
    const entries = Object.entries(v).map(([k, x]) => [k, scrambleKeysOnly(x, rnd)] as const);
    entries.sort(() => (rnd() < 0.5 ? -1 : 1));
    return Object.fromEntries(entries);
  }
  return v;
}
