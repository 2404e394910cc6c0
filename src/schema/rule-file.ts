import { z } from 'zod';
import {
  CitationSchema,
  DecimalStringSchema,
  EffectiveSchema,
  IdSchema,
  LocalizedTextSchema,
  MarkerSchema,
  SourceIdsSchema,
} from './common.js';

/** Dotted parameter id, e.g. "ballot.cstdcsMinShare". */
export const ParameterIdSchema = z.string().regex(/^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)*$/, {
  message: 'parameter-id',
});

/** A reference to a rule-book parameter in place of a literal value. */
export const ParamRefSchema = z.strictObject({ param: ParameterIdSchema });

/** Literal values a condition may compare with. Decimals are strings. */
export const ConditionValueSchema = z.union([
  z.boolean(),
  z.string().max(200),
  z.array(z.string().max(200)).max(50),
  ParamRefSchema,
]);

/** Parameters passed to a parameterised fact (validated per fact at load time). */
export const FactParamsSchema = z.record(
  z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
  z.union([z.string().max(200), z.number().int().min(-100).max(100), z.boolean(), z.array(z.string().max(200)).max(50), ParamRefSchema]),
);

const NodeMeta = {
  name: IdSchema.describe('Unique within the rule; the node address is "<rule-id>#<name>"'),
  criterion: z
    .string()
    .regex(/^[a-z0-9-]+@[a-z0-9-]+#[a-z0-9-]+$/)
    .optional()
    .describe('Criterion id of the domain specification, e.g. "chien-si-thi-dua-co-so@2022#2a"'),
  label: LocalizedTextSchema.optional(),
  citation: CitationSchema.optional().describe('Overrides the rule citation for this node'),
  marker: MarkerSchema.optional().describe('Overrides the rule marker for this node'),
  sources: SourceIdsSchema.optional(),
  statutory: z.boolean().optional().describe('National conditions are statutory unless false'),
};

/**
 * A clause where the law delegates detail to ministries and provinces (Law 06/2022 Art. 24.4,
 * 26.3, 27.3, 28.3, 74.6, 75.2): on a group so marked, an overlay of a listed layer may add a new
 * alternative, citing this delegation in its provenance. Only the national book marks them.
 */
export const DelegationSchema = z.strictObject({
  citation: CitationSchema.describe('The delegating clause (document, article and clause)'),
  to: z
    .array(z.enum(['ministry', 'province']))
    .min(1)
    .max(2)
    .describe('Who the law delegates to: "ministry" (ministers, heads of sectors and central agencies), "province" (provincial People\'s Committees)'),
  marker: MarkerSchema,
  sources: SourceIdsSchema.optional(),
  note: LocalizedTextSchema.optional(),
});

/** A leaf condition (json-rules-engine shape plus metadata). */
export const LeafConditionSchema = z.strictObject({
  ...NodeMeta,
  fact: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
  operator: z.string().min(1).max(40),
  value: ConditionValueSchema,
  params: FactParamsSchema.optional(),
  path: z.string().max(200).optional(),
});

/** A group condition: exactly one of all / any / not. */
export interface GroupConditionInput {
  name: string;
  criterion?: string | undefined;
  label?: { vi: string; en: string } | undefined;
  citation?: z.infer<typeof CitationSchema> | undefined;
  marker?: z.infer<typeof MarkerSchema> | undefined;
  sources?: string[] | undefined;
  statutory?: boolean | undefined;
  delegation?: z.infer<typeof DelegationSchema> | undefined;
  all?: ConditionInput[] | undefined;
  any?: ConditionInput[] | undefined;
  not?: ConditionInput | undefined;
}
export type LeafConditionInput = z.infer<typeof LeafConditionSchema>;
export type ConditionInput = LeafConditionInput | GroupConditionInput;

/**
 * The one group schema, over its children: `all` / `any` (1–100 children) or `not` (one child).
 * Rule files and overlays (`add` / `replace` of a condition) share it: the loader parses a group
 * with `z.unknown()` children ({@link GroupShellSchema}) and walks the children itself, so every
 * issue has its own path; editors get the same shape recursively ({@link ConditionSchema}).
 */
function groupOf<C extends z.ZodType>(child: C) {
  return z.strictObject({
    ...NodeMeta,
    delegation: DelegationSchema.optional(),
    all: z.array(child).min(1).max(100).optional(),
    any: z.array(child).min(1).max(100).optional(),
    not: child.optional(),
  });
}

/** Group metadata without children; children are validated recursively by the loader. */
export const GroupShellSchema = groupOf(z.unknown());

/** Recursive condition schema (a leaf or a group of conditions), used for JSON Schema generation. */
export const ConditionSchema: z.ZodType<ConditionInput> = z.lazy(() => z.union([LeafConditionSchema, groupOf(ConditionSchema)])) as z.ZodType<ConditionInput>;

const RuleCommon = {
  id: IdSchema,
  title: LocalizedTextSchema,
  subject: z.enum(['individual', 'collective']),
  citation: CitationSchema,
  marker: MarkerSchema,
  sources: SourceIdsSchema.optional(),
  effective: EffectiveSchema,
  facts: z.array(z.string().regex(/^[a-z][a-zA-Z0-9]*$/)).min(1).max(50).describe('Every fact the rule reads'),
  note: LocalizedTextSchema.optional(),
  event: z.strictObject({ type: z.string().min(1).max(120), params: z.record(z.string(), z.string()).optional() }),
};

/** An award rule: the criteria of one award in one regime. */
export const AwardRuleSchema = z.strictObject({
  ...RuleCommon,
  kind: z.literal('award'),
  awardId: IdSchema,
  conditions: z.unknown().describe('Root condition group (all/any/not)'),
});

/** A cross-cutting principle that applies before the award rules it names. */
export const PrincipleRuleSchema = z.strictObject({
  ...RuleCommon,
  kind: z.literal('principle'),
  appliesTo: z.union([z.literal('all'), z.array(IdSchema).min(1).max(100)]),
  conditions: z.unknown(),
});

/** A rule file: one or more rules. */
export const RuleFileSchema = z.strictObject({
  $schema: z.string().optional(),
  rules: z.array(z.unknown()).min(1).max(200),
});

/** A rule-book parameter: a value the law leaves open or that the spec marks PROBABLE/UNCONFIRMED. */
export const ParameterSchema = z.strictObject({
  id: ParameterIdSchema,
  type: z.enum(['decimal', 'boolean', 'integer', 'enum-list', 'string']),
  value: z.union([z.string().max(200), z.boolean(), z.number(), z.array(z.string().max(200)).max(50)]).describe('decimal: a string such as "0.8"; integer: a JSON integer'),
  label: LocalizedTextSchema.optional().describe('Short name for explanations (a few words per language); the id is never printed in Vietnamese text'),
  description: LocalizedTextSchema,
  marker: MarkerSchema,
  question: z.string().regex(/^OQ-[0-9]+$/).optional().describe('Open question id in shared/domain/open-questions.md'),
  citation: CitationSchema.optional(),
  sources: SourceIdsSchema.optional(),
});

/** parameters.json of a regime. */
export const ParametersFileSchema = z.strictObject({
  $schema: z.string().optional(),
  parameters: z.array(z.unknown()).max(500).describe('ParameterSchema entries, validated one by one'),
});

/** A regime declared in the national book. */
export const RegimeSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  effective: EffectiveSchema.describe('Dates in force; the regime of an achievement year is the one in force on its period end'),
  enabled: z.boolean(),
  marker: MarkerSchema,
  basis: z.array(CitationSchema).min(1).max(20),
  sources: SourceIdsSchema.optional(),
});

/** national/book.json: rule-book metadata and its regimes. */
export const BookFileSchema = z.strictObject({
  $schema: z.string().optional(),
  id: IdSchema,
  title: LocalizedTextSchema,
  jurisdiction: z.string().regex(/^[A-Z]{2}(-[a-z0-9-]+)?$/),
  version: z.string().regex(/^[0-9]+\.[0-9]+\.[0-9]+$/),
  sources: z.array(z.strictObject({ id: z.string().regex(/^S[0-9]+$/), title: z.string().min(1).max(500) })).max(200),
  regimes: z.array(RegimeSchema).min(1).max(20),
});

/** An award of the catalogue (rules/awards.json). */
export const AwardDefSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  abbreviation: z.string().max(20).optional(),
  category: z.enum(['title', 'form']),
  subjects: z.array(z.enum(['individual', 'collective'])).min(1),
  level: z.enum(['unit', 'commune', 'ministry-province', 'state']),
  armedForcesVariantOf: IdSchema.optional(),
});

export const AwardsFileSchema = z.strictObject({
  $schema: z.string().optional(),
  awards: z.array(AwardDefSchema).min(1).max(500),
});

export type AwardRuleInput = z.infer<typeof AwardRuleSchema>;
export type PrincipleRuleInput = z.infer<typeof PrincipleRuleSchema>;
export type ParameterInput = z.infer<typeof ParameterSchema>;
export type RegimeInput = z.infer<typeof RegimeSchema>;
export type BookFileInput = z.infer<typeof BookFileSchema>;
export type AwardDefInput = z.infer<typeof AwardDefSchema>;
export { DecimalStringSchema };
