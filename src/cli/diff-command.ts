import { LANGS, type Lang } from '../explain/locales/index.js';
import { diffRuleBooks } from '../overlay/diff-rule-books.js';
import { renderDiff } from '../explain/render-diff.js';
import type { CommandKit } from './award-commands.js';

/** Help text of `thidua diff`. */
export const DIFF_HELP: Readonly<Record<'diff', string>> = {
  diff: `Usage: thidua diff --province KEY | --agency KEY [--overlay FILE] [--rules DIR] [--lang vi|en] [--format text|json]

Shows what the province overlay (or the ministry/sector overlay of --agency; then any --overlay
files, in order) changes in the national rule book: awards, parameters, rules and conditions, by
stable id, with the decision that changed them.`,
};

/** `thidua diff`: what the province overlay (and any --overlay files) change in the national book. */
export function cmdDiff(k: CommandKit): number {
  const lang = k.choice('lang', LANGS, 'vi') as Lang;
  const format = k.choice('format', ['text', 'json'], 'text');
  if (k.positionals.length) k.usage('no-positional', { command: 'diff' });
  if (k.one('province') === undefined && k.one('agency') === undefined && !k.has('overlay')) k.usage('diff-province');
  const r = k.loadEffectiveBook();
  if (!r.book || !r.national) return k.printIssues(r.issues, lang, format);
  const diff = diffRuleBooks(r.national, r.book);
  k.stdout(format === 'json' ? `${JSON.stringify({ ok: true, diff }, null, 2)}\n` : renderDiff(diff, { lang }));
  return 0;
}
