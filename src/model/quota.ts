import type { Citation, LocalizedText, Marker, Provenance } from './rule-book.js';

/** Keys of a quota's selection order, applied in sequence; the last key must be `subject-id-asc`. */
export type QuotaSelectionKey = 'council-approval-share-desc' | 'subject-id-asc';

/** How the denominator (base population) of a quota is counted for some achievement years. */
export interface QuotaBaseDef {
  readonly years: { readonly from?: number | undefined; readonly to?: number | undefined };
  /** `eligible-for`: members whose report is eligible for one of `awardIds`; `supplied`: a count given by the caller. */
  readonly kind: 'eligible-for' | 'supplied';
  readonly awardIds?: readonly string[] | undefined;
  readonly label: LocalizedText;
  readonly citation: Citation;
  readonly marker: Marker;
  readonly question?: string | undefined;
}

/** A population rule (pass 2): at most `maxShare` of the base may receive the award. */
export interface QuotaDef {
  readonly id: string;
  readonly awardId: string;
  readonly title: LocalizedText;
  /** Achievement years the quota applies to (inclusive). */
  readonly years: { readonly from?: number | undefined; readonly to?: number | undefined };
  /** `cap` selects within the quota; `report-only` reports the ratio against `referenceShare` without capping. */
  readonly mode: 'cap' | 'report-only';
  /** Decimal string: the cap (mode cap) or the reference share to warn above (report-only). */
  readonly maxShare: string;
  readonly bases: readonly QuotaBaseDef[];
  readonly selection: readonly QuotaSelectionKey[];
  readonly citation: Citation;
  readonly marker: Marker;
  readonly question?: string | undefined;
  readonly sources: readonly string[];
  readonly note?: LocalizedText | undefined;
  /** Set when an overlay made the quota stricter; absent means national. */
  readonly provenance?: Provenance | undefined;
}
