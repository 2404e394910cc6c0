import type { Citation, Effective, LocalizedText, Marker } from './rule-book.js';

/** Subject kinds a bonus is paid to (households receive the household variants of forms). */
export type BonusSubjectKind = 'individual' | 'collective' | 'household';

/** One dated value of the statutory base salary (lương cơ sở), in VND. */
export interface BaseSalaryEntry {
  readonly effective: Effective;
  /** Amount in VND as a decimal string, e.g. "2340000". */
  readonly amount: string;
  readonly citation: Citation;
  readonly marker: Marker;
  readonly sources: readonly string[];
}

/** One bonus multiplier of a regime: multiplier × base salary, or an undetermined entry. */
export interface BonusEntryDef {
  readonly awardId: string;
  readonly subject: BonusSubjectKind;
  /** Decimal string, or null when the multiplier is not known (UNCONFIRMED). */
  readonly multiplier: string | null;
  /** The amount is `factor` × the amount of the same award for `subject` (e.g. households: 1.5 × individual). */
  readonly derivedFrom?: { readonly subject: BonusSubjectKind; readonly factor: string } | undefined;
  readonly citation: Citation;
  readonly marker: Marker;
  readonly question?: string | undefined;
  readonly sources: readonly string[];
  readonly note?: LocalizedText | undefined;
}

/** The bonus table of a regime. */
export interface BonusTableDef {
  /** `not-available`: the regime's amounts are not in the specification (e.g. Decree 91/2017). */
  readonly status: 'available' | 'not-available';
  readonly citation?: Citation | undefined;
  readonly note?: LocalizedText | undefined;
  readonly entries: readonly BonusEntryDef[];
}
