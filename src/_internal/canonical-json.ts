/**
 * Canonical JSON: object keys sorted by UTF-16 code unit, no whitespace; `undefined` object members
 * are left out and non-finite numbers become `null`, as JSON.stringify does.
 * Used for hashes so that key order in the input never changes a hash.
 *
 * Fast path: when no object has an array-index-like key (whose enumeration order JavaScript fixes
 * numerically, whatever the insertion order), native `JSON.stringify` with a replacer that hands it
 * key-sorted copies produces the same text; a property test compares it with a naive reference.
 * @internal
 */
export function canonicalJson(value: unknown): string {
  const seen = { indexKey: false };
  const text = JSON.stringify(value, (_key, v: unknown) => sortKeys(v, seen)) ?? 'null';
  // an index-like key enumerates first whatever the insertion order, so the sorted copies could not
  // put it in code-unit order: such (rare) values take the slow path
  return seen.indexKey ? canonicalSlow(value) : text;
}

const INDEX_KEY = /^(0|[1-9][0-9]*)$/;

/** The key-sorted copy of an object (or the object itself if already sorted); notes index-like keys in `seen`. */
function sortKeys(value: unknown, seen: { indexKey: boolean }): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 0) return value;
  // integer-like keys enumerate before every other key, so testing the first one is enough
  if (INDEX_KEY.test(keys[0]!)) {
    seen.indexKey = true;
    return value;
  }
  let sorted = true;
  for (let i = 1; i < keys.length; i++) {
    if (keys[i - 1]! > keys[i]!) {
      sorted = false;
      break;
    }
  }
  if (sorted) return value;
  keys.sort(); // the default sort compares UTF-16 code units, never the locale
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = (value as Record<string, unknown>)[k];
  return out;
}

function canonicalSlow(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (value === undefined) return 'null';
    if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map((v) => canonicalSlow(v)).join(',')}]`;
  }
  const keys = Object.keys(value).sort(compareCodeUnits);
  const parts: string[] = [];
  for (const key of keys) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined) continue;
    parts.push(`${JSON.stringify(key)}:${canonicalSlow(v)}`);
  }
  return `{${parts.join(',')}}`;
}

/** Compare two strings by UTF-16 code unit (never locale-aware). @internal */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
