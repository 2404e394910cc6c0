import { z } from 'zod';
import { DecimalStringSchema, IdSchema, IsoDateSchema, LocalizedTextSchema, MarkerSchema } from './common.js';
import { ScoreSheetSchema, SheetSourceSchema } from './score-sheet.js';
import { CollectiveSchema } from './subject.js';

const Year = z.number().int().min(1945).max(2100);
const Count = z.number().int().min(0).max(10_000_000);

/** Who organises a cluster or bloc (routes of Law 2022 Arts. 25, 26, 29 depend on it). */
export const ClusterOrganiserSchema = z.enum(['ccec', 'ministry', 'province', 'district']);

/** A member of a cluster in one period. */
export const ClusterMemberSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1).max(300).optional(),
});

/** An event of the annual cycle (clusters.md §4). Hosting never implies a role (OQ-41). */
export const ClusterEventSchema = z.strictObject({
  kind: z.enum(['pledge-signing', 'mid-year-review', 'annual-review', 'inspection', 'vote']),
  date: IsoDateSchema,
  host: IdSchema.optional(),
  reviewedPeriod: Year.optional(),
  pledgePeriod: Year.optional().describe('Period whose pledge is signed (may be the next one, e.g. Tiên Yên 31 Dec 2024 for 2025)'),
  note: LocalizedTextSchema.optional(),
});

/** A member's registration and pledge (đăng ký thi đua, giao ước): registered targets per quantitative criterion. */
export const PledgeSchema = z.strictObject({
  member: IdSchema,
  signedOn: IsoDateSchema.optional(),
  targets: z
    .array(z.strictObject({ criterion: IdSchema, target: DecimalStringSchema }))
    .max(200)
    .describe('Registered targets; they become the targets of the score sheet\'s quantitative criteria'),
});

/** Membership, roles, events and pledges of a cluster for one period (never inherited silently). */
export const ClusterYearSchema = z.strictObject({
  period: Year,
  members: z.array(ClusterMemberSchema).min(1).max(500),
  leader: IdSchema.optional().describe('Cluster leader (cụm trưởng / khối trưởng); absent until set'),
  deputies: z.array(IdSchema).max(20).optional().describe('Deputy leaders (cụm phó / khối phó)'),
  host: IdSchema.optional().describe('Host of the year\'s events; never used to infer the leader (OQ-41)'),
  events: z.array(ClusterEventSchema).max(100).optional(),
  pledges: z.array(PledgeSchema).max(500).optional(),
  marker: MarkerSchema.optional(),
  note: LocalizedTextSchema.optional(),
});

/** A cluster (cụm) or bloc (khối) of emulation. */
export const ClusterSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  clusterKind: z.enum(['cum', 'khoi']).describe('As declared; never inferred from the members'),
  organiser: ClusterOrganiserSchema,
  organiserId: IdSchema.optional(),
  memberLevel: z
    .enum(['province', 'ministry', 'department', 'district', 'commune', 'enterprise', 'other'])
    .describe('Administrative level of the members; district-level members cannot exist after 2025-06-30'),
  years: z.array(ClusterYearSchema).min(1).max(100),
});

/** One member's report for the reviewed period: the data of each criterion and the score columns. */
export const MemberReportSchema = z.strictObject({
  member: IdSchema,
  period: Year,
  memberCount: Count.optional().describe('People in the collective (for the female preference of D152 Art. 4.6)'),
  femaleMemberCount: Count.optional(),
  entries: z
    .array(
      z.strictObject({
        criterion: IdSchema,
        actual: DecimalStringSchema.optional().describe('Quantitative: the actual value'),
        pass: z.boolean().optional().describe('Qualitative: met or not'),
        count: Count.optional().describe('Per-count: number of items'),
        occurrences: Count.optional().describe('Adjustment: number of occurrences'),
        triggered: z.boolean().optional().describe('Disqualifier: whether it applies'),
        selfScore: DecimalStringSchema.optional().describe('Points the member gave itself'),
        clusterScore: DecimalStringSchema.optional().describe('Points given by the cluster (cross-scoring)'),
      }),
    )
    .max(500),
});

/** Proposal quotas declared for a cluster (per-cluster limits are UNCONFIRMED, OQ-46). */
export const ProposalQuotasSchema = z.strictObject({
  flags: z.number().int().min(0).max(10).describe('Flags to propose (leading unit first)'),
  certificates: z.number().int().min(0).max(100).describe('Certificates of merit to propose for the next members'),
  source: SheetSourceSchema,
});

/** Tally of a council ballot on one proposal. */
export const BallotTallySchema = z.strictObject({
  member: IdSchema,
  awardId: IdSchema,
  councilMembers: z.number().int().min(1).max(10_000).describe('All members of the council, not only those present'),
  approvals: Count,
});

/** Declared rule choosing next period's leader and deputies. */
export const RotationRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('by-rank'),
    deputies: z.number().int().min(0).max(20),
    source: SheetSourceSchema,
  }),
  z.strictObject({
    kind: z.literal('rotation-list'),
    order: z.array(IdSchema).min(1).max(500),
    deputies: z.number().int().min(0).max(20),
    source: SheetSourceSchema,
  }),
  z.strictObject({
    kind: z.literal('vote'),
    leader: IdSchema,
    deputies: z.array(IdSchema).max(20),
    voteDate: IsoDateSchema.optional(),
    source: SheetSourceSchema,
  }),
]);

/** The year-end review of one period: sheet, reports, quotas, ballots, rotation and subjects. */
export const ClusterReviewSchema = z.strictObject({
  period: Year,
  scoreSheet: ScoreSheetSchema,
  reports: z.array(MemberReportSchema).min(1).max(500),
  quotas: ProposalQuotasSchema.optional(),
  tallies: z.array(BallotTallySchema).max(500).optional().describe('Council ballot tallies; thresholds come from the rule book (checkCouncilVote)'),
  rotation: RotationRuleSchema.optional(),
  regime: IdSchema.optional().describe('Regime override for the eligibility checks (boundary cases, regimes.md B1)'),
  subjects: z.array(CollectiveSchema).max(500).optional().describe('Members as eligibility subjects (their history)'),
});

/** A cluster file: the cluster with its years and, optionally, the review of one period. */
export const ClusterFileSchema = z.strictObject({
  $schema: z.string().optional(),
  illustrative: LocalizedTextSchema.optional().describe('Present when some data (e.g. scores) are invented: says which'),
  sources: z.array(z.string().min(1).max(300)).max(50).optional().describe('Where the facts come from (seed reports, sources.md ids)'),
  cluster: ClusterSchema,
  review: ClusterReviewSchema.optional(),
});

export type ClusterOrganiser = z.infer<typeof ClusterOrganiserSchema>;
export type ClusterMember = z.infer<typeof ClusterMemberSchema>;
export type ClusterEvent = z.infer<typeof ClusterEventSchema>;
export type Pledge = z.infer<typeof PledgeSchema>;
export type ClusterYear = z.infer<typeof ClusterYearSchema>;
export type Cluster = z.infer<typeof ClusterSchema>;
export type MemberReport = z.infer<typeof MemberReportSchema>;
export type ProposalQuotas = z.infer<typeof ProposalQuotasSchema>;
export type BallotTally = z.infer<typeof BallotTallySchema>;
export type RotationRule = z.infer<typeof RotationRuleSchema>;
export type ClusterReview = z.infer<typeof ClusterReviewSchema>;
export type ClusterFile = z.infer<typeof ClusterFileSchema>;
