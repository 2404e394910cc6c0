import { closest } from '../../_internal/closest.js';
import { makeIssue, type Issue, type IssuePath } from '../../model/issue.js';
import type { RuleFiles } from './files.js';

/**
 * Check step "citations" of one rule: a rule without a `citation` is `missing_citation` (reported
 * here rather than as zod's `missing_field`, which the rule schema check then drops).
 * @internal
 */
export function checkRuleCitation(raw: unknown, at: IssuePath, issues: Issue[]): void {
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw) && !('citation' in raw)) {
    issues.push(makeIssue('missing_citation', [...at, 'citation']));
  }
}

/**
 * Check step "citations" of the whole book: every `sources` list (rules, conditions, parameters,
 * regimes, hierarchy, bonuses, quotas) may name only ids declared in the register of
 * national/book.json, so a citation's evidence is traceable.
 * @internal
 */
export function checkSourceIds(files: RuleFiles, paths: readonly string[], declared: ReadonlySet<string>, issues: Issue[]): void {
  // one mutable path, copied only when an issue is reported (a load walks every node of every file)
  const at: (string | number)[] = [];
  const walk = (v: unknown, depth: number): void => {
    if (depth > 64 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        at.push(i);
        walk(v[i], depth + 1);
        at.pop();
      }
      return;
    }
    for (const k of Object.keys(v)) {
      const x = (v as Record<string, unknown>)[k];
      at.push(k);
      if (k === 'sources' && Array.isArray(x) && x.every((e) => typeof e === 'string')) {
        (x as string[]).forEach((id, i) => {
          if (!declared.has(id)) issues.push(makeIssue('unknown_source', [...at, i], { source: id, suggestions: closest(id, declared) }));
        });
      } else walk(x, depth + 1);
      at.pop();
    }
  };
  for (const p of paths) {
    if (!p.startsWith('national/') || p === 'national/book.json' || /\/tests\//.test(p)) continue;
    at.length = 0;
    at.push(p);
    walk(files[p], 0);
  }
}
