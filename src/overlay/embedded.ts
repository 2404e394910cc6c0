import { closest } from '../_internal/closest.js';
import { PROVINCE_OVERLAYS, PROVINCES_FILE } from '../_generated/province-overlays.js';
import type { RuleBook } from '../model/rule-book.js';
import { loadNationalRuleBook } from '../rule-book/national.js';
import { fail, makeIssue, type Issue, type IssuePath, type Result } from '../model/issue.js';
import { applyOverlay } from './apply-overlay.js';

/**
 * Keys of the province overlays shipped in the package (rules/provinces/<key>/overlay.json).
 * @returns the keys, sorted.
 */
export function provinceOverlayKeys(): readonly string[] {
  return Object.keys(PROVINCE_OVERLAYS).sort();
}

/**
 * The overlay.json of a province shipped in the package (browser-safe; not part of the national bundle).
 * @param province the province key.
 * @returns the parsed overlay, or undefined when the package has none for that key.
 */
export function provinceOverlay(province: string): unknown {
  if (typeof province !== 'string') return undefined;
  return Object.prototype.hasOwnProperty.call(PROVINCE_OVERLAYS, province) ? PROVINCE_OVERLAYS[province] : undefined;
}

/**
 * The provinces list shipped in the package (rules/provinces.json): current keys and former names.
 * @returns the parsed file.
 */
export function provincesFile(): unknown {
  return PROVINCES_FILE;
}

/**
 * The issue for a province key with no shipped overlay: `province_without_overlay` when the key is
 * one of the provinces (rules/provinces.json), else `unknown_province` with suggestions.
 * @param province the key.
 * @param at issue path.
 * @returns the issue.
 */
export function noOverlayIssue(province: string, at: IssuePath): Issue {
  const keys = ((PROVINCES_FILE as { provinces?: { key: string }[] }).provinces ?? []).map((p) => p.key);
  if (keys.includes(province)) return makeIssue('province_without_overlay', at, { province, available: [...provinceOverlayKeys()] });
  return makeIssue('unknown_province', at, { province, suggestions: closest(province, keys) });
}

/**
 * The embedded national rule book with a shipped province overlay applied.
 * @param province the province key.
 * @returns the effective rule book, or typed issues (`unknown_province` when no overlay is shipped).
 */
export function loadProvinceRuleBook(province: string): Result<RuleBook> {
  if (typeof province !== 'string') return fail([makeIssue('invalid_option', ['province'], { option: 'province', expected: 'province-key' })]);
  const overlay = provinceOverlay(province);
  if (overlay === undefined) {
    return fail([noOverlayIssue(province, ['provinces', province])]);
  }
  const national = loadNationalRuleBook();
  if (!national.ok) return national;
  return applyOverlay(national.value, overlay);
}
