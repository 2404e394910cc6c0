import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluateEligibility } from '../../src/index.js';
import { individualArb } from '../support/arbitraries.js';
import { nationalBook } from '../support/factories.js';

const book = nationalBook();
const REGIMES = [undefined, 'vn-tdkt-2003', 'vn-tdkt-2022-nd98', 'vn-tdkt-2022-nd152'] as const;

describe('compiled evaluator vs json-rules-engine (reference)', () => {
  test('should agree on every verdict and every finding, byte for byte, across regimes', async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(individualArb(), fc.integer({ min: 2017, max: 2026 }), fc.constantFrom(...REGIMES), async (subject, year, regime) => {
        const options = { year, ...(regime ? { regime } : {}) };
        const a = await evaluateEligibility(book, subject, { ...options, evaluator: 'compiled' });
        const b = await evaluateEligibility(book, subject, { ...options, evaluator: 'json-rules-engine' });
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        if (a.ok) compared++;
      }),
      { numRuns: 300, seed: 20251231 },
    );
    expect(compared).toBeGreaterThan(200);
  });

  test('should produce a mix of verdicts (the generator reaches every outcome)', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(individualArb({ min: 2023, max: 2025 }), async (subject) => {
        const r = await evaluateEligibility(book, subject, { year: 2025 });
        if (r.ok) for (const a of r.value.awards) seen.add(`${a.awardId}:${a.verdict}`);
      }),
      { numRuns: 300, seed: 7 },
    );
    for (const id of ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so']) {
      for (const v of ['eligible', 'ineligible', 'undetermined']) expect(seen.has(`${id}:${v}`), `${id}:${v}`).toBe(true);
    }
  });
});
