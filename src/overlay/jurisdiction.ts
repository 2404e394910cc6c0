import { closest } from '../_internal/closest.js';
import { fromZodIssues } from '../schema/from-zod.js';
import { fail, makeIssue, ok, type Issue, type IssuePath, type Result } from '../model/issue.js';
import { safeParseFast } from '../_internal/fast-parse.js';
import { AgenciesFileSchema, type AgenciesFile } from '../schema/agencies-file.js';
import type { ProvincesFile } from '../schema/overlay-file.js';
import type { LocalizedText } from '../model/rule-book.js';

/** The jurisdiction an overlay belongs to, as recorded in provenance and report headers. */
export interface Jurisdiction {
  /** `province` (rules/provinces.json) or `agency` (ministries, sectors, central agencies: rules/agencies.json). */
  readonly kind: 'province' | 'agency';
  /** The key the overlay names (a former key stays as written). */
  readonly key: string;
  /** Name of that unit, in Vietnamese and English. */
  readonly name: LocalizedText;
  /**
   * When the unit ceased during the overlay's period (a province merged in 2025, an agency
   * reorganised): the key of the unit that took over its territory or work from the next day.
   */
  readonly successor?: string | undefined;
}

/**
 * Validate an agencies file (rules/agencies.json): unique keys and aliases, successors that exist,
 * validity dates in order.
 * @param data the parsed JSON.
 * @param file the file label for issue paths.
 * @returns the agencies, or the issues found.
 */
export function parseAgencies(data: unknown, file = 'agencies.json'): Result<AgenciesFile> {
  const r = safeParseFast(AgenciesFileSchema, data);
  if (!r.success) return fail(fromZodIssues(r.error.issues, [file]));
  const issues: Issue[] = [];
  const seen = new Map<string, string>();
  r.data.agencies.forEach((a, i) => {
    for (const [j, k] of [a.key, ...(a.aliases ?? [])].entries()) {
      const at: IssuePath = j === 0 ? [file, 'agencies', i, 'key'] : [file, 'agencies', i, 'aliases', j - 1];
      if (seen.has(k)) issues.push(makeIssue('duplicate_id', at, { id: k, other: seen.get(k)! }));
      else seen.set(k, `agencies[${i}]`);
    }
    if (a.validFrom !== undefined && a.validTo !== undefined && a.validTo < a.validFrom) {
      issues.push(makeIssue('invalid_effective_period', [file, 'agencies', i, 'validTo'], { from: a.validFrom, to: a.validTo }));
    }
  });
  const keys = new Set(r.data.agencies.map((a) => a.key));
  r.data.agencies.forEach((a, i) => {
    if (a.successor !== undefined && !keys.has(a.successor)) {
      issues.push(makeIssue('unknown_agency', [file, 'agencies', i, 'successor'], { agency: a.successor, suggestions: closest(a.successor, keys) }));
    }
  });
  return issues.length ? fail(issues) : ok(r.data);
}

/**
 * Resolve an agency key (or alias) for an overlay in force over `effective`: the agency must exist
 * on the first day; if it ceases before the end, its successor carries the overlay on.
 * @param agencies the agency register.
 * @param key the overlay's `agency`.
 * @param effective the overlay's effective period.
 * @param at issue path of the key.
 * @returns the jurisdiction, or the issues.
 */
export function resolveAgency(agencies: AgenciesFile, key: string, effective: { from: string; to?: string | undefined }, at: IssuePath): Result<Jurisdiction> {
  const a = agencies.agencies.find((x) => x.key === key || (x.aliases ?? []).includes(key));
  if (!a) {
    const all = agencies.agencies.flatMap((x) => [x.key, ...(x.aliases ?? [])]);
    return fail([makeIssue('unknown_agency', at, { agency: key, suggestions: closest(key, all) })]);
  }
  if (a.validFrom !== undefined && effective.from < a.validFrom) {
    return fail([makeIssue('agency_not_in_existence', at, { agency: a.key, from: a.validFrom, received: effective.from })]);
  }
  if (a.validTo !== undefined && effective.from > a.validTo) {
    return fail([makeIssue('agency_not_in_existence', at, { agency: a.key, to: a.validTo, received: effective.from, ...(a.successor ? { suggestions: [a.successor] } : {}) })]);
  }
  const ceases = a.validTo !== undefined && (effective.to === undefined || effective.to > a.validTo);
  if (ceases && a.successor === undefined) {
    return fail([makeIssue('agency_not_in_existence', at, { agency: a.key, to: a.validTo!, received: effective.to ?? '…' })]);
  }
  return ok({ kind: 'agency', key: a.key, name: a.name, ...(ceases ? { successor: a.successor } : {}) });
}

/**
 * Resolve a province key for an overlay in force over `effective` (docs/overlays.md): a current
 * province, or a former one existing on the first day of the overlay; a former province whose
 * period runs past its merger resolves to the merged province (its successor) from the next day.
 * @param provinces the province list (already validated).
 * @param key the overlay's `province`.
 * @param effective the overlay's effective period.
 * @returns the jurisdiction; call after {@link checkProvinceKey} passed.
 */
export function provinceJurisdiction(provinces: ProvincesFile, key: string, effective: { from: string; to?: string | undefined }): Jurisdiction {
  const former = provinces.former.find((p) => p.key === key);
  const current = provinces.provinces.find((p) => p.key === key);
  if (former && effective.from <= former.until) {
    const successor = effective.to === undefined || effective.to > former.until ? former.mergedInto : undefined;
    return { kind: 'province', key, name: former.name, ...(successor ? { successor } : {}) };
  }
  return { kind: 'province', key, name: current?.name ?? { vi: key, en: key } };
}
