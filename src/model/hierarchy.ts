import type { Citation, LocalizedText, Marker } from './rule-book.js';

/** Kind of a hierarchy edge (shared/domain/hierarchy.md): how the source opens or feeds the target. */
export type HierarchyEdgeKind = 'same-period' | 'run' | 'window' | 'share' | 'gate' | 'quota-base' | 'consumes';

/** Edge kinds that make the source a prerequisite of the target (checked for cycles at load time). */
export const PREREQUISITE_EDGE_KINDS: readonly HierarchyEdgeKind[] = Object.freeze(['same-period', 'run', 'window', 'share', 'gate']);

/** A non-award node of the hierarchy: a position, a rating streak or a movement that opens an award. */
export interface HierarchyNodeDef {
  readonly id: string;
  readonly kind: 'position' | 'rating' | 'movement';
  readonly title: LocalizedText;
}

/** An edge of the award hierarchy, as declared in rules/national/hierarchy.json. */
export interface HierarchyEdgeDef {
  readonly id: string;
  /** Edge number in shared/domain/hierarchy.md, e.g. "E2". */
  readonly ref: string;
  readonly from: string;
  readonly to: string;
  readonly kind: HierarchyEdgeKind;
  /** For run/window/share edges: the count the edge requires (e.g. 3 consecutive years). */
  readonly count?: number | undefined;
  /** Subject kind of the target when the award has several (e.g. the individual certificate). */
  readonly subject?: 'individual' | 'collective' | undefined;
  /** `sector` edges hold only in a ministry or sector pack. */
  readonly scope: 'national' | 'sector';
  readonly regimes: readonly string[];
  readonly label: LocalizedText;
  readonly note?: LocalizedText | undefined;
  readonly citation: Citation;
  readonly marker: Marker;
  readonly sources: readonly string[];
}

/** The award hierarchy of a rule book (validated, acyclic over prerequisite edges). */
export interface HierarchyDef {
  readonly nodes: readonly HierarchyNodeDef[];
  readonly edges: readonly HierarchyEdgeDef[];
}
