import type { Subject, TaskRating } from '../schema/subject.js';
import { awardYears, consecutiveAwardYears, consecutiveRatingYears, type HistorySettings } from './history.js';

/**
 * How a run of lower titles is read for a title earned over a cycle (titles.md §8a C1–C2):
 * - `restart-after-title`: any run of at least the threshold since the last higher title (a run
 *   not rewarded at its third year stays open);
 * - `blocks-of-three`: only when the run since the last higher title is 3, 6, 9 … years long.
 */
export type CycleReading = 'restart-after-title' | 'blocks-of-three';

/** Which ministry/provincial certificate opens the Prime Minister's certificate window (titles.md §8a C5, OQ-62). */
export type CertificateBasis = 'latest' | 'any';

/**
 * The latest year strictly before `before` in which the subject holds one of `awardIds`, after the
 * regime's history filters (`lastTime` of titles.md §2); undefined when there is none.
 * @param subject a validated subject.
 * @param awardIds award ids to look for.
 * @param before the year under review (exclusive bound).
 * @param settings history settings of the regime.
 * @returns the year, or undefined.
 */
export function lastAwardYearBefore(subject: Subject, awardIds: readonly string[], before: number, settings: HistorySettings): number | undefined {
  if (awardIds.length === 0) return undefined;
  let last: number | undefined;
  for (const y of awardYears(subject, awardIds, settings)) if (y < before && (last === undefined || y > last)) last = y;
  return last;
}

/**
 * `cycleRun` of titles.md §2: the run of consecutive years ending at `endingAt` in which the
 * subject holds one of `awardIds`, counting only years after the last year before `endingAt` in
 * which it obtained one of `resetBy` — the higher title uses up the run that earned it (§8a C1,
 * Law 06/2022 Art. 5.2.c). Without `resetBy` it is the plain consecutive run.
 * @param subject a validated subject.
 * @param awardIds the lower title(s) whose run is counted.
 * @param resetBy the higher title(s) that restart the run.
 * @param endingAt the year under review.
 * @param settings history settings of the regime.
 * @returns the run length in years (0 when the subject does not hold the title in `endingAt`).
 */
export function cycleRun(subject: Subject, awardIds: readonly string[], resetBy: readonly string[], endingAt: number, settings: HistorySettings): number {
  return runAfterReset(subject, consecutiveAwardYears(subject, awardIds, endingAt, settings), resetBy, endingAt, settings);
}

/**
 * A run ending at `endingAt`, cut so that it counts only years after the last `resetBy` award
 * before `endingAt` (the award uses the run up, §8a C1/C9); the run itself when there is none.
 * @param subject a validated subject.
 * @param run the uncut run length ending at `endingAt`.
 * @param resetBy award ids that restart the run (may be empty).
 * @param endingAt the year under review.
 * @param settings history settings of the regime.
 * @returns the run length after the reset.
 */
export function runAfterReset(subject: Subject, run: number, resetBy: readonly string[], endingAt: number, settings: HistorySettings): number {
  const floor = lastAwardYearBefore(subject, resetBy, endingAt, settings);
  return floor === undefined ? run : Math.min(run, endingAt - floor);
}

/**
 * The run as a rule reads it under a cycle reading (§8a C2): the run itself under
 * `restart-after-title`; under `blocks-of-three` the position inside the current block of three
 * (1, 2, 3, then 1 again), so that "≥ 3" holds only at 3, 6, 9 … years.
 * @param run a run length from {@link cycleRun}.
 * @param reading the cycle reading.
 * @returns the value the rule compares.
 */
export function cyclePosition(run: number, reading: CycleReading): number {
  if (reading === 'restart-after-title' || run === 0) return run;
  return ((run - 1) % 3) + 1;
}

/**
 * Rating run with restarts: consecutive years ending at `endingAt` rated one of `ratings`, counting
 * only years after the last year before `endingAt` with one of `resetBy` (§8a C9: the next award
 * of the same form counts only achievements after the previous one).
 * @param subject a validated subject.
 * @param ratings ratings that count.
 * @param resetBy award ids that restart the run (may be empty).
 * @param endingAt the year under review.
 * @param settings history settings of the regime.
 * @returns the run length in years.
 */
export function ratingCycleRun(subject: Subject, ratings: readonly TaskRating[], resetBy: readonly string[], endingAt: number, settings: HistorySettings): number {
  return runAfterReset(subject, consecutiveRatingYears(subject, ratings, endingAt, settings), resetBy, endingAt, settings);
}

/** Query for {@link consecutiveCycles}. */
export interface CycleQuery {
  /** The cycle title counted "N consecutive times" (e.g. CSTĐ tỉnh). */
  readonly awardIds: readonly string[];
  /** The lower title that must be unbroken across the cycles (e.g. CSTĐCS). */
  readonly baseAwardIds: readonly string[];
  /** The higher title that uses the cycles up (e.g. CSTĐTQ). */
  readonly resetBy: readonly string[];
  /** Length of one cycle in years (3 for CSTĐ tỉnh). */
  readonly cycleLength: number;
}

/**
 * `twoConsecutiveCycles` of titles.md §8a C3–C4, generalised to a count: how many times in a row,
 * ending with the one for `year`, the subject obtained the cycle title in **adjacent cycles**. The
 * title must be held for `year` itself (OQ-61: the second time is the year under review); each
 * earlier time Y counts when there is no other cycle title between it and the next, the lower title
 * is held in every year from the start of Y's cycle (Y − cycleLength + 1) up to `year`, and no
 * higher title (`resetBy`) was obtained at or after Y before `year` (C4). Titles in the history are
 * settled facts (C8): they are not re-validated.
 * @param subject a validated subject.
 * @param q the titles and the cycle length.
 * @param year the year under review.
 * @param settings history settings of the regime.
 * @returns 0 when the title is not held for `year`, else the number of adjacent cycles (≥ 1).
 */
export function consecutiveCycles(subject: Subject, q: CycleQuery, year: number, settings: HistorySettings): number {
  const titles = awardYears(subject, q.awardIds, settings);
  if (!titles.has(year)) return 0;
  const floor = lastAwardYearBefore(subject, q.resetBy, year, settings);
  const base = awardYears(subject, q.baseAwardIds, settings);
  let count = 1;
  let cur = year;
  for (;;) {
    let prev: number | undefined;
    for (const t of titles) if (t < cur && (prev === undefined || t > prev)) prev = t;
    if (prev === undefined || (floor !== undefined && prev <= floor)) break;
    let unbroken = true;
    for (let y = prev - q.cycleLength + 1; y <= cur; y++) {
      if (!base.has(y)) {
        unbroken = false;
        break;
      }
    }
    if (!unbroken) break;
    count++;
    cur = prev;
  }
  return count;
}

/** Query for {@link certificateWindow}. */
export interface CertificateWindowQuery {
  /** The award that opens the window (the ministry/provincial certificate of merit). */
  readonly awardIds: readonly string[];
  /** Whether the window starts after the opening award's year (true) or at it (false) (OQ-23). */
  readonly startsAfterAward: boolean;
  /** Which opening award counts (OQ-62): the latest one, or the earliest one after the last reset. */
  readonly basis: CertificateBasis;
  /** Awards whose grant uses the window up (the Prime Minister's certificate itself, §8a C5). */
  readonly resetBy: readonly string[];
}

/** A window of years opened by an award: `opened` is the opening award's year; `from`…`to` the years counted. */
export interface CertificateWindow {
  readonly opened: number;
  readonly from: number;
  readonly to: number;
}

/**
 * Opening awards that may open a window for `year`: held before `year` (or in it, when the window
 * starts at the award) and after the last `resetBy` award before `year` — an earlier Prime
 * Minister's certificate used them up (§8a C5, P1).
 * @param subject a validated subject.
 * @param year the year under review.
 * @param q the window query.
 * @param settings history settings of the regime.
 * @returns the candidate years, ascending.
 */
export function openingAwardYears(subject: Subject, year: number, q: CertificateWindowQuery, settings: HistorySettings): number[] {
  const floor = lastAwardYearBefore(subject, q.resetBy, year, settings);
  const out: number[] = [];
  for (const y of awardYears(subject, q.awardIds, settings)) {
    if ((q.startsAfterAward ? y < year : y <= year) && (floor === undefined || y > floor)) out.push(y);
  }
  return out.sort((a, b) => a - b);
}

/**
 * The window of the Prime Minister's certificate route 73.1.b (and of the old-regime route D91
 * Art. 38.1.c): from the opening certificate — the latest one under `basis: "latest"`, the earliest
 * one after the last reset under `"any"` — to the year under review (§8a C5–C6).
 * @param subject a validated subject.
 * @param year the year under review.
 * @param q the window query.
 * @param settings history settings of the regime.
 * @returns the window, or undefined when no award opens one.
 */
export function certificateWindow(subject: Subject, year: number, q: CertificateWindowQuery, settings: HistorySettings): CertificateWindow | undefined {
  const cands = openingAwardYears(subject, year, q, settings);
  if (cands.length === 0) return undefined;
  const opened = q.basis === 'latest' ? cands[cands.length - 1]! : cands[0]!;
  return { opened, from: q.startsAfterAward ? opened + 1 : opened, to: year };
}

/**
 * Years of the window rated one of `ratings` without a break: the run ending at the year under
 * review, cut at the window's start (`runEndsAtYear`, the default), or the longest unbroken run
 * inside the window (OQ-23 alternative reading).
 * @param subject a validated subject.
 * @param w the window from {@link certificateWindow}.
 * @param ratings ratings that count.
 * @param runEndsAtYear whether the run must end at the year under review.
 * @param settings history settings of the regime.
 * @returns the number of years.
 */
export function windowRatingYears(subject: Subject, w: CertificateWindow, ratings: readonly TaskRating[], runEndsAtYear: boolean, settings: HistorySettings): number {
  if (runEndsAtYear) return Math.min(consecutiveRatingYears(subject, ratings, w.to, settings), w.to - w.from + 1);
  let best = 0;
  for (let end = w.to; end >= w.from && end - w.from + 1 > best; end--) {
    best = Math.max(best, Math.min(consecutiveRatingYears(subject, ratings, end, settings), end - w.from + 1));
  }
  return best;
}
