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

/** The plain form of a report, field by field in the documented key order, read through the accessors. */
function plainReport(r: EligibilityReport): Record<string, unknown> {
  return {
    schemaVersion: r.schemaVersion,
    subject: r.subject,
    year: r.year,
    ...(r.notConsidered !== undefined ? { notConsidered: r.notConsidered } : {}),
    regime: r.regime,
    ruleBook: r.ruleBook,
    detail: r.detail,
    inputHash: r.inputHash,
    awards: r.awards.map(plainVerdict),
  };
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
    const plain = plainReport(a);
    expect(JSON.stringify(a)).toBe(JSON.stringify(plain));
    expect(JSON.stringify(b)).toBe(JSON.stringify(plain));
    expect(JSON.parse(JSON.stringify(a)).awards[0]).toEqual(JSON.parse(JSON.stringify((plain.awards as unknown[])[0])));
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

  test('the input hash is computed on first read, kept, and the same as an eager one (worker path, engine path)', async () => {
    const subject = strongCandidate({ isUnderInvestigation: true });
    const rep = await full(subject);
    expect(Object.keys(rep)).toEqual(['schemaVersion', 'subject', 'year', 'regime', 'ruleBook', 'detail', 'awards']);
    expect(Object.hasOwn(rep, 'inputHash')).toBe(false);
    const hash = rep.inputHash;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rep.inputHash).toBe(hash);
    // the reference evaluator's report carries it as a value computed at once
    const engine = await evaluateEligibility(book, subject, { year: 2025, evaluator: 'json-rules-engine' });
    if (!engine.ok) throw new Error('engine');
    expect(engine.value.inputHash).toBe(hash);
    // and JSON carries it where a plain report has it: between detail and awards
    const text = JSON.stringify(rep);
    expect(text.indexOf('"detail":')).toBeLessThan(text.indexOf(`"inputHash":"${hash}"`));
    expect(text.indexOf(`"inputHash":"${hash}"`)).toBeLessThan(text.indexOf('"awards":'));
  });

  test('changing the input after evaluation does not change a hash read later (the report hashes its own normalised copy)', async () => {
    const subject = strongCandidate({ isUnderInvestigation: true }) as { history: { year: number; taskRating?: string }[] };
    const early = await full(subject);
    const earlyHash = early.inputHash;
    const late = await full(subject);
    subject.history[subject.history.length - 1]!.taskRating = 'completed';
    subject.history.reverse();
    expect(late.inputHash).toBe(earlyHash);
    const changed = await full(subject);
    expect(changed.inputHash).not.toBe(earlyHash);
  });
});
