import { makeIssue, type Issue, type IssuePath } from '../../model/issue.js';
import type { RuleDef } from '../../model/rule-book.js';
import type { BookFileInput } from '../../schema/rule-file.js';

const END_OF_TIME = '9999-12-31';

interface Period {
  readonly from: string;
  readonly to?: string | undefined;
}

function overlaps(a: Period, b: Period): boolean {
  return a.from <= (b.to ?? END_OF_TIME) && b.from <= (a.to ?? END_OF_TIME);
}

/**
 * Check step "effective periods" of the regimes of national/book.json: unique ids, `to` not before
 * `from`, no two enabled regimes in force on one day. Returns the declared regime ids.
 * @internal
 */
export function checkRegimePeriods(book: BookFileInput | undefined, bookPath: string, issues: Issue[]): Set<string> {
  const regimeIds = new Set<string>();
  book?.regimes.forEach((r, i) => {
    const at = [bookPath, 'regimes', i];
    if (regimeIds.has(r.id)) issues.push(makeIssue('duplicate_id', [...at, 'id'], { id: r.id, other: bookPath }));
    regimeIds.add(r.id);
    if (r.effective.to && r.effective.to < r.effective.from) issues.push(makeIssue('invalid_effective_period', [...at, 'effective'], { from: r.effective.from, to: r.effective.to }));
    book.regimes.slice(0, i).forEach((o) => {
      if (o.enabled && r.enabled && overlaps(o.effective, r.effective)) {
        issues.push(makeIssue('overlapping_effective_periods', [...at, 'effective'], { other: o.id, from: r.effective.from, to: r.effective.to }));
      }
    });
  });
  return regimeIds;
}

/**
 * Check step "effective periods" of one rule: `to` not before `from`, and within its regime.
 * @returns whether the period is valid.
 * @internal
 */
export function checkRuleEffective(effective: Period, regime: { id: string; effective: Period }, at: IssuePath, issues: Issue[]): boolean {
  if (effective.to && effective.to < effective.from) {
    issues.push(makeIssue('invalid_effective_period', [...at, 'effective'], { from: effective.from, to: effective.to }));
    return false;
  } else if (effective.from < regime.effective.from || (effective.to ?? END_OF_TIME) > (regime.effective.to ?? END_OF_TIME)) {
    issues.push(makeIssue('effective_outside_regime', [...at, 'effective'], { regime: regime.id }));
    return false;
  }
  return true;
}

/**
 * Check step "effective periods" over the rules of one regime: two award rules for the same award
 * and kind of subject may not be in force on one day.
 * @internal
 */
export function checkAwardRuleOverlaps(rules: readonly RuleDef[], regimeId: string, issues: Issue[]): void {
  rules.forEach((a, i) => {
    rules.slice(0, i).forEach((b) => {
      if (a.kind === 'award' && b.kind === 'award' && a.awardId === b.awardId && a.subject === b.subject && overlaps(a.effective, b.effective)) {
        issues.push(makeIssue('overlapping_effective_periods', [a.file, 'rules', a.id, 'effective'], { other: b.id, award: a.awardId, regime: regimeId }));
      }
    });
  });
}
