import type { Citation, ConditionNode, OverlayJurisdiction, Provenance } from '../model/rule-book.js';
import type { OverlayFile, OverlayOperation } from '../schema/overlay-file.js';

/** An overlay with its jurisdiction resolved (rules/provinces.json or rules/agencies.json). @internal */
export type ResolvedOverlay = OverlayFile & { readonly jurisdiction?: OverlayJurisdiction | undefined };

/**
 * The `source` of an overlay's nodes: `province:<key>` or `agency:<key>`, or
 * `department:<key>/<unit>` and `district:<key>/<unit>` for lower layers (of a province).
 * @param o the overlay's province or agency, layer and unit.
 * @returns the source string.
 */
export function overlaySource(o: Pick<OverlayFile, 'province' | 'agency' | 'layer' | 'unit'>): string {
  if (o.layer === 'agency') return `agency:${o.agency ?? 'unknown'}`;
  return o.layer === 'province' ? `province:${o.province ?? 'unknown'}` : `${o.layer}:${o.province ?? 'unknown'}/${o.unit ?? 'unknown'}`;
}

/**
 * Key of the jurisdiction of an overlay (its province or agency key).
 * @internal
 */
export function jurisdictionKey(o: Pick<OverlayFile, 'province' | 'agency'>): string {
  return o.agency ?? o.province ?? 'unknown';
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
  overlay: ResolvedOverlay,
  op: OverlayOperation,
  kind: Provenance['op'],
  changed?: Provenance['changed'],
): Provenance {
  return {
    source: overlaySource(overlay),
    ...(overlay.province !== undefined ? { province: overlay.province } : {}),
    ...(overlay.agency !== undefined ? { agency: overlay.agency } : {}),
    ...(overlay.jurisdiction ? { jurisdiction: overlay.jurisdiction } : {}),
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
