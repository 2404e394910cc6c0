import { describe, expect, it } from 'vitest';
import { type Subject } from '../src/index.js';
import { certificateWindow, consecutiveCycles, cyclePosition, cycleRun, lastAwardYearBefore, openingAwardYears, ratingCycleRun, windowRatingYears, type HistorySettings } from '../src/advanced.js';

const S: HistorySettings = { meritOnly: false, excludeDisciplinePeriods: false, widerScopeSatisfiesNarrower: true, initiativeReuseAcrossTitles: true, disciplineBarsWholeYear: true };
const CS = 'chien-si-thi-dua-co-so';
const TINH = 'chien-si-thi-dua-tinh';
const TQ = 'chien-si-thi-dua-toan-quoc';
const BKT = 'bang-khen-tinh';
const PM = 'bang-khen-thu-tuong';

/** A subject from year → award ids (and optional ratings). */
function subject(awards: Record<number, string[]>, ratings: Record<number, 'excellent' | 'good' | 'completed' | 'failed'> = {}): Subject {
  const years = [...new Set([...Object.keys(awards), ...Object.keys(ratings)].map(Number))].sort((a, b) => a - b);
  return {
    kind: 'individual',
    id: 'x',
    history: years.map((year) => ({ year, ...(ratings[year] ? { taskRating: ratings[year] } : {}), awards: (awards[year] ?? []).map((awardId) => ({ awardId })) })),
  } as Subject;
}
const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);
const each = (years: number[], ids: string[], into: Record<number, string[]> = {}): Record<number, string[]> => {
  for (const y of years) into[y] = [...(into[y] ?? []), ...ids];
  return into;
};

describe('lastAwardYearBefore (titles.md §2 lastTime)', () => {
  it('is the latest year strictly before N, undefined when none', () => {
    const s = subject(each([2019, 2022, 2025], [TINH]));
    expect(lastAwardYearBefore(s, [TINH], 2025, S)).toBe(2022);
    expect(lastAwardYearBefore(s, [TINH], 2026, S)).toBe(2025);
    expect(lastAwardYearBefore(s, [TINH], 2019, S)).toBeUndefined();
    expect(lastAwardYearBefore(s, [], 2030, S)).toBeUndefined();
  });
  it('ignores revoked awards (Law 06/2022 Ch. VII)', () => {
    const s = { kind: 'individual', id: 'x', history: [{ year: 2024, awards: [{ awardId: TINH, revoked: true }] }] } as Subject;
    expect(lastAwardYearBefore(s, [TINH], 2025, S)).toBeUndefined();
  });
});

describe('cycleRun — Law 06/2022 Art. 22, §8a C1: the run restarts after CSTĐ tỉnh', () => {
  it('CSTĐCS 2022–2024, no CSTĐ tỉnh: 3 in 2024', () => {
    expect(cycleRun(subject(each(range(2022, 2024), [CS])), [CS], [TINH], 2024, S)).toBe(3);
  });
  it('CSTĐCS 2022–2025, CSTĐ tỉnh 2024: 1 in 2025 (the run that earned it is used up)', () => {
    const s = subject(each([2024], [TINH], each(range(2022, 2025), [CS])));
    expect(cycleRun(s, [CS], [TINH], 2025, S)).toBe(1);
    expect(cycleRun(s, [CS], [], 2025, S)).toBe(4);
  });
  it('the title for N itself does not restart N (a settled title, C8): 3 in 2024 with CSTĐ tỉnh 2024', () => {
    const s = subject(each([2024], [TINH], each(range(2022, 2024), [CS])));
    expect(cycleRun(s, [CS], [TINH], 2024, S)).toBe(3);
  });
  it('CSTĐCS 2022–2027, CSTĐ tỉnh 2024: 2 in 2026, 3 in 2027', () => {
    const s = subject(each([2024], [TINH], each(range(2022, 2027), [CS])));
    expect(cycleRun(s, [CS], [TINH], 2026, S)).toBe(2);
    expect(cycleRun(s, [CS], [TINH], 2027, S)).toBe(3);
  });
  it('0 when the lower title is missing in N', () => {
    expect(cycleRun(subject(each(range(2020, 2023), [CS])), [CS], [TINH], 2024, S)).toBe(0);
  });
});

describe('cyclePosition — §8a C2 (OQ-60)', () => {
  it('restart-after-title keeps the run', () => {
    for (const n of [0, 1, 3, 4, 7]) expect(cyclePosition(n, 'restart-after-title')).toBe(n);
  });
  it('blocks-of-three reaches 3 only at 3, 6, 9', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 9].map((n) => cyclePosition(n, 'blocks-of-three'))).toEqual([0, 1, 2, 3, 1, 2, 3, 1, 3]);
  });
});

describe('ratingCycleRun — Decree 98/2023 Art. 30.9, §8a C9', () => {
  it('counts excellent years only after the previous Bằng khen tỉnh', () => {
    const s = subject(each([2023], [BKT]), { 2022: 'excellent', 2023: 'excellent', 2024: 'excellent', 2025: 'excellent' });
    expect(ratingCycleRun(s, ['excellent'], [BKT], 2024, S)).toBe(1);
    expect(ratingCycleRun(s, ['excellent'], [BKT], 2025, S)).toBe(2);
    expect(ratingCycleRun(s, ['excellent'], [], 2025, S)).toBe(4);
  });
});

describe('consecutiveCycles — Law 06/2022 Art. 21, §8a C3–C4', () => {
  const q = { awardIds: [TINH], baseAwardIds: [CS], resetBy: [TQ], cycleLength: 3 };
  it('CSTĐCS 2017–2022, CSTĐ tỉnh 2019 and 2022: 2 in 2022 (adjacent cycles 2017–2019, 2020–2022)', () => {
    expect(consecutiveCycles(subject(each([2019, 2022], [TINH], each(range(2017, 2022), [CS]))), q, 2022, S)).toBe(2);
  });
  it('the second time must be N (OQ-61): 0 in 2023', () => {
    expect(consecutiveCycles(subject(each([2019, 2022], [TINH], each(range(2017, 2023), [CS]))), q, 2023, S)).toBe(0);
  });
  it('CSTĐCS broken in 2020: the cycles are not adjacent, 1 in 2023', () => {
    const s = subject(each([2019, 2023], [TINH], each([...range(2017, 2019), ...range(2021, 2023)], [CS])));
    expect(consecutiveCycles(s, q, 2023, S)).toBe(1);
  });
  it('the first cycle must be complete: CSTĐCS from 2018 only (start of the 2019 cycle is 2017) → 1', () => {
    expect(consecutiveCycles(subject(each([2019, 2022], [TINH], each(range(2018, 2022), [CS]))), q, 2022, S)).toBe(1);
  });
  it('restart after CSTĐTQ 2022: 1 in 2025, 2 in 2028', () => {
    const s = subject(each([2022], [TQ], each([2019, 2022, 2025, 2028], [TINH], each(range(2017, 2028), [CS]))));
    expect(consecutiveCycles(s, q, 2025, S)).toBe(1);
    expect(consecutiveCycles(s, q, 2028, S)).toBe(2);
  });
  it('three adjacent cycles count 3; longer cycles (a 4-year run under restart-after-title) are adjacent too', () => {
    expect(consecutiveCycles(subject(each([2016, 2019, 2022], [TINH], each(range(2014, 2022), [CS]))), q, 2022, S)).toBe(3);
    expect(consecutiveCycles(subject(each([2019, 2023], [TINH], each(range(2017, 2023), [CS]))), q, 2023, S)).toBe(2);
  });
});

describe('certificateWindow — Law 06/2022 Art. 73.1.b, §8a C5 (OQ-62)', () => {
  const q = { awardIds: [BKT], startsAfterAward: true, basis: 'latest' as const, resetBy: [PM] };
  it('opens at the latest certificate before N under "latest", the earliest after the last PM certificate under "any"', () => {
    const s = subject(each([2015, 2022], [BKT]));
    expect(certificateWindow(s, 2025, q, S)).toEqual({ opened: 2022, from: 2023, to: 2025 });
    expect(certificateWindow(s, 2025, { ...q, basis: 'any' }, S)).toEqual({ opened: 2015, from: 2016, to: 2025 });
  });
  it('is closed when a PM certificate followed the certificate (used up, P1)', () => {
    const s = subject(each([2023], [PM], each([2018], [BKT])));
    expect(openingAwardYears(s, 2024, q, S)).toEqual([]);
    expect(certificateWindow(s, 2024, q, S)).toBeUndefined();
    expect(certificateWindow(s, 2024, { ...q, basis: 'any' }, S)).toBeUndefined();
  });
  it('a certificate in the same year as the earlier PM certificate is used up too; one after it opens', () => {
    expect(certificateWindow(subject(each([2020], [PM, BKT])), 2025, q, S)).toBeUndefined();
    expect(certificateWindow(subject(each([2021], [BKT], each([2020], [PM]))), 2025, q, S)).toEqual({ opened: 2021, from: 2022, to: 2025 });
  });
  it('a certificate for N itself opens no window when the window starts after it; it does when it starts at it', () => {
    const s = subject(each([2025], [BKT]));
    expect(certificateWindow(s, 2025, q, S)).toBeUndefined();
    expect(certificateWindow(s, 2025, { ...q, startsAfterAward: false }, S)).toEqual({ opened: 2025, from: 2025, to: 2025 });
  });
});

describe('windowRatingYears — Law 06/2022 Art. 73.1.b (5 years good or better after the certificate)', () => {
  it('counts the run ending at N, cut at the window start', () => {
    const r = Object.fromEntries(range(2016, 2025).map((y) => [y, 'good'])) as Record<number, 'good'>;
    const s = subject(each([2015, 2022], [BKT]), r);
    expect(windowRatingYears(s, { opened: 2022, from: 2023, to: 2025 }, ['good'], true, S)).toBe(3);
    expect(windowRatingYears(s, { opened: 2015, from: 2016, to: 2025 }, ['good'], true, S)).toBe(10);
  });
  it('a break inside the window: the run ending at N, or the longest run under the OQ-23 alternative', () => {
    const r = { 2016: 'good', 2017: 'good', 2018: 'good', 2019: 'good', 2020: 'good', 2021: 'good', 2022: 'completed', 2023: 'good', 2024: 'good', 2025: 'good' } as const;
    const s = subject(each([2015], [BKT]), r);
    const w = { opened: 2015, from: 2016, to: 2025 };
    expect(windowRatingYears(s, w, ['good'], true, S)).toBe(3);
    expect(windowRatingYears(s, w, ['good'], false, S)).toBe(6);
  });
});

describe('availableInitiatives as of the year under review (Law 06/2022 Art. 5.2.c)', () => {
  it('an initiative used for the same title in a later year is still available for an earlier year', async () => {
    const { availableInitiatives } = await import('../src/advanced.js');
    const s = { kind: 'individual', id: 'x', history: [], initiatives: [{ id: 'sk', kind: 'initiative', year: 2024, recognisedScope: 'ministry-province', usedFor: [{ awardId: TINH, year: 2027 }] }] } as unknown as Subject;
    const q = { kinds: ['initiative'] as const, minScope: 'ministry-province' as const, from: 2023, to: 2025, forAward: TINH, categoryOf: () => 'title' as const };
    expect(availableInitiatives(s, { ...q, year: 2025 }, S)).toEqual(['sk']);
    expect(availableInitiatives(s, { ...q, from: 2024, to: 2028, year: 2028 }, S)).toEqual([]);
    expect(availableInitiatives(s, { ...q, from: 2024, to: 2027, year: 2027 }, S)).toEqual(['sk']);
  });
});
