import { canonicalJson } from '../_internal/canonical-json.js';
import { closest } from '../_internal/closest.js';
import { deepFreeze } from '../_internal/deep-freeze.js';
import { sha256Hex } from '../_internal/sha256.js';
import { FACTS_BY_ID } from '../facts/catalog.js';
import type { ConditionNode, LeafNode, RegimeDef, RuleBook } from '../model/rule-book.js';
import { OPERATORS } from '../operators/registry.js';
import { cloneJson } from '../overlay/_tree.js';
import { fail, makeIssue, ok, type Issue, type Result } from '../model/issue.js';
import { fromZodIssues } from '../schema/from-zod.js';
import { parameterValueFits, SETTING_PARAMS } from './load-rule-book.js';

/** A parameter value as rule files write it: a decimal string, a boolean, an integer, a string or a list of strings. */
export type ParameterValue = string | boolean | number | readonly string[];



function rebindLeaf(leaf: LeafNode, id: string, value: ParameterValue, at: string, issues: Issue[]): LeafNode {
  let next = leaf;
  if (leaf.paramRef === id) {
    const detail = OPERATORS.get(leaf.operator)?.checkExpected(value, FACTS_BY_ID.get(leaf.fact)?.enumValues);
    if (detail) issues.push(makeIssue('parameter_type_mismatch', ['parameters', id], { parameter: id, ...detail, node: at }));
    else next = { ...next, value: value as LeafNode['value'] };
  }
  for (const [k, ref] of Object.entries(leaf.paramRefs ?? {})) {
    if (ref !== id) continue;
    const params = { ...(leaf.params ?? {}), [k]: value };
    const r = FACTS_BY_ID.get(leaf.fact)?.params?.safeParse(params);
    if (!r?.success) issues.push(makeIssue('parameter_type_mismatch', ['parameters', id], { parameter: id, node: at, cause: r ? fromZodIssues(r.error.issues, [])[0] : makeIssue('invalid_fact_params', [], { fact: leaf.fact }) }));
    else next = { ...next, params };
  }
  return next;
}

function rebind(node: ConditionNode, id: string, value: ParameterValue, at: string, issues: Issue[]): ConditionNode {
  if (node.type === 'leaf') return rebindLeaf(node, id, value, `${at}#${node.name}`, issues);
  const children = node.children.map((c) => rebind(c, id, value, at, issues));
  return children.every((c, i) => c === node.children[i]) ? node : { ...node, children };
}

/**
 * The rule book read with other values of its national parameters — the alternative readings the
 * specification leaves open (e.g. `chienSiThiDuaTinh.cycleReading: "blocks-of-three"`,
 * `bangKhenThuTuong.certificateBasis: "any"`). Every leaf that reads a changed parameter is
 * re-resolved and checked as at load time; history settings follow their parameters.
 * This is a national reading, not a province overlay: no tightening guardrail applies and no
 * provenance is recorded, but the new book has its own hash, so reports say which reading they used.
 * @param book a rule book from `loadRuleBook` or `loadNationalRuleBook`.
 * @param values parameter id → new value, applied in every regime that declares the parameter.
 * @returns the new frozen rule book, or typed issues (unknown parameter, wrong type).
 */
export function withParameters(book: RuleBook, values: Readonly<Record<string, ParameterValue>>): Result<RuleBook> {
  const issues: Issue[] = [];
  if (book === null || typeof book !== 'object' || !Array.isArray((book as { regimes?: unknown }).regimes)) {
    return fail([makeIssue('invalid_option', ['book'], { option: 'book', expected: 'rule-book' })]);
  }
  if (values === null || typeof values !== 'object' || Array.isArray(values)) {
    return fail([makeIssue('invalid_option', ['parameters'], { option: 'parameters', expected: 'parameters-object' })]);
  }
  const declared = new Set(book.regimes.flatMap((r) => r.parameters.map((p) => p.id)));
  const ids = Object.keys(values).sort();
  for (const id of ids) {
    if (!declared.has(id)) issues.push(makeIssue('unknown_parameter', ['parameters', id], { parameter: id, suggestions: closest(id, declared) }));
  }
  if (issues.length) return fail(issues);
  const regimes: RegimeDef[] = book.regimes.map((regime) => {
    let r = regime;
    for (const id of ids) {
      const param = r.parameters.find((p) => p.id === id);
      if (!param) continue;
      const value = values[id]!;
      if (!parameterValueFits(param.type, value)) {
        issues.push(makeIssue('parameter_type_mismatch', ['parameters', id], { parameter: id, expected: param.type }));
        continue;
      }
      const setting = SETTING_PARAMS[id];
      r = {
        ...r,
        parameters: r.parameters.map((p) => (p.id === id ? { ...p, value } : p)),
        settings: setting ? { ...r.settings, [setting]: value as boolean } : r.settings,
        rules: r.rules.map((rule) => {
          const root = rebind(rule.root, id, value, rule.id, issues);
          return root === rule.root ? rule : { ...rule, root };
        }),
      };
    }
    return r;
  });
  if (issues.length) return fail(issues);
  const { hash: _old, ...rest } = book;
  const content = { ...rest, regimes };
  return ok(deepFreeze({ ...(cloneJson(content) as Omit<RuleBook, 'hash'>), hash: sha256Hex(canonicalJson(content)) }));
}
