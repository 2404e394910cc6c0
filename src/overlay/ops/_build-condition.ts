import type { ConditionNode, NodePath, RuleDef } from '../../model/rule-book.js';
import { _buildCondition } from '../../rule-book/load-rule-book.js';
import type { OverlayOperation } from '../../schema/overlay-file.js';
import { operationBasis } from '../provenance.js';
import { opPath, type OverlayState } from '../_state.js';
import { defaultNotStatutory, delegationKeyPath } from '../_tree.js';
import { makeIssue } from '../../model/issue.js';

/**
 * Validate and build the `condition` of an add/replace operation with every loader check, in the
 * context of the rule it goes into; issues are pushed onto the state.
 * @internal
 */
export function buildOperationCondition(
  s: OverlayState,
  i: number,
  op: OverlayOperation & { readonly condition: unknown },
  rule: RuleDef,
  regimeId: string,
  names: Map<string, NodePath>,
  path: NodePath,
): ConditionNode | undefined {
  const deleg = delegationKeyPath(op.condition);
  if (deleg) {
    s.issues.push(makeIssue('overlay_delegation_declared', opPath(s, i, 'condition', ...deleg), { operation: op.id }));
    return undefined;
  }
  const regime = s.regimes.get(regimeId)!;
  const built = _buildCondition(defaultNotStatutory(op.condition), opPath(s, i, 'condition'), {
    file: s.file,
    citation: operationBasis(s.overlay, op),
    marker: s.overlay.marker,
    subject: rule.subject,
    params: regime.params,
    awards: new Map(s.awards.map((a) => [a.id, a])),
    names,
    path,
  });
  s.issues.push(...built.issues);
  return built.node;
}
