import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluateEligibility, evaluateMany, renderExplanation, type EligibilityReport } from '../src/index.js';
import { evaluatePreparedCompact, evaluatePreparedSync, expandCompact, prepareEvaluation } from '../src/evaluate/evaluate-eligibility.js';
import { collectiveArb, individualArb } from './support/arbitraries.js';
import { deepFreeze, nationalBook, shuffled, strongCandidate } from './support/factories.js';

// An evaluation is "as of" the year under review: records dated after it are not read, and the
// report says which (issue 14).
const book = nationalBook();

async function report(subject: unknown, options: Parameters<typeof evaluateEligibility>[2]): Promise<EligibilityReport> {
  const r = await evaluateEligibility(book, subject, options);
  if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 2));
  return r.value;
}

/** strongCandidate (2023–2025) with records after 2025 in every dated list, given out of canonical order. */
function withLaterRecords() {
  const base = strongCandidate();
  return {
    ...base,
    history: [
      { year: 2027, taskRating: 'excellent' as const, awards: [{ awardId: 'chien-si-thi-dua-tinh' }] },
      ...base.history,
      { year: 2026, taskRating: 'excellent' as const, awards: [{ awardId: 'chien-si-thi-dua-co-so' }] },
    ],
    initiatives: [{ id: 'sk-9', kind: 'initiative' as const, year: 2026, recognisedScope: 'national' as const }, ...base.initiatives],
    councilVotes: [{ awardId: 'chien-si-thi-dua-toan-quoc', year: 2026, members: 10, approvals: 10 }, ...base.councilVotes],
    discipline: [
      { level: 'warning' as const, from: '2026-02-01', to: '2026-08-01' },
      { level: 'reprimand' as const, from: '2025-12-31', to: '2026-01-31' },
    ],
  };
}

describe('records after the year under review (evaluation "as of" the year)', () => {
  test('should list them, sorted by path, with canonical indices and their years', async () => {
    const r = await report(withLaterRecords(), { year: 2025 });
    // canonical order: history by year (2023, 2024, 2025, 2026, 2027), initiatives by id, votes by
    // year then award, discipline by start; the discipline that starts on 2025-12-31 is considered
    expect(r.notConsidered).toEqual([
      { path: ['councilVotes', 2], year: 2026 },
      { path: ['discipline', 1], year: 2026 },
      { path: ['history', 3], year: 2026 },
      { path: ['history', 4], year: 2027 },
      { path: ['initiatives', 1], year: 2026 },
    ]);
  });

  test('should not change any verdict or finding: the report equals the one without those records, apart from the list and the input hash', async () => {
    const base = strongCandidate({ discipline: [{ level: 'reprimand', from: '2025-12-31', to: '2026-01-31' }] });
    const plain = await report(base, { year: 2025 });
    const later = await report(withLaterRecords(), { year: 2025 });
    expect(plain.notConsidered).toBeUndefined();
    const { notConsidered, inputHash, ...rest } = later;
    expect(notConsidered).toHaveLength(5);
    expect(inputHash).not.toBe(plain.inputHash);
    expect(JSON.stringify(rest)).toBe(JSON.stringify({ ...plain, inputHash: undefined }));
  });

  test('property: adding records dated after N to any subject changes no verdict and lists exactly those records', async () => {
    const N = 2022;
    const later = fc.record({
      years: fc.uniqueArray(fc.integer({ min: N + 1, max: N + 4 }), { minLength: 1, maxLength: 3 }),
      initiativeYear: fc.option(fc.integer({ min: N + 1, max: N + 4 }), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof(individualArb({ min: 2016, max: N }), collectiveArb({ min: 2016, max: N })), later, async (subject, extra) => {
        const s = subject as { history: { year: number }[]; initiatives?: unknown[] };
        const extended = {
          ...s,
          history: [...s.history, ...extra.years.map((year) => ({ year, taskRating: 'excellent' }))],
          ...(extra.initiativeYear !== undefined && s.initiatives ? { initiatives: [...s.initiatives, { id: 'zz-later', kind: 'initiative', year: extra.initiativeYear, recognisedScope: 'national' }] } : {}),
        };
        const a = await evaluateEligibility(book, subject, { year: N });
        const b = await evaluateEligibility(book, extended, { year: N });
        expect(a.ok && b.ok).toBe(true);
        if (!a.ok || !b.ok) return;
        expect(a.value.notConsidered).toBeUndefined();
        expect(JSON.stringify(b.value.awards)).toBe(JSON.stringify(a.value.awards));
        const n = s.history.length;
        const expected = [
          ...[...extra.years].sort((x, y) => x - y).map((year, i) => ({ path: ['history', n + i], year })),
          ...(extra.initiativeYear !== undefined && s.initiatives ? [{ path: ['initiatives', s.initiatives.length], year: extra.initiativeYear }] : []),
        ];
        expect(b.value.notConsidered).toEqual(expected);
      }),
      { numRuns: 150, seed: 1414 },
    );
  });

  test('should leave the field out when there is nothing after the year', async () => {
    const r = await report(strongCandidate(), { year: 2025 });
    expect('notConsidered' in r).toBe(false);
    // the same subject evaluated for 2024 has 2025 records it does not read
    const earlier = await report(strongCandidate(), { year: 2024 });
    expect(earlier.notConsidered).toEqual([
      { path: ['councilVotes', 0], year: 2025 },
      { path: ['councilVotes', 1], year: 2025 },
      { path: ['history', 2], year: 2025 },
      { path: ['initiatives', 0], year: 2025 },
    ]);
  });

  test('should not depend on the input order and should not mutate the input', async () => {
    const input = deepFreeze(withLaterRecords());
    const a = await report(input, { year: 2025 });
    const s = withLaterRecords();
    const reordered = { ...s, history: shuffled(s.history, 5), discipline: [...s.discipline].reverse(), councilVotes: shuffled(s.councilVotes, 9) };
    const b = await report(reordered, { year: 2025 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(input).toEqual(withLaterRecords());
  });

  test('should be identical under every evaluation path: compiled, json-rules-engine, verdicts-only, evaluateMany, compact (worker) results', async () => {
    const subject = withLaterRecords();
    const expected = (await report(subject, { year: 2025 })).notConsidered;
    expect(expected).toHaveLength(5);
    const full = JSON.stringify(await evaluateEligibility(book, subject, { year: 2025 }));
    expect(JSON.stringify(await evaluateEligibility(book, subject, { year: 2025, evaluator: 'json-rules-engine' }))).toBe(full);
    for (const detail of ['full', 'verdicts'] as const) {
      const compiled = await report(subject, { year: 2025, detail });
      const engine = await report(subject, { year: 2025, detail, evaluator: 'json-rules-engine' });
      expect(compiled.notConsidered).toEqual(expected);
      expect(JSON.stringify(engine)).toBe(JSON.stringify(compiled));
      const prep = prepareEvaluation(book, { year: 2025, detail });
      const moved = structuredClone(evaluatePreparedCompact(prep, subject));
      expect(JSON.stringify(expandCompact(prep, moved))).toBe(JSON.stringify(evaluatePreparedSync(prep, subject)));
      for (const evaluator of ['compiled', 'json-rules-engine'] as const) {
        for await (const item of evaluateMany(book, [subject, strongCandidate()], { year: 2025, detail, evaluator })) {
          expect(item.result.ok && item.result.value.notConsidered).toEqual(item.index === 0 ? expected : undefined);
        }
      }
    }
  });

  test('should print one line in the explanation, in Vietnamese and in English, in every format', async () => {
    const r = await report(withLaterRecords(), { year: 2025, awards: ['lao-dong-tien-tien'] });
    const vi = renderExplanation(r);
    const en = renderExplanation(r, { lang: 'en' });
    const viLine = 'Không xét 5 bản ghi sau năm 2025: councilVotes[2] (2026), discipline[1] (2026), history[3] (2026), history[4] (2027), initiatives[1] (2026)';
    const enLine = '5 records after 2025 were not considered: councilVotes[2] (2026), discipline[1] (2026), history[3] (2026), history[4] (2027), initiatives[1] (2026)';
    expect(vi.split('\n')[3]).toBe(viLine);
    expect(en.split('\n')[3]).toBe(enLine);
    expect(vi.split('\n').filter((l) => l.includes('sau năm 2025'))).toHaveLength(1);
    expect(renderExplanation(r, { lang: 'en', format: 'markdown' })).toContain(`\n${enLine}\n`);
    expect(renderExplanation(r, { format: 'html' })).toContain(`<p class="thidua-not-considered">${viLine}</p>\n</header>`);
    const one = await report(strongCandidate({ history: [...strongCandidate().history, { year: 2026 }] }), { year: 2025 });
    expect(renderExplanation(one, { lang: 'en' })).toContain('\n1 record after 2025 was not considered: history[3] (2026)\n');
    expect(renderExplanation(one)).toContain('\nKhông xét 1 bản ghi sau năm 2025: history[3] (2026)\n');
  });

  test('should print no such line when nothing was left out', async () => {
    const r = await report(strongCandidate(), { year: 2025 });
    for (const lang of ['vi', 'en'] as const) {
      for (const format of ['text', 'markdown', 'html'] as const) {
        const text = renderExplanation(r, { lang, format });
        expect(text).not.toMatch(/Không xét|not considered|thidua-not-considered/);
      }
    }
  });
});
