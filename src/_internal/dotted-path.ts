/**
 * Dotted path resolver ($.a.b, $[0]) for a leaf's `path`, instead of JSONPath: faster and no script
 * evaluation. Shared by the compiled evaluator and the json-rules-engine reference (its pathResolver).
 * @internal
 */
export function resolveDottedPath(value: unknown, path: string): unknown {
  let cur: unknown = value;
  const re = /\.([A-Za-z_][A-Za-z0-9_]*)|\[([0-9]+)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path.slice(1))) !== null) {
    if (cur === null || typeof cur !== 'object') return undefined;
    const key = m[1] ?? Number(m[2]);
    if (!Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}
