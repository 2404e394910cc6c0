import { Engine } from 'json-rules-engine';
import type { FactContext } from '../facts/catalog.js';
import { FACTS_BY_ID } from '../facts/frozen-facts.js';
import type { FactValue } from '../operators/registry.js';
import { OPERATORS } from '../operators/registry.js';
import type { ConditionNode } from '../model/rule-book.js';
import type { EvaluationPlan, LeafResults, LeafValue } from '../model/leaf-results.js';
import { canonicalJson } from '../_internal/canonical-json.js';
import { resolveDottedPath } from '../_internal/dotted-path.js';

const AWARD_PARAM = 'thiduaAward';

function toEngineCondition(node: ConditionNode, awardId: string): Record<string, unknown> {
  if (node.type === 'group') {
    if (node.op === 'not') return { name: node.name, not: toEngineCondition(node.children[0]!, awardId) };
    return { name: node.name, [node.op]: node.children.map((c) => toEngineCondition(c, awardId)) };
  }
  return {
    name: node.name,
    fact: node.fact,
    operator: node.operator,
    value: node.value,
    params: { ...(node.params ?? {}), [AWARD_PARAM]: awardId },
    ...(node.factPath ? { path: node.factPath } : {}),
  };
}

/** The leaves of an evaluated engine condition, in tree order, appended to `values` and `results`. */
function collectLeaves(cond: Record<string, unknown>, values: LeafValue[], results: boolean[]): void {
  for (const op of ['all', 'any'] as const) {
    const children = cond[op];
    if (Array.isArray(children)) {
      for (const c of children) collectLeaves(c as Record<string, unknown>, values, results);
      return;
    }
  }
  if (cond['not'] && typeof cond['not'] === 'object') {
    collectLeaves(cond['not'] as Record<string, unknown>, values, results);
    return;
  }
  const fv = cond['factResult'];
  values.push(fv === undefined ? null : (fv as FactValue));
  results.push(cond['result'] === true);
}

/**
 * Run a plan for one subject through json-rules-engine, the evaluator of record: the same compact
 * leaf results as the compiled evaluator (detail "full": every leaf of every emitted rule, in plan
 * order; `verdicts` empty). A fresh engine per call (no shared-engine races), only thidua's
 * operators, constant derived facts, no JSONPath, no undefined facts, no condition priorities (so
 * every leaf is evaluated).
 * @param plan the plan; its emitted rules are run, each for the award its facts are derived for.
 * @param baseCtx the subject's fact context without the award.
 * @internal
 */
export async function runEngine(plan: EvaluationPlan, baseCtx: Omit<FactContext, 'awardId'>): Promise<LeafResults> {
  const rules = plan.emitted;
  const engine = new Engine([], { allowUndefinedFacts: false, allowUndefinedConditions: false, pathResolver: resolveDottedPath });
  for (const name of ['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'contains', 'doesNotContain', 'equal', 'notEqual', 'in', 'notIn']) {
    engine.removeOperator(name);
  }
  for (const op of OPERATORS.values()) {
    engine.addOperator(op.name, (factValue: unknown, expected: unknown) =>
      factValue === null || factValue === undefined ? false : op.test(factValue as Exclude<FactValue, null>, expected),
    );
  }
  const memo = new Map<string, FactValue>();
  const factIds = new Set<string>();
  for (const { rule } of rules) for (const f of rule.facts) factIds.add(f);
  for (const id of factIds) {
    const def = FACTS_BY_ID.get(id)!;
    engine.addFact(
      id,
      (params: Record<string, unknown>) => {
        const { [AWARD_PARAM]: award, ...rest } = params;
        const key = `${id}|${String(award)}|${canonicalJson(rest)}`;
        if (memo.has(key)) return memo.get(key)!;
        const v = def.derive({ ...baseCtx, awardId: String(award) }, rest);
        memo.set(key, v);
        return v;
      },
      { cache: false },
    );
  }
  rules.forEach(({ rule, awardId }, i) => {
    engine.addRule({
      name: `${i}`,
      conditions: toEngineCondition(rule.root, awardId) as never,
      event: { type: rule.event.type },
    });
  });
  const { results, failureResults } = await engine.run();
  // the engine reports passing and failing rules in two lists: put them back in plan order
  const byIndex = new Array<Record<string, unknown> | undefined>(rules.length);
  for (const rr of [...results, ...failureResults]) byIndex[Number(rr.name)] = rr.conditions as unknown as Record<string, unknown>;
  const values: LeafValue[] = [];
  const leafResults: boolean[] = [];
  for (let i = 0; i < rules.length; i++) {
    const conditions = byIndex[i];
    if (!conditions || rules[i]!.offset !== values.length) throw new Error('internal: engine results do not match the plan');
    collectLeaves(conditions, values, leafResults);
  }
  if (values.length !== plan.leafCount) throw new Error('internal: engine results do not match the plan');
  return { values, results: leafResults, verdicts: [] };
}
