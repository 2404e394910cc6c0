import { assertArg, isObject } from '../_internal/args.js';
import { SubjectSchema, type Subject, type TaskRating } from '../schema/subject.js';
import * as cycles from './cycles.js';
import * as history from './history.js';

/**
 * The history and cycle helpers as exported to callers (issue 19.7): the same pure functions, with
 * their arguments checked at run time first — a hostile argument throws `ThiduaError('invalid_option')`,
 * never a TypeError. The evaluator calls the unchecked functions directly (its arguments are
 * validated once per subject), so these checks cost nothing on the hot path.
 */

const RATINGS: readonly string[] = ['excellent', 'good', 'completed', 'failed'];
const SETTING_KEYS = ['meritOnly', 'excludeDisciplinePeriods', 'widerScopeSatisfiesNarrower', 'initiativeReuseAcrossTitles', 'disciplineBarsWholeYear'] as const;

function subjectOk(v: unknown): v is Subject {
  return isObject(v) && SubjectSchema.safeParse(v).success;
}
const idsOk = (v: unknown): v is readonly string[] => Array.isArray(v) && v.length <= 100 && v.every((x) => typeof x === 'string');
const yearOk = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1945 && v <= 2100;
const settingsOk = (v: unknown): v is history.HistorySettings => isObject(v) && SETTING_KEYS.every((k) => typeof v[k] === 'boolean');
const ratingsOk = (v: unknown): v is readonly TaskRating[] => Array.isArray(v) && v.length <= 4 && v.every((x) => RATINGS.includes(x as string));

function check(subject: unknown, settings: unknown): void {
  assertArg(subjectOk(subject), 'subject (a valid subject, see SubjectSchema)');
  assertArg(settingsOk(settings), 'settings (HistorySettings: regime.settings of a loaded rule book)');
}

/** Years in which the subject holds one of the awards, after the regime's history filters; arguments checked at run time (`ThiduaError` invalid_option). @param subject a subject. @param awardIds award ids. @param settings history settings. @returns the years. */
export function awardYears(subject: Subject, awardIds: readonly string[], settings: history.HistorySettings): Set<number> {
  check(subject, settings);
  assertArg(idsOk(awardIds), 'awardIds (a list of award ids)');
  return history.awardYears(subject, awardIds, settings);
}

/** Consecutive years ending at a year in which the subject holds one of the awards; arguments checked at run time (`ThiduaError` invalid_option). @param subject a subject. @param awardIds award ids. @param endingAt the year. @param settings history settings. @returns the run. */
export function consecutiveAwardYears(subject: Subject, awardIds: readonly string[], endingAt: number, settings: history.HistorySettings): number {
  check(subject, settings);
  assertArg(idsOk(awardIds) && yearOk(endingAt), 'awardIds and a year 1945–2100');
  return history.consecutiveAwardYears(subject, awardIds, endingAt, settings);
}

/** Years in [from, to] in which the subject holds one of the awards; arguments checked at run time (`ThiduaError` invalid_option). @param subject a subject. @param awardIds award ids. @param from first year. @param to last year. @param settings history settings. @returns the count. */
export function awardCountInWindow(subject: Subject, awardIds: readonly string[], from: number, to: number, settings: history.HistorySettings): number {
  check(subject, settings);
  assertArg(idsOk(awardIds) && yearOk(from) && yearOk(to), 'awardIds and years 1945–2100');
  return history.awardCountInWindow(subject, awardIds, from, to, settings);
}

/** Years since the subject last obtained one of the awards (undefined if never); arguments checked at run time (`ThiduaError` invalid_option). @param subject a subject. @param awardIds award ids. @param year the year. @param settings history settings. @returns years since, or undefined. */
export function yearsSinceAward(subject: Subject, awardIds: readonly string[], year: number, settings: history.HistorySettings): number | undefined {
  check(subject, settings);
  assertArg(idsOk(awardIds) && yearOk(year), 'awardIds and a year 1945–2100');
  return history.yearsSinceAward(subject, awardIds, year, settings);
}

/** Consecutive years ending at a year whose task rating is one of the ratings; arguments checked at run time (`ThiduaError` invalid_option). @param subject a subject. @param ratings task ratings. @param endingAt the year. @param settings history settings. @returns the run. */
export function consecutiveRatingYears(subject: Subject, ratings: readonly TaskRating[], endingAt: number, settings: history.HistorySettings): number {
  check(subject, settings);
  assertArg(ratingsOk(ratings) && yearOk(endingAt), 'ratings and a year 1945–2100');
  return history.consecutiveRatingYears(subject, ratings, endingAt, settings);
}

/** Whether a discipline period bars the year (Decree 152/2025 Art. 4.4, OQ-64); arguments checked at run time (`ThiduaError` invalid_option). @param subject a subject. @param year the year. @param wholeYear OQ-64 reading. @returns whether the year is barred. */
export function yearInDisciplinePeriod(subject: Subject, year: number, wholeYear = true): boolean {
  assertArg(subjectOk(subject), 'subject (a valid subject, see SubjectSchema)');
  assertArg(yearOk(year) && typeof wholeYear === 'boolean', 'a year 1945–2100 and a boolean');
  return history.yearInDisciplinePeriod(subject, year, wholeYear);
}

/** Initiatives recognised in a window at a scope and not used up by another award; arguments checked at run time (`ThiduaError` invalid_option). @param subject a subject. @param q the query. @param settings history settings. @returns initiative ids. */
export function availableInitiatives(subject: Subject, q: history.InitiativeQuery, settings: history.HistorySettings): string[] {
  check(subject, settings);
  assertArg(
    isObject(q) && Array.isArray(q['kinds']) && typeof q['minScope'] === 'string' && yearOk(q['from']) && yearOk(q['to']) && typeof q['forAward'] === 'string' && yearOk(q['year']) && typeof q['categoryOf'] === 'function',
    'query (InitiativeQuery)',
  );
  return history.availableInitiatives(subject, q, settings);
}

/** The latest year before a year in which the subject holds one of the awards (titles.md §2 lastTime); arguments checked at run time (`ThiduaError` invalid_option). @param subject a subject. @param awardIds award ids. @param before the year. @param settings history settings. @returns the year, or undefined. */
export function lastAwardYearBefore(subject: Subject, awardIds: readonly string[], before: number, settings: history.HistorySettings): number | undefined {
  check(subject, settings);
  assertArg(idsOk(awardIds) && yearOk(before), 'awardIds and a year 1945–2100');
  return cycles.lastAwardYearBefore(subject, awardIds, before, settings);
}

/** The run of a lower title that restarts after the higher title (titles.md §8a C1); arguments checked at run time (`ThiduaError` invalid_option). @param subject a subject. @param awardIds lower title. @param resetBy higher title. @param endingAt the year. @param settings history settings. @returns the run. */
export function cycleRun(subject: Subject, awardIds: readonly string[], resetBy: readonly string[], endingAt: number, settings: history.HistorySettings): number {
  check(subject, settings);
  assertArg(idsOk(awardIds) && idsOk(resetBy) && yearOk(endingAt), 'awardIds, resetBy and a year 1945–2100');
  return cycles.cycleRun(subject, awardIds, resetBy, endingAt, settings);
}

/** The run as a rule reads it under a cycle reading (titles.md §8a C2); arguments checked at run time (`ThiduaError` invalid_option). @param run a run length. @param reading the cycle reading. @returns the value a rule compares. */
export function cyclePosition(run: number, reading: cycles.CycleReading): number {
  assertArg(typeof run === 'number' && Number.isInteger(run) && run >= 0 && run <= 200, 'run (an integer 0–200)');
  assertArg(reading === 'restart-after-title' || reading === 'blocks-of-three', 'reading (restart-after-title or blocks-of-three)');
  return cycles.cyclePosition(run, reading);
}

/** A rating run that restarts after an award of the same form (titles.md §8a C9); arguments checked at run time (`ThiduaError` invalid_option). @param subject a subject. @param ratings task ratings. @param resetBy awards that restart. @param endingAt the year. @param settings history settings. @returns the run. */
export function ratingCycleRun(subject: Subject, ratings: readonly TaskRating[], resetBy: readonly string[], endingAt: number, settings: history.HistorySettings): number {
  check(subject, settings);
  assertArg(ratingsOk(ratings) && idsOk(resetBy) && yearOk(endingAt), 'ratings, resetBy and a year 1945–2100');
  return cycles.ratingCycleRun(subject, ratings, resetBy, endingAt, settings);
}

/** Times in a row the cycle title was held in adjacent cycles (titles.md §8a C3–C4); arguments checked at run time (`ThiduaError` invalid_option). @param subject a subject. @param q the titles and cycle length. @param year the year. @param settings history settings. @returns the count. */
export function consecutiveCycles(subject: Subject, q: cycles.CycleQuery, year: number, settings: history.HistorySettings): number {
  check(subject, settings);
  assertArg(
    isObject(q) && idsOk(q['awardIds']) && idsOk(q['baseAwardIds']) && idsOk(q['resetBy']) && typeof q['cycleLength'] === 'number' && Number.isInteger(q['cycleLength']) && q['cycleLength'] >= 1 && q['cycleLength'] <= 10 && yearOk(year),
    'query (CycleQuery) and a year 1945–2100',
  );
  return cycles.consecutiveCycles(subject, q, year, settings);
}

const windowQueryOk = (q: unknown): q is cycles.CertificateWindowQuery =>
  isObject(q) && idsOk(q['awardIds']) && typeof q['startsAfterAward'] === 'boolean' && (q['basis'] === 'latest' || q['basis'] === 'any') && idsOk(q['resetBy']);

/** The awards that may open the Prime Minister's certificate window (titles.md §8a C5); arguments checked at run time (`ThiduaError` invalid_option). @param subject a subject. @param year the year. @param q the window query. @param settings history settings. @returns the years. */
export function openingAwardYears(subject: Subject, year: number, q: cycles.CertificateWindowQuery, settings: history.HistorySettings): number[] {
  check(subject, settings);
  assertArg(yearOk(year) && windowQueryOk(q), 'a year 1945–2100 and a CertificateWindowQuery');
  return cycles.openingAwardYears(subject, year, q, settings);
}

/** The Prime Minister's certificate window (titles.md §8a C5–C6); arguments checked at run time (`ThiduaError` invalid_option). @param subject a subject. @param year the year. @param q the window query. @param settings history settings. @returns the window, or undefined. */
export function certificateWindow(subject: Subject, year: number, q: cycles.CertificateWindowQuery, settings: history.HistorySettings): cycles.CertificateWindow | undefined {
  check(subject, settings);
  assertArg(yearOk(year) && windowQueryOk(q), 'a year 1945–2100 and a CertificateWindowQuery');
  return cycles.certificateWindow(subject, year, q, settings);
}

/** Years of a window rated one of the ratings without a break; arguments checked at run time (`ThiduaError` invalid_option). @param subject a subject. @param w the window. @param ratings task ratings. @param runEndsAtYear OQ-23 reading. @param settings history settings. @returns the years. */
export function windowRatingYears(subject: Subject, w: cycles.CertificateWindow, ratings: readonly TaskRating[], runEndsAtYear: boolean, settings: history.HistorySettings): number {
  check(subject, settings);
  assertArg(isObject(w) && yearOk(w['opened']) && yearOk(w['from']) && yearOk(w['to']) && ratingsOk(ratings) && typeof runEndsAtYear === 'boolean', 'a CertificateWindow, ratings and a boolean');
  return cycles.windowRatingYears(subject, w, ratings, runEndsAtYear, settings);
}
