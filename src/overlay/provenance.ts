import type { Citation, ConditionNode, Provenance } from '../model/rule-book.js';
import type { OverlayFile, OverlayOperation } from '../schema/overlay-file.js';

/**
 * The `source` of an overlay's nodes: `province:<key>`, or `department:<key>/<unit>` and
 * `district:<key>/<unit>` for lower layers.
 * @param o the overlay's province, layer and unit.
 * @returns the source string.
 */
export function overlaySource(o: Pick<OverlayFile, 'province' | 'layer' | 'unit'>): string {
  return o.layer === 'province' ? `province:${o.province}` : `${o.layer}:${o.province}/${o.unit ?? 'unknown'}`;
}

/**
 * Legal basis of an operation: the operation's own `basis`, else the overlay's `basis`
 * (the national citation stays on the node itself).
 * @param overlay the overlay.
 * @param op the operation.
 * @returns the citation that put the change there.
 */
export function operationBasis(overlay: OverlayFile, op: OverlayOperation): Citation {
  return op.basis ?? overlay.basis;
}

/**
 * Provenance record of one operation.
 * @param overlay the overlay.
 * @param op the operation.
 * @param kind what the operation did to the node.
 * @param changed for `set`: the field and the values before and after.
 * @returns plain provenance data.
 */
export function makeProvenance(
  overlay: OverlayFile,
  op: OverlayOperation,
  kind: Provenance['op'],
  changed?: Provenance['changed'],
): Provenance {
  return {
    source: overlaySource(overlay),
    province: overlay.province,
    decision: { number: overlay.decision.number, date: overlay.decision.date, signer: overlay.decision.signer },
    operationId: op.id,
    op: kind,
    basis: operationBasis(overlay, op),
    ...(changed ? { changed } : {}),
    ...(overlay.illustrative ? { illustrative: true } : {}),
  };
}

/**
 * Copy of a condition tree with the same provenance on every node (added or replaced subtrees).
 * @param node the subtree.
 * @param p the provenance.
 * @returns the new subtree.
 */
export function withProvenance(node: ConditionNode, p: Provenance): ConditionNode {
  if (node.type === 'leaf') return { ...node, provenance: p };
  return { ...node, provenance: p, children: node.children.map((c) => withProvenance(c, p)) };
}
