/** thidua rank <cluster.json>: the year of a cluster (scores, ranking, proposals, next leadership). */
import { resolve } from 'node:path';
import { LANGS, type Lang } from '../explain/locales/index.js';
import { evaluateCycle } from '../rank/cluster/evaluate-cycle.js';
import { renderCycle } from '../explain/render-cycle.js';
import type { CommandKit } from './award-commands.js';
import { readJsonFile } from './read-rule-dir.js';

/** Help text of the rank command. */
export const RANK_HELP: Readonly<Record<'rank', string>> = {
  rank: `Usage: thidua rank <cluster.json> [--rules DIR] [--lang vi|en] [--format text|json]

Scores every member of a cluster/bloc on the file's score sheet, ranks them (final score, then
the declared tie-break chain), proposes awards within the declared quotas (eligibility checked
with the rule book), applies council ballots and chooses next year's leadership.
Schema: thidua schema cluster. Method: docs/clusters.md.`,
};

/** Run `thidua rank`. */
export async function cmdRank(k: CommandKit): Promise<number> {
  const lang = k.choice('lang', LANGS, 'vi') as Lang;
  const format = k.choice('format', ['text', 'json'], 'text');
  if (k.positionals.length !== 1) k.usage('rank-one-file');
  const path = k.positionals[0]!;
  const read = readJsonFile(resolve(k.cwd, path), path);
  if (read.issues.length) return k.printIssues(read.issues, lang, format);
  const loaded = k.loadBook();
  if (!loaded.book) return k.printIssues(loaded.issues, lang, format);
  const r = await evaluateCycle(read.value, loaded.book);
  if (!r.ok) return k.printIssues(r.issues.map((is) => ({ ...is, path: [path, ...is.path] })), lang, format);
  k.stdout(format === 'json' ? `${JSON.stringify({ ok: true, cycle: r.value }, null, 2)}\n` : renderCycle(r.value, { lang }));
  return 0;
}
