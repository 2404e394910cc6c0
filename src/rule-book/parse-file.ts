import type { z } from 'zod';
import { safeParseFast } from '../_internal/fast-parse.js';
import { fromZodIssues } from '../schema/from-zod.js';
import type { Issue, IssuePath } from '../model/issue.js';

/**
 * Validate one rule-book file (or part of one) against its schema: the parsed data, or undefined with
 * zod's issues pushed under `path`. The fast path compiled from the same schema vouches for valid plain
 * data; zod decides and reports the rest.
 * @internal
 */
export function parseFile<T>(
  schema: z.ZodType<T>,
  data: unknown,
  path: IssuePath,
  issues: Issue[],
  knownKeys?: (p: readonly PropertyKey[]) => readonly string[] | undefined,
): T | undefined {
  const r = safeParseFast(schema, data);
  if (r.success) return r.data;
  issues.push(...fromZodIssues(r.error.issues, path, knownKeys));
  return undefined;
}
