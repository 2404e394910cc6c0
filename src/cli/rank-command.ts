/** thidua rank <cluster.json>: the year of a cluster (scores, ranking, proposals, next leadership). */
import { resolve } from 'node:path';
import { LANGS, type Lang } from '../explain/locales/index.js';
import { evaluateCycle } from '../rank/cluster/evaluate-cycle.js';
import { applyAgencySheet, applyProvinceSheet, type AgencySheetOutcome, type ProvinceSheetOutcome } from '../rank/cluster/province-sheet.js';
import { renderCycle } from '../explain/render-cycle.js';
import { renderAgencySheet, renderProvinceSheet } from '../explain/render-province-sheet.js';
import { provinceOverlay, provincesFile } from '../overlay/embedded.js';
import { agencyOverlay, canonicalAgencyKey } from '../overlay/agencies.js';
import type { CommandKit } from './award-commands.js';
import { readJsonFile } from './read-rule-dir.js';
import type { Issue } from '../model/issue.js';

/** Help text of the rank command. */
export const RANK_HELP: Readonly<Record<'rank', string>> = {
  rank: `Usage: thidua rank <cluster.json> [--province KEY | --agency KEY] [--rules DIR] [--lang vi|en] [--format text|json]

Scores every member of a cluster/bloc on the file's score sheet, ranks them (final score, then
the declared tie-break chain), proposes awards within the declared quotas (eligibility checked
with the rule book), applies council ballots and chooses next year's leadership.
With --province, the province's overlay is applied to the rule book, and its score-sheet
operations (a deduction or a veto on "sheet:<sheet-id>") to the cluster's score sheet before
ranking, when it is in force on the last day of the review's period; the output names it.
With --agency, the same for the overlay of a ministry, sector or central agency (a key or alias
of rules/agencies.json); --province and --agency together are a usage error.
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
  // --province / --agency: the rule book with the overlay (checked there, sheet operations included;
  // both together are a usage error there, as for evaluate: a province and an agency are alternative layers)
  const loaded = k.loadEffectiveBook();
  if (!loaded.book) return k.printIssues(loaded.issues, lang, format);
  let file = read.value;
  let provinceSheet: ProvinceSheetOutcome | undefined;
  let agencySheet: AgencySheetOutcome | undefined;
  const province = k.one('province');
  const agency = k.one('agency');
  const files = province !== undefined || agency !== undefined ? k.ruleFiles().files : undefined;
  const fixPaths = (issues: readonly Issue[]): Issue[] => issues.map((is) => (is.path[0] === 'review' ? { ...is, path: [path, ...is.path] } : is));
  if (province !== undefined) {
    const rel = `provinces/${province}/overlay.json`;
    const overlay = files ? files[rel] : provinceOverlay(province);
    const applied = applyProvinceSheet(file, overlay, { file: rel, provinces: files?.['provinces.json'] ?? provincesFile() });
    if (!applied.ok) return k.printIssues(fixPaths(applied.issues), lang, format);
    file = applied.value.file;
    provinceSheet = applied.value.outcome;
  }
  if (agency !== undefined) {
    const rel = `agencies/${canonicalAgencyKey(agency)}/overlay.json`;
    const overlay = files ? files[rel] : agencyOverlay(agency);
    const applied = applyAgencySheet(file, overlay, { file: rel, provinces: files?.['provinces.json'] ?? provincesFile() });
    if (!applied.ok) return k.printIssues(fixPaths(applied.issues), lang, format);
    file = applied.value.file;
    agencySheet = applied.value.outcome;
  }
  const r = await evaluateCycle(file, loaded.book);
  if (!r.ok) return k.printIssues(r.issues.map((is) => ({ ...is, path: [path, ...is.path] })), lang, format);
  if (format === 'json') k.stdout(`${JSON.stringify({ ok: true, ...(provinceSheet ? { provinceSheet } : {}), ...(agencySheet ? { agencySheet } : {}), cycle: r.value }, null, 2)}\n`);
  else {
    const head = provinceSheet ? renderProvinceSheet(provinceSheet, r.value, { lang }) : agencySheet ? renderAgencySheet(agencySheet, r.value, { lang }) : '';
    k.stdout(`${head}${renderCycle(r.value, { lang })}`);
  }
  return 0;
}
