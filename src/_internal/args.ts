import { makeIssue, ThiduaError, type Issue } from '../model/issue.js';
import { TEXT_LANGS } from '../model/rule-book.js';

/**
 * Run-time argument checks of the exported functions (issue 19.7): TypeScript types vanish at run
 * time, so each public function checks the shape of what it reads before reading it. Small named
 * functions, no state.
 * @internal
 */

/** A non-null, non-array object. */
export const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The shape every rule book from loadRuleBook/applyOverlay has (id, version, hash, awards, regimes). */
export function isRuleBook(v: unknown): boolean {
  return isObject(v) && typeof v['id'] === 'string' && typeof v['version'] === 'string' && typeof v['hash'] === 'string' && Array.isArray(v['awards']) && Array.isArray(v['regimes']);
}

/**
 * Whether a value has the shape of a Locale object (a tag, a rule-book text fallback, the issue
 * renderer and its table): the `lang` option check and the explain layer's `isLocale` both use it.
 */
export function isLocaleShape(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const l = v as { lang?: unknown; textKey?: unknown; issue?: unknown; issues?: unknown };
  return typeof l.lang === 'string' && (TEXT_LANGS as readonly unknown[]).includes(l.textKey) && typeof l.issue === 'function' && typeof l.issues === 'object' && l.issues !== null;
}

/** `invalid_option` issues for a rule-book argument that is not one. */
export function bookIssues(v: unknown, option = 'book'): Issue[] {
  return isRuleBook(v) ? [] : [makeIssue('invalid_option', [option], { option, expected: 'rule-book' })];
}

/** `invalid_option` issues for an options argument that is not an object (undefined allowed when `optional`). */
export function objectIssues(v: unknown, option: string, optional = false): Issue[] {
  if (optional && v === undefined) return [];
  return isObject(v) ? [] : [makeIssue('invalid_option', [option], { option, expected: 'object' })];
}

/** Throw a typed ThiduaError('invalid_option') unless `ok` (for functions that return plain values). */
export function assertArg(ok: boolean, what: string): void {
  if (!ok) throw new ThiduaError('invalid_option', `invalid argument: ${what}`);
}

