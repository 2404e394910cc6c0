import type { OverlayOperation } from '../../schema/overlay-file.js';
import { firstProtected, invalid, loosens, putRule, resolveRuleTarget, type OverlayState } from '../_state.js';
import { factsOf, rewrite, withPaths } from '../_tree.js';

type RemoveOp = Extract<OverlayOperation, { op: 'remove' }>;

/**
 * Apply a `remove` operation: a condition (`<rule-id>#<name>`) or a whole rule (`<rule-id>`).
 * Removing a statutory node, or a subtree or rule that holds one, is refused.
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
  if (prot) return loosens(s, i, op, prot, prot === node ? { problem: 'remove-statutory' } : { problem: 'holds-statutory', condition: prot.name }, 'target');
  if (parent.op === 'not' || parent.children.length === 1) return invalid(s, i, op, { problem: 'group-left-empty', group: parent.name }, 'target');
  const root = withPaths(rewrite(rule.root, node.name, undefined));
  putRule(s, regimeId, { ...rule, root, facts: factsOf(root) }, i);
}
