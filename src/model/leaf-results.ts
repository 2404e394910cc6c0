/**
 * The hand-off from evaluation to explanation (issue 16): what an evaluator is asked to run (an
 * {@link EvaluationPlan}) and what it gives back ({@link LeafResults}). Every evaluator — the compiled
 * closures (compile/), json-rules-engine (reference/), worker threads (node/) — produces the same
 * LeafResults for the same plan and subject; evaluate/build-report.ts alone turns them into findings.
 */
import type { NotApplicableReason, Verdict } from './outcome.js';
import type { AwardDef, RuleDef } from './rule-book.js';

/** A fact value as a leaf reads it (the same union as operators/registry.ts `FactValue`). */
export type LeafValue = boolean | string | number | null;

/** One rule whose leaves a full {@link LeafResults} holds, with the award its facts are derived for. */
export interface EmittedRule {
  readonly rule: RuleDef;
  readonly awardId: string;
  /** Index of the rule's first leaf in {@link LeafResults.values}. */
  readonly offset: number;
}

/** An award of the plan with the rules that decide it (principles first). */
export interface PlannedAward {
  readonly award: AwardDef;
  readonly rules: readonly RuleDef[];
  /** Per rule: its index in {@link EvaluationPlan.emitted} (a shared principle has one index for every award). */
  readonly slots: readonly number[];
}

/** One award of the plan: not applicable (with the reason), or planned. */
export type PlanEntry = { readonly award: AwardDef; readonly notApplicable: NotApplicableReason; readonly planned?: undefined } | { readonly award: AwardDef; readonly notApplicable?: undefined; readonly planned: PlannedAward };

/**
 * Which awards a subject is evaluated for and which rules decide them, for one regime, rule date,
 * subject kind and award filter. A principle none of whose facts reads the award under evaluation is
 * "shared": it is run once per subject (for the first award that uses it) and its outcome is reused.
 */
export interface EvaluationPlan {
  /** Every award of the report, in catalogue order. */
  readonly entries: readonly PlanEntry[];
  /** The planned awards (entries with rules), in order. */
  readonly awards: readonly PlannedAward[];
  /** The rules to run, in plan order: award by award, each rule once per award (a shared one once). */
  readonly emitted: readonly EmittedRule[];
  /** Total number of leaves of the emitted rules. */
  readonly leafCount: number;
}

/**
 * The compact per-leaf result of one subject under a plan: enough to rebuild the whole report.
 * - detail "full": `values` and `results` hold, for every leaf of every emitted rule in plan order
 *   (rules in `emitted` order, leaves in tree order), the fact value (after the fact path; null when
 *   missing) and the operator's result (false when the value is null); a leaf's status is
 *   `value === null ? 'missing_fact' : result ? 'pass' : 'fail'`. `verdicts` is empty.
 * - detail "verdicts": `values` and `results` are empty; `verdicts` holds each planned award's verdict
 *   in order (the compiled evaluator stops at the first decisive leaf or rule).
 * Plain arrays of JSON values: it survives a structured clone (worker threads) unchanged.
 */
export interface LeafResults {
  readonly values: readonly LeafValue[];
  readonly results: readonly boolean[];
  readonly verdicts: readonly Exclude<Verdict, 'not-applicable'>[];
}
