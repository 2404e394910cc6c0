import { Engine } from 'json-rules-engine';
import type { FactContext } from '../facts/catalog.js';
import { FACTS_BY_ID } from '../facts/frozen-facts.js';
import type { FactValue } from '../operators/registry.js';
import { OPERATORS } from '../operators/registry.js';
import type { ConditionNode, RuleDef } from '../model/rule-book.js';
import { canonicalJson } from '../_internal/canonical-json.js';

/** Raw per-leaf result read back from json-rules-engine, in tree order. @internal */
export interface EngineLeafResult {
  readonly factValue: FactValue;
  readonly result: boolean;
}

/** Dotted path resolver ($.a.b, $[0]) instead of JSONPath: faster and no script evaluation. @internal */
export function resolveDottedPath(value: unknown, path: string): unknown {
  let cur: unknown = value;
  const re = /\.([A-Za-z_][A-Za-z0-9_]*)|\[([0-9]+)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path.slice(1))) !== null) {
    if (cur === null || typeof cur !== 'object') return undefined;
    const key = m[1] ?? Number(m[2]);
    if (!Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

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

function collectLeaves(cond: Record<string, unknown>, out: EngineLeafResult[]): void {
  for (const op of ['all', 'any'] as const) {
    const children = cond[op];
    if (Array.isArray(children)) {
      for (const c of children) collectLeaves(c as Record<string, unknown>, out);
      return;
    }
  }
  if (cond['not'] && typeof cond['not'] === 'object') {
    collectLeaves(cond['not'] as Record<string, unknown>, out);
    return;
  }
  const fv = cond['factResult'];
  out.push({ factValue: fv === undefined ? null : (fv as FactValue), result: cond['result'] === true });
}

/**
 * Run rules through json-rules-engine, the evaluator of record. A fresh engine per call (no
 * shared-engine races), only thidua's operators, constant derived facts, no JSONPath, no
 * undefined facts, no condition priorities (so every leaf is evaluated).
 * @param rules the rules to run, each with the award id its facts are derived for.
 * @returns per rule id, the leaf results in tree order.
 * @internal
 */
export async function runEngine(
  rules: readonly { rule: RuleDef; awardId: string }[],
  baseCtx: Omit<FactContext, 'awardId'>,
): Promise<Map<string, EngineLeafResult[]>> {
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
  const out = new Map<string, EngineLeafResult[]>();
  for (const rr of [...results, ...failureResults]) {
    const idx = Number(rr.name);
    const leaves: EngineLeafResult[] = [];
    collectLeaves(rr.conditions as unknown as Record<string, unknown>, leaves);
    const { rule, awardId } = rules[idx]!;
    out.set(`${rule.id}|${awardId}`, leaves);
  }
  return out;
}
