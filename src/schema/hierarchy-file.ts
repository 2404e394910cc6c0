import { z } from 'zod';
import { CitationSchema, IdSchema, LocalizedTextSchema, MarkerSchema, SourceIdsSchema } from './common.js';

/** A non-award node: a position, rating streak or movement that opens an award. */
export const HierarchyNodeSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(['position', 'rating', 'movement']),
  title: LocalizedTextSchema,
});

/** An edge of the award hierarchy (shared/domain/hierarchy.md §1). */
export const HierarchyEdgeSchema = z.strictObject({
  id: IdSchema,
  ref: z.string().regex(/^E[0-9]+$/).describe('Edge number in shared/domain/hierarchy.md, e.g. "E2"'),
  from: IdSchema.describe('An award id of awards.json or a node id of this file'),
  to: IdSchema.describe('An award id of awards.json'),
  kind: z.enum(['same-period', 'run', 'window', 'share', 'gate', 'quota-base', 'consumes']),
  count: z.number().int().min(1).max(50).optional().describe('Count required by run/window/share edges'),
  subject: z.enum(['individual', 'collective']).optional(),
  scope: z.enum(['national', 'sector']).optional().describe('Absent means national'),
  regimes: z.array(IdSchema).min(1).max(20),
  label: LocalizedTextSchema.describe('The condition on the edge, short'),
  note: LocalizedTextSchema.optional(),
  citation: CitationSchema,
  marker: MarkerSchema,
  sources: SourceIdsSchema.optional(),
});

/** rules/national/hierarchy.json: prerequisite and feeder graph between awards. */
export const HierarchyFileSchema = z.strictObject({
  $schema: z.string().optional(),
  nodes: z.array(HierarchyNodeSchema).max(200),
  edges: z.array(HierarchyEdgeSchema).max(1000),
});

export type HierarchyFileInput = z.infer<typeof HierarchyFileSchema>;
