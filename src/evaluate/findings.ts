import type { FactDef } from '../facts/catalog.js';
import type { Finding, GroupFinding, LeafFinding, NodeStatus } from '../model/outcome.js';
import type { GroupNode, LeafNode } from '../model/rule-book.js';
import type { FactValue, OperatorDef } from '../operators/registry.js';

/**
 * Three-valued status of a group of `n` children: all = fail if any fails, else missing if any is
 * missing; any = pass if any passes, else missing if any is missing; not = swaps pass/fail. Stops at the
 * first decisive child, so `statusAt` may evaluate children lazily (verdicts-only runs).
 * @internal
 */
export function groupStatus(op: GroupNode['op'], n: number, statusAt: (i: number) => NodeStatus): NodeStatus {
  if (op === 'not') {
    const s = statusAt(0);
    return s === 'pass' ? 'fail' : s === 'fail' ? 'pass' : 'missing_fact';
  }
  const decisive = op === 'all' ? 'fail' : 'pass';
  let missing = false;
  for (let i = 0; i < n; i++) {
    const s = statusAt(i);
    if (s === decisive) return decisive;
    if (s === 'missing_fact') missing = true;
  }
  return missing ? 'missing_fact' : op === 'all' ? 'pass' : 'fail';
}

/**
 * The finding of a leaf, shared by both evaluators so their reports cannot differ in shape. Every
 * finding has the same keys in the same order (one object literal, so V8 keeps one hidden class);
 * optional keys hold `undefined` and are absent from JSON output.
 * @param value the fact value (after the fact path), null when missing.
 * @param result the operator's verdict on a present value.
 * @internal
 */
export function leafFinding(node: LeafNode, fact: FactDef, op: OperatorDef, value: FactValue, result: boolean): LeafFinding {
  const actual = value === null ? null : typeof value === 'number' ? String(value) : value;
  const status: NodeStatus = actual === null ? 'missing_fact' : result ? 'pass' : 'fail';
  return {
    type: 'leaf',
    name: node.name,
    path: node.path,
    criterion: node.criterion,
    label: node.label,
    fact: node.fact,
    factLabel: fact.label,
    params: node.params,
    operator: node.operator,
    expected: node.value,
    paramRef: node.paramRef,
    paramRefs: node.paramRefs,
    actual: actual as LeafFinding['actual'],
    status,
    citation: node.citation,
    marker: node.marker,
    statutory: node.statutory,
    gap: status === 'fail' && value !== null ? op.gap(value, node.value, fact.unit) : undefined,
    provenance: node.provenance,
  };
}

/** The finding of a group from its children's findings. @internal */
export function groupFinding(node: GroupNode, children: Finding[]): GroupFinding {
  return {
    type: 'group',
    name: node.name,
    path: node.path,
    op: node.op,
    criterion: node.criterion,
    label: node.label,
    status: groupStatus(node.op, children.length, (i) => children[i]!.status),
    citation: node.citation,
    marker: node.marker,
    children,
    provenance: node.provenance,
  };
}
