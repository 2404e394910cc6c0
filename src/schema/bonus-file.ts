import { z } from 'zod';
import { CitationSchema, DecimalStringSchema, EffectiveSchema, IdSchema, LocalizedTextSchema, MarkerSchema, SourceIdsSchema } from './common.js';

/** rules/national/base-salary.json: the statutory base salary as an effective-dated table (VND). */
export const BaseSalaryFileSchema = z.strictObject({
  $schema: z.string().optional(),
  currency: z.literal('VND'),
  note: LocalizedTextSchema.optional(),
  values: z
    .array(
      z.strictObject({
        effective: EffectiveSchema,
        amount: DecimalStringSchema.describe('Amount in VND, e.g. "2340000"'),
        citation: CitationSchema,
        marker: MarkerSchema,
        sources: SourceIdsSchema.optional(),
      }),
    )
    .max(200),
});

const Subject = z.enum(['individual', 'collective', 'household']);

/** One multiplier of a regime's bonus table. */
export const BonusEntrySchema = z.strictObject({
  awardId: IdSchema,
  subject: Subject,
  multiplier: DecimalStringSchema.nullable().describe('Multiple of the base salary; null when UNCONFIRMED (give question or note)'),
  derivedFrom: z
    .strictObject({ subject: Subject, factor: DecimalStringSchema })
    .optional()
    .describe('Amount = factor × the amount of the same award for that subject (multiplier must be null)'),
  citation: CitationSchema,
  marker: MarkerSchema,
  question: z.string().regex(/^OQ-[0-9]+$/).optional(),
  sources: SourceIdsSchema.optional(),
  note: LocalizedTextSchema.optional(),
});

/** rules/national/<regime>/bonuses.json: bonus multipliers of a regime. */
export const BonusesFileSchema = z.strictObject({
  $schema: z.string().optional(),
  status: z.enum(['available', 'not-available']),
  citation: CitationSchema.optional().describe('Legal basis of the table; required when status is available'),
  note: LocalizedTextSchema.optional(),
  entries: z.array(BonusEntrySchema).max(500),
});

export type BaseSalaryFileInput = z.infer<typeof BaseSalaryFileSchema>;
export type BonusesFileInput = z.infer<typeof BonusesFileSchema>;
