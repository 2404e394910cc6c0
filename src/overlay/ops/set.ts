import { closest } from '../../_internal/closest.js';
import { FACTS_BY_ID } from '../../facts/frozen-facts.js';
import type { ConditionNode, LeafNode, ParameterDef, RuleDef } from '../../model/rule-book.js';
import { OPERATORS } from '../../operators/registry.js';
import { makeIssue } from '../../model/issue.js';
import { fromZodIssues } from '../../schema/from-zod.js';
import { parameterValueFits, SETTING_PARAMS } from '../../rule-book/load-rule-book.js';
import type { OverlayOperation } from '../../schema/overlay-file.js';
import { makeProvenance } from '../provenance.js';
import { invalid, isProtected, type InvalidDetail, loosens, opPath, putRule, resolveParamTarget, resolveRuleTarget, type OverlayState } from '../_state.js';
import { findNode, rewrite, withPaths } from '../_tree.js';
import { loosensParam, loosensValue } from '../tightening.js';

type SetOp = Extract<OverlayOperation, { op: 'set' }>;

/** Check a new fact-params object against the fact catalogue; returns the problem or undefined. */
function paramsProblem(leaf: LeafNode, params: Record<string, unknown>, awardIds: ReadonlySet<string>): InvalidDetail | undefined {
  const fact = FACTS_BY_ID.get(leaf.fact);
  if (!fact?.params) return { problem: 'fact-takes-no-params', fact: leaf.fact };
  const r = fact.params.safeParse(params);
  if (!r.success) return { problem: 'fact-params', fact: leaf.fact, cause: fromZodIssues(r.error.issues, [])[0] };
  for (const key of fact.awardParams ?? []) {
    const v = params[key];
    const ids = v === undefined ? [] : Array.isArray(v) ? (v as string[]) : [v as string];
    const bad = ids.find((id) => !awardIds.has(id));
    if (bad) return { problem: 'fact-param-unknown-award', fact: leaf.fact, award: bad, suggestions: closest(bad, awardIds) };
  }
  return undefined;
}

/**
 * A labelled leaf whose value changes needs the new label from the operation: its label states the
 * requirement in words ("Hoàn thành tốt nhiệm vụ trở lên") and would go stale. Returns false (and
 * records `overlay_stale_label`) when the label is missing.
 */
function labelFresh(s: OverlayState, op: SetOp, i: number, leaf: LeafNode, from: unknown, to: unknown): boolean {
  if (!leaf.label || op.label || JSON.stringify(from) === JSON.stringify(to)) return true;
  s.issues.push(makeIssue('overlay_stale_label', opPath(s, i), { operation: op.id, target: op.target, label: leaf.label }));
  return false;
}

function updateLeaf(rule: RuleDef, leaf: LeafNode, next: LeafNode): RuleDef {
  return { ...rule, root: withPaths(rewrite(rule.root, leaf.name, next)) };
}

function setParameter(s: OverlayState, op: SetOp, i: number): void {
  const hits = resolveParamTarget(s, i, op);
  if (!hits) return;
  const id = op.target.slice('param:'.length);
  if (id in SETTING_PARAMS) {
    invalid(s, i, op, { problem: 'engine-setting' }, 'target');
    return;
  }
  for (const { regimeId, param } of hits) {
    if (!parameterValueFits(param.type, op.value)) {
      s.issues.push(makeIssue('parameter_type_mismatch', opPath(s, i, 'value'), { parameter: id, expected: param.type }));
      return;
    }
    const regime = s.regimes.get(regimeId)!;
    const prov = makeProvenance(s.overlay, op, 'set', { field: `param:${id}`, from: param.value, to: op.value });
    let failed = false;
    const updates: RuleDef[] = [];
    for (const rule of regime.rules.values()) {
      let root: ConditionNode = rule.root;
      let changed = false;
      const leaves = collectLeaves(rule.root).filter((l) => l.paramRef === id || Object.values(l.paramRefs ?? {}).includes(id));
      for (const leaf of leaves) {
        const { inverted } = findNode(rule.root, leaf.name)!;
        let next: LeafNode = { ...leaf, provenance: prov };
        if (leaf.paramRef === id) {
          const detail = OPERATORS.get(leaf.operator)?.checkExpected(op.value, FACTS_BY_ID.get(leaf.fact)?.enumValues);
          if (detail) {
            s.issues.push(makeIssue('parameter_type_mismatch', opPath(s, i, 'value'), { parameter: id, ...detail }));
            failed = true;
            continue;
          }
          if (isProtected(s, leaf)) {
            const why = loosensValue(leaf, op.value, inverted);
            if (why) {
              loosens(s, i, op, leaf, { ...why, node: `${rule.id}#${leaf.name}` }, 'value');
              failed = true;
              continue;
            }
          }
          next = { ...next, value: op.value as LeafNode['value'] };
        }
        for (const [k, ref] of Object.entries(leaf.paramRefs ?? {})) {
          if (ref !== id) continue;
          const params = { ...(leaf.params ?? {}), [k]: op.value };
          const problem = paramsProblem(leaf, params, new Set(s.awards.map((a) => a.id)));
          if (problem) {
            invalid(s, i, op, { ...problem, node: `${rule.id}#${leaf.name}` }, 'value');
            failed = true;
            continue;
          }
          if (isProtected(s, leaf)) {
            const why = loosensParam(leaf, k, op.value, inverted);
            if (why) {
              loosens(s, i, op, leaf, { ...why, node: `${rule.id}#${leaf.name}` }, 'value');
              failed = true;
              continue;
            }
          }
          next = { ...next, params };
        }
        root = rewrite(root, leaf.name, next);
        changed = true;
      }
      if (changed) updates.push({ ...rule, root: withPaths(root) });
    }
    if (failed) return;
    for (const r of updates) putRule(s, regimeId, r, i);
    regime.params.set(id, { ...param, value: op.value as ParameterDef['value'], provenance: prov });
  }
}

function collectLeaves(n: ConditionNode): LeafNode[] {
  return n.type === 'leaf' ? [n] : n.children.flatMap(collectLeaves);
}

/**
 * Apply a `set` operation: a parameter (`param:<id>`, in every regime of the overlay that declares
 * it, re-resolving every leaf that reads it), a leaf's expected value (`field: "value"`), or one of
 * its fact params (`field: "params.<name>"`). On statutory leaves the change must tighten.
 * @param s the working state (changed in place).
 * @param op the operation.
 * @param i its index in the overlay.
 */
export function applySet(s: OverlayState, op: SetOp, i: number): void {
  if (op.target.startsWith('param:')) return setParameter(s, op, i);
  if (op.target === 'awards' || op.target.startsWith('regime:') || !op.target.includes('#')) {
    invalid(s, i, op, { problem: 'set-target' }, 'target');
    return;
  }
  const hit = resolveRuleTarget(s, i, op);
  if (!hit?.located) return;
  const { rule, regimeId, located } = hit;
  const leaf = located.node;
  if (leaf.type !== 'leaf') {
    invalid(s, i, op, { problem: 'set-group' }, 'target');
    return;
  }
  const field = op.field ?? 'value';
  if (field === 'value') {
    let value: unknown = op.value;
    let paramRef: string | undefined;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      paramRef = (value as { param: string }).param;
      const p = s.regimes.get(regimeId)!.params.get(paramRef);
      if (!p) {
        s.issues.push(makeIssue('unknown_parameter', opPath(s, i, 'value', 'param'), { parameter: paramRef, suggestions: closest(paramRef, s.regimes.get(regimeId)!.params.keys()) }));
        return;
      }
      value = p.value;
    }
    const detail = OPERATORS.get(leaf.operator)!.checkExpected(value, FACTS_BY_ID.get(leaf.fact)?.enumValues);
    if (detail) {
      s.issues.push(makeIssue('operator_fact_mismatch', opPath(s, i, 'value'), { operator: leaf.operator, fact: leaf.fact, type: FACTS_BY_ID.get(leaf.fact)!.type, ...detail }));
      return;
    }
    if (isProtected(s, leaf)) {
      const why = loosensValue(leaf, value, located.inverted);
      if (why) return loosens(s, i, op, leaf, why, 'value');
    }
    if (!labelFresh(s, op, i, leaf, leaf.value, value)) return;
    const { paramRef: _old, ...rest } = leaf;
    const next: LeafNode = {
      ...rest,
      ...(op.label ? { label: op.label } : {}),
      value: value as LeafNode['value'],
      ...(paramRef ? { paramRef } : {}),
      provenance: makeProvenance(s.overlay, op, 'set', { field: 'value', from: leaf.value, to: value }),
    };
    putRule(s, regimeId, updateLeaf(rule, leaf, next), i);
    return;
  }
  const name = field.slice('params.'.length);
  if (Array.isArray(op.value) ? false : typeof op.value === 'object') {
    invalid(s, i, op, { problem: 'fact-param-literal' }, 'value');
    return;
  }
  const params = { ...(leaf.params ?? {}), [name]: op.value };
  const problem = paramsProblem(leaf, params, new Set(s.awards.map((a) => a.id)));
  if (problem) return invalid(s, i, op, problem, 'value');
  if (isProtected(s, leaf)) {
    const why = loosensParam(leaf, name, op.value, located.inverted);
    if (why) return loosens(s, i, op, leaf, why, 'value');
  }
  if (!labelFresh(s, op, i, leaf, leaf.params?.[name], op.value)) return;
  const refs = { ...(leaf.paramRefs ?? {}) };
  delete refs[name];
  const { paramRefs: _r, ...rest } = leaf;
  const next: LeafNode = {
    ...rest,
    ...(op.label ? { label: op.label } : {}),
    params,
    ...(Object.keys(refs).length ? { paramRefs: refs } : {}),
    provenance: makeProvenance(s.overlay, op, 'set', { field, from: leaf.params?.[name] ?? null, to: op.value }),
  };
  putRule(s, regimeId, updateLeaf(rule, leaf, next), i);
}
