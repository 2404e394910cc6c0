import type { Subject, TaskRating } from '../schema/subject.js';

import type { HistorySettings } from '../model/history-settings.js';

export type { HistorySettings };

/** Scope at which an initiative, research work or combat creativity was recognised. */
export type Scope = 'grassroots' | 'ministry-province' | 'force-wide' | 'national';
const SCOPE_ORDER: Readonly<Record<Scope, number>> = { grassroots: 0, 'ministry-province': 1, 'force-wide': 1, national: 2 };

/**
 * True if a discipline period of the subject bars calendar year `year` (D152 Art. 4.4): by default
 * any overlap with the year; with `wholeYear = false` (OQ-64) only a period still running on
 * 31 December of the year.
 * @param subject a validated subject.
 * @param year the calendar year.
 * @param wholeYear whether any overlap bars the whole year (parameter `principles.disciplineBarsWholeYear`).
 * @returns whether the year is barred.
 */
export function yearInDisciplinePeriod(subject: Subject, year: number, wholeYear = true): boolean {
  if (subject.discipline === undefined || subject.discipline.length === 0) return false;
  const end = `${year}-12-31`;
  const start = wholeYear ? `${year}-01-01` : end;
  return subject.discipline.some((d) => d.from <= end && (d.to === undefined || d.to >= start));
}

/**
 * Years in which the subject holds one of `awardIds` (not revoked), after the regime's filters:
 * merit-only (D152 Art. 4.3) and discipline windows (D152 Art. 4.4).
 */
export function awardYears(subject: Subject, awardIds: readonly string[], settings: HistorySettings): Set<number> {
  const years = new Set<number>();
  for (const rec of subject.history) {
    if (settings.excludeDisciplinePeriods && yearInDisciplinePeriod(subject, rec.year, settings.disciplineBarsWholeYear)) continue;
    for (const a of rec.awards ?? []) {
      if (a.revoked) continue;
      if (!awardIds.includes(a.awardId)) continue;
      if (settings.meritOnly && (a.commendationType ?? 'merit') !== 'merit') continue;
      years.add(rec.year);
    }
  }
  return years;
}

/** Number of consecutive years ending at `endingAt` (inclusive) with one of the awards. A missing year breaks the run. */
export function consecutiveAwardYears(subject: Subject, awardIds: readonly string[], endingAt: number, settings: HistorySettings): number {
  const years = awardYears(subject, awardIds, settings);
  let n = 0;
  while (years.has(endingAt - n)) n++;
  return n;
}

/** Number of years in [from, to] with one of the awards (not necessarily consecutive). */
export function awardCountInWindow(subject: Subject, awardIds: readonly string[], from: number, to: number, settings: HistorySettings): number {
  let n = 0;
  for (const y of awardYears(subject, awardIds, settings)) if (y >= from && y <= to) n++;
  return n;
}

/** Years from the most recent year ≤ `year` with one of the awards to `year`; undefined if never. */
export function yearsSinceAward(subject: Subject, awardIds: readonly string[], year: number, settings: HistorySettings): number | undefined {
  let last: number | undefined;
  for (const y of awardYears(subject, awardIds, settings)) if (y <= year && (last === undefined || y > last)) last = y;
  return last === undefined ? undefined : year - last;
}

/** Consecutive years ending at `endingAt` whose task rating is one of `ratings`. */
export function consecutiveRatingYears(subject: Subject, ratings: readonly TaskRating[], endingAt: number, settings: HistorySettings): number {
  const history = subject.history;
  let n = 0;
  for (;;) {
    const y = endingAt - n;
    // a short list (at most 100 years, validated): a scan is cheaper than building an index
    let r: TaskRating | undefined;
    for (let i = 0; i < history.length; i++) if (history[i]!.year === y) r = history[i]!.taskRating;
    if (r === undefined || !ratings.includes(r)) break;
    if (settings.excludeDisciplinePeriods && yearInDisciplinePeriod(subject, y, settings.disciplineBarsWholeYear)) break;
    n++;
  }
  return n;
}

/** Query for {@link availableInitiatives}. */
export interface InitiativeQuery {
  readonly kinds: readonly ('initiative' | 'research' | 'combat-creativity')[];
  readonly minScope: Scope;
  readonly from: number;
  readonly to: number;
  /** The award the initiatives would ground. */
  readonly forAward: string;
  /** The achievement year being evaluated. */
  readonly year: number;
  /** Only items recorded as applied in practice. */
  readonly appliedOnly?: boolean;
  /** Category of an award id (title or form), to apply the use-once rule. */
  readonly categoryOf: (awardId: string) => 'title' | 'form' | undefined;
}

/**
 * Initiatives (or research works / combat creativity) recognised in [from, to] at `minScope` or
 * (if allowed) a wider scope, and not yet consumed by another award: an initiative that grounded a
 * form of commendation cannot ground another form (Công văn 5007/BNV-TĐKT, Law Art. 5.2.c); reuse
 * across titles follows `initiativeReuseAcrossTitles` (OQ-22).
 */
export function availableInitiatives(subject: Subject, q: InitiativeQuery, settings: HistorySettings): string[] {
  const want = SCOPE_ORDER[q.minScope];
  const forCategory = q.categoryOf(q.forAward);
  const ids: string[] = [];
  for (const ini of subject.initiatives ?? []) {
    if (!q.kinds.includes(ini.kind)) continue;
    if (ini.year < q.from || ini.year > q.to) continue;
    if (q.appliedOnly && ini.applied !== true) continue;
    const have = SCOPE_ORDER[ini.recognisedScope];
    const scopeOk = settings.widerScopeSatisfiesNarrower ? have >= want : ini.recognisedScope === q.minScope || (have === want && q.minScope !== 'grassroots');
    if (!scopeOk) continue;
    const consumed = (ini.usedFor ?? []).some((u) => {
      // evaluated "as of" the year: a use recorded for a later year had not happened yet
      if (u.year > q.year) return false;
      if (u.awardId === q.forAward) return u.year !== q.year;
      const cat = q.categoryOf(u.awardId);
      if (cat === 'form' && forCategory === 'form') return true;
      if (cat === 'title' && forCategory === 'title') return !settings.initiativeReuseAcrossTitles;
      return false;
    });
    if (!consumed) ids.push(ini.id);
  }
  return ids.sort();
}
