import type { FactContext } from '../facts/catalog.js';
import type { RuleDef } from '../model/rule-book.js';
import type { FactValue } from '../operators/registry.js';
import { resolveDottedPath, type EngineLeafResult } from '../evaluate/engine-adapter.js';
import type { CompiledRuleBook } from './compile-rule-book.js';

/**
 * Evaluate rules with the compiled closures; returns, per `${ruleId}|${awardId}`, the leaf results in
 * tree order — the same shape as the json-rules-engine adapter, so both produce identical findings.
 * @internal
 */
export function runCompiled(
  compiled: CompiledRuleBook,
  regimeId: string,
  rules: readonly { rule: RuleDef; awardId: string }[],
  baseCtx: Omit<FactContext, 'awardId'>,
): Map<string, EngineLeafResult[]> {
  // fact values memoised per award (facts may depend on the award, e.g. initiatives not yet used for it)
  const memoByAward = new Map<string, Map<string, FactValue>>();
  const out = new Map<string, EngineLeafResult[]>();
  const ctxByAward = new Map<string, FactContext>();
  for (const { rule, awardId } of rules) {
    let ctx = ctxByAward.get(awardId);
    let memo = memoByAward.get(awardId);
    if (!ctx || !memo) {
      ctx = { ...baseCtx, awardId };
      ctxByAward.set(awardId, ctx);
      memo = new Map();
      memoByAward.set(awardId, memo);
    }
    const c = compiled.rules.get(`${regimeId}/${rule.id}`);
    if (!c) throw new Error(`internal: rule ${rule.id} was not compiled`);
    const results: EngineLeafResult[] = [];
    for (const leaf of c.leaves) {
      const key = leaf.memoKey;
      let v: FactValue;
      if (memo.has(key)) v = memo.get(key)!;
      else {
        v = leaf.fact.derive(ctx, leaf.params as Record<string, unknown>);
        memo.set(key, v);
      }
      if (leaf.factPath !== undefined && v !== null) {
        const r = resolveDottedPath(v, leaf.factPath);
        v = r === undefined ? null : (r as FactValue);
      }
      results.push({ factValue: v, result: v === null ? false : leaf.test(v) });
    }
    out.set(`${rule.id}|${awardId}`, results);
  }
  return out;
}
