import type { Subject, TaskRating } from '../schema/subject.js';
import { awardYears, yearInDisciplinePeriod, type HistorySettings } from './history.js';

/**
 * Consecutive years ending at `endingAt` in which the subject has one of `ratings` or holds one of
 * `awardIds` (Law 06/2022 Art. 74.3: "02 năm liên tục được công nhận HTXSNV hoặc đạt danh hiệu
 * TTLĐXS", read per year, OQ-24). A missing year breaks the run; so does a discipline year when
 * the regime excludes discipline periods (OQ-25).
 */
export function consecutiveRatingOrAwardYears(
  subject: Subject,
  ratings: readonly TaskRating[],
  awardIds: readonly string[],
  endingAt: number,
  settings: HistorySettings,
): number {
  const byYear = new Map(subject.history.map((r) => [r.year, r.taskRating] as const));
  const held = awardYears(subject, awardIds, settings);
  let n = 0;
  for (;;) {
    const y = endingAt - n;
    const r = byYear.get(y);
    const ok = (r !== undefined && ratings.includes(r)) || held.has(y);
    if (!ok) break;
    if (settings.excludeDisciplinePeriods && yearInDisciplinePeriod(subject, y, settings.disciplineBarsWholeYear)) break;
    n++;
  }
  return n;
}
