import { z } from 'zod';
import { CitationSchema, IdSchema } from './common.js';
import { ParameterIdSchema } from './rule-file.js';
import { SubjectSchema } from './subject.js';

const Verdict = z.enum(['eligible', 'ineligible', 'undetermined', 'not-applicable']);

/** One test case of the law, as data. */
export const TestCaseSchema = z.strictObject({
  name: z.string().min(1).max(500).describe('A Vietnamese sentence an emulation officer can check'),
  nameEn: z.string().min(1).max(500).optional(),
  checks: CitationSchema.describe('The article this case checks'),
  year: z.number().int().min(1945).max(2100),
  regime: IdSchema.optional().describe('Regime override; absent = resolved from the year'),
  province: IdSchema.optional().describe('Province overlay the case runs under (cases in rules/provinces/<key>/tests must name <key>)'),
  agency: IdSchema.optional().describe('Agency overlay the case runs under (cases in rules/agencies/<key>/tests must name <key>)'),
  expectRegime: IdSchema.optional(),
  parameters: z
    .record(ParameterIdSchema, z.union([z.string().max(200), z.boolean(), z.number().int(), z.array(z.string().max(200)).max(50)]))
    .optional()
    .describe('Alternative reading: national parameter values the case runs under (withParameters), e.g. {"chienSiThiDuaTinh.cycleReading": "blocks-of-three"}'),
  subject: SubjectSchema,
  expect: z.record(IdSchema, Verdict).describe('Expected verdict per award id'),
  failing: z
    .record(IdSchema, z.array(IdSchema))
    .optional()
    .describe('Exact list of failing leaf names per award (sorted)'),
});

export const CaseFileSchema = z.strictObject({
  $schema: z.string().optional(),
  cases: z.array(TestCaseSchema).min(1).max(1000),
});

export type TestCase = z.infer<typeof TestCaseSchema>;
export type CaseFile = z.infer<typeof CaseFileSchema>;
