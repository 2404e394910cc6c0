import type { FactDef } from '../facts/catalog.js';
import { groupStatus } from '../compile/group-status.js';
import { declaredLabel } from '../facts/declared.js';
import type { Finding, GroupFinding, LeafFinding, NodeStatus } from '../model/outcome.js';
import type { GroupNode, LeafNode } from '../model/rule-book.js';
import type { FactValue, OperatorDef } from '../operators/registry.js';

/**
 * The parts of a leaf finding that the rule book fixes, read once from the node and its fact into an
 * object with every key present. Rule-book nodes come in many hidden classes (optional keys present or
 * not), so reading them per finding was a megamorphic load per field; reading a LeafStatic is not.
 * @internal
 */
export class LeafStatic {
  readonly name: string;
  readonly path: LeafNode['path'];
  readonly criterion: string | undefined;
  readonly label: LeafNode['label'];
  readonly fact: string;
  readonly factLabel: FactDef['label'];
  readonly params: LeafNode['params'];
  readonly operator: string;
  readonly expected: LeafNode['value'];
  readonly paramRef: string | undefined;
  readonly paramRefs: LeafNode['paramRefs'];
  readonly citation: LeafNode['citation'];
  readonly marker: LeafNode['marker'];
  readonly statutory: boolean;
  readonly provenance: LeafNode['provenance'];
  readonly unit: FactDef['unit'];
  constructor(node: LeafNode, fact: FactDef) {
    this.name = node.name;
    this.path = node.path;
    this.criterion = node.criterion;
    this.label = node.label;
    this.fact = node.fact;
    this.factLabel = declaredLabel(node.fact, node.params) ?? fact.label;
    this.params = node.params;
    this.operator = node.operator;
    this.expected = node.value;
    this.paramRef = node.paramRef;
    this.paramRefs = node.paramRefs;
    this.citation = node.citation;
    this.marker = node.marker;
    this.statutory = node.statutory;
    this.provenance = node.provenance;
    this.unit = fact.unit;
  }
}

/** The rule-book parts of a group finding, with every key present (see {@link LeafStatic}). @internal */
export class GroupStatic {
  readonly name: string;
  readonly path: GroupNode['path'];
  readonly op: GroupNode['op'];
  readonly criterion: string | undefined;
  readonly label: GroupNode['label'];
  readonly citation: GroupNode['citation'];
  readonly marker: GroupNode['marker'];
  readonly provenance: GroupNode['provenance'];
  constructor(node: GroupNode) {
    this.name = node.name;
    this.path = node.path;
    this.op = node.op;
    this.criterion = node.criterion;
    this.label = node.label;
    this.citation = node.citation;
    this.marker = node.marker;
    this.provenance = node.provenance;
  }
}

/**
 * The finding of a leaf (built by rule-template.ts for build-report.ts, whichever evaluator ran). Every
 * finding has the same keys in the same order (one object literal, so V8 keeps one hidden class);
 * optional keys hold `undefined` and are absent from JSON output.
 * @param s the leaf's rule-book parts.
 * @param value the fact value (after the fact path), null when missing.
 * @param result the operator's verdict on a present value.
 * @internal
 */
export function leafFinding(s: LeafStatic, op: OperatorDef, value: FactValue, result: boolean): LeafFinding {
  const actual = value === null ? null : typeof value === 'number' ? String(value) : value;
  const status: NodeStatus = actual === null ? 'missing_fact' : result ? 'pass' : 'fail';
  return {
    type: 'leaf',
    name: s.name,
    path: s.path,
    criterion: s.criterion,
    label: s.label,
    fact: s.fact,
    factLabel: s.factLabel,
    params: s.params,
    operator: s.operator,
    expected: s.expected,
    paramRef: s.paramRef,
    paramRefs: s.paramRefs,
    actual: actual as LeafFinding['actual'],
    status,
    citation: s.citation,
    marker: s.marker,
    statutory: s.statutory,
    gap: status === 'fail' && value !== null ? op.gap(value, s.expected, s.unit) : undefined,
    provenance: s.provenance,
  };
}

/** The finding of a group from its children's findings. @internal */
export function groupFinding(s: GroupStatic, children: Finding[]): GroupFinding {
  return {
    type: 'group',
    name: s.name,
    path: s.path,
    op: s.op,
    criterion: s.criterion,
    label: s.label,
    status: groupStatus(s.op, children.length, (i) => children[i]!.status),
    citation: s.citation,
    marker: s.marker,
    children,
    provenance: s.provenance,
  };
}
