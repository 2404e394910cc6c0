import type { OverlayOperation } from '../../schema/overlay-file.js';
import { makeProvenance, withProvenance } from '../provenance.js';
import { buildOperationCondition } from './_build-condition.js';
import { firstProtected, invalid, loosens, opPath, putRule, resolveRuleTarget, type OverlayState } from '../_state.js';
import { allNodes, factsOf, namesOf, rewrite, withPaths } from '../_tree.js';
import { makeIssue } from '../../model/issue.js';
import { loadOverlayRule, overlappingAwardRule } from './add.js';

type ReplaceOp = Extract<OverlayOperation, { op: 'replace' }>;

/**
 * Apply a `replace` operation: a condition by a condition (`<rule-id>#<name>`) or a rule by a rule
 * with the same id (`<rule-id>`). Replacing a statutory node, or anything that holds one, is refused.
 * @param s the working state (changed in place).
 * @param op the operation.
 * @param i its index in the overlay.
 */
export function applyReplace(s: OverlayState, op: ReplaceOp, i: number): void {
  if (op.target === 'awards' || op.target.startsWith('regime:') || op.target.startsWith('param:')) {
    return invalid(s, i, op, { problem: 'replace-target' }, 'target');
  }
  const hit = resolveRuleTarget(s, i, op);
  if (!hit) return;
  const { rule, regimeId, located } = hit;
  const subtree = located ? located.node : rule.root;
  const prot = firstProtected(s, subtree);
  if (prot) return loosens(s, i, op, prot, prot === subtree ? { problem: 'replace-statutory' } : { problem: 'holds-statutory', condition: prot.name }, 'target');
  if (!located) {
    if (op.rule === undefined) return invalid(s, i, op, { problem: 'replace-needs-rule' }, 'rule');
    const next = loadOverlayRule(s, op, i, op.rule, regimeId, 'replace');
    if (!next) return;
    if (next.id !== rule.id) return invalid(s, i, op, { problem: 'replace-keep-id', id: rule.id }, 'rule', 'id');
    const other = overlappingAwardRule(s, regimeId, next, rule.id);
    if (other) {
      s.issues.push(makeIssue('overlapping_effective_periods', opPath(s, i, 'rule', 'effective'), { other: other.id, award: next.awardId ?? '', regime: regimeId }));
      return;
    }
    putRule(s, regimeId, next, i);
    return;
  }
  if (op.condition === undefined) return invalid(s, i, op, { problem: 'replace-needs-condition' }, 'condition');
  const names = namesOf(rule.root);
  for (const n of allNodes(located.node)) names.delete(n.name);
  const built = buildOperationCondition(s, i, { ...op, condition: op.condition }, rule, regimeId, names, located.node.path);
  if (!built) return;
  if (!located.parent && built.type !== 'group') return invalid(s, i, op, { problem: 'root-stays-group' }, 'condition');
  const root = withPaths(rewrite(rule.root, located.node.name, withProvenance(built, makeProvenance(s.overlay, op, 'replace'))));
  putRule(s, regimeId, { ...rule, root, facts: factsOf(root) }, i);
}
