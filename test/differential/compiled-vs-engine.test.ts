import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyOverlay, evaluateEligibility, evaluateMany, type RuleBook } from '../../src/index.js';
import { evaluatePreparedCompact, evaluatePreparedCompactWithEngine, evaluatePreparedSync, expandCompact, prepareEvaluation } from '../../src/evaluate/evaluate-eligibility.js';
import { collectiveArb, individualArb } from '../support/arbitraries.js';
import { nationalBook, readJson } from '../support/factories.js';

const national = nationalBook();
const REGIMES = [undefined, 'vn-tdkt-2003', 'vn-tdkt-2022-nd98', 'vn-tdkt-2022-nd152'] as const;
const provinces = readJson('rules/provinces.json');
function withOverlay(file: string): RuleBook {
  const r = applyOverlay(national, readJson(file), { provinces });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
/**
 * The national book, the shipped province overlays (real regulations) and the fixture overlays (invented
 * test data: a raised quota, a province-owned award and parameter, a narrowed window); the compiled form
 * is per effective book.
 */
const BOOKS: readonly [string, RuleBook][] = [
  ['national', national],
  ['lao-cai', withOverlay('rules/provinces/lao-cai/overlay.json')],
  ['bac-ninh', withOverlay('rules/provinces/bac-ninh/overlay.json')],
  ['fixture hai-phong', withOverlay('test/fixtures/overlays/hai-phong/overlay.json')],
  ['fixture quang-ninh', withOverlay('test/fixtures/overlays/quang-ninh/overlay.json')],
  ['fixture thanh-hoa', withOverlay('test/fixtures/overlays/thanh-hoa/overlay.json')],
];
const bookArb = fc.constantFrom(...BOOKS);
const subjectArb = fc.oneof(individualArb(), collectiveArb());

describe('compiled evaluator vs json-rules-engine (reference)', () => {
  test('should agree on every verdict and every finding, byte for byte, across regimes, subject kinds and overlays', async () => {
    let compared = 0;
    const kinds = new Set<string>();
    await fc.assert(
      fc.asyncProperty(bookArb, subjectArb, fc.integer({ min: 2017, max: 2026 }), fc.constantFrom(...REGIMES), async ([, book], subject, year, regime) => {
        const options = { year, ...(regime ? { regime } : {}) };
        const a = await evaluateEligibility(book, subject, { ...options, evaluator: 'compiled' });
        const b = await evaluateEligibility(book, subject, { ...options, evaluator: 'json-rules-engine' });
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        if (a.ok) {
          compared++;
          kinds.add(subject.kind);
        }
      }),
      { numRuns: 400, seed: 20251231 },
    );
    expect(compared).toBeGreaterThan(250);
    expect([...kinds].sort()).toEqual(['collective', 'individual']);
  });

  test('should produce the same compact leaf results (every leaf value and operator result in plan order; the verdicts-only verdicts), across books, regimes and details', async () => {
    let leaves = 0;
    const statuses = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        bookArb,
        subjectArb,
        fc.integer({ min: 2017, max: 2026 }),
        fc.constantFrom(...REGIMES),
        fc.constantFrom('full', 'verdicts') as fc.Arbitrary<'full' | 'verdicts'>,
        async ([, book], subject, year, regime, detail) => {
          const prep = prepareEvaluation(book, { year, detail, ...(regime ? { regime } : {}) });
          const compiled = evaluatePreparedCompact(prep, subject);
          const engine = await evaluatePreparedCompactWithEngine(prep, subject);
          // compared as data, before any report or finding is built
          expect(engine).toEqual(compiled);
          if (compiled.ok) {
            leaves += compiled.values.length;
            compiled.values.forEach((v, i) => statuses.add(v === null ? 'missing_fact' : compiled.results[i] ? 'pass' : 'fail'));
            if (detail === 'verdicts') expect(compiled.values).toEqual([]);
          }
        },
      ),
      { numRuns: 300, seed: 20251202 },
    );
    // the property saw real leaves of every status, not empty plans
    expect(leaves).toBeGreaterThan(5000);
    expect([...statuses].sort()).toEqual(['fail', 'missing_fact', 'pass']);
  });

  test('should agree on the verdicts-only detail too, and with the verdicts of the full report', async () => {
    await fc.assert(
      fc.asyncProperty(bookArb, subjectArb, fc.integer({ min: 2017, max: 2026 }), async ([, book], subject, year) => {
        const a = await evaluateEligibility(book, subject, { year, detail: 'verdicts' });
        const b = await evaluateEligibility(book, subject, { year, detail: 'verdicts', evaluator: 'json-rules-engine' });
        const full = await evaluateEligibility(book, subject, { year });
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        if (a.ok && full.ok) expect(a.value.awards.map((x) => x.verdict)).toEqual(full.value.awards.map((x) => x.verdict));
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  test('should give the same batch through evaluateMany as one call at a time, in both evaluators', async () => {
    const subjects = fc.sample(subjectArb, { numRuns: 60, seed: 3 });
    for (const [, book] of BOOKS.slice(0, 2)) {
      for (const evaluator of ['compiled', 'json-rules-engine'] as const) {
        const batch: string[] = [];
        for await (const item of evaluateMany(book, subjects, { year: 2025, evaluator })) batch.push(JSON.stringify(item.result));
        const single = await Promise.all(subjects.map(async (s) => JSON.stringify(await evaluateEligibility(book, s, { year: 2025, evaluator }))));
        expect(batch).toEqual(single);
      }
    }
  });

  test('compact results (what worker threads send) expand to the very same reports, after a structured clone', () => {
    fc.assert(
      fc.property(bookArb, subjectArb, fc.integer({ min: 2017, max: 2026 }), fc.constantFrom('full', 'verdicts') as fc.Arbitrary<'full' | 'verdicts'>, ([, book], subject, year, detail) => {
        const prep = prepareEvaluation(book, { year, detail });
        const direct = evaluatePreparedSync(prep, subject);
        const moved = structuredClone(evaluatePreparedCompact(prep, subject));
        expect(JSON.stringify(expandCompact(prep, moved))).toBe(JSON.stringify(direct));
      }),
      { numRuns: 300, seed: 21 },
    );
  });

  test('should agree on a subject with records after the year under review (listed in notConsidered), in every book, regime, detail and path', async () => {
    const subject = {
      kind: 'individual',
      id: 'later-records',
      history: [2026, 2022, 2023, 2024, 2027].map((year) => ({ year, taskRating: 'excellent', hasGoodConduct: true, awards: [{ awardId: 'lao-dong-tien-tien' }, { awardId: 'chien-si-thi-dua-co-so' }] })),
      initiatives: [
        { id: 'sk-b', kind: 'initiative', year: 2026, recognisedScope: 'national' },
        { id: 'sk-a', kind: 'initiative', year: 2024, recognisedScope: 'ministry-province' },
      ],
      councilVotes: [
        { awardId: 'chien-si-thi-dua-tinh', year: 2026, members: 10, approvals: 10 },
        { awardId: 'chien-si-thi-dua-tinh', year: 2024, members: 10, approvals: 9 },
      ],
      discipline: [{ level: 'warning', from: '2025-02-01', to: '2025-06-30' }],
    };
    const expected = [
      { path: ['councilVotes', 1], year: 2026 },
      { path: ['discipline', 0], year: 2025 },
      { path: ['history', 3], year: 2026 },
      { path: ['history', 4], year: 2027 },
      { path: ['initiatives', 1], year: 2026 },
    ];
    for (const [, book] of BOOKS) {
      for (const regime of REGIMES) {
        for (const detail of ['full', 'verdicts'] as const) {
          const options = { year: 2024, detail, ...(regime ? { regime } : {}) };
          const a = await evaluateEligibility(book, subject, { ...options, evaluator: 'compiled' });
          const b = await evaluateEligibility(book, subject, { ...options, evaluator: 'json-rules-engine' });
          expect(a.ok && a.value.notConsidered).toEqual(expected);
          expect(JSON.stringify(a)).toBe(JSON.stringify(b));
          const prep = prepareEvaluation(book, options);
          expect(JSON.stringify(expandCompact(prep, structuredClone(evaluatePreparedCompact(prep, subject))))).toBe(JSON.stringify(a));
        }
      }
    }
  });

  test('should produce a mix of verdicts (the generators reach every outcome)', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.oneof(individualArb({ min: 2023, max: 2025 }), collectiveArb({ min: 2023, max: 2025 })), async (subject) => {
        const r = await evaluateEligibility(national, subject, { year: 2025 });
        if (r.ok) for (const a of r.value.awards) seen.add(`${a.awardId}:${a.verdict}`);
      }),
      { numRuns: 600, seed: 7 },
    );
    for (const id of ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'tap-the-lao-dong-tien-tien', 'tap-the-lao-dong-xuat-sac']) {
      for (const v of ['eligible', 'ineligible', 'undetermined']) expect(seen.has(`${id}:${v}`), `${id}:${v}`).toBe(true);
    }
  });
});
