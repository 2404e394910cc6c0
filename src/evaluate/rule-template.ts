import { FACTS_BY_ID } from '../facts/frozen-facts.js';
import type { LeafValue } from '../model/leaf-results.js';
import type { Finding, GroupFinding, NodeStatus } from '../model/outcome.js';
import type { ConditionNode, RuleDef } from '../model/rule-book.js';
import { OPERATORS } from '../operators/registry.js';
import { groupFinding, GroupStatic, leafFinding, LeafStatic } from './findings.js';

/**
 * A rule read once into what rebuilding its outcome from compact leaf results needs: the status of its
 * tree and its finding tree, given the leaf values and results and the offset of the rule's first leaf.
 * @internal
 */
export interface RuleTemplate {
  readonly leafCount: number;
  readonly status: (values: readonly LeafValue[], results: readonly boolean[], at: number) => NodeStatus;
  readonly tree: (values: readonly LeafValue[], results: readonly boolean[], at: number) => GroupFinding;
}

interface NodeTemplate {
  readonly status: (values: readonly LeafValue[], results: readonly boolean[], at: number) => NodeStatus;
  readonly finding: (values: readonly LeafValue[], results: readonly boolean[], at: number) => Finding;
}

function nodeTemplate(node: ConditionNode, counter: { n: number }): NodeTemplate {
  if (node.type === 'group') {
    const children = node.children.map((c) => nodeTemplate(c, counter));
    const n = children.length;
    const op = node.op;
    const fixed = new GroupStatic(node);
    const decisive: NodeStatus = op === 'all' ? 'fail' : 'pass';
    return {
      // the same three-valued logic as compile/group-status.ts, without a closure per call
      status: (v, r, at) => {
        if (op === 'not') {
          const s = children[0]!.status(v, r, at);
          return s === 'pass' ? 'fail' : s === 'fail' ? 'pass' : 'missing_fact';
        }
        let missing = false;
        for (let i = 0; i < n; i++) {
          const s = children[i]!.status(v, r, at);
          if (s === decisive) return decisive;
          if (s === 'missing_fact') missing = true;
        }
        return missing ? 'missing_fact' : op === 'all' ? 'pass' : 'fail';
      },
      finding: (v, r, at) => {
        const out = new Array<Finding>(n);
        for (let i = 0; i < n; i++) out[i] = children[i]!.finding(v, r, at);
        return groupFinding(fixed, out);
      },
    };
  }
  const k = counter.n++;
  const fixed = new LeafStatic(node, FACTS_BY_ID.get(node.fact)!);
  const op = OPERATORS.get(node.operator)!;
  return {
    status: (v, r, at) => (v[at + k] === null ? 'missing_fact' : r[at + k] ? 'pass' : 'fail'),
    finding: (v, r, at) => leafFinding(fixed, op, v[at + k]!, r[at + k]!),
  };
}

/**
 * Templates by rule object. Rules belong to deep-frozen books and a template is a pure function of
 * its rule (and of the fact and operator tables, constants), so the map is not observable; its keys
 * are weak, so a rule no book references any more takes its template with it.
 */
const templates = new WeakMap<RuleDef, RuleTemplate>();

/** The template of a rule, built once. @internal */
export function ruleTemplate(rule: RuleDef): RuleTemplate {
  let t = templates.get(rule);
  if (!t) {
    const counter = { n: 0 };
    const root = nodeTemplate(rule.root, counter);
    t = { leafCount: counter.n, status: root.status, tree: root.finding as RuleTemplate['tree'] };
    templates.set(rule, t);
  }
  return t;
}
