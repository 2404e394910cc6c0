import { closest } from '../../_internal/closest.js';
import { FACTS_BY_ID } from '../../facts/frozen-facts.js';
import { makeIssue, type Issue, type IssuePath } from '../../model/issue.js';

/**
 * Check step "facts" of one rule: its `facts` list names exactly the catalogued facts its conditions
 * read (each leaf's fact and operator are checked by `buildLeaf`).
 * @returns whether the rule passed.
 * @internal
 */
export function checkDeclaredFacts(declared: readonly string[], used: ReadonlySet<string>, at: IssuePath, issues: Issue[]): boolean {
  let ok = true;
  for (const f of used) {
    if (!declared.includes(f)) {
      issues.push(makeIssue('undeclared_fact', [...at, 'facts'], { fact: f }));
      ok = false;
    }
  }
  declared.forEach((f, j) => {
    if (!FACTS_BY_ID.has(f)) {
      issues.push(makeIssue('unknown_fact', [...at, 'facts', j], { fact: f, suggestions: closest(f, FACTS_BY_ID.keys()) }));
      ok = false;
    } else if (!used.has(f)) {
      issues.push(makeIssue('unused_declared_fact', [...at, 'facts', j], { fact: f }));
      ok = false;
    }
  });
  return ok;
}
