import Decimal from 'decimal.js';
import { suggest } from '../_internal/closest.js';
import { deepFreeze } from '../_internal/deep-freeze.js';
import type { BaseSalaryEntry, BonusEntryDef, BonusSubjectKind } from '../model/bonus.js';
import type { Citation, Effective, LocalizedText, Marker, RuleBook } from '../model/rule-book.js';
import { fail, makeIssue, ok, type Issue, type Result } from '../model/issue.js';
import { resolveRegime } from '../rule-book/resolve-regime.js';
import { isRealDate } from '../schema/common.js';
import { bookIssues, objectIssues } from '../_internal/args.js';
import { mergeOptionIssues } from '../_internal/options.js';

/** Options of {@link bonusFor}. */
export interface BonusOptions {
  /** Date of the award decision (ISO), which selects the base salary and, by default, the regime. */
  readonly date: string;
  /** Who receives the bonus (households: the household variants of forms). */
  readonly subjectKind: BonusSubjectKind;
  /** Regime override (e.g. 2023 achievements decided in 2024 under the old regime). */
  readonly regime?: string | undefined;
}

/** Why a bonus amount cannot be given. */
export type BonusUndeterminedReason = 'multiplier-unconfirmed' | 'amounts-not-available' | 'no-entry';

/** The bonus of an award: the exact amount in VND, or why it is undetermined. Plain data. */
export interface BonusResult {
  readonly status: 'determined' | 'undetermined';
  readonly awardId: string;
  readonly title: LocalizedText;
  readonly subjectKind: BonusSubjectKind;
  readonly date: string;
  readonly regime: { readonly id: string; readonly resolvedBy: 'date' | 'override' };
  /** Exact amount as a decimal string (multiplier × base salary, no rounding); null when undetermined. */
  readonly amount: string | null;
  readonly currency: 'VND';
  /** Multiplier as a decimal string; null when undetermined. */
  readonly multiplier: string | null;
  /** Base salary in force on the decision date (VND, decimal string). */
  readonly baseSalary: string;
  readonly multiplierCitation: Citation | null;
  readonly baseSalaryCitation: Citation;
  /** Evidence marker of the base-salary row (e.g. PROBABLE before 1 Jul 2024, OQ-38). */
  readonly baseSalaryMarker: Marker;
  /** The period of the base-salary row that contains the decision date. */
  readonly baseSalaryEffective: Effective;
  /** The weaker of the two evidence markers (multiplier, base salary); UNCONFIRMED when undetermined. */
  readonly marker: Marker;
  /** Set for household amounts: factor × the amount for `subject`. */
  readonly derivedFrom?: { readonly subject: BonusSubjectKind; readonly factor: string } | undefined;
  readonly reason?: BonusUndeterminedReason | undefined;
  /** Open question id (shared/domain/open-questions.md) behind an undetermined multiplier. */
  readonly question?: string | undefined;
  readonly note?: LocalizedText | undefined;
}

const SUBJECTS: readonly BonusSubjectKind[] = ['individual', 'collective', 'household'];
const MARKER_RANK: Readonly<Record<Marker, number>> = { CONFIRMED: 2, PROBABLE: 1, UNCONFIRMED: 0 };
const weaker = (a: Marker, b: Marker): Marker => (MARKER_RANK[a] <= MARKER_RANK[b] ? a : b);

function baseSalaryOn(entries: readonly BaseSalaryEntry[], date: string): BaseSalaryEntry | undefined {
  return entries.find((e) => e.effective.from <= date && (e.effective.to === undefined || date <= e.effective.to));
}

/**
 * The cash bonus of an award: multiplier of the regime's bonus table × the statutory base salary
 * in force on the decision date, exact (decimal.js, no rounding), with both citations. A multiplier
 * the law leaves open (UNCONFIRMED, e.g. individual certificates, OQ-39) or a regime whose amounts
 * are not available (Decree 91/2017) gives an `undetermined` result with the reason. The base salary
 * is the row of the dated table that contains the decision date (rows from 1 Jul 2018; before that
 * date there is none, and no amount).
 * @param book a rule book from {@link loadRuleBook}.
 * @param awardId award id of the catalogue.
 * @param options decision date, subject kind, optional regime override.
 * @returns the bonus, or typed issues (unknown award, bad option, no base salary on that date).
 */
export function bonusFor(book: RuleBook, awardId: string, options: BonusOptions): Result<BonusResult> {
  const argIssues = [...bookIssues(book), ...objectIssues(options, 'options')];
  if (typeof awardId !== 'string') argIssues.push(makeIssue('invalid_option', ['awardId'], { option: 'awardId', expected: 'award-id' }));
  if (argIssues.length) return fail(argIssues);
  const issues: Issue[] = [];
  if (!options || typeof options !== 'object') return fail([makeIssue('invalid_option', ['options'], { option: 'options', expected: 'object' })]);
  const award = book.awards.find((a) => a.id === awardId);
  if (!award) issues.push(makeIssue('unknown_award', ['awardId'], { award: String(awardId), ...suggest(String(awardId), book.awards.map((a) => a.id)) }));
  const date = options.date;
  if (typeof date !== 'string' || !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(date) || !isRealDate(date)) {
    issues.push(makeIssue('invalid_option', ['options', 'date'], { option: 'date', expected: 'real-date' }));
  }
  if (!SUBJECTS.includes(options.subjectKind)) {
    issues.push(makeIssue('invalid_option', ['options', 'subjectKind'], { option: 'subjectKind', expected: 'one-of', values: SUBJECTS }));
  }
  mergeOptionIssues(issues, 'bonusFor', options, false);
  if (issues.length || !award) return fail(issues);
  const resolved = resolveRegime(book, { year: Number(date.slice(0, 4)), periodEnd: date, regime: options.regime });
  if (!resolved.ok) return fail(resolved.issues.map((i) => (i.code === 'no_regime_in_force' ? { ...i, path: ['options', 'date'] } : i)));
  const regime = resolved.value.regime;
  const table = regime.bonuses;
  const entry = table?.entries.find((e) => e.awardId === award.id && e.subject === options.subjectKind);
  const kindOk = options.subjectKind === 'household' ? entry !== undefined : award.subjects.includes(options.subjectKind);
  if (!kindOk && table?.status !== 'not-available') {
    return fail([makeIssue('subject_kind_mismatch', ['options', 'subjectKind'], { award: award.id, expected: award.subjects, received: options.subjectKind })]);
  }
  const salary = baseSalaryOn(book.baseSalary ?? [], date);
  if (!salary) return fail([makeIssue('no_base_salary', ['options', 'date'], { date })]);

  const common = {
    awardId: award.id,
    title: award.title,
    subjectKind: options.subjectKind,
    date,
    regime: { id: regime.id, resolvedBy: resolved.value.choice.resolvedBy === 'override' ? ('override' as const) : ('date' as const) },
    currency: 'VND' as const,
    baseSalary: salary.amount,
    baseSalaryCitation: salary.citation,
    baseSalaryMarker: salary.marker,
    baseSalaryEffective: { ...salary.effective },
  };
  const undetermined = (reason: BonusUndeterminedReason, e: BonusEntryDef | undefined, note: LocalizedText | undefined, question?: string): Result<BonusResult> =>
    ok(
      deepFreeze({
        status: 'undetermined' as const,
        ...common,
        amount: null,
        multiplier: null,
        multiplierCitation: e?.citation ?? table?.citation ?? null,
        marker: 'UNCONFIRMED' as const,
        ...(e?.derivedFrom ? { derivedFrom: e.derivedFrom } : {}),
        reason,
        ...(question ? { question } : {}),
        ...(note ? { note } : {}),
      }),
    );
  if (!table || table.status === 'not-available') return undetermined('amounts-not-available', undefined, table?.note);
  if (!entry) return undetermined('no-entry', undefined, table.note);
  let multiplier: Decimal;
  let marker = entry.marker;
  if (entry.derivedFrom) {
    const base = table.entries.find((e) => e.awardId === award.id && e.subject === entry.derivedFrom!.subject);
    if (!base || base.multiplier === null) return undetermined('multiplier-unconfirmed', entry, base?.note ?? entry.note, base?.question ?? entry.question);
    multiplier = new Decimal(base.multiplier).times(entry.derivedFrom.factor);
    marker = weaker(marker, base.marker);
  } else {
    if (entry.multiplier === null) return undetermined('multiplier-unconfirmed', entry, entry.note, entry.question);
    multiplier = new Decimal(entry.multiplier);
  }
  const multiplierText = entry.derivedFrom ? multiplier.toFixed() : entry.multiplier!;
  return ok(
    deepFreeze({
      status: 'determined' as const,
      ...common,
      amount: multiplier.times(salary.amount).toFixed(),
      multiplier: multiplierText,
      multiplierCitation: entry.citation,
      marker: weaker(marker, salary.marker),
      ...(entry.derivedFrom ? { derivedFrom: entry.derivedFrom } : {}),
      ...(entry.note ? { note: entry.note } : {}),
    }),
  );
}
