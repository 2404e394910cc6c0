import { listAwards, listCriteria, listParameters, listProvinces, listRegimes } from '../rule-book/list.js';
import { localText } from '../explain/locales/locale.js';
import { LANGS, localeOf, type Lang } from '../explain/locales/index.js';
import { provinceOverlayKeys, provincesFile } from '../overlay/embedded.js';
import { listAgencies } from '../overlay/agencies.js';
import type { CommandKit } from './award-commands.js';

/** Help text of `thidua list`. */
export const LIST_HELP: Readonly<Record<'list', string>> = {
  list: `Usage: thidua list awards|regimes|provinces|agencies|criteria|parameters [--award ID] [--regime ID] [--rules DIR] [--lang vi|en] [--format text|json]

Lists the ids a person needs: awards, regimes (with their periods), provinces and agencies
(ministries, sectors, central agencies; and which ones have an overlay), criteria (the node ids "<rule-id>#<node-name>" an overlay targets; --award and
--regime narrow the list) and parameters (id, short name, value; --regime narrows).`,
};

const KINDS = ['awards', 'regimes', 'provinces', 'agencies', 'criteria', 'parameters'] as const;



/**
 * thidua list awards|regimes|provinces|agencies|criteria|parameters.
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
  const r = listParameters(book, { regime });
  if (!r.ok) return k.printIssues(r.issues, lang, format);
  return print(
    r.value,
    r.value.map((p) => `${p.id} [${p.regime}] — ${localText(L, p.label ?? p.description)}: ${show(p.value)}${p.marker !== 'CONFIRMED' ? ` [${L.wording.marker(p.marker)}]` : ''}`),
  );
}
