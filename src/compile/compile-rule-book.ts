import { canonicalJson } from '../_internal/canonical-json.js';
import { resolveDottedPath } from '../_internal/dotted-path.js';
import type { FactContext, FactDef } from '../facts/catalog.js';
import { FACTS_BY_ID } from '../facts/frozen-facts.js';
import type { NodeStatus } from '../model/verdict.js';
import type { ConditionNode, RuleBook, RuleDef } from '../model/rule-book.js';
import type { FactValue } from '../operators/registry.js';
import { OPERATORS } from '../operators/registry.js';
import { assertArg, isRuleBook } from '../_internal/args.js';
import { groupStatus } from './group-status.js';

/** Marks a memo slot not computed yet for the current subject. */
const UNSET: unique symbol = Symbol('unset');

/**
 * State of one subject's evaluation: the fact context of the award being evaluated and the memo of
 * fact values (one slot per distinct fact + params of the regime). Award-scoped facts (those reading
 * the award under evaluation) are cleared when the award changes; the others are derived once per subject.
 * Opaque to callers: created and advanced by the evaluator.
 */
export interface CompiledRun {
  ctx: FactContext;
  /** Fact values by memo slot (a private marker for a slot not computed yet). */
  readonly memo: (FactValue | symbol)[];
}

/** One leaf compiled to plain functions: no eval, no `new Function`, nothing from the rule file executed. */
export interface CompiledLeaf {
  readonly fact: FactDef;
  readonly params: Readonly<Record<string, unknown>>;
  /** Canonical key of the params. */
  readonly paramsKey: string;
  /** Key of the fact value in the per-subject memo: fact id and params. */
  readonly memoKey: string;
  readonly factPath?: string | undefined;
  /** The operator, prepared once with the expected value. */
  readonly test: (actual: Exclude<FactValue, null>) => boolean;
  /** The fact value for the run (memoised per subject; after the fact path; null when missing). */
  readonly value: (run: CompiledRun) => FactValue;
}

/** A rule compiled once: its leaves in tree order and its status evaluator. */
export interface CompiledRule {
  readonly rule: RuleDef;
  readonly leaves: readonly CompiledLeaf[];
  /** The rule's status, stopping at the first decisive leaf (detail "verdicts"). */
  readonly status: (run: CompiledRun) => NodeStatus;
}

/** A regime compiled once: its rules by id and the layout of the per-subject fact memo. */
export interface CompiledRegime {
  readonly slotCount: number;
  /** Memo slots holding award-scoped facts, cleared when the award under evaluation changes. */
  readonly awardScopedSlots: readonly number[];
  /** Compiled rules by rule id. */
  readonly rules: ReadonlyMap<string, CompiledRule>;
}

/** A rule book compiled once and reused for every subject: what evaluation runs. */
export interface CompiledRuleBook {
  readonly book: RuleBook;
  /** Compiled regimes by regime id. */
  readonly regimes: ReadonlyMap<string, CompiledRegime>;
}

interface SlotTable {
  readonly byKey: Map<string, number>;
  readonly awardScoped: number[];
}

function compileLeafValue(fact: FactDef, params: Readonly<Record<string, unknown>>, memoKey: string, factPath: string | undefined, slots: SlotTable): (run: CompiledRun) => FactValue {
  let slot = slots.byKey.get(memoKey);
  if (slot === undefined) {
    slot = slots.byKey.size;
    slots.byKey.set(memoKey, slot);
    if (fact.awardScoped) slots.awardScoped.push(slot);
  }
  const s = slot;
  const derive = (run: CompiledRun): FactValue => {
    const m = run.memo[s];
    if (m !== UNSET && m !== undefined) return m as FactValue;
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

/** A node compiled to its status (short-circuiting); its leaves are appended to `leaves` in tree order. */
function compileNode(node: ConditionNode, leaves: CompiledLeaf[], slots: SlotTable): (run: CompiledRun) => NodeStatus {
  if (node.type === 'group') {
    const children = node.children.map((c) => compileNode(c, leaves, slots));
    const n = children.length;
    const op = node.op;
    // stops at the first decisive child (a fail for "all", a pass for "any")
    return (run) => groupStatus(op, n, (i) => children[i]!(run));
  }
  const params = node.params ?? {};
  const paramsKey = canonicalJson(params);
  const fact = FACTS_BY_ID.get(node.fact)!;
  const memoKey = `${node.fact}|${paramsKey}`;
  const test = OPERATORS.get(node.operator)!.prepare(node.value);
  const value = compileLeafValue(fact, params, memoKey, node.factPath, slots);
  leaves.push({ fact, params, paramsKey, memoKey, ...(node.factPath ? { factPath: node.factPath } : {}), test, value });
  return (run) => {
    const v = value(run);
    return v === null ? 'missing_fact' : test(v) ? 'pass' : 'fail';
  };
}

/**
 * The compiled form of each book object. A rule book is deep-frozen by loadRuleBook and applyOverlay,
 * so its compiled form is a pure function of the object: the map is not observable (the same call
 * gives an equal result, only faster) and holds nothing alive (weak keys, no strings, no limit needed).
 */
const compiledBooks = new WeakMap<RuleBook, CompiledRuleBook>();

/**
 * Compile every rule of a loaded rule book into closures, once per book object (calling it again for
 * the same book returns the same compiled book). Evaluation runs exactly these closures.
 * @param book a rule book from loadRuleBook (possibly with overlays applied).
 * @returns the compiled book.
 */
export function compileRuleBook(book: RuleBook): CompiledRuleBook {
  assertArg(isRuleBook(book), 'book must be a rule book from loadRuleBook');
  const hit = compiledBooks.get(book);
  if (hit) return hit;
  const regimes = new Map<string, CompiledRegime>();
  for (const regime of book.regimes) {
    const slots: SlotTable = { byKey: new Map(), awardScoped: [] };
    const rules = new Map<string, CompiledRule>();
    for (const rule of regime.rules) {
      const leaves: CompiledLeaf[] = [];
      const status = compileNode(rule.root, leaves, slots);
      rules.set(rule.id, { rule, leaves, status });
    }
    regimes.set(regime.id, { slotCount: slots.byKey.size, awardScopedSlots: slots.awardScoped, rules });
  }
  const out: CompiledRuleBook = { book, regimes };
  compiledBooks.set(book, out);
  return out;
}

/** A fresh run for one subject: every memo slot unset. @internal */
export function newRun(regime: CompiledRegime, ctx: FactContext): CompiledRun {
  return { ctx, memo: new Array<FactValue | symbol>(regime.slotCount).fill(UNSET) };
}

/** Switch a run to another award: new context, award-scoped slots cleared. @internal */
export function switchAward(regime: CompiledRegime, run: CompiledRun, ctx: FactContext): void {
  run.ctx = ctx;
  for (const s of regime.awardScopedSlots) run.memo[s] = UNSET;
}
