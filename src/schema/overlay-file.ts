import { z } from 'zod';
import { CitationSchema, EffectiveSchema, IdSchema, IsoDateSchema, LocalizedTextSchema, MarkerSchema } from './common.js';
import { AwardDefSchema, ConditionSchema, ConditionValueSchema, ParameterIdSchema, ParameterSchema } from './rule-file.js';
import { AdjustmentCriterionSchema, DisqualifierCriterionSchema } from './score-sheet.js';

/**
 * Address of an overlay target: `<rule-id>` (a rule), `<rule-id>#<condition-name>` (a node),
 * `param:<parameter-id>` (a parameter), `regime:<regime-id>` (where a rule is added), `awards`
 * (the award catalogue, where a province-owned award is added), `quota:<quota-id>` (a quota of
 * quotas.json) or `sheet:<sheet-id>` / `sheet:<sheet-id>#<group-id>` (a cluster score sheet).
 */
export const OverlayTargetSchema = z
  .string()
  .max(250)
  .regex(/^(awards|regime:[a-z0-9]+(-[a-z0-9]+)*|quota:[a-z0-9]+(-[a-z0-9]+)*|sheet:[a-z0-9]+(-[a-z0-9]+)*(#[a-z0-9]+(-[a-z0-9]+)*)?|param:[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)*|[a-z0-9]+(-[a-z0-9]+)*(#[a-z0-9]+(-[a-z0-9]+)*)?)$/, {
    message: 'overlay-target',
  });

const OpCommon = {
  id: IdSchema.describe('Stable id of the operation, unique in the overlay; recorded in provenance'),
  target: OverlayTargetSchema,
  basis: CitationSchema.optional().describe('Legal basis of this operation; default: the overlay basis'),
  note: LocalizedTextSchema.optional(),
};

/** `set`: a parameter value, a leaf's expected value, or one of a leaf's fact params. */
export const SetOperationSchema = z.strictObject({
  ...OpCommon,
  op: z.literal('set'),
  field: z
    .string()
    .regex(/^(value|params\.[a-z][a-zA-Z0-9]*|maxShare|mode)$/)
    .optional()
    .describe('For a leaf: "value" (default) or "params.<name>"; for a quota: "maxShare" or "mode"; ignored for param: targets'),
  label: LocalizedTextSchema.optional().describe('For a labelled leaf: the label stating the new requirement (required when the value changes, so the label never goes stale)'),
  value: z.union([ConditionValueSchema, z.number().int().min(-1000).max(1000)]),
});

/** `add`: a condition into a group, a rule into a regime, or a province-owned award. */
export const AddOperationSchema = z.strictObject({
  ...OpCommon,
  op: z.literal('add'),
  condition: z.unknown().optional().describe('For a "<rule-id>#<group>" target'),
  rule: z.unknown().optional().describe('For a "regime:<id>" target: a rule in the rule-file format'),
  award: AwardDefSchema.optional().describe('For the "awards" target: a province-owned award'),
  criterion: z.unknown().optional().describe('For a "sheet:<id>[#<group>]" target: a deduction (an adjustment with negative points, max ≤ 0) or a veto (a disqualifier), without "source" (the overlay is its source)'),
});

/** `remove`: a condition or a rule. */
export const RemoveOperationSchema = z.strictObject({
  ...OpCommon,
  op: z.literal('remove'),
});

/** `replace`: a condition (by a condition) or a rule (by a rule). */
export const ReplaceOperationSchema = z.strictObject({
  ...OpCommon,
  op: z.literal('replace'),
  condition: z.unknown().optional(),
  rule: z.unknown().optional(),
});

/** One overlay operation, discriminated on `op`. */
export const OverlayOperationSchema = z.discriminatedUnion('op', [SetOperationSchema, AddOperationSchema, RemoveOperationSchema, ReplaceOperationSchema]);

/** The decision that issued an overlay. */
export const OverlayDecisionSchema = z.strictObject({
  number: z.string().min(1).max(100).describe('e.g. "12/2026/QĐ-UBND"'),
  date: IsoDateSchema.describe('Date of signature'),
  signer: LocalizedTextSchema.describe('The issuing body, e.g. "Ủy ban nhân dân thành phố Hải Phòng"'),
  title: LocalizedTextSchema.optional(),
});

/**
 * An input fact an overlay declares (docs/real-regulations.md): read from `extraFacts.<id>` of the
 * subject (or of the year record when `perYear`), usable only in that overlay's conditions.
 */
export const DeclaredFactSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z][a-zA-Z0-9]*$/, { message: 'must be camelCase ASCII, e.g. "noAdministrativeSanction"' })
    .max(60)
    .describe('Fact id used in the overlay\'s conditions and the key in extraFacts'),
  type: z.enum(['boolean', 'integer', 'decimal', 'fraction', 'enum']).describe('fraction: an exact share written "7/9" (or a decimal string)'),
  enumValues: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(60)).min(2).max(30).optional().describe('For type "enum": the allowed values'),
  label: z
    .strictObject({ vi: z.string().min(1).max(200), en: z.string().min(1).max(200) })
    .describe('What the fact states (the default label of leaves that read it; named when its value is missing)'),
  subjects: z.array(z.enum(['individual', 'collective'])).min(1).max(2),
  perYear: z.boolean().describe('true: history[].extraFacts.<id> of the evaluated year; false: extraFacts.<id> of the subject'),
});

/** A parameter an overlay declares: same fields as a national parameter (ParameterSchema). */
export const DeclaredParameterSchema = ParameterSchema;

/** A passage of the regulation the overlay encodes, quoted. */
export const OverlaySourceSchema = z.strictObject({
  id: z.string().regex(/^[A-Z][A-Z0-9]*$/).max(20).describe('Criterion or passage id, e.g. "L1"'),
  article: z.string().min(1).max(40).describe('e.g. "9.1.a"'),
  quote: z.string().min(1).max(2000).describe('The text\'s own words (Vietnamese)'),
  url: z.string().max(500).optional(),
  operations: z
    .array(z.string().regex(/^[a-zA-Z0-9]+([.-][a-zA-Z0-9]+)*$/).max(120))
    .max(20)
    .describe('Ids of the operations, declared facts or declared parameters that encode it; empty when not encoded (say why in "note")'),
  note: LocalizedTextSchema.optional(),
});

/** rules/provinces/<key>/overlay.json or rules/agencies/<key>/overlay.json: id-addressed operations over the national rule book. */
export const OverlayFileSchema = z.strictObject({
  $schema: z.string().optional(),
  province: IdSchema.optional().describe('Province key of rules/provinces.json (province, department and district layers)'),
  agency: IdSchema.optional().describe('Agency key of rules/agencies.json (agency layer and its departments)'),
  layer: z
    .enum(['province', 'agency', 'department', 'district'])
    .describe('Composition order: national → province or agency → department/district'),
  unit: IdSchema.optional().describe('For department/district layers: the issuing unit'),
  title: LocalizedTextSchema,
  illustrative: z.boolean().describe('true when the overlay does not encode a real decision'),
  marker: MarkerSchema,
  decision: OverlayDecisionSchema,
  basis: CitationSchema.describe('Default legal basis of the operations'),
  effective: EffectiveSchema,
  appliesTo: z.strictObject({
    ruleBook: IdSchema.describe('Id of the national rule book, e.g. "vn-national"'),
    versions: z
      .array(z.string().regex(/^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*|x)\.(0|[1-9][0-9]*|x)$/))
      .min(1)
      .max(20)
      .describe('Rule-book versions, e.g. "0.1.x"'),
    regimes: z.array(IdSchema).min(1).max(10),
  }),
  facts: z.array(DeclaredFactSchema).max(50).optional().describe('Input facts the overlay declares (read from extraFacts)'),
  parameters: z.array(DeclaredParameterSchema).max(50).optional().describe('Parameters the overlay declares, added to its regimes'),
  sources: z.array(OverlaySourceSchema).max(100).optional().describe('The passages of the regulation the overlay encodes, quoted'),
  operations: z.array(OverlayOperationSchema).max(500),
});

/** Same schema with typed conditions and rules, for editors (JSON Schema generation). */
export const OverlayFileForEditorsSchema = OverlayFileSchema.extend({
  operations: z
    .array(
      z.discriminatedUnion('op', [
        SetOperationSchema,
        AddOperationSchema.extend({
          condition: ConditionSchema.optional(),
          rule: z.record(z.string(), z.unknown()).optional(),
          criterion: z.discriminatedUnion('kind', [AdjustmentCriterionSchema.omit({ source: true }), DisqualifierCriterionSchema.omit({ source: true })]).optional(),
        }),
        RemoveOperationSchema,
        ReplaceOperationSchema.extend({ condition: ConditionSchema.optional(), rule: z.record(z.string(), z.unknown()).optional() }),
      ]),
    )
    .max(500),
});

/** A province of rules/provinces.json. */
export const ProvinceSchema = z.strictObject({
  key: IdSchema,
  name: LocalizedTextSchema,
  kind: z.enum(['province', 'city']).describe('city: thành phố trực thuộc Trung ương'),
  formedFrom: z.array(IdSchema).min(1).max(5).describe('Keys of the pre-merger provinces it covers'),
  marker: MarkerSchema.describe('Evidence for the composition'),
});

/** A pre-merger province, kept as an alias of its successor. */
export const FormerProvinceSchema = z.strictObject({
  key: IdSchema,
  name: LocalizedTextSchema,
  until: IsoDateSchema.describe('Last day the unit existed'),
  mergedInto: IdSchema,
});

/** rules/provinces.json: the current provinces and their former names. */
export const ProvincesFileSchema = z.strictObject({
  $schema: z.string().optional(),
  basis: CitationSchema,
  validFrom: IsoDateSchema.describe('First day of the current composition'),
  note: LocalizedTextSchema.optional(),
  provinces: z.array(ProvinceSchema).min(1).max(100),
  former: z.array(FormerProvinceSchema).max(100),
});

export type OverlayFile = z.infer<typeof OverlayFileSchema>;
export type OverlayOperation = z.infer<typeof OverlayOperationSchema>;
export type DeclaredFact = z.infer<typeof DeclaredFactSchema>;
export type ProvincesFile = z.infer<typeof ProvincesFileSchema>;
export { ParameterIdSchema };
