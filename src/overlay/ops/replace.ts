import type { ConditionNode } from '../../model/rule-book.js';
import type { OverlayOperation } from '../../schema/overlay-file.js';
import { makeProvenance, withProvenance } from '../provenance.js';
import { buildOperationCondition } from './_build-condition.js';
import { delegationAllowed, firstProtected, invalid, isProtected, loosens, notImplied, opPath, putRule, resolveRuleTarget, type OverlayState } from '../_state.js';
import { implies } from '../implies.js';
import { allNodes, asStatutory, factsOf, namesOf, rewrite, withPaths } from '../_tree.js';
import { makeIssue } from '../../model/issue.js';
import { loadOverlayRule, overlappingAwardRule } from './add.js';

type ReplaceOp = Extract<OverlayOperation, { op: 'replace' }>;

const equivalent = (a: ConditionNode, b: ConditionNode): boolean => implies(a, b) === undefined && implies(b, a) === undefined;

/**
 * Whether `next` only adds alternatives to `old`: an `any` group in which every alternative of
 * `old` (its children if it is an `any` group, else `old` itself) appears unchanged in meaning.
 * Dropping a conjunct is weaker too, but it is not a new alternative, so it is not accepted here.
 */
function keepsAsAlternatives(next: ConditionNode, old: ConditionNode): boolean {
  if (next.type !== 'group' || next.op !== 'any') return false;
  const kept = old.type === 'group' && old.op === 'any' ? old.children : [old];
  return kept.every((k) => next.children.some((c) => equivalent(c, k)));
}

/**
 * Apply a `replace` operation: a condition by a condition (`<rule-id>#<name>`) or a rule by a rule
 * with the same id (`<rule-id>`). A statutory condition (or a subtree that holds one) is replaced
 * only by a condition proved to imply it ({@link implies}; `overlay_not_implied` says why not),
 * or, in a clause the law delegates, by one that keeps it as an alternative. A whole rule that
 * holds a statutory condition is never replaced.
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
  if (prot && !located) return loosens(s, i, op, prot, prot === subtree ? { problem: 'replace-statutory' } : { problem: 'holds-statutory', condition: prot.name }, 'target');
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
  let placed = withProvenance(built, makeProvenance(s.overlay, op, 'replace'));
  if (prot) {
    // a protected subtree is replaced only by a condition proved to imply it (or, under an odd
    // number of `not` groups, implied by it); in a delegated clause, also by an any-of that keeps
    // it (each of its alternatives) intact as an alternative. The replacement takes the statutory place: it stays protected.
    const old = located.node;
    const proof = located.inverted ? implies(old, built) : implies(built, old);
    const delegation = old.type === 'group' ? old.delegation : undefined;
    const widened = proof !== undefined && delegation !== undefined && !located.inverted && keepsAsAlternatives(built, old);
    if (proof !== undefined && !widened) return notImplied(s, i, op, isProtected(s, old) ? old : prot, proof, 'condition');
    if (widened && !delegationAllowed(s, i, op, delegation)) return;
    const prov = makeProvenance(s.overlay, op, 'replace');
    placed = asStatutory(withProvenance(built, widened ? { ...prov, delegation: delegation.citation } : { ...prov, implies: old.name }));
  }
  const root = withPaths(rewrite(rule.root, located.node.name, placed));
  putRule(s, regimeId, { ...rule, root, facts: factsOf(root) }, i);
}
