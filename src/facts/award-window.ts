import type { Subject, TaskRating } from '../schema/subject.js';
import { awardYears, consecutiveRatingYears, type HistorySettings } from './history.js';

/** Query for {@link awardWindow}. */
export interface AwardWindowQuery {
  /** The award that opens the window (e.g. the ministry/provincial certificate of merit). */
  readonly awardIds: readonly string[];
  /** Ratings every year of the window must have (e.g. good or better). */
  readonly ratings: readonly TaskRating[];
  /** Whether the window starts after the year of the opening award (true) or at it (false) (OQ-23; default true). */
  readonly startsAfterAward: boolean;
  /** Whether the unbroken run must end at the evaluated year (true, default) or may be any run after the award (false) (OQ-23). */
  readonly runEndsAtYear?: boolean | undefined;
}

/**
 * The longest window of years ending at `year` that follows (or, without `startsAfterAward`, starts
 * at) a year in which the subject holds one of `awardIds`, and in which every year has one of
 * `ratings` without a break (Law 06/2022 Art. 73.1.b; D91 Art. 38.1.c; D65 Art. 23.3.c).
 * The earliest qualifying award year is used, which gives the longest window.
 * History filters of the regime apply. Returns undefined when no such window exists.
 */
export function awardWindow(subject: Subject, year: number, q: AwardWindowQuery, settings: HistorySettings): { from: number; to: number } | undefined {
  if (q.runEndsAtYear === false) return longestWindowAfterAward(subject, year, q, settings);
  const run = consecutiveRatingYears(subject, q.ratings, year, settings);
  const start = year - run + 1;
  let best: number | undefined;
  for (const t0 of awardYears(subject, q.awardIds, settings)) {
    const ok = q.startsAfterAward ? t0 >= start - 1 && t0 < year : t0 >= start && t0 <= year;
    if (ok && (best === undefined || t0 < best)) best = t0;
  }
  if (best === undefined) return undefined;
  return { from: q.startsAfterAward ? best + 1 : best, to: year };
}

/**
 * OQ-23 alternative reading: the longest unbroken run of qualifying years that lies after (or, without
 * `startsAfterAward`, from) the earliest opening award and ends at or before `year`; ties → the latest run.
 */
function longestWindowAfterAward(subject: Subject, year: number, q: AwardWindowQuery, settings: HistorySettings): { from: number; to: number } | undefined {
  const opened = [...awardYears(subject, q.awardIds, settings)].filter((t) => (q.startsAfterAward ? t < year : t <= year));
  if (opened.length === 0) return undefined;
  const start = Math.min(...opened) + (q.startsAfterAward ? 1 : 0);
  let best: { from: number; to: number } | undefined;
  for (let end = year; end >= start; end--) {
    const len = Math.min(consecutiveRatingYears(subject, q.ratings, end, settings), end - start + 1);
    if (len > 0 && (best === undefined || len > best.to - best.from + 1)) best = { from: end - len + 1, to: end };
  }
  return best;
}
