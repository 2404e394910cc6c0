/** Settings that change how history is counted (rule-book parameters of the regime). */
export interface HistorySettings {
  /** D152 Art. 4.3: only merit-based (công trạng) awards feed chains. */
  readonly meritOnly: boolean;
  /** D152 Art. 4.4: years overlapping a discipline period do not count (and break runs, OQ-25). */
  readonly excludeDisciplinePeriods: boolean;
  /** OQ-27: an initiative recognised at a wider scope satisfies a narrower requirement. */
  readonly widerScopeSatisfiesNarrower: boolean;
  /** OQ-22: an initiative used for a title may ground another title. */
  readonly initiativeReuseAcrossTitles: boolean;
  /**
   * OQ-64: a discipline period that overlaps any part of a year bars that year (true), or only a
   * period still running at the end of the year does (false). Parameter `principles.disciplineBarsWholeYear`.
   */
  readonly disciplineBarsWholeYear: boolean;
}
