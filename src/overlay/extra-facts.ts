import { closest } from '../_internal/closest.js';
import { assertArg, isObject, isRuleBook } from '../_internal/args.js';
import { fitsDeclaredType } from '../facts/declared.js';
import type { DeclaredFactDef, RuleBook } from '../model/rule-book.js';
import { makeIssue, type Issue, type IssuePath } from '../model/issue.js';
import type { Subject } from '../schema/subject.js';

/**
 * Check a subject's `extraFacts` (and those of its history years) against the facts declared by
 * the overlays applied to the book: each key is a declared fact of the right kind (per year or
 * for the subject), for the subject's kind, and its value fits the declared type. A missing value
 * is not an issue (the leaf that reads it is undetermined and the explanation names the field).
 * @param book the effective rule book.
 * @param subject a subject that passed the subject schema.
 * @param at the issue path of the subject.
 * @returns the issues (`unknown_extra_fact`, `extra_fact_type_mismatch`), empty when it fits.
 */
export function checkExtraFacts(book: RuleBook, subject: Subject, at: IssuePath = ['subject']): Issue[] {
  assertArg(isRuleBook(book), 'book (a rule book from loadRuleBook)');
  assertArg(isObject(subject) && Array.isArray((subject as { history?: unknown }).history) && (subject as { history: unknown[] }).history.every(isObject), 'subject (a subject that passed SubjectSchema)');
  assertArg(Array.isArray(at), 'at (an issue path)');
  const hasAny = subject.extraFacts !== undefined || subject.history.some((h) => h.extraFacts !== undefined);
  if (!hasAny) return [];
  const declared = new Map<string, DeclaredFactDef>();
  for (const o of book.overlays ?? []) for (const f of o.facts ?? []) declared.set(f.id, f);
  const issues: Issue[] = [];
  const check = (values: Readonly<Record<string, unknown>>, perYear: boolean, path: IssuePath): void => {
    for (const id of Object.keys(values).sort()) {
      const d = declared.get(id);
      if (!d || d.perYear !== perYear || !d.subjects.includes(subject.kind)) {
        const fits = [...declared.values()].filter((x) => x.perYear === perYear && x.subjects.includes(subject.kind)).map((x) => x.id);
        issues.push(makeIssue('unknown_extra_fact', [...path, id], { fact: id, where: perYear ? 'year' : 'subject', suggestions: closest(id, fits) }));
        continue;
      }
      const v = values[id];
      if (!fitsDeclaredType(d.type, v) || (d.type === 'enum' && !d.enumValues!.includes(v as string))) {
        issues.push(makeIssue('extra_fact_type_mismatch', [...path, id], { fact: id, type: d.type, ...(d.enumValues ? { expected: [...d.enumValues] } : {}) }));
      }
    }
  };
  if (subject.extraFacts) check(subject.extraFacts, false, [...at, 'extraFacts']);
  subject.history.forEach((h, i) => {
    if (h.extraFacts) check(h.extraFacts, true, [...at, 'history', i, 'extraFacts']);
  });
  return issues;
}
