import { closest } from '../_internal/closest.js';
import { assertArg } from '../_internal/args.js';
import { AGENCIES_FILE, AGENCY_OVERLAYS } from '../_generated/agencies.js';
import type { LocalizedText, RuleBook } from '../model/rule-book.js';
import { loadNationalRuleBook } from '../rule-book/national.js';
import { fail, makeIssue, type Issue, type IssuePath, type Result } from '../model/issue.js';
import { applyOverlay } from './apply-overlay.js';

/**
 * Keys of the agency overlays shipped in the package (rules/agencies/<key>/overlay.json):
 * ministries, sectors and central agencies.
 * @returns the keys, sorted.
 */
export function agencyOverlayKeys(): readonly string[] {
  return Object.keys(AGENCY_OVERLAYS).sort();
}

/**
 * The overlay.json of an agency shipped in the package (browser-safe; not part of the national bundle).
 * @param agency the agency key (rules/agencies.json).
 * @returns the parsed overlay, or undefined when the package has none for that key.
 */
export function agencyOverlay(agency: string): unknown {
  if (typeof agency !== 'string') return undefined;
  const key = canonicalAgencyKey(agency);
  return Object.prototype.hasOwnProperty.call(AGENCY_OVERLAYS, key) ? AGENCY_OVERLAYS[key] : undefined;
}

/**
 * The register key of an agency named by its key or one of its aliases (e.g. "bct" →
 * "bo-cong-thuong"); the input itself when the register does not know it.
 * @param agency a key or alias.
 * @returns the key.
 */
export function canonicalAgencyKey(agency: string): string {
  assertArg(typeof agency === 'string', 'canonicalAgencyKey(agency: string)');
  const raw = (AGENCIES_FILE as { agencies?: { key: string; aliases?: string[] }[] }).agencies ?? [];
  return raw.find((a) => a.key === agency || (a.aliases ?? []).includes(agency))?.key ?? agency;
}

/**
 * The agency register shipped in the package (rules/agencies.json): keys, names, aliases, validity.
 * @returns the parsed file.
 */
export function agenciesFile(): unknown {
  return AGENCIES_FILE;
}

/** An agency of the register, for listings. */
export interface AgencyEntry {
  readonly key: string;
  readonly name: LocalizedText;
  readonly kind: string;
  readonly aliases: readonly string[];
  readonly validFrom?: string | undefined;
  readonly validTo?: string | undefined;
  readonly successor?: string | undefined;
  readonly hasOverlay: boolean;
}

/**
 * The agencies of an agency register, each with whether an overlay exists.
 * @param agencies the parsed register (default: the shipped one).
 * @param overlayKeys keys that have an overlay (default: the shipped ones).
 * @returns the agencies, in file order.
 */
export function listAgencies(agencies: unknown = AGENCIES_FILE, overlayKeys: readonly string[] = agencyOverlayKeys()): AgencyEntry[] {
  const raw = agencies !== null && typeof agencies === 'object' ? (agencies as { agencies?: unknown }).agencies : undefined;
  if (!Array.isArray(raw)) return [];
  const has = new Set(overlayKeys);
  return (raw as { key: string; name: LocalizedText; kind: string; aliases?: string[]; validFrom?: string; validTo?: string; successor?: string }[]).map((a) => ({
    key: a.key,
    name: a.name,
    kind: a.kind,
    aliases: [...(a.aliases ?? [])],
    ...(a.validFrom ? { validFrom: a.validFrom } : {}),
    ...(a.validTo ? { validTo: a.validTo } : {}),
    ...(a.successor ? { successor: a.successor } : {}),
    hasOverlay: has.has(a.key),
  }));
}

/**
 * The issue for an agency key with no shipped overlay: `agency_without_overlay` when the key is in
 * the register, else `unknown_agency` with suggestions.
 * @param agency the key.
 * @param at issue path.
 * @returns the issue.
 */
export function noAgencyOverlayIssue(agency: string, at: IssuePath): Issue {
  const keys = listAgencies().flatMap((a) => [a.key, ...a.aliases]);
  if (keys.includes(agency)) return makeIssue('agency_without_overlay', at, { agency, available: [...agencyOverlayKeys()] });
  return makeIssue('unknown_agency', at, { agency, suggestions: closest(agency, keys) });
}

/**
 * The embedded national rule book with a shipped agency overlay applied.
 * @param agency the agency key, e.g. "bo-cong-thuong".
 * @returns the effective rule book, or typed issues.
 */
export function loadAgencyRuleBook(agency: string): Result<RuleBook> {
  if (typeof agency !== 'string') return fail([makeIssue('invalid_option', ['agency'], { option: 'agency', expected: 'id' })]);
  const overlay = agencyOverlay(agency);
  if (overlay === undefined) return fail([noAgencyOverlayIssue(agency, ['agencies', agency])]);
  const national = loadNationalRuleBook();
  if (!national.ok) return national;
  return applyOverlay(national.value, overlay);
}
