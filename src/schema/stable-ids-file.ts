import { z } from 'zod';
import { IdSchema, LocalizedTextSchema } from './common.js';

/**
 * One stable id: the rules of several regimes that encode the same award criteria where the law
 * kept them, and the condition names that mean the same criterion in each regime.
 */
export const StableIdSchema = z.strictObject({
  id: IdSchema.describe('Stable rule id, e.g. "lao-dong-tien-tien"; a node is addressed "<id>#<node-name>"'),
  rules: z.record(IdSchema, IdSchema).describe('Regime id → rule id in that regime'),
  nodes: z
    .record(IdSchema, z.union([z.literal('all'), z.array(IdSchema).min(1).max(20)]))
    .describe('Condition name → "all" (every regime of "rules") or the regimes where it is the same criterion'),
});

/** rules/national/stable-ids.json: criteria addressed across regimes (docs/real-regulations.md). */
export const StableIdsFileSchema = z.strictObject({
  $schema: z.string().optional(),
  note: LocalizedTextSchema.optional(),
  stableIds: z.array(StableIdSchema).max(500),
});
