/**
 * Result types of the cluster layer. Plain, serialisable data: strings for every number that is
 * not a count, no Decimal objects, no functions.
 */
import type { Verdict, NotApplicableReason } from '../../model/verdict.js';
import type { Citation, LocalizedText, Marker } from '../../model/rule-book.js';
import type { Issue } from '../../model/issue.js';
import type { Rounding, SheetSource, TieBreak } from '../../schema/score-sheet.js';
import type { ClusterOrganiser, RotationRule } from '../../schema/cluster.js';

/** The computation of one criterion's points, shown as data. */
export type CriterionComputation =
  | {
      readonly type: 'quantitative';
      readonly formula: 'relative-to-best' | 'proportional';
      readonly direction: 'higher-is-better' | 'lower-is-better';
      readonly target: string;
      readonly actual: string;
      /** r = actual / target (target / actual when lower is better), exact fraction. */
      readonly ratio: string;
      /** r after the ratio cap, when a cap applied. */
      readonly cappedRatio?: string | undefined;
      /** L, the highest r above 1 among members (relative-to-best only); null when nobody exceeded. */
      readonly best?: string | null | undefined;
      readonly case: 'below-target' | 'at-target' | 'best-exceeder' | 'above-target' | 'proportional';
      /** True when a negative result was raised to 0 (negative actual). */
      readonly clampedAtZero: boolean;
    }
  | { readonly type: 'qualitative'; readonly pass: boolean }
  | { readonly type: 'per-count'; readonly count: number; readonly pointsPerItem: string; readonly raw: string; readonly capped: boolean }
  | {
      readonly type: 'adjustment';
      readonly occurrences: number;
      readonly pointsPerOccurrence: string;
      readonly raw: string;
      readonly clamped: 'min' | 'max' | null;
    }
  | { readonly type: 'disqualifier'; readonly triggered: boolean };

/** One criterion's score for one member. */
export interface CriterionScore {
  readonly criterion: string;
  readonly kind: 'quantitative' | 'qualitative' | 'per-count' | 'adjustment' | 'disqualifier';
  readonly title: LocalizedText;
  /** Ancestor group ids, outermost first. */
  readonly groups: readonly string[];
  /** Maximum points (for adjustments: the upper clamp); null for disqualifiers. */
  readonly maxPoints: string | null;
  readonly selfScore: string | null;
  readonly clusterScore: string | null;
  /** Points computed from the data, exact; null when no data was given. */
  readonly computed: string | null;
  readonly computation: CriterionComputation | null;
  /** Which column gave the final points (sheet `finalScoreFrom`). */
  readonly basis: 'computed' | 'cluster' | 'self' | 'veto';
  /** Final points, exact fraction text. */
  readonly exact: string;
  /** Final points rounded per the sheet. */
  readonly points: string;
  readonly source: SheetSource;
}

/** A group's points for one member. */
export interface GroupScore {
  readonly group: string;
  readonly title: LocalizedText;
  readonly maxPoints: string;
  readonly exact: string;
  readonly points: string;
}

/** Why a member is disqualified. */
export interface Disqualification {
  readonly criterion: string;
  readonly title: LocalizedText;
  readonly source: SheetSource;
}

/** All scores of one member. */
export interface MemberScore {
  readonly member: string;
  /** Final total, rounded per the sheet (displayed; ranked only when the sheet declares `rankOn: "rounded"`). */
  readonly total: string;
  /** Exact final total as a reduced fraction ("5/3", "8999999999/10000000"): the value ranked by default. */
  readonly exactTotal: string;
  /** Sum of self scores, or null when some criterion lacks one. */
  readonly selfTotal: string | null;
  /** Sum of cluster (cross) scores, or null when some criterion lacks one. */
  readonly clusterTotal: string | null;
  readonly groups: readonly GroupScore[];
  readonly criteria: readonly CriterionScore[];
  readonly disqualified: boolean;
  readonly disqualifiedBy: readonly Disqualification[];
  /** People and women in the collective, when reported (D152 Art. 4.6). */
  readonly workforce: { readonly members: number; readonly women: number } | null;
}

/** Output of {@link scoreCluster}. */
export interface ClusterScores {
  readonly schemaVersion: 1;
  readonly period: number;
  readonly sheet: {
    readonly id: string;
    readonly title: LocalizedText;
    readonly maxTotal: string;
    readonly rounding: Rounding;
    readonly finalScoreFrom: readonly ('computed' | 'cluster' | 'self')[];
    readonly source: SheetSource;
  };
  /** Sorted by member id (code unit). */
  readonly members: readonly MemberScore[];
}

/** One application of a tie-break step to a set of tied members. */
export interface TieStep {
  readonly step: number;
  readonly kind: TieBreak['kind'];
  readonly group?: string | undefined;
  readonly within: readonly string[];
  /** The key of each member (points, true/false for the preference, the id). null = unknown. */
  readonly keys: readonly { readonly member: string; readonly value: string | boolean | null }[];
  readonly outcome: 'separated' | 'partly-separated' | 'still-tied' | 'not-applicable' | 'undetermined';
  readonly reason?: 'before-applies-from' | 'workforce-missing' | undefined;
  /** Sub-groups in their order after the step. */
  readonly order: readonly (readonly string[])[];
  readonly citation?: Citation | undefined;
}

/** Members sharing a final score and how their order was decided. */
export interface Tie {
  /** Rounded total (display). */
  readonly total: string;
  /** Exact total as a reduced fraction (equal for every tied member when ranked on exact totals). */
  readonly exactTotal: string;
  readonly members: readonly string[];
  readonly steps: readonly TieStep[];
  /** False when the declared final key (member id) was needed: the order is not on merit. */
  readonly resolvedOnMerit: boolean;
}

/** One line of the ranking. */
export interface RankEntry {
  /** Position 1..n in the total order. */
  readonly rank: number;
  readonly member: string;
  /** Rounded total (display). */
  readonly total: string;
  /** Exact total as a reduced fraction. */
  readonly exactTotal: string;
  readonly disqualified: boolean;
  readonly disqualifiedBy: readonly Disqualification[];
  /** Index into `ties`, or null. */
  readonly tie: number | null;
}

/** Output of {@link rankCluster}. */
export interface ClusterRanking {
  readonly schemaVersion: 1;
  readonly period: number;
  readonly sheetId: string;
  /** What the final-score and group comparisons used: exact values, or rounded ones when the sheet declares `rankOn: "rounded"`. */
  readonly rankedOn: 'exact' | 'rounded';
  /** The chain applied: final score first (implicit), then these steps. */
  readonly chain: readonly TieBreak[];
  readonly entries: readonly RankEntry[];
  readonly ties: readonly Tie[];
}

/** A note thidua itself attaches to an award route, as a code; the locales word it (ClusterWords.routeNote). */
export type RouteNote = 'flag-ccec' | 'flag-ministry-province' | 'certificate-ccec' | 'certificate-ministry-province';

/** Where a proposal route comes from. */
export interface RouteSource {
  readonly citation?: Citation | undefined;
  readonly marker: Marker;
  readonly question?: string | undefined;
  /** A note of the cluster file (data: shown in the language of the rule files). */
  readonly note?: LocalizedText | undefined;
  /** A note of thidua's own award routes, by code. */
  readonly noteCode?: RouteNote | undefined;
}

/** A member passed over while allocating proposals, and why. */
export interface SkippedMember {
  readonly member: string;
  readonly rank: number;
  readonly awardId: string;
  readonly reason: 'disqualified' | 'ineligible' | 'already-proposed';
  readonly disqualifiedBy?: readonly Disqualification[] | undefined;
  readonly failing?: readonly { readonly ruleId: string; readonly name: string; readonly criterion?: string | undefined }[] | undefined;
}

/** One proposal of a member for an award, with the eligibility check and its reasons. */
export interface AwardProposal {
  readonly member: string;
  readonly rank: number;
  /** Rounded total (display). */
  readonly total: string;
  /** Exact total as a reduced fraction (the ranked value unless the sheet ranks on rounded totals). */
  readonly exactTotal: string;
  readonly awardId: string;
  readonly awardTitle: LocalizedText;
  readonly tier: 'flag' | 'certificate';
  readonly route: RouteSource;
  /** Source of the declared quota (cluster data). */
  readonly quota: SheetSource;
  /** Verdict of evaluateEligibility for this award; 'undetermined' with reason when unknown. */
  readonly eligibility: {
    readonly verdict: Verdict;
    readonly reason?: NotApplicableReason | 'no-subject-data' | undefined;
    readonly regime?: string | undefined;
    readonly failing: readonly { readonly ruleId: string; readonly name: string; readonly criterion?: string | undefined }[];
  };
  /** Members ranked above this one that were passed over for this award. */
  readonly passedOver: readonly SkippedMember[];
  /** True when this member's position was decided only by the final key (member id). */
  readonly tieUnresolved: boolean;
  readonly status: 'proposed';
}

/** Output of {@link proposeAwards}. */
export interface ClusterProposals {
  readonly schemaVersion: 1;
  readonly period: number;
  readonly organiser: ClusterOrganiser;
  readonly flagAward: string | null;
  readonly certificateAward: string | null;
  readonly proposals: readonly AwardProposal[];
  readonly skipped: readonly SkippedMember[];
  /** Places left empty because no eligible member remained. */
  readonly unfilled: { readonly flags: number; readonly certificates: number };
  /** Set when the organiser has no flag/certificate route (district-organised clusters). */
  readonly noRoute: boolean;
}

/** Result of a council ballot on one proposal. */
export interface BallotOutcome {
  readonly member: string;
  readonly awardId: string;
  readonly status: 'pass' | 'fail' | 'no-tally' | 'no-threshold';
  readonly approvals: number | null;
  readonly councilMembers: number | null;
  /** Minimum share of all council members from the rule book, e.g. "0.8". */
  readonly threshold: string | null;
  /** Least number of approvals that passes with this council. */
  readonly requiredApprovals: number | null;
  /** Rule holding the ballot criterion. */
  readonly ruleId: string | null;
  readonly citation: Citation | null;
  readonly marker: Marker | null;
}

/** Leadership of the next period. */
export interface NextLeadership {
  readonly period: number;
  readonly leader: string;
  readonly deputies: readonly string[];
  readonly rule: RotationRule['kind'];
  readonly source: SheetSource;
  /** Members passed over (disqualified, not members of the next period). */
  readonly passedOver: readonly { readonly member: string; readonly reason: 'disqualified' | 'not-a-member-next-period' }[];
}

/** Output of {@link evaluateCycle}: the whole year in one value. */
export interface CycleResult {
  readonly schemaVersion: 1;
  readonly cluster: { readonly id: string; readonly name: LocalizedText; readonly clusterKind: 'cum' | 'khoi'; readonly organiser: ClusterOrganiser };
  readonly period: number;
  readonly members: readonly { readonly id: string; readonly name?: string | undefined }[];
  readonly illustrative: LocalizedText | null;
  readonly roles: { readonly leader: string | null; readonly deputies: readonly string[] };
  readonly scores: ClusterScores;
  readonly ranking: ClusterRanking;
  readonly proposals: ClusterProposals | null;
  readonly ballots: readonly BallotOutcome[] | null;
  readonly next: NextLeadership | null;
  /** Non-blocking findings, e.g. a district cluster in 2025 (regimes.md B7). */
  readonly warnings: readonly Issue[];
}
