import { makeIssue, type Issue, type IssuePath } from '../model/issue.js';

/**
 * Limits applied to every input (hostile-input guards), documented in docs/guarantees.md. Frozen:
 * nothing can change them at run time.
 */
export const LIMITS = Object.freeze({
  /** Maximum nesting depth of any JSON value given to the library (objects and arrays), checked before any recursive walk. */
  jsonDepth: 64,
  /** Maximum nesting depth of a condition tree. */
  conditionDepth: 12,
  /** Maximum number of files in a rule book. */
  files: 2000,
  /** Maximum number of condition nodes in one rule. */
  nodesPerRule: 500,
  /** Maximum nesting depth of criteria groups in a score sheet. */
  sheetGroupDepth: 8,
  /** Maximum number of criteria (scored leaves and vetoes) in a score sheet. */
  sheetCriteria: 200,
  /** Maximum number of digits of a decimal value of a score sheet, a pledge or a member report. */
  clusterDecimalDigits: 30,
  /** Maximum number of entries over all member reports of one scoring. */
  clusterEntries: 20_000,
} as const);

/**
 * The path of the first place where `value` nests objects/arrays deeper than `limit`, or undefined.
 * Iterative (an explicit stack), so a value nested 100,000 deep cannot overflow the call stack; it
 * stops at the first offender and visits each node at most once.
 * @internal
 */
export function depthExceeded(value: unknown, limit: number = LIMITS.jsonDepth): (string | number)[] | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  interface Frame {
    readonly v: object;
    readonly depth: number;
    readonly key: string | number | undefined;
    readonly parent: Frame | undefined;
  }
  const stack: Frame[] = [{ v: value, depth: 1, key: undefined, parent: undefined }];
  const seen = new Set<object>();
  while (stack.length) {
    const f = stack.pop()!;
    if (f.depth > limit) {
      const path: (string | number)[] = [];
      for (let x: Frame | undefined = f; x && x.key !== undefined; x = x.parent) path.unshift(x.key);
      return path;
    }
    if (seen.has(f.v)) continue;
    seen.add(f.v);
    if (Array.isArray(f.v)) {
      for (let i = 0; i < f.v.length; i++) {
        const c: unknown = f.v[i];
        if (c !== null && typeof c === 'object') stack.push({ v: c, depth: f.depth + 1, key: i, parent: f });
      }
    } else {
      for (const k of Object.keys(f.v)) {
        const c = (f.v as Record<string, unknown>)[k];
        if (c !== null && typeof c === 'object') stack.push({ v: c, depth: f.depth + 1, key: k, parent: f });
      }
    }
  }
  return undefined;
}

/**
 * A typed `depth_exceeded` issue when `value` nests objects/arrays deeper than {@link LIMITS.jsonDepth}.
 * @param value any input, before it is parsed or walked.
 * @param prefix path of the value in its input (the issue path starts with it).
 * @internal
 */
export function checkDepth(value: unknown, prefix: IssuePath): Issue[] {
  const at = depthExceeded(value);
  return at ? [makeIssue('depth_exceeded', [...prefix, ...at], { limit: LIMITS.jsonDepth, what: 'json' })] : [];
}
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
