import { z } from 'zod';
import { CaseFileSchema } from './case-file.js';
import { AwardsFileSchema, BookFileSchema, ConditionSchema, ParametersFileSchema, RuleFileSchema, AwardRuleSchema, PrincipleRuleSchema } from './rule-file.js';
import { InputFileSchema, SubjectSchema } from './subject.js';
import { OverlayFileForEditorsSchema, ProvincesFileSchema } from './overlay-file.js';
import { BaseSalaryFileSchema, BonusesFileSchema } from './bonus-file.js';
import { HierarchyFileSchema } from './hierarchy-file.js';
import { QuotasFileSchema } from './quota-file.js';
import { ClusterFileSchema } from './cluster.js';
import { ScoreSheetSchema } from './score-sheet.js';
import { assertArg } from '../_internal/args.js';
import { AgenciesFileSchema } from './agencies-file.js';
import { StableIdsFileSchema } from './stable-ids-file.js';

/** Names of the JSON Schemas thidua ships (files `rules/schema/<name>.schema.json`). */
export type SchemaName = 'rule-file' | 'parameters' | 'book' | 'awards' | 'subject' | 'input' | 'case-file' | 'overlay' | 'provinces' | 'hierarchy' | 'base-salary' | 'bonuses' | 'quotas' | 'cluster' | 'score-sheet' | 'agencies' | 'stable-ids';

/** Schemas of the award hierarchy, bonus and quota files. */
const DATA_SCHEMAS: Partial<Record<SchemaName, z.ZodType>> = {
  hierarchy: HierarchyFileSchema,
  'base-salary': BaseSalaryFileSchema,
  bonuses: BonusesFileSchema,
  quotas: QuotasFileSchema,
  cluster: ClusterFileSchema,
  'score-sheet': ScoreSheetSchema,
  agencies: AgenciesFileSchema,
  'stable-ids': StableIdsFileSchema,
};

function ruleFileForEditors() {
  const withConditions = (s: typeof AwardRuleSchema | typeof PrincipleRuleSchema) => s.extend({ conditions: ConditionSchema });
  return RuleFileSchema.extend({ rules: z.array(z.union([withConditions(AwardRuleSchema), withConditions(PrincipleRuleSchema)])).min(1) });
}

/**
 * JSON Schema (draft 2020-12) for a thidua file kind, generated from the zod schemas, so editors
 * validate and autocomplete rule files and inputs.
 * @param name which schema.
 * @returns a plain JSON Schema object.
 */
export function toJsonSchema(name: SchemaName): Record<string, unknown> {
  assertArg(typeof name === 'string' && SCHEMA_NAMES.includes(name), `name must be one of ${SCHEMA_NAMES.join(', ')}`);
  const schema =
    DATA_SCHEMAS[name] ??
    (name === 'rule-file'
      ? ruleFileForEditors()
      : name === 'parameters'
        ? ParametersFileSchema
        : name === 'book'
          ? BookFileSchema
          : name === 'awards'
            ? AwardsFileSchema
            : name === 'subject'
              ? SubjectSchema
              : name === 'input'
                ? InputFileSchema
                : name === 'overlay'
                  ? OverlayFileForEditorsSchema
                  : name === 'provinces'
                    ? ProvincesFileSchema
                    : CaseFileSchema);
  const out = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
  return { $id: `https://thidua.dev/schema/${name}.schema.json`, title: `thidua ${name}`, ...out };
}

/** All schema names, in a fixed order. */
export const SCHEMA_NAMES: readonly SchemaName[] = Object.freeze(['rule-file', 'parameters', 'book', 'awards', 'subject', 'input', 'case-file', 'overlay', 'provinces', 'hierarchy', 'base-salary', 'bonuses', 'quotas', 'cluster', 'score-sheet', 'agencies', 'stable-ids']);
