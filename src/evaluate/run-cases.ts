import { compareCodeUnits } from '../_internal/canonical-json.js';
import { evaluateEligibility } from './evaluate-eligibility.js';
import type { RuleBook } from '../model/rule-book.js';
import { assertArg, isRuleBook } from '../_internal/args.js';
import { fromZodIssues } from '../schema/from-zod.js';
import { withParameters } from '../rule-book/with-parameters.js';
import type { Issue } from '../model/issue.js';
import { CaseFileSchema, TestCaseSchema, type TestCase } from '../schema/case-file.js';

/** Outcome of one test case of the law. */
export interface CaseOutcome {
  readonly file: string;
  readonly index: number;
  readonly name: string;
  readonly passed: boolean;
  /** Human-readable differences between expected and actual (English, for developers). */
  readonly mismatches: readonly string[];
}

/** Validate a case file (tests as data); returns its cases or issues. */
export function parseCaseFile(file: string, data: unknown): { cases?: readonly TestCase[]; issues: Issue[] } {
  const r = CaseFileSchema.safeParse(data, { reportInput: true });
  if (!r.success) return { issues: fromZodIssues(r.error.issues, [file]) };
  return { cases: r.data.cases, issues: [] };
}

/**
 * Run one test case against a rule book: the verdict of every award named in `expect`, the exact
 * failing leaves of `failing`, and the regime of `expectRegime`.
 */
export async function runCase(book: RuleBook, c: TestCase, file = '', index = 0): Promise<CaseOutcome> {
  assertArg(isRuleBook(book), 'book (a rule book from loadRuleBook)');
  assertArg(TestCaseSchema.safeParse(c).success, 'case (a test case, see case-file.schema.json)');
  assertArg(typeof file === 'string' && typeof index === 'number' && Number.isInteger(index), 'file (a string) and index (an integer)');
  const mismatches: string[] = [];
  const awards = Object.keys(c.expect).sort(compareCodeUnits);
  let caseBook = book;
  if (c.parameters) {
    const b = withParameters(book, c.parameters);
    if (!b.ok) return { file, index, name: c.name, passed: false, mismatches: [`parameters: ${b.issues.map((i) => `${i.code} at ${i.path.join('.')}`).join('; ')}`] };
    caseBook = b.value;
  }
  const r = await evaluateEligibility(caseBook, c.subject, { year: c.year, ...(c.regime ? { regime: c.regime } : {}), awards });
  if (!r.ok) {
    mismatches.push(`evaluation failed: ${r.issues.map((i) => `${i.code} at ${i.path.join('.')}`).join('; ')}`);
  } else {
    if (c.expectRegime && r.value.regime.id !== c.expectRegime) mismatches.push(`regime: expected ${c.expectRegime}, got ${r.value.regime.id}`);
    for (const id of awards) {
      const v = r.value.awards.find((a) => a.awardId === id);
      if (!v) {
        mismatches.push(`${id}: no verdict`);
        continue;
      }
      if (v.verdict !== c.expect[id]) mismatches.push(`${id}: expected ${c.expect[id]}, got ${v.verdict} (failing: ${v.failing.map((f) => f.name).join(', ') || 'none'})`);
      const wantFailing = c.failing?.[id];
      if (wantFailing) {
        const got = [...new Set(v.failing.map((f) => f.name))].sort(compareCodeUnits);
        const want = [...wantFailing].sort(compareCodeUnits);
        if (got.join(',') !== want.join(',')) mismatches.push(`${id}: failing leaves expected [${want.join(', ')}], got [${got.join(', ')}]`);
      }
    }
  }
  return { file, index, name: c.name, passed: mismatches.length === 0, mismatches };
}
