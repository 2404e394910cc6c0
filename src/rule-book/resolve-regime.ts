import { suggest } from '../_internal/closest.js';
import type { RegimeDef, RuleBook } from '../model/rule-book.js';
import type { RegimeChoice } from '../model/outcome.js';
import { fail, makeIssue, ok, type Result } from '../model/issue.js';
import { bookIssues, objectIssues } from '../_internal/args.js';
import { checkOptions } from '../_internal/options.js';

/** Options of {@link resolveRegime}. */
export interface ResolveRegimeOptions {
  /** Achievement year. */
  readonly year: number;
  /** Last day of the achievement period (school years); default `${year}-12-31`. */
  readonly periodEnd?: string | undefined;
  /** Explicit regime id for boundary cases (e.g. 2023 achievements decided in 2024). */
  readonly regime?: string | undefined;
}

/**
 * Choose the regime of an evaluation: the explicit override, else the enabled regime in force on
 * the last day of the achievement period (domain regimes.md §5.3; an engine default, OQ-30).
 */
export function resolveRegime(book: RuleBook, options: ResolveRegimeOptions): Result<{ regime: RegimeDef; choice: RegimeChoice }> {
  const argIssues = [...bookIssues(book), ...objectIssues(options, 'options')];
  if (argIssues.length) return fail(argIssues);
  const badOptions = checkOptions('resolveRegime', options, false);
  if (badOptions) return badOptions;
  if (!Number.isInteger(options.year)) return fail([makeIssue('invalid_option', ['options', 'year'], { option: 'year', expected: 'year' })]);
  if (options.regime !== undefined && typeof options.regime !== 'string') return fail([makeIssue('invalid_option', ['options', 'regime'], { option: 'regime', expected: 'regime-id' })]);
  if (options.periodEnd !== undefined && typeof options.periodEnd !== 'string') return fail([makeIssue('invalid_option', ['options', 'periodEnd'], { option: 'periodEnd', expected: 'real-date' })]);
  const periodEnd = options.periodEnd ?? `${options.year}-12-31`;
  if (options.regime !== undefined) {
    const r = book.regimes.find((x) => x.id === options.regime);
    if (!r) {
      return fail([makeIssue('unknown_regime', ['options', 'regime'], { regime: options.regime, ...suggest(options.regime, book.regimes.map((x) => x.id)) })]);
    }
    if (!r.enabled) return fail([makeIssue('regime_disabled', ['options', 'regime'], { regime: r.id })]);
    // An overridden regime is applied with the rule versions in force at the date of the regime
    // nearest to the period end (e.g. a 2023 achievement under vn-tdkt-2022-nd98 uses the rules of 2024-01-01).
    const ruleDate =
      periodEnd < r.effective.from ? r.effective.from : r.effective.to !== undefined && periodEnd > r.effective.to ? r.effective.to : periodEnd;
    return ok({ regime: r, choice: { id: r.id, title: r.title, resolvedBy: 'override', periodEnd, ruleDate } });
  }
  const r = book.regimes.find((x) => x.enabled && x.effective.from <= periodEnd && (x.effective.to === undefined || periodEnd <= x.effective.to));
  if (!r) {
    const covered = book.regimes.filter((x) => x.enabled).map((x) => `${x.effective.from}–${x.effective.to ?? ''}`);
    return fail([makeIssue('no_regime_in_force', ['options', 'year'], { date: periodEnd, covered })]);
  }
  return ok({ regime: r, choice: { id: r.id, title: r.title, resolvedBy: 'period-end', periodEnd, ruleDate: periodEnd } });
}
