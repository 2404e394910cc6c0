import type { Issue, IssuePath } from '../../model/issue.js';

/** Re-root issue paths: a path starting with a key of `map` gets that prefix instead. @internal */
export function remapIssues(issues: readonly Issue[], map: Readonly<Record<string, IssuePath>>): Issue[] {
  return issues.map((is) => {
    const head = is.path[0];
    const to = typeof head === 'string' ? map[head] : undefined;
    return to ? { ...is, path: [...to, ...is.path.slice(1)] } : is;
  });
}
