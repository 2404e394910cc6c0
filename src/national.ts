import { NATIONAL_RULE_FILES } from './_generated/national-rules.js';
import type { RuleBook } from './model/rule-book.js';
import type { Result } from './result/issue.js';
import { loadRuleBook } from './rule-book/load-rule-book.js';

/**
 * The national rule-book files embedded in the package (the rules/ folder without tests), keyed by
 * relative path. Pass them, possibly edited, to {@link loadRuleBook}.
 */
export function nationalRuleFiles(): Readonly<Record<string, unknown>> {
  return NATIONAL_RULE_FILES;
}

/**
 * Load the embedded national rule book (all regimes). Pure: each call validates anew and returns
 * a new frozen book; keep the result and reuse it.
 * @returns the rule book or the issues found (only if the package itself is broken).
 */
export function loadNationalRuleBook(): Result<RuleBook> {
  return loadRuleBook(NATIONAL_RULE_FILES);
}
