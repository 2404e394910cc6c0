import { z } from 'zod';
import { IdSchema, IsoDateSchema } from './common.js';

const Year = z.number().int().min(1945).max(2100);
const Count = z.number().int().min(0).max(10_000_000);

/** Annual quality rating (Decree 90/2020/NĐ-CP scale), ordered failed < completed < good < excellent. */
export const TaskRatingSchema = z.enum(['excellent', 'good', 'completed', 'failed']);

/** Kind of commendation (Law 06/2022 Art. 8). */
export const CommendationTypeSchema = z.enum(['merit', 'irregular', 'movement', 'career', 'seniority', 'foreign']);

/** Scope at which an initiative, research work or combat creativity was recognised. */
export const RecognisedScopeSchema = z.enum(['grassroots', 'ministry-province', 'force-wide', 'national']);

/** Discipline levels, ordered from the lightest. */
export const DisciplineLevelSchema = z.enum([
  'reprimand',
  'warning',
  'salary-downgrade',
  'demotion',
  'removal-from-office',
  'dismissal',
]);

/** One award received (title or form of commendation) in a history year. */
export const AwardRecordSchema = z.strictObject({
  awardId: IdSchema.describe('Award id from rules/awards.json, e.g. "lao-dong-tien-tien"'),
  commendationType: CommendationTypeSchema.optional().describe('Absent means "merit" (khen thưởng công trạng)'),
  issuerKind: z
    .enum(['unit', 'enterprise', 'commune', 'district', 'ministry', 'central-agency', 'sector', 'province', 'prime-minister', 'president'])
    .optional(),
  issuerId: IdSchema.optional(),
  decisionNo: z.string().min(1).max(100).optional(),
  decisionDate: IsoDateSchema.optional(),
  revoked: z.boolean().optional().describe('Revoked awards (Law 2022 Ch. VII) are ignored by every count'),
});

/** An initiative, research work or combat creativity and its recognition. */
export const InitiativeSchema = z.strictObject({
  id: z.string().min(1).max(120),
  kind: z.enum(['initiative', 'research', 'combat-creativity']),
  year: Year.describe('Period (achievement year) in which it was recognised'),
  recognisedScope: RecognisedScopeSchema,
  applied: z.boolean().optional(),
  usedFor: z
    .array(z.strictObject({ awardId: IdSchema, year: Year }))
    .max(50)
    .optional()
    .describe('Awards this initiative already grounded (one achievement is commended once, Law Art. 5.2.c)'),
});

/** A discipline decision. */
export const DisciplineSchema = z.strictObject({
  level: DisciplineLevelSchema,
  from: IsoDateSchema,
  to: IsoDateSchema.optional().describe('End of the discipline period; absent = still running'),
});

/** A council (Hội đồng Thi đua – Khen thưởng) secret ballot on one proposal. */
export const CouncilVoteSchema = z.strictObject({
  awardId: IdSchema,
  year: Year,
  members: z.number().int().min(1).max(10_000).describe('All members of the council, not only those present'),
  approvals: Count,
});

/** Scope of an achievement asserted by the caller (unit < ministry-province < national). */
export const AchievementScopeSchema = z.enum(['unit', 'ministry-province', 'national']);

/** An achievement the national rules cannot derive and the caller asserts (e.g. Law Art. 74.1.a–c, đ; Art. 75). */
export const AchievementSchema = z.strictObject({
  kind: z
    .enum(['movement', 'field', 'irregular', 'contribution', 'production', 'many'])
    .describe('movement: outstanding in an emulation movement; field: achievements in a field; irregular: sudden achievement; contribution: to socio-economic development, charity, land or assets; production: workers/farmers; many: many or broad achievements'),
  scope: AchievementScopeSchema.describe('Level at which it was assessed (the launcher of the movement, the field managed)'),
  durationYears: z.number().int().min(1).max(100).optional().describe('Length of the movement or period of the achievement, in years'),
});

/** Criterion ids (domain spec) whose content the national book cannot evaluate and that the caller asserts as met. */
const AssertedCriteria = z
  .array(z.string().regex(/^[a-z0-9-]+@[a-z0-9-]+#[a-z0-9-]+$/))
  .max(50)
  .optional()
  .describe('Criterion ids asserted as met (delegated or unavailable criteria, e.g. "xa-phuong-tieu-bieu@2022#p"); absent = not known');

/** A movement the collective was found to lead at one of its reviews. */
export const LedMovementSchema = z.strictObject({
  movementId: IdSchema,
  launchedBy: z.enum(['pm', 'ccec', 'ministry', 'province', 'district', 'commune', 'other']),
  kind: z.enum(['regular', 'thematic']),
  durationYears: z.number().int().min(1).max(100).describe('Total length of the movement in years'),
  review: z.enum(['preliminary', 'final']).describe('The review (sơ kết / tổng kết) at which the collective was found to lead it'),
});

/**
 * Values of facts declared by the overlays in use (docs/real-regulations.md), keyed by the declared
 * fact id: a boolean, an integer, or a string (a decimal such as "0.85", or an enum value). Checked
 * against the declarations when the subject is evaluated; absent = not known.
 */
export const ExtraFactsSchema = z
  .record(z.string().regex(/^[a-z][a-zA-Z0-9]*$/).max(60), z.union([z.boolean(), z.number(), z.string().max(200)]))
  .describe('Facts declared by overlays (extraFacts.<id>); validated against the overlays applied');

/** One achievement year of an individual. */
export const IndividualYearSchema = z.strictObject({
  year: Year,
  taskRating: TaskRatingSchema.optional(),
  hasGoodConduct: z.boolean().optional().describe('Self-reliant, united, actively takes part in emulation (Art. 24.1)'),
  isLawAbiding: z.boolean().optional(),
  isActiveLearner: z.boolean().optional(),
  hasGoodMorals: z.boolean().optional(),
  maternityLeaveDays: Count.optional(),
  dutyInjuryTreatmentDays: Count.optional(),
  isPublishedForComment: z.boolean().optional().describe('Dossier published for public comment before the decision (D98 Art. 33)'),
  achievements: z.array(AchievementSchema).max(50).optional().describe('Achievements asserted by the caller; absent = not known'),
  assertedCriteria: AssertedCriteria,
  extraFacts: ExtraFactsSchema.optional(),
  awards: z.array(AwardRecordSchema).max(100).optional(),
});

/** One achievement year of a collective. */
export const CollectiveYearSchema = z.strictObject({
  year: Year,
  taskRating: TaskRatingSchema.optional(),
  isEmulationActive: z.boolean().optional(),
  hasSolidarity: z.boolean().optional(),
  isLawAbiding: z.boolean().optional(),
  hasExceededTargets: z.boolean().optional(),
  isExemplary: z.boolean().optional(),
  partyOrgRating: TaskRatingSchema.optional(),
  massOrgRating: TaskRatingSchema.optional(),
  isAntiCorruptionOk: z.boolean().optional(),
  memberCount: Count.optional(),
  advancedMemberCount: Count.optional().describe('Members holding LĐTT or CSTT for the year'),
  cstdcsMemberCount: Count.optional().describe('Members holding CSTĐCS for the year'),
  completedMemberCount: Count.optional().describe('Members rated "completed" or better'),
  warnedMemberCount: Count.optional().describe('Members disciplined at warning or above in the year'),
  femaleMemberCount: Count.optional(),
  ledCluster: z
    .strictObject({ clusterId: IdSchema, organiser: z.enum(['ccec', 'ministry', 'province', 'district', 'commune']) })
    .optional()
    .describe('The cluster/bloc this collective led (đơn vị dẫn đầu) in the year'),
  ledMovements: z.array(LedMovementSchema).max(20).optional().describe('Movements the collective was found to lead in the year; absent = none'),
  isGrassrootsDemocracyOk: z.boolean().optional().describe('Grassroots democracy carried out well'),
  hasStaffWelfare: z.boolean().optional().describe('Care for the material and spiritual life of staff carried out well'),
  hasStableEconomy: z.boolean().optional().describe('Stable, developing economy (Law Arts. 29, 30)'),
  hasHealthyCulturalLife: z.boolean().optional().describe('Healthy, rich cultural life (Law Arts. 29, 30)'),
  hasSafeCleanEnvironment: z.boolean().optional().describe('Safe, clean, green environment (Law Arts. 29, 30)'),
  hasSecurityAndOrder: z.boolean().optional().describe('Security and social order maintained (Law Art. 30)'),
  achievements: z.array(AchievementSchema).max(50).optional().describe('Achievements asserted by the caller; absent = not known'),
  assertedCriteria: AssertedCriteria,
  extraFacts: ExtraFactsSchema.optional(),
  awards: z.array(AwardRecordSchema).max(100).optional(),
});

const SubjectCommon = {
  id: IdSchema,
  name: z.string().min(1).max(300).optional(),
  isUnderInvestigation: z
    .boolean()
    .optional()
    .describe('Pending investigation, inspection, complaint or verified press allegation (D152 Art. 4.4); absent = false'),
  isDisciplineUnderConsideration: z.boolean().optional().describe('Discipline being considered (D152 Art. 4.4); absent = false'),
  discipline: z.array(DisciplineSchema).max(100).optional(),
  initiatives: z.array(InitiativeSchema).max(500).optional(),
  councilVotes: z.array(CouncilVoteSchema).max(200).optional(),
  extraFacts: ExtraFactsSchema.optional(),
};

/** An individual (person) with a multi-year history. */
export const IndividualSchema = z.strictObject({
  kind: z.literal('individual'),
  ...SubjectCommon,
  category: z
    .enum(['civil-servant', 'worker-farmer', 'armed-forces', 'entrepreneur-scientist', 'other'])
    .optional()
    .describe('"armed-forces" opens Chiến sĩ tiên tiến; absent = not armed forces'),
  gender: z.enum(['female', 'male', 'other']).optional(),
  history: z.array(IndividualYearSchema).max(100),
});

/** A collective (agency, unit, enterprise, commune, province …) with a multi-year history. */
export const CollectiveSchema = z.strictObject({
  kind: z.literal('collective'),
  ...SubjectCommon,
  collectiveKind: z.enum(['agency', 'enterprise', 'commune', 'village', 'unit', 'district', 'province', 'household', 'other']).optional(),
  isArmedForces: z.boolean().optional().describe('A unit of the armed forces (Đơn vị tiên tiến, Đơn vị quyết thắng); absent = false'),
  history: z.array(CollectiveYearSchema).max(100),
});

/** A subject of evaluation. */
export const SubjectSchema = z.discriminatedUnion('kind', [IndividualSchema, CollectiveSchema]);

/** An evaluation input file: one or more subjects and optional defaults for the CLI. */
export const InputFileSchema = z.strictObject({
  $schema: z.string().optional(),
  year: Year.optional(),
  regime: IdSchema.optional(),
  subjects: z.array(SubjectSchema).min(1).max(100_000),
});

export type TaskRating = z.infer<typeof TaskRatingSchema>;
export type AwardRecord = z.infer<typeof AwardRecordSchema>;
export type Initiative = z.infer<typeof InitiativeSchema>;
export type Achievement = z.infer<typeof AchievementSchema>;
export type LedMovement = z.infer<typeof LedMovementSchema>;
export type Discipline = z.infer<typeof DisciplineSchema>;
export type CouncilVote = z.infer<typeof CouncilVoteSchema>;
export type IndividualYear = z.infer<typeof IndividualYearSchema>;
export type CollectiveYear = z.infer<typeof CollectiveYearSchema>;
export type Individual = z.infer<typeof IndividualSchema>;
export type Collective = z.infer<typeof CollectiveSchema>;
export type Subject = z.infer<typeof SubjectSchema>;
export type InputFile = z.infer<typeof InputFileSchema>;
