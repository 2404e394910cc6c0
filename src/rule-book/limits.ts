/** Limits applied when loading rule books and subjects (hostile-input guards). */
export const LIMITS = {
  /** Maximum nesting depth of a condition tree. */
  conditionDepth: 12,
  /** Maximum number of files in a rule book. */
  files: 2000,
  /** Maximum number of condition nodes in one rule. */
  nodesPerRule: 500,
} as const;

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Find keys that could reach prototypes; returns their paths. @internal */
export function findForbiddenKeys(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = [], depth = 0): (string | number)[][] {
  if (depth > 64 || value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    value.forEach((v, i) => findForbiddenKeys(v, [...path, i], out, depth + 1));
    return out;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN.has(key)) out.push([...path, key]);
    else findForbiddenKeys((value as Record<string, unknown>)[key], [...path, key], out, depth + 1);
  }
  return out;
}
