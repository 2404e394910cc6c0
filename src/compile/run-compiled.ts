import type { FactContext } from '../facts/catalog.js';
import type { EvaluationPlan, LeafResults, LeafValue } from '../model/leaf-results.js';
import type { RuleBook } from '../model/rule-book.js';
import type { NodeStatus, Verdict } from '../model/verdict.js';
import { compileRuleBook, newRun, switchAward, type CompiledRun } from './compile-rule-book.js';

/** The fact context of a subject without the award under evaluation. @internal */
export type SubjectContext = Omit<FactContext, 'awardId'>;

/** A fact context (a class: one hidden class, cheap to create once per award). */
class Ctx implements FactContext {
  constructor(
    readonly subject: FactContext['subject'],
    readonly year: number,
    readonly settings: FactContext['settings'],
    readonly categoryOf: FactContext['categoryOf'],
    readonly awardId: string,
  ) {}
}

/**
 * Run a plan for one subject with the compiled closures of the book's regime: the compact leaf
 * results (see {@link LeafResults}). Detail "full" evaluates every leaf of every emitted rule; detail
 * "verdicts" stops at the first decisive leaf of a rule and the first failing rule of an award, and a
 * rule shared between awards is evaluated once.
 * @internal
 */
export function runCompiled(book: RuleBook, regimeId: string, subject: SubjectContext, plan: EvaluationPlan, detail: 'full' | 'verdicts'): LeafResults {
  const regime = compileRuleBook(book).regimes.get(regimeId);
  if (!regime) throw new Error(`internal: regime ${regimeId} was not compiled`);
  const { rules } = regime;
  let run: CompiledRun | undefined;
  const enter = (awardId: string): CompiledRun => {
    const ctx = new Ctx(subject.subject, subject.year, subject.settings, subject.categoryOf, awardId);
    if (run === undefined) return (run = newRun(regime, ctx));
    switchAward(regime, run, ctx);
    return run;
  };
  if (detail === 'verdicts') {
    const verdicts: Exclude<Verdict, 'not-applicable'>[] = [];
    const statuses = new Array<NodeStatus | undefined>(plan.emitted.length);
    for (const a of plan.awards) {
      const r = enter(a.award.id);
      let verdict: Exclude<Verdict, 'not-applicable'> = 'eligible';
      for (let i = 0; i < a.rules.length; i++) {
        const slot = a.slots[i]!;
        let s = statuses[slot];
        if (s === undefined) s = statuses[slot] = rules.get(a.rules[i]!.id)!.status(r);
        if (s === 'fail') {
          verdict = 'ineligible';
          break;
        }
        if (s === 'missing_fact') verdict = 'undetermined';
      }
      verdicts.push(verdict);
    }
    return { values: [], results: [], verdicts };
  }
  const values: LeafValue[] = [];
  const results: boolean[] = [];
  let awardId: string | undefined;
  let r!: CompiledRun;
  for (const e of plan.emitted) {
    if (e.awardId !== awardId) {
      awardId = e.awardId;
      r = enter(awardId);
    }
    for (const leaf of rules.get(e.rule.id)!.leaves) {
      const v = leaf.value(r);
      values.push(v);
      results.push(v === null ? false : leaf.test(v));
    }
  }
  return { values, results, verdicts: [] };
}
