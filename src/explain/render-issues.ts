import type { Issue } from '../model/issue.js';
import { assertArg, isObject } from '../_internal/args.js';
import { localeOf, type LangOption } from './locales/index.js';
import { inlineText } from './_sanitize.js';
import { issueMessage } from './issue-message.js';
import { assertOptions } from '../_internal/options.js';

/**
 * Render issues as text lines: `code at path: message` (`code tại path: message` in Vietnamese), in
 * the chosen language.
 * @param issues issues from any thidua result.
 * @param options language (Vietnamese by default).
 * @returns one line per issue.
 */
export function renderIssues(issues: readonly Issue[], options: { readonly lang?: LangOption | undefined } = {}): string {
  assertArg(Array.isArray(issues) && issues.every((i) => isObject(i) && typeof i.code === 'string' && isObject(i.params) && Array.isArray(i.path)), 'issues must be a list of issues');
  assertOptions('lang', options, true);
  const lang = options.lang ?? 'vi';
  const w = localeOf(lang).words;
  return issues
    .map((i) => {
      const path = i.path.length ? i.path.map((p) => (typeof p === 'number' ? `[${p}]` : inlineText(String(p)))).join('.').replace(/\.\[/g, '[') : w.root;
      // keys, file paths and values quoted in messages come from the input: one visible line each
      return `${inlineText(String(i.code))} ${w.at} ${path}: ${inlineText(issueMessage(i, lang))}`;
    })
    .join('\n');
}
