import { describe, expect, test } from 'vitest';
import { evaluateEligibility, type AwardVerdict, type EligibilityReport } from '../src/index.js';
import { nationalBook, strongCandidate } from './support/factories.js';

// A full report's findings (rule outcomes with their trees, failing leaves) are built from the compact
// leaf results when first read (src/evaluate/build-report.ts): the verdicts at once, the rest on demand.
const book = nationalBook();
async function full(subject: unknown): Promise<EligibilityReport> {
  const r = await evaluateEligibility(book, subject, { year: 2025 });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
/** The plain form, field by field in the documented key order, read through the accessors. */
function plainVerdict(a: AwardVerdict): Record<string, unknown> {
  return { awardId: a.awardId, title: a.title, verdict: a.verdict, ...(a.reason !== undefined ? { reason: a.reason } : {}), rules: a.rules, failing: a.failing };
}

describe('findings built when read (issue 16)', () => {
  test('a full verdict holds awardId, title and verdict as own data; rules and failing are built on first read and kept', async () => {
    const rep = await full(strongCandidate());
    const planned = rep.awards.filter((a) => a.verdict !== 'not-applicable');
    expect(planned.length).toBeGreaterThan(5);
    for (const a of planned) {
      expect(Object.keys(a)).toEqual(['awardId', 'title', 'verdict']);
      expect(Object.hasOwn(a, 'rules')).toBe(false);
      expect(a.rules.length).toBeGreaterThan(0);
      expect(a.rules).toBe(a.rules);
      expect(a.failing).toBe(a.failing);
    }
  });

  test('JSON.stringify gives the plain form byte for byte, in the same key order, read in any order', async () => {
    const subject = strongCandidate({ isUnderInvestigation: true });
    const a = await full(subject);
    const b = await full(subject);
    // b's failing leaves read before anything else: the order of reads does not change the bytes
    for (const v of b.awards) void v.failing;
    const plain = { ...a, awards: a.awards.map(plainVerdict) };
    expect(JSON.stringify(a)).toBe(JSON.stringify(plain));
    expect(JSON.stringify(b)).toBe(JSON.stringify(plain));
    expect(JSON.parse(JSON.stringify(a)).awards[0]).toEqual(JSON.parse(JSON.stringify(plain.awards[0])));
  });

  test('deep equality in tests compares the findings too (test/support/lazy-verdicts.ts)', async () => {
    // same verdicts, different fact values: ineligible for CSTĐCS either way
    const a = (await full(strongCandidate({ isUnderInvestigation: true }))).awards.find((x) => x.awardId === 'chien-si-thi-dua-co-so')!;
    const b = (await full(strongCandidate({ isUnderInvestigation: true, councilVotes: [] }))).awards.find((x) => x.awardId === 'chien-si-thi-dua-co-so')!;
    expect(a.verdict).toBe(b.verdict);
    expect(() => expect(a).toEqual(b)).toThrow();
    expect(a).toEqual(JSON.parse(JSON.stringify(a)));
    expect(() => expect(a).toEqual({ ...JSON.parse(JSON.stringify(a)), failing: [] })).toThrow();
  });
});
