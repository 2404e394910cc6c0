import { NATIONAL_BOOK_HASH, NATIONAL_RULE_FILES } from '../_generated/national-rules.js';
import type { RuleBook } from '../model/rule-book.js';
import type { Result } from '../model/issue.js';
import { loadRuleBookCached } from './load-rule-book.js';

/**
 * A fresh, editable deep copy of the national rule-book files embedded in the package (the rules/
 * folder without tests), keyed by relative path. Pass them, possibly edited, to {@link loadRuleBook}.
 */
export function nationalRuleFiles(): Record<string, unknown> {
  // a deep copy: editing it never changes the embedded book seen by loadNationalRuleBook()
  return JSON.parse(JSON.stringify(NATIONAL_RULE_FILES)) as Record<string, unknown>;
}

/**
 * Load the embedded national rule book (all regimes). Validated on the first call; later calls
 * return the same frozen book from the content cache of {@link loadRuleBook}. Its hash was computed
 * from the same files when the package was built, so the first call does not recompute it.
 * @returns the rule book or the issues found (only if the package itself is broken).
 */
export function loadNationalRuleBook(): Result<RuleBook> {
  return loadRuleBookCached(NATIONAL_RULE_FILES, NATIONAL_BOOK_HASH);
}
