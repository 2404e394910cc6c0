import { describe, expect, test } from 'vitest';
import { type Subject } from '../src/index.js';
import { availableInitiatives, awardCountInWindow, awardYears, consecutiveAwardYears, consecutiveRatingYears, yearsSinceAward, type HistorySettings } from '../src/advanced.js';

const plain: HistorySettings = { meritOnly: false, excludeDisciplinePeriods: false, widerScopeSatisfiesNarrower: true, initiativeReuseAcrossTitles: true, disciplineBarsWholeYear: true };
const nd152: HistorySettings = { ...plain, meritOnly: true, excludeDisciplinePeriods: true };
const CSTDCS = ['chien-si-thi-dua-co-so'];

const person = (history: Subject['history'], extra: Partial<Subject> = {}): Subject =>
  ({ kind: 'individual', id: 'p', history, ...extra }) as Subject;
const y = (year: number, ...awards: { awardId: string; commendationType?: 'merit' | 'movement' | 'irregular'; revoked?: boolean }[]) => ({ year, awards });
const categoryOf = (id: string) => (id.startsWith('bang-khen') || id === 'giay-khen' ? 'form' : 'title') as 'title' | 'form';

describe('consecutiveAwardYears', () => {
  test('should count the run ending at the year and stop at a gap (Law 06/2022 Art. 22: three consecutive CSTĐCS)', () => {
    const s = person([y(2020, { awardId: CSTDCS[0]! }), y(2022, { awardId: CSTDCS[0]! }), y(2023, { awardId: CSTDCS[0]! }), y(2024, { awardId: CSTDCS[0]! })]);
    expect(consecutiveAwardYears(s, CSTDCS, 2024, plain)).toBe(3);
    expect(consecutiveAwardYears(s, CSTDCS, 2023, plain)).toBe(2);
    expect(consecutiveAwardYears(s, CSTDCS, 2025, plain)).toBe(0);
    expect(consecutiveAwardYears(s, CSTDCS, 2020, plain)).toBe(1);
  });
  test('should ignore revoked awards (Law 06/2022 Ch. VII)', () => {
    const s = person([y(2023, { awardId: CSTDCS[0]! }), y(2024, { awardId: CSTDCS[0]!, revoked: true }), y(2025, { awardId: CSTDCS[0]! })]);
    expect(consecutiveAwardYears(s, CSTDCS, 2025, plain)).toBe(1);
  });
  test('should count only merit-based awards under Decree 152 Art. 4.3', () => {
    const s = person([y(2023, { awardId: CSTDCS[0]! }), y(2024, { awardId: CSTDCS[0]!, commendationType: 'movement' }), y(2025, { awardId: CSTDCS[0]! })]);
    expect(consecutiveAwardYears(s, CSTDCS, 2025, plain)).toBe(3);
    expect(consecutiveAwardYears(s, CSTDCS, 2025, nd152)).toBe(1);
  });
  test('should break the run at a year inside a discipline period under Decree 152 Art. 4.4 (OQ-25)', () => {
    const s = person([y(2023, { awardId: CSTDCS[0]! }), y(2024, { awardId: CSTDCS[0]! }), y(2025, { awardId: CSTDCS[0]! })], {
      discipline: [{ level: 'reprimand', from: '2024-03-01', to: '2024-09-01' }],
    });
    expect(consecutiveAwardYears(s, CSTDCS, 2025, plain)).toBe(3);
    expect(consecutiveAwardYears(s, CSTDCS, 2025, nd152)).toBe(1);
    expect([...awardYears(s, CSTDCS, nd152)].sort()).toEqual([2023, 2025]);
  });
});

describe('awardCountInWindow and yearsSinceAward', () => {
  const s = person([y(2019, { awardId: 'bang-khen-tinh' }), y(2021, { awardId: CSTDCS[0]! }), y(2023, { awardId: CSTDCS[0]! }), y(2024, { awardId: CSTDCS[0]! })]);
  test('should count years with the award in an inclusive window', () => {
    expect(awardCountInWindow(s, CSTDCS, 2020, 2024, plain)).toBe(3);
    expect(awardCountInWindow(s, CSTDCS, 2022, 2023, plain)).toBe(1);
  });
  test('should give years since the last award, or undefined if never', () => {
    expect(yearsSinceAward(s, ['bang-khen-tinh'], 2025, plain)).toBe(6);
    expect(yearsSinceAward(s, CSTDCS, 2024, plain)).toBe(0);
    expect(yearsSinceAward(s, ['bang-khen-thu-tuong'], 2025, plain)).toBeUndefined();
  });
});

describe('consecutiveRatingYears', () => {
  test('should count consecutive years with a rating in the set', () => {
    const s = person([{ year: 2022, taskRating: 'excellent' }, { year: 2023, taskRating: 'good' }, { year: 2024, taskRating: 'excellent' }, { year: 2025, taskRating: 'excellent' }] as never);
    expect(consecutiveRatingYears(s, ['excellent'], 2025, plain)).toBe(2);
    expect(consecutiveRatingYears(s, ['good', 'excellent'], 2025, plain)).toBe(4);
  });
});

describe('availableInitiatives', () => {
  const base = { kinds: ['initiative'] as const, from: 2025, to: 2025, forAward: 'chien-si-thi-dua-co-so', year: 2025, categoryOf };
  test('should accept a wider scope for a narrower requirement only when the parameter allows it (OQ-27)', () => {
    const s = person([], { initiatives: [{ id: 'a', kind: 'initiative', year: 2025, recognisedScope: 'national' }] });
    expect(availableInitiatives(s, { ...base, minScope: 'grassroots' }, plain)).toEqual(['a']);
    expect(availableInitiatives(s, { ...base, minScope: 'grassroots' }, { ...plain, widerScopeSatisfiesNarrower: false })).toEqual([]);
  });
  test('should not accept a narrower scope for a wider requirement', () => {
    const s = person([], { initiatives: [{ id: 'a', kind: 'initiative', year: 2025, recognisedScope: 'grassroots' }] });
    expect(availableInitiatives(s, { ...base, minScope: 'ministry-province' }, plain)).toEqual([]);
  });
  test('should not reuse an initiative already used for a form of commendation for another form (Công văn 5007/BNV-TĐKT)', () => {
    const s = person([], { initiatives: [{ id: 'a', kind: 'initiative', year: 2025, recognisedScope: 'grassroots', usedFor: [{ awardId: 'giay-khen', year: 2025 }] }] });
    expect(availableInitiatives(s, { ...base, minScope: 'grassroots', forAward: 'bang-khen-tinh' }, plain)).toEqual([]);
    expect(availableInitiatives(s, { ...base, minScope: 'grassroots' }, plain)).toEqual(['a']);
  });
  test('should reuse across titles only when initiativeReuseAcrossTitles is true (OQ-22)', () => {
    const s = person([], { initiatives: [{ id: 'a', kind: 'initiative', year: 2025, recognisedScope: 'grassroots', usedFor: [{ awardId: 'chien-si-thi-dua-tinh', year: 2025 }] }] });
    expect(availableInitiatives(s, { ...base, minScope: 'grassroots' }, plain)).toEqual(['a']);
    expect(availableInitiatives(s, { ...base, minScope: 'grassroots' }, { ...plain, initiativeReuseAcrossTitles: false })).toEqual([]);
  });
  test('should not count an initiative already used for the same award in another year', () => {
    const s = person([], { initiatives: [{ id: 'a', kind: 'initiative', year: 2025, recognisedScope: 'grassroots', usedFor: [{ awardId: 'chien-si-thi-dua-co-so', year: 2024 }] }] });
    expect(availableInitiatives(s, { ...base, minScope: 'grassroots' }, plain)).toEqual([]);
  });
  test('should keep only items of the window and kind, and applied ones when asked', () => {
    const s = person([], {
      initiatives: [
        { id: 'old', kind: 'initiative', year: 2022, recognisedScope: 'grassroots' },
        { id: 'r1', kind: 'research', year: 2025, recognisedScope: 'grassroots' },
        { id: 'r2', kind: 'research', year: 2025, recognisedScope: 'grassroots', applied: true },
      ],
    });
    expect(availableInitiatives(s, { ...base, minScope: 'grassroots' }, plain)).toEqual([]);
    expect(availableInitiatives(s, { ...base, kinds: ['research'], minScope: 'grassroots' }, plain)).toEqual(['r1', 'r2']);
    expect(availableInitiatives(s, { ...base, kinds: ['research'], minScope: 'grassroots', appliedOnly: true }, plain)).toEqual(['r2']);
    expect(availableInitiatives(s, { ...base, from: 2022, minScope: 'grassroots' }, plain)).toEqual(['old']);
  });
});
