import { closest } from '../_internal/closest.js';
import { fromZodIssues } from '../schema/from-zod.js';
import { fail, makeIssue, ok, type IssuePath, type Result } from '../model/issue.js';
import { ProvincesFileSchema, type ProvincesFile } from '../schema/overlay-file.js';
import { safeParseFast } from '../_internal/fast-parse.js';

/**
 * Validate a provinces file (rules/provinces.json): the current provinces and their former names.
 * @param data the parsed JSON.
 * @param file the file label for issue paths.
 * @returns the provinces, or the issues found.
 */
export function parseProvinces(data: unknown, file = 'provinces.json'): Result<ProvincesFile> {
  const r = safeParseFast(ProvincesFileSchema, data);
  if (!r.success) return fail(fromZodIssues(r.error.issues, [file]));
  const seen = new Set<string>();
  const issues = [];
  const all = [...r.data.provinces.map((p) => p.key), ...r.data.former.map((p) => p.key)];
  for (const [i, key] of all.entries()) {
    // A former province may share its key with its successor (e.g. hai-phong before and after).
    const isFormer = i >= r.data.provinces.length;
    const dupKey = isFormer ? `former:${key}` : key;
    if (seen.has(dupKey)) issues.push(makeIssue('duplicate_id', [file, isFormer ? 'former' : 'provinces', isFormer ? i - r.data.provinces.length : i, 'key'], { id: key, other: file }));
    seen.add(dupKey);
  }
  const current = new Set(r.data.provinces.map((p) => p.key));
  r.data.former.forEach((f, i) => {
    if (!current.has(f.mergedInto)) issues.push(makeIssue('unknown_province', [file, 'former', i, 'mergedInto'], { province: f.mergedInto, suggestions: closest(f.mergedInto, current) }));
  });
  return issues.length ? fail(issues) : ok(r.data);
}

/**
 * Check a province key for an overlay valid over `effective`: a current province, or a former
 * one existing on the first day of the period (the period may run past its merger). Returns issues (empty when the key is valid).
 * @param provinces the province list.
 * @param key the overlay's province key.
 * @param effective the overlay's effective period.
 * @param at issue path of the key.
 * @returns the issues.
 */
export function checkProvinceKey(provinces: ProvincesFile, key: string, effective: { from: string; to?: string | undefined }, at: IssuePath) {
  const former = provinces.former.find((p) => p.key === key);
  // a former unit existing on the first day: the overlay may run past the merger (its territory
  // passes to the merged province; provenance records the successor)
  if (former && effective.from <= former.until) return [];
  const current = provinces.provinces.find((p) => p.key === key);
  if (current) {
    if (current.formedFrom.length > 1 && effective.from < provinces.validFrom) {
      return [makeIssue('unknown_province', at, { province: key, formedOn: provinces.validFrom, suggestions: current.formedFrom })];
    }
    return [];
  }
  const suggestions = closest(key, new Set([...provinces.provinces.map((p) => p.key), ...provinces.former.map((p) => p.key)]));
  return [
    makeIssue('unknown_province', at, {
      province: key,
      ...(former ? { mergedInto: former.mergedInto, until: former.until } : {}),
      suggestions: former ? [former.mergedInto] : suggestions,
    }),
  ];
}
