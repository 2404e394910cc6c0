import { z } from 'zod';
import { CitationSchema, IdSchema, IsoDateSchema, LocalizedTextSchema, MarkerSchema } from './common.js';

/** A ministry, ministry-level agency, government agency or sector of rules/agencies.json. */
export const AgencySchema = z.strictObject({
  key: IdSchema.describe('ASCII kebab-case key, e.g. "bo-cong-thuong"'),
  name: LocalizedTextSchema,
  kind: z
    .enum(['ministry', 'ministry-level-agency', 'government-agency', 'central-agency', 'sector'])
    .describe('ministry: bộ; ministry-level-agency: cơ quan ngang bộ; government-agency: cơ quan thuộc Chính phủ; central-agency: cơ quan trung ương; sector: ngành'),
  aliases: z.array(IdSchema).max(10).optional().describe('Other keys that name the same agency (e.g. an abbreviation); resolve to "key"'),
  validFrom: IsoDateSchema.optional().describe('First day the agency existed under this name; absent = before every regime'),
  validTo: IsoDateSchema.optional().describe('Last day the agency existed; absent = still exists'),
  successor: IdSchema.optional().describe('Key of the agency that took over its work after validTo'),
  marker: MarkerSchema,
});

/** rules/agencies.json: the ministries, sectors and central agencies that issue overlays. */
export const AgenciesFileSchema = z.strictObject({
  $schema: z.string().optional(),
  basis: CitationSchema,
  note: LocalizedTextSchema.optional(),
  agencies: z.array(AgencySchema).min(1).max(200),
});

export type Agency = z.infer<typeof AgencySchema>;
export type AgenciesFile = z.infer<typeof AgenciesFileSchema>;
