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
  // `path` is one mutable stack, copied only when a forbidden key is found
  if (depth > 64 || value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      findForbiddenKeys(value[i], path, out, depth + 1);
      path.pop();
    }
    return out;
  }
  for (const key of Object.keys(value)) {
    path.push(key);
    if (FORBIDDEN.has(key)) out.push([...path]);
    else findForbiddenKeys((value as Record<string, unknown>)[key], path, out, depth + 1);
    path.pop();
  }
  return out;
}
