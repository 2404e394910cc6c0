import { z } from 'zod';
import { CitationSchema, DecimalStringSchema, IdSchema, LocalizedTextSchema, MarkerSchema, SourceIdsSchema } from './common.js';

const Year = z.number().int().min(1945).max(2100);
const Years = z.strictObject({ from: Year.optional(), to: Year.optional() });

/** How a quota's base population is counted for some achievement years. */
export const QuotaBaseSchema = z.strictObject({
  years: Years,
  kind: z.enum(['eligible-for', 'supplied']),
  awardIds: z.array(IdSchema).min(1).max(20).optional().describe('Required for eligible-for'),
  label: LocalizedTextSchema,
  citation: CitationSchema,
  marker: MarkerSchema,
  question: z.string().regex(/^OQ-[0-9]+$/).optional(),
});

/** A population rule evaluated over a unit's eligibility reports (pass 2). */
export const QuotaSchema = z.strictObject({
  id: IdSchema,
  awardId: IdSchema,
  title: LocalizedTextSchema,
  years: Years,
  mode: z.enum(['cap', 'report-only']),
  maxShare: DecimalStringSchema.describe('Cap (mode cap) or reference share (report-only), e.g. "0.15"'),
  bases: z.array(QuotaBaseSchema).min(1).max(20),
  selection: z
    .array(z.enum(['council-approval-share-desc', 'subject-id-asc']))
    .min(1)
    .max(5)
    .describe('Selection order (tie-break chain); must end with subject-id-asc'),
  citation: CitationSchema,
  marker: MarkerSchema,
  question: z.string().regex(/^OQ-[0-9]+$/).optional(),
  sources: SourceIdsSchema.optional(),
  note: LocalizedTextSchema.optional(),
});

/** rules/national/<regime>/quotas.json. */
export const QuotasFileSchema = z.strictObject({
  $schema: z.string().optional(),
  quotas: z.array(QuotaSchema).max(100),
});

export type QuotasFileInput = z.infer<typeof QuotasFileSchema>;
