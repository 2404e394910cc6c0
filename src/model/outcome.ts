import type { Gap, NodeStatus, NotApplicableReason, Verdict } from './verdict.js';
import type { Citation, LocalizedText, Marker, NodePath, OverlayJurisdiction, Provenance } from './rule-book.js';

export type { Gap, NodeStatus, NotApplicableReason, Verdict };

/** Evaluation of one leaf condition: one finding per leaf, every leaf evaluated. */
export interface LeafFinding {
  readonly type: 'leaf';
  readonly name: string;
  readonly path: NodePath;
  readonly criterion?: string | undefined;
  readonly label?: LocalizedText | undefined;
  readonly fact: string;
  readonly factLabel: LocalizedText;
  readonly params?: Readonly<Record<string, unknown>> | undefined;
  readonly operator: string;
  readonly expected: string | boolean | readonly string[];
  readonly paramRef?: string | undefined;
  /** Fact params that came from rule-book parameters (param name → parameter id). */
  readonly paramRefs?: Readonly<Record<string, string>> | undefined;
  /** The fact value used; null when the fact is missing from the input. */
  readonly actual: string | boolean | null;
  readonly status: NodeStatus;
  readonly citation: Citation;
  readonly marker: Marker;
  readonly statutory: boolean;
  readonly gap?: Gap | undefined;
  /** Set when a province overlay changed or added the condition; absent means national. */
  readonly provenance?: Provenance | undefined;
}

/** Evaluation of a group (all / any / not), status by three-valued logic. */
export interface GroupFinding {
  readonly type: 'group';
  readonly name: string;
  readonly path: NodePath;
  readonly op: 'all' | 'any' | 'not';
  readonly criterion?: string | undefined;
  readonly label?: LocalizedText | undefined;
  readonly status: NodeStatus;
  readonly citation: Citation;
  readonly marker: Marker;
  readonly children: readonly Finding[];
  /** Set when a province overlay changed or added the group; absent means national. */
  readonly provenance?: Provenance | undefined;
}

/** A node of an evaluated condition tree. */
export type Finding = LeafFinding | GroupFinding;

/** Outcome of one rule (an award's criteria or a principle). */
export interface RuleOutcome {
  readonly ruleId: string;
  readonly kind: 'award' | 'principle';
  readonly title: LocalizedText;
  readonly citation: Citation;
  readonly marker: Marker;
  readonly status: NodeStatus;
  readonly tree: GroupFinding;
}

/** Verdict for one award. */
export interface AwardVerdict {
  readonly awardId: string;
  readonly title: LocalizedText;
  readonly verdict: Verdict;
  readonly reason?: NotApplicableReason | undefined;
  /** Principles first, then the award's own rule. */
  readonly rules: readonly RuleOutcome[];
  /** Failing or missing leaves, in tree order: the gap to eligibility. */
  readonly failing: readonly { readonly ruleId: string; readonly name: string; readonly status: NodeStatus; readonly criterion?: string | undefined; readonly gap?: Gap | undefined }[];
}

/** How the regime was chosen. */
export interface RegimeChoice {
  readonly id: string;
  readonly title: LocalizedText;
  readonly resolvedBy: 'period-end' | 'override';
  /** Last day of the achievement period. */
  readonly periodEnd: string;
  /** Date at which rule versions are selected: the period end, clamped into the regime's window on override. */
  readonly ruleDate: string;
}

/**
 * A record of the subject dated after the year under review: the evaluation is "as of" that year
 * and did not use it.
 */
export interface NotConsideredRecord {
  /** Where it is in the subject, in canonical order (history by year, initiatives by id, council votes by year and award, discipline by start date), e.g. `["history", 3]`. */
  readonly path: readonly ['councilVotes' | 'discipline' | 'history' | 'initiatives', number];
  /** Its year: the achievement year (history, initiatives, council votes) or the year a discipline period starts. */
  readonly year: number;
}

/** The report of one subject's eligibility in one achievement year. Plain, serialisable data. */
export interface EligibilityReport {
  readonly schemaVersion: 1;
  readonly subject: { readonly id: string; readonly kind: 'individual' | 'collective'; readonly name?: string | undefined };
  readonly year: number;
  /** Records dated after `year` that the evaluation did not use, sorted by path; absent when there are none. */
  readonly notConsidered?: readonly NotConsideredRecord[] | undefined;
  readonly regime: RegimeChoice;
  readonly ruleBook: {
    readonly id: string;
    readonly version: string;
    readonly hash: string;
    /** Overlays applied to the national book, in order (absent for the national book). */
    readonly overlays?:
      | readonly {
          /** Province key; absent for an agency overlay. */
          readonly province?: string | undefined;
          /** Agency key (rules/agencies.json); absent for a province overlay. */
          readonly agency?: string | undefined;
          /** The province or agency that issued the overlay, named in vi and en. */
          readonly jurisdiction: OverlayJurisdiction;
          readonly decision: { readonly number: string; readonly date: string; readonly signer: LocalizedText };
          readonly illustrative: boolean;
        }[]
      | undefined;
  };
  /** What the report holds: "full" explanation trees, or "verdicts" only (empty rule trees). Covered by `inputHash`. */
  readonly detail: 'full' | 'verdicts';
  /** SHA-256 of the canonical [normalised subject, year, regime override, period end, award filter, detail]. */
  readonly inputHash: string;
  readonly awards: readonly AwardVerdict[];
}
