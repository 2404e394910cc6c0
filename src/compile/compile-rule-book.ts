import { canonicalJson } from '../_internal/canonical-json.js';
import type { FactContext, FactDef } from '../facts/catalog.js';
import { FACTS_BY_ID } from '../facts/frozen-facts.js';
import type { GroupFinding, NodeStatus } from '../model/outcome.js';
import type { ConditionNode, RuleBook, RuleDef } from '../model/rule-book.js';
import type { FactValue, OperatorDef } from '../operators/registry.js';
import { OPERATORS } from '../operators/registry.js';
import { groupFinding, GroupStatic, groupStatus, leafFinding, LeafStatic } from '../evaluate/findings.js';
import { resolveDottedPath } from '../reference/engine-adapter.js';
import { assertArg, isRuleBook } from '../_internal/args.js';

/** One leaf compiled to plain functions: no eval, no `new Function`, nothing from the rule file executed. */
export interface CompiledLeaf {
  readonly fact: FactDef;
  readonly params: Readonly<Record<string, unknown>>;
  /** Canonical key of the params. */
  readonly paramsKey: string;
  /** Key of the fact value in the per-subject memo: fact id and params. */
  readonly memoKey: string;
  readonly factPath?: string | undefined;
  readonly test: (actual: Exclude<FactValue, null>) => boolean;
}

/** A rule compiled once: its leaves in tree order. */
export interface CompiledRule {
  readonly rule: RuleDef;
  readonly leaves: readonly CompiledLeaf[];
}

/** A rule book compiled once and reused for every subject. */
export interface CompiledRuleBook {
  readonly book: RuleBook;
  /** Compiled rules by `${regimeId}/${ruleId}`. */
  readonly rules: ReadonlyMap<string, CompiledRule>;
}

/** Marks a memo slot not computed yet for the current subject. */
const UNSET: unique symbol = Symbol('unset');

/**
 * State of one subject's evaluation: the fact context of the award being evaluated and the memo of
 * fact values (one slot per distinct fact + params of the regime). Award-scoped facts (those reading
 * the award under evaluation) are cleared when the award changes; the others are derived once per subject.
 * @internal
 */
export interface CompiledRun {
  ctx: FactContext;
  readonly memo: (FactValue | typeof UNSET)[];
}

/** Reading position in compact leaf results. @internal */
export interface CompactCursor {
  readonly values: readonly FactValue[];
  readonly results: readonly boolean[];
  i: number;
}

/** A condition node compiled three ways: the full finding, the status alone (short-circuiting), and the finding from compact results. */
interface CompiledNode {
  readonly finding: (run: CompiledRun) => GroupFinding | ReturnType<typeof leafFinding>;
  readonly status: (run: CompiledRun) => NodeStatus;
  readonly expand: (cursor: CompactCursor) => GroupFinding | ReturnType<typeof leafFinding>;
}

/** What the evaluator needs of a compiled regime. @internal */
export interface CompiledRegime {
  readonly slotCount: number;
  /** Slots holding award-scoped facts, cleared when the award under evaluation changes. */
  readonly awardScopedSlots: readonly number[];
  /** Per rule id: the root finding builder, the status-only evaluator and the leaves in tree order. */
  readonly rules: ReadonlyMap<string, CompiledRuleFns>;
}

/** The closures of one compiled rule. @internal */
export interface CompiledRuleFns {
  readonly tree: (run: CompiledRun) => GroupFinding;
  readonly status: (run: CompiledRun) => NodeStatus;
  /** The finding tree from compact leaf results (values and operator results in tree order). */
  readonly expand: (cursor: CompactCursor) => GroupFinding;
  /** Each leaf's fact value and operator, in tree order (compact results for worker threads). */
  readonly leaves: readonly { readonly value: (run: CompiledRun) => FactValue; readonly test: (actual: Exclude<FactValue, null>) => boolean }[];
}

interface SlotTable {
  readonly byKey: Map<string, number>;
  readonly awardScoped: number[];
}

function compileLeafValue(leaf: CompiledLeaf, slots: SlotTable): (run: CompiledRun) => FactValue {
  let slot = slots.byKey.get(leaf.memoKey);
  if (slot === undefined) {
    slot = slots.byKey.size;
    slots.byKey.set(leaf.memoKey, slot);
    if (leaf.fact.awardScoped) slots.awardScoped.push(slot);
  }
  const s = slot;
  const { fact, params, factPath } = leaf;
  const derive = (run: CompiledRun): FactValue => {
    const m = run.memo[s];
    if (m !== UNSET && m !== undefined) return m;
    const v = fact.derive(run.ctx, params as Record<string, unknown>);
    run.memo[s] = v;
    return v;
  };
  if (factPath === undefined) return derive;
  return (run) => {
    const v = derive(run);
    if (v === null) return null;
    const r = resolveDottedPath(v, factPath);
    return r === undefined ? null : (r as FactValue);
  };
}

type LeafFns = CompiledRuleFns['leaves'][number];

function compileNode(node: ConditionNode, leaves: CompiledLeaf[], slots: SlotTable, fns: LeafFns[]): CompiledNode {
  if (node.type === 'group') {
    const children = node.children.map((c) => compileNode(c, leaves, slots, fns));
    const n = children.length;
    const op = node.op;
    const fixed = new GroupStatic(node);
    return {
      finding: (run) => {
        const out = new Array<ReturnType<CompiledNode['finding']>>(n);
        for (let i = 0; i < n; i++) out[i] = children[i]!.finding(run);
        return groupFinding(fixed, out);
      },
      expand: (cursor) => {
        const out = new Array<ReturnType<CompiledNode['finding']>>(n);
        for (let i = 0; i < n; i++) out[i] = children[i]!.expand(cursor);
        return groupFinding(fixed, out);
      },
      // stops at the first decisive child (a fail for "all", a pass for "any"): the same status
      status: (run) => groupStatus(op, n, (i) => children[i]!.status(run)),
    };
  }
  const params = node.params ?? {};
  const paramsKey = canonicalJson(params);
  const fact = FACTS_BY_ID.get(node.fact)!;
  const op: OperatorDef = OPERATORS.get(node.operator)!;
  const leaf: CompiledLeaf = {
    fact,
    params,
    paramsKey,
    memoKey: `${node.fact}|${paramsKey}`,
    ...(node.factPath ? { factPath: node.factPath } : {}),
    test: op.prepare(node.value),
  };
  leaves.push(leaf);
  const value = compileLeafValue(leaf, slots);
  const test = leaf.test;
  fns.push({ value, test });
  const fixed = new LeafStatic(node, fact);
  return {
    finding: (run) => {
      const v = value(run);
      return leafFinding(fixed, op, v, v === null ? false : test(v));
    },
    status: (run) => {
      const v = value(run);
      return v === null ? 'missing_fact' : test(v) ? 'pass' : 'fail';
    },
    expand: (cursor) => {
      const i = cursor.i++;
      if (i >= cursor.values.length) throw new Error('internal: compact result does not match the plan');
      return leafFinding(fixed, op, cursor.values[i]!, cursor.results[i]!);
    },
  };
}

const CACHE_LIMIT = 32;
const cache = new Map<string, CompiledRuleBook>();
const internals = new WeakMap<CompiledRuleBook, ReadonlyMap<string, CompiledRegime>>();

/**
 * Compile every rule of a loaded rule book into closures, once. Results are cached by rule-book
 * hash (equal hash means equal content), so calling it again for the same book is free.
 * @param book a rule book from loadRuleBook (possibly with overlays applied).
 * @returns the compiled book.
 */
export function compileRuleBook(book: RuleBook): CompiledRuleBook {
  assertArg(isRuleBook(book), 'book must be a rule book from loadRuleBook');
  const hit = cache.get(book.hash);
  if (hit && hit.book === book) return hit;
  const rules = new Map<string, CompiledRule>();
  const regimes = new Map<string, CompiledRegime>();
  for (const regime of book.regimes) {
    const slots: SlotTable = { byKey: new Map(), awardScoped: [] };
    const compiled = new Map<string, CompiledRuleFns>();
    for (const rule of regime.rules) {
      const leaves: CompiledLeaf[] = [];
      const fns: LeafFns[] = [];
      const root = compileNode(rule.root, leaves, slots, fns);
      rules.set(`${regime.id}/${rule.id}`, { rule, leaves });
      compiled.set(rule.id, { tree: root.finding as (run: CompiledRun) => GroupFinding, status: root.status, expand: root.expand as (c: CompactCursor) => GroupFinding, leaves: fns });
    }
    regimes.set(regime.id, { slotCount: slots.byKey.size, awardScopedSlots: slots.awardScoped, rules: compiled });
  }
  const out: CompiledRuleBook = { book, rules };
  internals.set(out, regimes);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(book.hash, out);
  return out;
}

/** The closures of a compiled regime. @internal */
export function compiledRegime(book: RuleBook, regimeId: string): CompiledRegime {
  const r = internals.get(compileRuleBook(book))?.get(regimeId);
  if (!r) throw new Error(`internal: regime ${regimeId} was not compiled`);
  return r;
}

/** A fresh run for one subject: every memo slot unset. @internal */
export function newRun(regime: CompiledRegime, ctx: FactContext): CompiledRun {
  return { ctx, memo: new Array<FactValue | typeof UNSET>(regime.slotCount).fill(UNSET) };
}

/** Switch a run to another award: new context, award-scoped slots cleared. @internal */
export function switchAward(regime: CompiledRegime, run: CompiledRun, ctx: FactContext): void {
  run.ctx = ctx;
  for (const s of regime.awardScopedSlots) run.memo[s] = UNSET;
}
