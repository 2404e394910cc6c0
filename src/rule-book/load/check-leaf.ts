import { closest } from '../../_internal/closest.js';
import { safeParseFast } from '../../_internal/fast-parse.js';
import { FACTS_BY_ID } from '../../facts/frozen-facts.js';
import { makeIssue, type IssuePath } from '../../model/issue.js';
import type { ConditionNode, NodePath } from '../../model/rule-book.js';
import { OPERATORS } from '../../operators/registry.js';
import { fromZodIssues } from '../../schema/from-zod.js';
import { LeafConditionSchema } from '../../schema/rule-file.js';
import { parseFile as parse } from '../parse-file.js';
import { registerName, resolveParam, weakestMarker, type NodeCtx } from './node-context.js';

const LEAF_KEYS = Object.keys(LeafConditionSchema.shape);

/**
 * Check step "facts and operators" of one leaf condition: its shape, a declared fact for this kind
 * of subject, a known operator that fits the fact's type and the expected value, a supported
 * `path`, the fact params (by the fact's own schema; award ids against the catalogue) and every
 * `{ "param": id }` reference. Returns the built leaf, or undefined with the issues pushed.
 * @internal
 */
export function buildLeaf(raw: object, path: NodePath, filePath: IssuePath, ctx: NodeCtx): ConditionNode | undefined {
  const { issues } = ctx;
  const leaf = parse(LeafConditionSchema, raw, filePath, issues, (p) => (p.length === 0 ? LEAF_KEYS : undefined));
  if (!leaf) return undefined;
  registerName(leaf.name, path, filePath, ctx);
  const fact = FACTS_BY_ID.get(leaf.fact);
  const op = OPERATORS.get(leaf.operator);
  let ok = true;
  if (!fact) {
    issues.push(makeIssue('unknown_fact', [...filePath, 'fact'], { fact: leaf.fact, suggestions: closest(leaf.fact, FACTS_BY_ID.keys()) }));
    ok = false;
  } else {
    ctx.factsUsed.add(leaf.fact);
    if (!fact.subjects.includes(ctx.subject)) {
      issues.push(makeIssue('subject_kind_mismatch', [...filePath, 'fact'], { award: leaf.fact, expected: fact.subjects, received: ctx.subject }));
      ok = false;
    }
  }
  if (!op) {
    issues.push(makeIssue('unknown_operator', [...filePath, 'operator'], { operator: leaf.operator, suggestions: closest(leaf.operator, OPERATORS.keys()) }));
    ok = false;
  }
  if (leaf.path !== undefined && !/^\$(\.[A-Za-z_][A-Za-z0-9_]*|\[[0-9]+\])+$/.test(leaf.path)) {
    issues.push(makeIssue('unsupported_path', [...filePath, 'path'], { path: leaf.path }));
    ok = false;
  }
  const resolved = resolveParam(leaf.value, ctx, [...filePath, 'value']);
  if (!resolved) ok = false;
  // fact params
  let params: Record<string, unknown> | undefined;
  const paramRefs: Record<string, string> = {};
  if (fact) {
    if (leaf.params && !fact.params) {
      issues.push(makeIssue('invalid_fact_params', [...filePath, 'params'], { fact: fact.id }));
      ok = false;
    } else if (fact.params) {
      const rawParams: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(leaf.params ?? {})) {
        const r = resolveParam(v, ctx, [...filePath, 'params', k]);
        if (!r) ok = false;
        else {
          rawParams[k] = r.value;
          if (r.ref) paramRefs[k] = r.ref;
        }
      }
      const pr = safeParseFast(fact.params, rawParams);
      if (!pr.success) {
        for (const zi of fromZodIssues(pr.error.issues, [...filePath, 'params'])) {
          issues.push(makeIssue('invalid_fact_params', zi.path, { fact: fact.id, cause: zi }));
        }
        ok = false;
      } else {
        params = pr.data;
        for (const key of fact.awardParams ?? []) {
          const v = params[key];
          const ids = v === undefined ? [] : Array.isArray(v) ? (v as string[]) : [v as string];
          ids.forEach((id) => {
            if (!ctx.awards.has(id)) {
              issues.push(makeIssue('unknown_award', [...filePath, 'params', key], { award: id, suggestions: closest(id, ctx.awards.keys()) }));
              ok = false;
            }
          });
        }
      }
    }
  }
  if (fact && op && resolved) {
    if (!op.factTypes.includes(fact.type)) {
      issues.push(makeIssue('operator_fact_mismatch', [...filePath, 'operator'], { operator: op.name, fact: fact.id, type: fact.type }));
      ok = false;
    } else {
      const detail = op.checkExpected(resolved.value, fact.enumValues);
      if (detail) {
        issues.push(
          resolved.ref
            ? makeIssue('parameter_type_mismatch', [...filePath, 'value'], { parameter: resolved.ref, ...detail })
            : makeIssue('operator_fact_mismatch', [...filePath, 'value'], { operator: op.name, fact: fact.id, type: fact.type, ...detail }),
        );
        ok = false;
      }
    }
  }
  if (!ok || !fact || !op || !resolved) return undefined;
  return {
    type: 'leaf',
    name: leaf.name,
    path,
    ...(leaf.criterion ? { criterion: leaf.criterion } : {}),
    ...(leaf.label ? { label: leaf.label } : {}),
    citation: leaf.citation ?? ctx.ruleCitation,
    // a condition is only as certain as the parameters it reads (UNCONFIRMED values stay visible)
    marker: weakestMarker([leaf.marker ?? ctx.ruleMarker, ...[resolved.ref, ...Object.values(paramRefs)].flatMap((id) => (id ? [ctx.params.get(id)!.marker] : []))]),
    statutory: leaf.statutory ?? true,
    fact: leaf.fact,
    ...(params && Object.keys(params).length ? { params } : {}),
    ...(leaf.path ? { factPath: leaf.path } : {}),
    operator: leaf.operator,
    value: resolved.value as string | boolean | readonly string[],
    ...(resolved.ref ? { paramRef: resolved.ref } : {}),
    ...(Object.keys(paramRefs).length ? { paramRefs } : {}),
  };
}
