import type { NotConsideredRecord } from '../model/outcome.js';
import type { Subject } from '../schema/subject.js';

/**
 * The records of a subject dated after the year under review, which an evaluation "as of year N"
 * does not read: history years after N, initiatives recognised after N, council votes on proposals
 * for a year after N and discipline periods starting after 31 Dec N. Not listed: `usedFor` entries
 * of an initiative (the use-once rule reads them whatever their year) and the decision dates of
 * awards (the awards of year N are decided in N+1). Sorted by path (key in code-unit order, then
 * index); the indices are those of the normalised subject (canonical order). Undefined when there
 * are none, so a report without such records has no `notConsidered` field.
 * @internal
 */
export function recordsAfterYear(subject: Subject, year: number): readonly NotConsideredRecord[] | undefined {
  let out: NotConsideredRecord[] | undefined;
  const add = (key: NotConsideredRecord['path'][0], index: number, y: number): void => {
    (out ??= []).push({ path: [key, index], year: y });
  };
  // keys in code-unit order: councilVotes < discipline < history < initiatives; indices ascend within each
  (subject.councilVotes ?? []).forEach((v, i) => v.year > year && add('councilVotes', i, v.year));
  const end = `${year}-12-31`;
  (subject.discipline ?? []).forEach((d, i) => d.from > end && add('discipline', i, Number(d.from.slice(0, 4))));
  subject.history.forEach((h, i) => h.year > year && add('history', i, h.year));
  (subject.initiatives ?? []).forEach((x, i) => x.year > year && add('initiatives', i, x.year));
  return out;
}
