import { describe, expect, test } from 'vitest';
import { nextAwards, type NextAward } from '../src/index.js';
import { deepFreeze, nationalBook, shuffled } from './support/factories.js';

const book = nationalBook();
const year = (y: number, awards: string[], rating: 'excellent' | 'good' = 'excellent') => ({
  year: y,
  taskRating: rating,
  hasGoodConduct: true,
  awards: awards.map((awardId) => ({ awardId })),
});
const person = (history: ReturnType<typeof year>[], extra: Record<string, unknown> = {}) => ({ kind: 'individual' as const, id: 'nguyen-van-a', history, ...extra });
async function next(subject: unknown, y: number, horizon?: number): Promise<readonly NextAward[]> {
  const r = await nextAwards(book, subject, { year: y, ...(horizon !== undefined ? { horizon } : {}) });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.awards;
}
const find = (list: readonly NextAward[], id: string) => list.find((a) => a.awardId === id);

describe('nextAwards', () => {
  test('two CSTĐCS held (2024, 2025): CSTĐ tỉnh needs one more, in 2026', async () => {
    const list = await next(person([year(2024, ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so']), year(2025, ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so'])]), 2025);
    const a = find(list, 'chien-si-thi-dua-tinh')!;
    expect(a).toMatchObject({ verdict: 'ineligible', earliestYear: 2026, via: [{ awardId: 'chien-si-thi-dua-co-so', title: { vi: 'Chiến sĩ thi đua cơ sở' } }] });
    const run = a.missing.find((m) => m.fact === 'consecutiveAwardYears')!;
    expect(run).toMatchObject({ status: 'fail', actual: '2', earliestYear: 2026, needs: [{ kind: 'award', awardIds: ['chien-si-thi-dua-co-so'], years: [2026] }], gap: { kind: 'count', amount: '1', direction: 'increase', unit: 'years' } });
    // the one-off initiative can still be recognised in 2025; the missing ballot can still be held in 2025
    expect(a.missing.find((m) => m.fact === 'initiativeCount')!.earliestYear).toBe(2025);
    expect(a.missing.find((m) => m.fact === 'councilApprovalShare')).toMatchObject({ status: 'missing_fact', earliestYear: 2025 });
  });

  test('no CSTĐCS yet: three years are needed, listed, from the first year CSTĐCS is within reach', async () => {
    // 2025 is rated good, so CSTĐCS 2025 needs an initiative (still possible in 2025) and the ballot: the run can start in 2025
    const list = await next(person([year(2025, ['lao-dong-tien-tien'], 'good')]), 2025);
    expect(find(list, 'chien-si-thi-dua-co-so')!.earliestYear).toBe(2025);
    const run = find(list, 'chien-si-thi-dua-tinh')!.missing.find((m) => m.fact === 'consecutiveAwardYears')!;
    expect(run).toMatchObject({ earliestYear: 2027, needs: [{ kind: 'award', years: [2025, 2026, 2027] }] });
    expect(find(list, 'chien-si-thi-dua-tinh')!.earliestYear).toBe(2027);
    // a year rated "completed" is final: no CSTĐCS in 2025, the run starts in 2026
    const later = await next(person([year(2025, [], 'completed' as never)]), 2025);
    expect(find(later, 'chien-si-thi-dua-tinh')!.missing.find((m) => m.fact === 'consecutiveAwardYears')).toMatchObject({ earliestYear: 2028, needs: [{ years: [2026, 2027, 2028] }] });
  });

  test('the CSTĐCS of the evaluated year, not yet recorded but reachable, counts for the run', async () => {
    const subject = person([year(2023, ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so']), year(2024, ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so']), year(2025, ['lao-dong-tien-tien'])]);
    const list = await next(subject, 2025);
    // CSTĐCS 2025 is undetermined (no ballot yet): if it is obtained, the run 2023–2025 reaches 3
    expect(find(list, 'chien-si-thi-dua-co-so')).toMatchObject({ verdict: 'undetermined', earliestYear: 2025 });
    const run = find(list, 'chien-si-thi-dua-tinh')!.missing.find((m) => m.fact === 'consecutiveAwardYears')!;
    expect(run).toMatchObject({ actual: '0', earliestYear: 2025, needs: [{ kind: 'award', years: [2025] }] });
  });

  test('a rating already recorded below the requirement moves a one-off criterion to the next year', async () => {
    const list = await next(person([year(2025, [], 'completed' as never)]), 2025);
    const ldtt = find(list, 'lao-dong-tien-tien')!;
    expect(ldtt).toMatchObject({ verdict: 'ineligible', earliestYear: 2026 });
    expect(ldtt.missing.map((m) => [m.fact, m.earliestYear])).toEqual([['taskRating', 2026]]);
  });

  test('a discipline period delays every award until the year after it ends (D152 Art. 4.4)', async () => {
    const subject = person([year(2025, ['lao-dong-tien-tien'])], { discipline: [{ level: 'reprimand', from: '2025-03-01', to: '2026-02-28' }] });
    const list = await next(subject, 2025);
    const ldtt = find(list, 'lao-dong-tien-tien')!;
    expect(ldtt.missing.find((m) => m.fact === 'isInDisciplinePeriod')).toMatchObject({ earliestYear: 2027 });
    expect(ldtt.earliestYear).toBe(2027);
  });

  test('orders by earliest year, level, id and drops awards beyond the horizon', async () => {
    const subject = person([year(2025, [], 'good')]);
    const list = await next(subject, 2025);
    const keys = list.map((a) => [a.earliestYear ?? 9999, { unit: 0, commune: 1, 'ministry-province': 2, state: 3 }[a.level], a.awardId] as const);
    const sorted = [...keys].sort((x, y) => x[0] - y[0] || x[1] - y[1] || (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0));
    expect(keys).toEqual(sorted);
    const short = await next(subject, 2025, 1);
    expect(short.every((a) => a.earliestYear === null || a.earliestYear <= 2026)).toBe(true);
    expect(find(short, 'chien-si-thi-dua-tinh')).toBeUndefined();
  });

  test('does not depend on the order of the history, and leaves a frozen subject untouched', async () => {
    const h = [year(2023, ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so']), year(2024, ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so']), year(2025, ['lao-dong-tien-tien'])];
    const a = await next(deepFreeze(person(h)), 2025);
    const b = await next(deepFreeze(person(shuffled(h, 7))), 2025);
    expect(b).toEqual(a);
  });

  test('reports bad input as typed issues', async () => {
    const r = await nextAwards(book, { kind: 'individual', id: 'X', history: [] }, { year: 2025 });
    expect(!r.ok && r.issues[0]!.code).toBe('invalid_format');
    const h = await nextAwards(book, person([]), { year: 2025, horizon: -1 });
    expect(!h.ok && h.issues[0]).toMatchObject({ code: 'invalid_option', path: ['options', 'horizon'] });
  });
});
