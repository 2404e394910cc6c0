import type { OverlayOperation } from '../../schema/overlay-file.js';
import { firstProtected, invalid, loosens, notImplied, putRule, resolveRuleTarget, type OverlayState } from '../_state.js';
import { factsOf, findNode, rewrite, withPaths } from '../_tree.js';
import { implies } from '../implies.js';
import { makeProvenance } from '../provenance.js';

type RemoveOp = Extract<OverlayOperation, { op: 'remove' }>;

/**
 * Apply a `remove` operation: a condition (`<rule-id>#<name>`) or a whole rule (`<rule-id>`).
 * Removing a statutory node, or a subtree or rule that holds one, is refused, except an
 * alternative of an `any` group (it narrows the group; the group's provenance records it).
 * @param s the working state (changed in place).
 * @param op the operation.
 * @param i its index in the overlay.
 */
export function applyRemove(s: OverlayState, op: RemoveOp, i: number): void {
  if (op.target === 'awards' || op.target.startsWith('regime:') || op.target.startsWith('param:')) {
    return invalid(s, i, op, { problem: 'remove-target' }, 'target');
  }
  const hit = resolveRuleTarget(s, i, op);
  if (!hit) return;
  const { rule, regimeId, located } = hit;
  if (!located) {
    const prot = firstProtected(s, rule.root);
    if (prot) return loosens(s, i, op, prot, { problem: 'rule-holds-statutory', rule: rule.id, condition: prot.name }, 'target');
    s.regimes.get(regimeId)!.rules.delete(rule.id);
    s.ruleRegime.delete(rule.id);
    s.originals.delete(rule.id);
    s.touched.delete(rule.id);
    return;
  }
  const { node, parent } = located;
  if (!parent) return invalid(s, i, op, { problem: 'remove-root' }, 'target');
  const prot = firstProtected(s, node);
  // removing an alternative from an `any` group narrows it (an `all` group under an odd number of
  // `not` groups likewise); removing a conjunct loosens. The narrowed group is proved to imply the
  // old one and records the removal in its provenance.
  const narrows = parent.op !== 'not' && (parent.op === 'any') !== located.inverted;
  if (prot && !narrows) return loosens(s, i, op, prot, prot === node ? { problem: 'remove-statutory' } : { problem: 'holds-statutory', condition: prot.name }, 'target');
  if (parent.op === 'not' || parent.children.length === 1) return invalid(s, i, op, { problem: 'group-left-empty', group: parent.name }, 'target');
  let root = rewrite(rule.root, node.name, undefined);
  if (prot) {
    const narrowed = findNode(root, parent.name)!.node;
    const proof = located.inverted ? implies(parent, narrowed) : implies(narrowed, parent);
    if (proof) return notImplied(s, i, op, prot, proof, 'target');
    root = rewrite(root, parent.name, { ...narrowed, provenance: makeProvenance(s.overlay, op, 'remove') });
  }
  root = withPaths(root);
  putRule(s, regimeId, { ...rule, root, facts: factsOf(root) }, i);
}
