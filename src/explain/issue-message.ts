import type { Issue } from '../model/issue.js';
import { assertArg, isObject } from '../_internal/args.js';
import { isLangOption, LANGS, localeOf, type Lang, type LangOption } from './locales/index.js';

/**
 * The message of an issue in a language: issues carry a code, a JSON path and typed parameters,
 * and the locale puts them into words here.
 * @param issue an issue from any thidua result.
 * @param lang a shipped language ("vi", the default, or "en"), or a Locale object.
 * @returns one sentence.
 */
export function issueMessage(issue: Issue, lang: LangOption = 'vi'): string {
  assertArg(isObject(issue) && typeof issue.code === 'string' && isObject(issue.params), 'issue must be an issue ({ code, path, params })');
  assertArg(isLangOption(lang), `lang must be one of ${LANGS.join(', ')} or a Locale`);
  const locale = localeOf(lang);
  assertArg(Object.prototype.hasOwnProperty.call(locale.issues, issue.code), `unknown issue code ${String(issue.code)}`);
  return locale.issue(issue);
}

/** The message of an issue in every shipped language, e.g. `{ vi: '…', en: '…' }`. */
export function issueMessages(issue: Issue): Readonly<Record<Lang, string>> {
  return Object.fromEntries(LANGS.map((l) => [l, issueMessage(issue, l)])) as Record<Lang, string>;
}

/**
 * An issue with its messages in every shipped language, for JSON output (the CLI's `--format json`
 * and `ndjson`): `{ code, path, params, message: { vi, en } }`.
 */
export function issueWithMessages(issue: Issue): Issue & { readonly message: Readonly<Record<Lang, string>> } {
  return { ...issue, message: issueMessages(issue) };
}
