import { z } from 'zod';
import { CitationSchema, DecimalStringSchema, IdSchema, LocalizedTextSchema, MarkerSchema } from './common.js';

/** A strictly positive decimal string. */
const PositiveSchema = DecimalStringSchema.refine((s) => !s.startsWith('-') && /[1-9]/.test(s), { message: 'positive' });

/**
 * Where a criterion, a group or a whole sheet comes from: a legal or provincial citation, or a
 * note (e.g. "illustrative, invented for the example"), with its evidence marker and, for
 * UNCONFIRMED values, the open question id.
 */
export const SheetSourceSchema = z
  .strictObject({
    citation: CitationSchema.optional(),
    marker: MarkerSchema,
    question: z.string().regex(/^OQ-[0-9]+$/).optional().describe('Open question of shared/domain/open-questions.md, e.g. "OQ-46"'),
    note: LocalizedTextSchema.optional(),
  })
  .refine((s) => s.citation !== undefined || s.note !== undefined, { message: 'source-needs-citation' });

const Common = {
  id: IdSchema,
  title: LocalizedTextSchema,
  source: SheetSourceSchema,
};

/** Target vs actual (clusters.md §5.3); the target is the member's registered (pledged) target. */
export const QuantitativeCriterionSchema = z.strictObject({
  kind: z.literal('quantitative'),
  ...Common,
  maxPoints: PositiveSchema,
  formula: z
    .enum(['relative-to-best', 'proportional'])
    .describe('"relative-to-best": clusters.md §5.3 (half the points at target, full points for the best exceeder); "proportional": maxPoints × min(r, ratioCap) / ratioCap'),
  direction: z.enum(['higher-is-better', 'lower-is-better']).describe('lower-is-better uses r = target / actual and needs ratioCap (used when actual = 0)'),
  ratioCap: PositiveSchema.optional().describe('Upper bound applied to r = actual / target before the formula (default: none; "proportional" defaults to 1)'),
});

/** Pass/fail criterion: pass → maxPoints, fail → 0. */
export const QualitativeCriterionSchema = z.strictObject({
  kind: z.literal('qualitative'),
  ...Common,
  maxPoints: PositiveSchema,
});

/** Per-count criterion ("chấm thẳng"): pointsPerItem × count, capped at maxPoints. */
export const PerCountCriterionSchema = z.strictObject({
  kind: z.literal('per-count'),
  ...Common,
  pointsPerItem: PositiveSchema,
  maxPoints: PositiveSchema.describe('Cap of the criterion'),
});

/** Bonus (positive) or penalty (negative) points per occurrence, clamped to [min, max]. */
export const AdjustmentCriterionSchema = z.strictObject({
  kind: z.literal('adjustment'),
  ...Common,
  pointsPerOccurrence: DecimalStringSchema.refine((s) => /[1-9]/.test(s), { message: 'non-zero' }),
  min: DecimalStringSchema,
  max: DecimalStringSchema,
});

/** Veto: when triggered the member is disqualified from every proposal (it is still scored and ranked). */
export const DisqualifierCriterionSchema = z.strictObject({
  kind: z.literal('disqualifier'),
  ...Common,
});

/** A group of criteria; its points are the sum of its children's. */
export interface CriteriaGroupInput {
  kind: 'group';
  id: string;
  title: { vi: string; en: string };
  source: z.input<typeof SheetSourceSchema>;
  maxPoints: string;
  children: SheetNodeInput[];
}
/** Any node of a score sheet (input shape). */
export type SheetNodeInput =
  | CriteriaGroupInput
  | z.input<typeof QuantitativeCriterionSchema>
  | z.input<typeof QualitativeCriterionSchema>
  | z.input<typeof PerCountCriterionSchema>
  | z.input<typeof AdjustmentCriterionSchema>
  | z.input<typeof DisqualifierCriterionSchema>;

/** A group of criteria with its maximum (= sum of its scored children's maxima). */
export const CriteriaGroupSchema = z.strictObject({
  kind: z.literal('group'),
  ...Common,
  maxPoints: PositiveSchema,
  get children(): z.ZodArray<z.ZodType<SheetNodeInput>> {
    return z.array(SheetNodeSchema).min(1).max(200);
  },
});

/** Any node of a score sheet, discriminated on `kind`. */
export const SheetNodeSchema: z.ZodType<SheetNodeInput> = z.discriminatedUnion('kind', [
  CriteriaGroupSchema,
  QuantitativeCriterionSchema,
  QualitativeCriterionSchema,
  PerCountCriterionSchema,
  AdjustmentCriterionSchema,
  DisqualifierCriterionSchema,
]) as unknown as z.ZodType<SheetNodeInput>;

/** Rounding of a sheet: places, mode and the stage at which it applies. */
export const RoundingSchema = z.strictObject({
  places: z.number().int().min(0).max(30),
  mode: z.enum(['half-up', 'half-even', 'down', 'up']).describe('half-up/up round away from zero; down truncates toward zero'),
  stage: z.enum(['criterion', 'total']).describe('"criterion": every criterion is rounded, then summed; "total": exact sums, only the displayed values are rounded'),
  rankOn: z
    .enum(['exact', 'rounded'])
    .optional()
    .describe('What the ranking compares: "exact" (default) the exact totals and group points; "rounded" the rounded ones, only when the sheet itself says so (the ranking then reports it)'),
});

/** One step of the declared tie-break chain (after the final score, which always comes first). */
export const TieBreakSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('criteria-group'), group: IdSchema.describe('Higher points in this group rank first') }),
  z.strictObject({
    kind: z.literal('female-preference'),
    appliesFrom: z.string().regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/).describe('Applies when the period ends on or after this date (D152: 2025-07-01)'),
    citation: CitationSchema,
    marker: MarkerSchema,
  }),
  z.strictObject({ kind: z.literal('member-id').describe('Final key: member id compared by UTF-16 code unit') }),
]);

/** A declarative score sheet of a cluster or bloc. */
export const ScoreSheetSchema = z.strictObject({
  $schema: z.string().optional(),
  id: IdSchema,
  title: LocalizedTextSchema,
  source: SheetSourceSchema,
  maxTotal: PositiveSchema.describe('Sum of the top-level scored criteria maxima (adjustments and disqualifiers excluded)'),
  rounding: RoundingSchema,
  finalScoreFrom: z
    .array(z.enum(['computed', 'cluster', 'self']))
    .min(1)
    .max(3)
    .describe('Precedence of the score columns for the final score of a criterion, first available wins'),
  criteria: z.array(SheetNodeSchema).min(1).max(200),
  tieBreaks: z.array(TieBreakSchema).min(1).max(20).describe('Declared chain after the final score; must end with {"kind":"member-id"}'),
});

export type SheetSource = z.infer<typeof SheetSourceSchema>;
export type QuantitativeCriterion = z.infer<typeof QuantitativeCriterionSchema>;
export type QualitativeCriterion = z.infer<typeof QualitativeCriterionSchema>;
export type PerCountCriterion = z.infer<typeof PerCountCriterionSchema>;
export type AdjustmentCriterion = z.infer<typeof AdjustmentCriterionSchema>;
export type DisqualifierCriterion = z.infer<typeof DisqualifierCriterionSchema>;
export type CriteriaGroup = CriteriaGroupInput;
export type SheetNode = SheetNodeInput;
export type Rounding = z.infer<typeof RoundingSchema>;
export type TieBreak = z.infer<typeof TieBreakSchema>;
export type ScoreSheet = z.infer<typeof ScoreSheetSchema>;
