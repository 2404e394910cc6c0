/**
 * Evaluation of one subject: validate and plan (prepare-evaluation.ts), run the plan with an evaluator
 * — the compiled closures (compile/run-compiled.ts) or json-rules-engine (reference/engine-adapter.ts) —
 * into compact leaf results (model/leaf-results.ts), and build the report from them (build-report.ts).
 * Every path, including worker threads, goes through the same compact result and the same builder.
 */
import { runCompiled, type SubjectContext } from '../compile/run-compiled.js';
import type { LeafResults } from '../model/leaf-results.js';
import type { EligibilityReport, NotConsideredRecord } from '../model/outcome.js';
import type { RuleBook } from '../model/rule-book.js';
import { fail, ok, type Issue, type Result } from '../model/issue.js';
import { runEngine } from '../reference/engine-adapter.js';
import { buildReport, toVerdictsOnly } from './build-report.js';
import { recordsAfterYear } from './not-considered.js';
import { begin, bookIndex, inputHashOf, planFor, prepareEvaluation, summaryOf, type Begun, type EvaluateOptions, type PreparedEvaluation, type SubjectSummary } from './prepare-evaluation.js';

export { prepareEvaluation };
export type { EvaluateOptions, PreparedEvaluation } from './prepare-evaluation.js';

/**
 * The result of one subject in compact form — what worker threads send back, and what every
 * evaluator produces: the subject summary, its input hash, the records not considered and the
 * compact leaf results (see {@link LeafResults}). {@link expandCompact} builds the report from it.
 * @internal
 */
export type CompactResult =
  | { readonly ok: false; readonly issues: readonly Issue[] }
  | ({
      readonly ok: true;
      readonly subject: SubjectSummary;
      readonly inputHash: string;
      readonly notConsidered: readonly NotConsideredRecord[] | undefined;
    } & LeafResults);

function subjectContext(prep: PreparedEvaluation, b: Begun): SubjectContext {
  return { subject: b.subj, year: prep.options.year, settings: b.regime.settings, categoryOf: bookIndex(prep.book).categoryOf };
}

function compactOf(prep: PreparedEvaluation, b: Begun, leaves: LeafResults): CompactResult & { ok: true } {
  return {
    ok: true,
    subject: summaryOf(b.subj),
    inputHash: inputHashOf(prep, b.subj),
    notConsidered: recordsAfterYear(b.subj, prep.options.year),
    values: leaves.values,
    results: leaves.results,
    verdicts: leaves.verdicts,
  };
}

function reportOf(prep: PreparedEvaluation, b: Begun, compact: CompactResult & { ok: true }): EligibilityReport {
  return buildReport(prep, b.plan, { subject: compact.subject, inputHash: compact.inputHash, choice: b.choice, notConsidered: compact.notConsidered }, compact);
}

/** The compiled evaluator, returning the compact result (the expensive part, run on a worker). @internal */
export function evaluatePreparedCompact(prep: PreparedEvaluation, subject: unknown): CompactResult {
  const b = begin(prep, subject);
  if (!b.ok) return { ok: false, issues: b.issues };
  return compactOf(prep, b.value, runCompiled(prep.book, b.value.regime.id, subjectContext(prep, b.value), b.value.plan, prep.options.detail ?? 'full'));
}

/** The reference evaluator (json-rules-engine), returning the same compact result as the compiled one. @internal */
export async function evaluatePreparedCompactWithEngine(prep: PreparedEvaluation, subject: unknown): Promise<CompactResult> {
  const b = begin(prep, subject);
  if (!b.ok) return { ok: false, issues: b.issues };
  const leaves = await runEngine(b.value.plan, subjectContext(prep, b.value));
  return compactOf(prep, b.value, prep.options.detail === 'verdicts' ? toVerdictsOnly(b.value.plan, leaves) : leaves);
}

/**
 * The report of a compact result (from this thread or a worker's structured clone), under the same
 * prepared evaluation that produced it.
 * @internal
 */
export function expandCompact(prep: PreparedEvaluation, compact: CompactResult): Result<EligibilityReport> {
  if (!compact.ok) return fail(compact.issues);
  const resolved = prep.resolved;
  if (!resolved?.ok) throw new Error('internal: a compact report for options that do not resolve');
  const { regime, choice } = resolved.value;
  const plan = planFor(prep.book, regime, choice.ruleDate, compact.subject.kind, prep.options.awards, prep.awardsKey);
  return ok(buildReport(prep, plan, { subject: compact.subject, inputHash: compact.inputHash, choice, notConsidered: compact.notConsidered }, compact));
}

/**
 * The compiled evaluator, synchronous: one subject against a prepared evaluation. Same report as the
 * json-rules-engine path (differential tests).
 * @internal
 */
export function evaluatePreparedSync(prep: PreparedEvaluation, subject: unknown): Result<EligibilityReport> {
  const b = begin(prep, subject);
  if (!b.ok) return b;
  const leaves = runCompiled(prep.book, b.value.regime.id, subjectContext(prep, b.value), b.value.plan, prep.options.detail ?? 'full');
  // same thread: the report computes its input hash when first read (a worker's compact result carries it)
  const subj = b.value.subj;
  const head = { subject: summaryOf(subj), inputHash: () => inputHashOf(prep, subj), choice: b.value.choice, notConsidered: recordsAfterYear(subj, prep.options.year) };
  return ok(buildReport(prep, b.value.plan, head, leaves));
}

/** The reference path: json-rules-engine runs the conditions; the report is built from its leaf results. */
async function evaluatePreparedWithEngine(prep: PreparedEvaluation, subject: unknown): Promise<Result<EligibilityReport>> {
  const b = begin(prep, subject);
  if (!b.ok) return b;
  const leaves = await runEngine(b.value.plan, subjectContext(prep, b.value));
  return ok(reportOf(prep, b.value, compactOf(prep, b.value, prep.options.detail === 'verdicts' ? toVerdictsOnly(b.value.plan, leaves) : leaves)));
}

/** Evaluate one subject against a prepared evaluation with the evaluator its options name. @internal */
export function evaluatePrepared(prep: PreparedEvaluation, subject: unknown): Promise<Result<EligibilityReport>> {
  return prep.options?.evaluator === 'json-rules-engine' ? evaluatePreparedWithEngine(prep, subject) : Promise.resolve(evaluatePreparedSync(prep, subject));
}

/**
 * Evaluate every award (or the requested ones) for one subject in one achievement year.
 * Every leaf is evaluated and reported with the fact value used, the expected value, its citation
 * and the gap to eligibility. Bad input gives typed issues, never a throw and never a partial
 * verdict. The input is not mutated.
 * @param book a rule book from {@link loadRuleBook}.
 * @param subject an individual or collective (validated here).
 * @param options the achievement year, optional regime override, optional award filter.
 * @returns the eligibility report, or the issues found in the input.
 */
export async function evaluateEligibility(book: RuleBook, subject: unknown, options: EvaluateOptions): Promise<Result<EligibilityReport>> {
  return evaluatePrepared(prepareEvaluation(book, options), subject);
}
