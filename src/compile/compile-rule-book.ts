import { canonicalJson } from '../_internal/canonical-json.js';
import type { FactDef } from '../facts/catalog.js';
import { FACTS_BY_ID } from '../facts/catalog.js';
import type { ConditionNode, RuleBook, RuleDef } from '../model/rule-book.js';
import type { FactValue } from '../operators/registry.js';
import { OPERATORS } from '../operators/registry.js';

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
  readonly rules: ReadonlyMap<string, CompiledRule>;
}

function collect(node: ConditionNode, out: CompiledLeaf[]): void {
  if (node.type === 'group') {
    for (const c of node.children) collect(c, out);
    return;
  }
  const params = node.params ?? {};
  const paramsKey = canonicalJson(params);
  out.push({
    fact: FACTS_BY_ID.get(node.fact)!,
    params,
    paramsKey,
    memoKey: `${node.fact}|${paramsKey}`,
    ...(node.factPath ? { factPath: node.factPath } : {}),
    test: OPERATORS.get(node.operator)!.prepare(node.value),
  });
}

const CACHE_LIMIT = 32;
const cache = new Map<string, CompiledRuleBook>();

/**
 * Compile every rule of a loaded rule book into closures, once. Results are cached by rule-book
 * hash (equal hash means equal content), so calling it again for the same book is free.
 * @param book a rule book from loadRuleBook (possibly with overlays applied).
 * @returns the compiled book.
 */
export function compileRuleBook(book: RuleBook): CompiledRuleBook {
  const hit = cache.get(book.hash);
  if (hit && hit.book === book) return hit;
  const rules = new Map<string, CompiledRule>();
  for (const regime of book.regimes) {
    for (const rule of regime.rules) {
      const leaves: CompiledLeaf[] = [];
      collect(rule.root, leaves);
      rules.set(`${regime.id}/${rule.id}`, { rule, leaves });
    }
  }
  const compiled: CompiledRuleBook = { book, rules };
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(book.hash, compiled);
  return compiled;
}
