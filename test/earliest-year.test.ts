import { describe, expect, test } from 'vitest';
import { evaluateEligibility, type LeafFinding, type RuleBook } from '../src/index.js';
import type { Finding } from '../src/model/outcome.js';
import { extendedSubject, leafNeedsAt, mergeNeeds, projectLeaf, type Need, type ProjectionContext } from '../src/evaluate/earliest-year.js';
import { projectionBase } from '../src/evaluate/next-awards.js';
import { withParameters } from '../src/rule-book/with-parameters.js';
import type { Subject } from '../src/schema/subject.js';
import { deepFreeze, nationalBook } from './support/factories.js';

const book = nationalBook();
const yr = (y: number, awards: string[], rating = 'excellent') => ({ year: y, taskRating: rating, hasGoodConduct: true, awards: awards.map((awardId) => ({ awardId })) });
const CS = ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so'];

function findLeaf(f: Finding, fact: string): LeafFinding | undefined {
  if (f.type === 'leaf') return f.fact === fact ? f : undefined;
  for (const c of f.children) {
    const l = findLeaf(c, fact);
    if (l) return l;
  }
  return undefined;
}

/** The projection context of an award and one of its leaves, from a real evaluation. */
async function leafOf(b: RuleBook, subject: Record<string, unknown>, year: number, awardId: string, fact: string): Promise<{ ctx: ProjectionContext; leaf: LeafFinding }> {
  const r = await evaluateEligibility(b, subject, { year });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const v = r.value.awards.find((a) => a.awardId === awardId)!;
  const leaf = v.rules.map((x) => findLeaf(x.tree, fact)).find((l) => l !== undefined)!;
  return { ctx: { ...projectionBase(b, subject as unknown as Subject, r.value, 10), awardId }, leaf };
}
const person = (history: ReturnType<typeof yr>[], extra: Record<string, unknown> = {}) => ({ kind: 'individual', id: 'a', category: 'civil-servant', history, ...extra });

describe('extendedSubject (docs/next-awards.md, the extended history)', () => {
  test('drops records after N, repeats N without its awards and with its votes, adds the needs; the input is untouched', () => {
    const s = deepFreeze({
      kind: 'individual',
      id: 'a',
      history: [yr(2024, CS, 'good'), yr(2025, CS, 'good'), yr(2027, ['bang-khen-tinh'])],
      councilVotes: [{ awardId: 'chien-si-thi-dua-tinh', year: 2025, members: 10, approvals: 9 }],
      initiatives: [{ id: 'x', kind: 'initiative', year: 2026, recognisedScope: 'grassroots' }],
    }) as unknown as Subject;
    const before = JSON.stringify(s);
    const needs: Need[] = [
      { kind: 'award', awardIds: ['chien-si-thi-dua-co-so'], years: [2026] },
      { kind: 'rating', ratings: ['good', 'excellent'], years: [2027] },
      { kind: 'rating', ratings: ['excellent'], years: [2027] },
      { kind: 'initiative', kinds: ['research'], minScope: 'ministry-province', count: 2, years: [2027] },
    ];
    const e = extendedSubject(s, 2025, 2027, needs);
    expect(JSON.stringify(s)).toBe(before);
    expect(e.history.map((h) => [h.year, h.taskRating, (h.awards ?? []).map((a) => a.awardId)])).toEqual([
      [2024, 'good', CS],
      [2025, 'good', CS],
      [2026, 'good', ['chien-si-thi-dua-co-so']],
      [2027, 'excellent', []],
    ]);
    expect(e.councilVotes!.map((v) => v.year)).toEqual([2025, 2026, 2027]);
    expect(e.initiatives!.map((i) => [i.kind, i.year, i.recognisedScope, i.applied])).toEqual([
      ['research', 2027, 'ministry-province', true],
      ['research', 2027, 'ministry-province', true],
    ]);
  });

  test('mergeNeeds: one entry per award list, years united, the larger initiative count', () => {
    const m = mergeNeeds([
      { kind: 'award', awardIds: ['b'], years: [2027] },
      { kind: 'initiative', kinds: ['initiative'], minScope: 'grassroots', count: 1, years: [2026] },
      { kind: 'award', awardIds: ['b'], years: [2026, 2027] },
      { kind: 'initiative', kinds: ['initiative'], minScope: 'grassroots', count: 3, years: [2026] },
    ]);
    expect(m).toEqual([
      { kind: 'award', awardIds: ['b'], years: [2026, 2027] },
      { kind: 'initiative', kinds: ['initiative'], minScope: 'grassroots', count: 3, years: [2026] },
    ]);
  });
});

describe('leafNeedsAt: boundaries of each projection', () => {
  test('Law 06/2022 Art. 22 (consecutiveAwardYears): the third year passes with one need, the second year does not', async () => {
    const { ctx, leaf } = await leafOf(book, person([yr(2024, CS), yr(2025, CS)]), 2025, 'chien-si-thi-dua-tinh', 'consecutiveAwardYears');
    expect(leafNeedsAt(leaf, 2025, ctx)).toBeUndefined();
    expect(leafNeedsAt(leaf, 2026, ctx)).toEqual([{ kind: 'award', awardIds: ['chien-si-thi-dua-co-so'], years: [2026] }]);
  });

  test('Law 06/2022 Art. 73.1.b (windowYearsAfterAward, OQ-23): the certificate year is outside the window by default, inside when the parameter says so', async () => {
    const subject = person([yr(2021, ['bang-khen-tinh'], 'good'), yr(2022, [], 'good'), yr(2023, [], 'good'), yr(2024, [], 'good')]);
    const after = await leafOf(book, subject, 2024, 'bang-khen-thu-tuong', 'windowYearsAfterAward');
    expect(projectLeaf(after.leaf, after.ctx).earliestYear).toBe(2026);
    const atBook = withParameters(book, { 'bangKhenThuTuong.windowStartsAfterCertificate': false });
    if (!atBook.ok) throw new Error('withParameters');
    const at = await leafOf(atBook.value, subject, 2024, 'bang-khen-thu-tuong', 'windowYearsAfterAward');
    expect(projectLeaf(at.leaf, at.ctx).earliestYear).toBe(2025);
  });

  test('Law 06/2022 Art. 73.1.b (§8a C5): with no certificate the first one opens the window the year after it is obtained', async () => {
    // Bằng khen tỉnh 2024 is still within reach (an achievement can be asserted for 2024): the window opens for 2025
    const open = await leafOf(book, person([yr(2024, [], 'completed')]), 2024, 'bang-khen-thu-tuong', 'openingAwardCount');
    expect(leafNeedsAt(open.leaf, 2024, open.ctx)).toBeUndefined();
    expect(projectLeaf(open.leaf, open.ctx)).toEqual({ earliestYear: 2025, needs: [{ kind: 'award', awardIds: ['bang-khen-tinh'], years: [2024] }] });
    // not law-abiding in 2024 (recorded, final): the certificate is 2025 at the earliest, the window opens for 2026
    const late = await leafOf(book, person([{ ...yr(2024, [], 'completed'), isLawAbiding: false } as ReturnType<typeof yr>]), 2024, 'bang-khen-thu-tuong', 'openingAwardCount');
    expect(leafNeedsAt(late.leaf, 2025, late.ctx)).toBeUndefined();
    expect(projectLeaf(late.leaf, late.ctx)).toEqual({ earliestYear: 2026, needs: [{ kind: 'award', awardIds: ['bang-khen-tinh'], years: [2025] }] });
  });

  test('Law 06/2022 Art. 21 (consecutiveCycleCount, §8a C3): a CSTĐ tỉnh added less than a cycle after the previous one is refused', async () => {
    const { ctx, leaf } = await leafOf(book, person([yr(2023, CS), yr(2024, [...CS, 'chien-si-thi-dua-tinh']), yr(2025, CS)]), 2025, 'chien-si-thi-dua-toan-quoc', 'consecutiveCycleCount');
    // CSTĐCS 2022 is missing: the 2024 title has no full cycle behind it, a new pair is needed
    expect(leafNeedsAt(leaf, 2026, ctx)).toBeUndefined();
    expect(leafNeedsAt(leaf, 2027, ctx)).toBeUndefined();
    const p = projectLeaf(leaf, ctx);
    expect(p.earliestYear).toBe(2030);
    expect(p.needs!.find((n) => n.kind === 'award' && n.awardIds[0] === 'chien-si-thi-dua-tinh')!.years).toEqual([2027, 2030]);
  });

  test('one-off facts: a ballot recorded for N is final, a missing one can still be held in N', async () => {
    const subject = person([yr(2023, CS), yr(2024, CS), yr(2025, CS)], { councilVotes: [{ awardId: 'chien-si-thi-dua-tinh', year: 2025, members: 10, approvals: 5 }] });
    const { ctx, leaf } = await leafOf(book, subject, 2025, 'chien-si-thi-dua-tinh', 'councilApprovalShare');
    expect(leafNeedsAt(leaf, 2025, ctx)).toBeUndefined();
    expect(leafNeedsAt(leaf, 2026, ctx)).toEqual([expect.objectContaining({ kind: 'criterion', fact: 'councilApprovalShare', years: [2026] })]);
    const missing = await leafOf(book, person([yr(2023, CS), yr(2024, CS), yr(2025, CS)]), 2025, 'chien-si-thi-dua-tinh', 'councilApprovalShare');
    expect(leafNeedsAt(missing.leaf, 2025, missing.ctx)).toEqual([expect.objectContaining({ kind: 'criterion', years: [2025] })]);
  });
});

describe('leafNeedsAt: count and time facts (rule files may name them; overlays do)', () => {
  const fabricated = (base: LeafFinding, fact: string, params: Record<string, unknown>, expected: string): LeafFinding => ({ ...base, fact, params, operator: 'decimalGte', expected, status: 'fail', actual: '0' });

  test('awardCountInWindow: two CSTĐCS in a 3-year window: one held, one more needed, in the latest year; a title that leaves the window must be replaced', async () => {
    const { ctx, leaf } = await leafOf(book, person([yr(2021, CS), yr(2023, CS), yr(2024, [], 'completed')]), 2024, 'chien-si-thi-dua-tinh', 'consecutiveAwardYears');
    const count = fabricated(leaf, 'awardCountInWindow', { awardIds: ['chien-si-thi-dua-co-so'], years: 3 }, '2');
    // window 2022–2024 holds 2023 only; 2024 is rated completed without LĐTT (final: no CSTĐCS), so 2024 can not pass
    expect(leafNeedsAt(count, 2024, ctx)).toBeUndefined();
    expect(leafNeedsAt(count, 2025, ctx)).toEqual([{ kind: 'award', awardIds: ['chien-si-thi-dua-co-so'], years: [2025] }]);
    // in 2026 the window is 2024–2026: 2023 has left it, two new titles are needed
    expect(leafNeedsAt(count, 2026, ctx)).toEqual([{ kind: 'award', awardIds: ['chien-si-thi-dua-co-so'], years: [2025, 2026] }]);
  });

  test('yearsSinceAward: two years since Bằng khen tỉnh 2023 is met in 2025 without needs, not in 2024', async () => {
    const { ctx, leaf } = await leafOf(book, person([yr(2023, ['bang-khen-tinh']), yr(2024, [])]), 2024, 'chien-si-thi-dua-tinh', 'consecutiveAwardYears');
    const since = fabricated(leaf, 'yearsSinceAward', { awardIds: ['bang-khen-tinh'] }, '2');
    expect(leafNeedsAt(since, 2024, ctx)).toBeUndefined();
    expect(leafNeedsAt(since, 2025, ctx)).toEqual([]);
  });
});
