/** thidua rank <cluster.json>: the year of a cluster (scores, ranking, proposals, next leadership). */
import { resolve } from 'node:path';
import { LANGS, type Lang } from '../explain/locales/index.js';
import { evaluateCycle } from '../rank/cluster/evaluate-cycle.js';
import { applyProvinceSheet, type ProvinceSheetOutcome } from '../rank/cluster/province-sheet.js';
import { renderCycle } from '../explain/render-cycle.js';
import { renderProvinceSheet } from '../explain/render-province-sheet.js';
import { provinceOverlay, provincesFile } from '../overlay/embedded.js';
import type { CommandKit } from './award-commands.js';
import { readJsonFile } from './read-rule-dir.js';

/** Help text of the rank command. */
export const RANK_HELP: Readonly<Record<'rank', string>> = {
  rank: `Usage: thidua rank <cluster.json> [--province KEY] [--rules DIR] [--lang vi|en] [--format text|json]

Scores every member of a cluster/bloc on the file's score sheet, ranks them (final score, then
the declared tie-break chain), proposes awards within the declared quotas (eligibility checked
with the rule book), applies council ballots and chooses next year's leadership.
With --province, the province's overlay is applied to the rule book, and its score-sheet
operations (a deduction or a veto on "sheet:<sheet-id>") to the cluster's score sheet before
ranking, when it is in force on the last day of the review's period; the output names it.
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
  // --province: the rule book with the province overlay (checked there, sheet operations included)
  const loaded = k.loadEffectiveBook();
  if (!loaded.book) return k.printIssues(loaded.issues, lang, format);
  let file = read.value;
  let outcome: ProvinceSheetOutcome | undefined;
  const province = k.one('province');
  if (province !== undefined) {
    const rel = `provinces/${province}/overlay.json`;
    const files = k.ruleFiles().files;
    const overlay = files ? files[rel] : provinceOverlay(province);
    const applied = applyProvinceSheet(file, overlay, { file: rel, provinces: files?.['provinces.json'] ?? provincesFile() });
    if (!applied.ok) return k.printIssues(applied.issues.map((is) => (is.path[0] === 'review' ? { ...is, path: [path, ...is.path] } : is)), lang, format);
    file = applied.value.file;
    outcome = applied.value.outcome;
  }
  const r = await evaluateCycle(file, loaded.book);
  if (!r.ok) return k.printIssues(r.issues.map((is) => ({ ...is, path: [path, ...is.path] })), lang, format);
  if (format === 'json') k.stdout(`${JSON.stringify({ ok: true, ...(outcome ? { provinceSheet: outcome } : {}), cycle: r.value }, null, 2)}\n`);
  else k.stdout(`${outcome ? renderProvinceSheet(outcome, r.value, { lang }) : ''}${renderCycle(r.value, { lang })}`);
  return 0;
}
