import { listAwards, listCriteria, listParameters, listProvinces, listRegimes } from '../rule-book/list.js';
import { localText } from '../explain/locales/locale.js';
import { LANGS, localeOf, type Lang } from '../explain/locales/index.js';
import { provinceOverlayKeys, provincesFile } from '../overlay/embedded.js';
import { listAgencies } from '../overlay/agencies.js';
import type { CommandKit } from './award-commands.js';
import { resolve } from 'node:path';
import { overlayTargets, type OverlayTarget } from '../overlay/overlay-targets.js';
import { checkScoreSheet } from '../rank/cluster/check-score-sheet.js';
import type { ScoreSheet } from '../schema/score-sheet.js';
import type { Issue } from '../model/issue.js';
import { readJsonFile } from './read-rule-dir.js';

/** Help text of `thidua list`. */
export const LIST_HELP: Readonly<Record<'list', string>> = {
  list: `Usage: thidua list awards|regimes|provinces|agencies|criteria|parameters|targets [--award ID] [--regime ID] [--cluster FILE] [--rules DIR] [--lang vi|en] [--format text|json]

Lists the ids a person needs: awards, regimes (with their periods), provinces and agencies
(ministries, sectors, central agencies; and which ones have an overlay), criteria (the node ids "<rule-id>#<node-name>" an overlay targets; --award and
--regime narrow the list), parameters (id, short name, value; --regime narrows) and targets (every
address an overlay operation accepts, with what the guardrail lets it try: conditions, parameters,
quotas "quota:<id>", and with --cluster FILE the "sheet:<sheet-id>[#<group-id>]" addresses of that
cluster's score sheet; --award and --regime narrow the list).`,
};

const KINDS = ['awards', 'regimes', 'provinces', 'agencies', 'criteria', 'parameters', 'targets'] as const;

/** The score sheet of a cluster file (`--cluster FILE`), or the typed issues (paths start with the file). */
function clusterSheet(k: CommandKit, file: string): { sheet?: ScoreSheet; issues: Issue[] } {
  const read = readJsonFile(resolve(k.cwd, file), file);
  if (read.issues.length) return { issues: read.issues };
  const v = read.value as { review?: { scoreSheet?: unknown } } | null;
  const r = checkScoreSheet(v !== null && typeof v === 'object' ? v.review?.scoreSheet : undefined, [file, 'review', 'scoreSheet']);
  return r.ok ? { sheet: r.value, issues: [] } : { issues: [...r.issues] };
}

/** A target as a JSON row: the address and what may be tried there, without the node itself. */
function targetRow(t: OverlayTarget): Record<string, unknown> {
  const { node: _n, parameter: _p, quota: _q, sheetGroup: _g, ...row } = t;
  return row;
}



/**
 * thidua list awards|regimes|provinces|agencies|criteria|parameters|targets.
 * @param k the CLI kit.
 * @returns the exit code.
 */
export function cmdList(k: CommandKit): number {
  const lang = k.choice('lang', LANGS, 'vi') as Lang;
  const format = k.choice('format', ['text', 'json'], 'text');
  const what = k.positionals[0];
  if (k.positionals.length !== 1 || !(KINDS as readonly string[]).includes(what!)) k.usage('list-kind', { kinds: KINDS.join(', ') });
  const L = localeOf(lang);
  const w = L.cli.list;
  const show = (v: unknown): string => (Array.isArray(v) ? v.join(', ') : typeof v === 'string' && /^-?[0-9]+(\.[0-9]+)?$/.test(v) ? L.formatDecimal(v) : String(v));
  const print = (rows: unknown[], lines: string[]): number => {
    k.stdout(format === 'json' ? `${JSON.stringify({ ok: true, [what!]: rows }, null, 2)}\n` : `${lines.join('\n')}\n`);
    return 0;
  };
  if (what === 'provinces') {
    // with --rules, the provinces and overlays of that folder, not the embedded ones
    const own = k.ruleFiles();
    if (own.issues.length) return k.printIssues(own.issues, lang, format);
    const files = own.files;
    const overlays = files ? Object.keys(files).flatMap((f) => /^provinces\/([a-z0-9-]+)\/overlay\.json$/.exec(f)?.[1] ?? []).sort() : provinceOverlayKeys();
    const rows = listProvinces(files?.['provinces.json'] ?? provincesFile(), overlays);
    return print(rows, rows.map((p) => `${p.key} — ${localText(L, p.name)}${p.hasOverlay ? ` (${w.overlay})` : ''}`));
  }
  if (what === 'agencies') {
    const rows = listAgencies();
    const lifespan = (a: (typeof rows)[number]): string =>
      a.validTo ? ` [${w.until} ${a.validTo}${a.successor ? `; ${w.successor}: ${a.successor}` : ''}]` : a.validFrom ? ` [${a.validFrom} ${w.onwards}]` : '';
    return print(rows, rows.map((a) => `${a.key} — ${localText(L, a.name)}${a.aliases.length ? ` (${a.aliases.join(', ')})` : ''}${lifespan(a)}${a.hasOverlay ? ` (${w.agencyOverlay})` : ''}`));
  }
  const loaded = k.loadBook();
  if (!loaded.book) return k.printIssues(loaded.issues, lang, format);
  const book = loaded.book;
  if (what === 'awards') {
    const rows = listAwards(book);
    return print(rows, rows.map((a) => `${a.id} — ${localText(L, a.title)} (${a.subjects.map((s) => L.wording.subjectKind(s)).join(', ')}; ${w.regimes}: ${a.regimes.join(', ') || '—'})`));
  }
  if (what === 'regimes') {
    const rows = listRegimes(book);
    const period = (from: string, to?: string): string => `${from} – ${to ?? w.onwards}`;
    return print(rows, rows.map((r) => `${r.id} — ${localText(L, r.title)} (${period(r.from, r.to)})${r.enabled ? '' : ` [${w.disabled}]`}${r.marker !== 'CONFIRMED' ? ` [${L.wording.marker(r.marker)}]` : ''}`));
  }
  const award = k.one('award');
  const regime = k.one('regime');
  if (what === 'criteria') {
    const r = listCriteria(book, { award, regime });
    if (!r.ok) return k.printIssues(r.issues, lang, format);
    return print(
      r.value,
      r.value.map((c) => `${c.nodeId}${c.criterion ? ` (${c.criterion})` : ''} — ${c.label ? localText(L, c.label) : c.kind === 'group' ? L.words.allOf : c.fact} [${L.citation(c.citation)}]`),
    );
  }
  if (what === 'targets') {
    // --award/--regime are checked as for `list criteria` (typed issues for an unknown id)
    const checked = listCriteria(book, { award, regime });
    if (!checked.ok) return k.printIssues(checked.issues, lang, format);
    const cluster = k.one('cluster');
    const sheet = cluster === undefined ? undefined : clusterSheet(k, cluster);
    if (sheet?.issues.length) return k.printIssues(sheet.issues, lang, format);
    const all = overlayTargets(book, { regime, ...(sheet?.sheet ? { sheets: [sheet.sheet] } : {}) });
    const rows = award === undefined ? all : all.filter((t) => t.awardId === award);
    const tw = L.cli.listTargets;
    return print(
      rows.map(targetRow),
      rows.map((t) => `${t.target}${t.regime ? ` [${t.regime}]` : ''} — ${tw.kind[t.kind]}${t.statutory ? ` (${tw.statutory})` : ''}: ${t.actions.map((a) => tw.action[a]).join('; ') || tw.none}`),
    );
  }
  const r = listParameters(book, { regime });
  if (!r.ok) return k.printIssues(r.issues, lang, format);
  return print(
    r.value,
    r.value.map((p) => `${p.id} [${p.regime}] — ${localText(L, p.label ?? p.description)}: ${show(p.value)}${p.marker !== 'CONFIRMED' ? ` [${L.wording.marker(p.marker)}]` : ''}`),
  );
}
