import { resolve } from 'node:path';
import { localText } from '../explain/locales/locale.js';
import type { UsageCode, UsageParams } from '../explain/locales/cli-words.js';
import { LANGS, localeOf, type Lang } from '../explain/locales/index.js';
import { bonusFor } from '../evaluate/bonus-for.js';
import { awardHierarchy } from '../rule-book/award-hierarchy.js';
import { hierarchyToMermaid } from '../explain/hierarchy-to-mermaid.js';
import type { BonusSubjectKind } from '../model/bonus.js';
import type { RuleBook } from '../model/rule-book.js';
import type { Need } from '../evaluate/earliest-year.js';
import { nextAwards, type NextAwardsReport } from '../evaluate/next-awards.js';
import type { Issue } from '../model/issue.js';
import { renderBonus } from '../explain/render-results.js';
import { readJsonFile } from './read-rule-dir.js';

/** What main.ts lends the award commands (argument access, errors, rule-book loading). */
export interface CommandKit {
  readonly positionals: readonly string[];
  one(name: string): string | undefined;
  choice(name: string, allowed: readonly string[], dflt: string): string;
  /** Throws the CLI's usage error (exit 2): a code and the values it names, put into words by the locale. */
  usage(code: UsageCode, params?: UsageParams): never;
  printIssues(issues: readonly Issue[], lang: Lang, format: string): number;
  loadBook(): { book?: RuleBook; issues: Issue[] };
  /** The files of the --rules folder, when one is given (its provinces.json and province overlays). */
  ruleFiles(): { files?: Readonly<Record<string, unknown>>; issues: Issue[] };
  /** The book with --province and --overlay applied. */
  loadEffectiveBook(): { national?: RuleBook; book?: RuleBook; issues: Issue[] };
  /** Every value of a repeatable option, in order. */
  all(name: string): string[];
  /** Whether a flag was given. */
  has(name: string): boolean;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Resolves when stdout has drained (backpressure for long streams). */
  readonly flush?: (() => Promise<void>) | undefined;
  readonly stdin?: AsyncIterable<Uint8Array | string> | undefined;
  /** Whether to draw a progress bar on stderr (a TTY, not CI). */
  readonly progress?: boolean | undefined;
  readonly cwd: string;
}

/** Help texts of the award commands. */
export const AWARD_HELP: Readonly<Record<'bonus' | 'hierarchy' | 'next', string>> = {
  bonus: `Usage: thidua bonus <award-id> --date D [--subject individual|collective|household] [--regime ID] [--rules DIR] [--lang vi|en] [--format text|json|markdown|html]

The cash bonus of an award: multiplier × the base salary in force on the decision date D
(exact VND). Exit 0 also when the amount is undetermined (UNCONFIRMED multiplier); exit 1 on bad input.`,
  hierarchy: `Usage: thidua hierarchy [--regime ID] [--format mermaid|json] [--lang vi|en] [--rules DIR]

The award hierarchy (prerequisites, feeders, gates, quota bases) as a Mermaid flowchart or JSON.`,
  next: `Usage: thidua next <subject.json> --year Y [--horizon N] [--regime ID] [--rules DIR] [--lang vi|en] [--format text|json|markdown|html]

For each award the subject could aim at next: the missing criteria and the earliest year it could
qualify if they are met (method: docs/next-awards.md).`,
};


/** thidua bonus <award-id> --date D [--subject K]. */
export function cmdBonus(k: CommandKit): number {
  const lang = k.choice('lang', LANGS, 'vi') as Lang;
  const format = k.choice('format', ['text', 'json', 'markdown', 'html'], 'text');
  const subjectKind = k.choice('subject', ['individual', 'collective', 'household'], 'individual') as BonusSubjectKind;
  if (k.positionals.length !== 1) k.usage('bonus-one-award');
  const date = k.one('date');
  if (date === undefined) k.usage('bonus-date');
  const loaded = k.loadBook();
  if (!loaded.book) return k.printIssues(loaded.issues, lang, format);
  const regime = k.one('regime');
  const r = bonusFor(loaded.book, k.positionals[0]!, { date, subjectKind, ...(regime ? { regime } : {}) });
  if (!r.ok) return k.printIssues(r.issues, lang, format);
  const b = r.value;
  if (format === 'json') {
    k.stdout(`${JSON.stringify({ ok: true, bonus: b }, null, 2)}\n`);
    return 0;
  }
  k.stdout(renderBonus(b, { lang, format: format as 'text' | 'markdown' | 'html' }));
  return 0;
}

/** thidua hierarchy [--regime ID] [--format mermaid|json]. */
export function cmdHierarchy(k: CommandKit): number {
  const lang = k.choice('lang', LANGS, 'vi') as Lang;
  const format = k.choice('format', ['mermaid', 'json'], 'mermaid');
  if (k.positionals.length) k.usage('no-positional', { command: 'hierarchy' });
  const loaded = k.loadBook();
  if (!loaded.book) return k.printIssues(loaded.issues, lang, format === 'json' ? 'json' : 'text');
  const regime = k.one('regime');
  const g = awardHierarchy(loaded.book, regime ? { regime } : {});
  if (!g.ok) return k.printIssues(g.issues, lang, format === 'json' ? 'json' : 'text');
  k.stdout(format === 'json' ? `${JSON.stringify({ ok: true, hierarchy: g.value }, null, 2)}\n` : hierarchyToMermaid(g.value, { lang }));
  return 0;
}

/** thidua next <subject.json> --year Y [--horizon N]. */
export async function cmdNext(k: CommandKit): Promise<number> {
  const lang = k.choice('lang', LANGS, 'vi') as Lang;
  const format = k.choice('format', ['text', 'json', 'markdown', 'html'], 'text');
  if (k.positionals.length !== 1) k.usage('next-one-file');
  const yearFlag = k.one('year');
  if (yearFlag === undefined || !/^[0-9]{4}$/.test(yearFlag)) k.usage('next-year');
  const horizonFlag = k.one('horizon');
  if (horizonFlag !== undefined && !(/^[0-9]{1,2}$/.test(horizonFlag) && Number(horizonFlag) <= 50)) k.usage('horizon', { got: horizonFlag });
  const path = k.positionals[0]!;
  const read = readJsonFile(resolve(k.cwd, path), path);
  if (read.issues.length) return k.printIssues(read.issues, lang, format);
  const loaded = k.loadBook();
  if (!loaded.book) return k.printIssues(loaded.issues, lang, format);
  const regime = k.one('regime');
  const r = await nextAwards(loaded.book, read.value, {
    year: Number(yearFlag),
    ...(horizonFlag !== undefined ? { horizon: Number(horizonFlag) } : {}),
    ...(regime ? { regime } : {}),
  });
  if (!r.ok) return k.printIssues(r.issues.map((i) => (i.path[0] === 'subject' ? { ...i, path: [path, ...i.path.slice(1)] } : i)), lang, format);
  if (format === 'json') {
    k.stdout(`${JSON.stringify({ ok: true, next: r.value }, null, 2)}\n`);
    return 0;
  }
  k.stdout(`${renderNext(r.value, loaded.book, lang).join('\n')}\n`);
  return 0;
}


/** One need in words, with its years: titles, ratings and items, never internal ids. */
function needText(n: Need, book: RuleBook, lang: Lang): string {
  const L = localeOf(lang);
  const w = L.cli.next;
  const title = (id: string): string => {
    const t = book.awards.find((a) => a.id === id)?.title;
    return t ? localText(L, t) : id;
  };
  const what =
    n.kind === 'award'
      ? title(n.awardIds[0]!)
      : n.kind === 'rating'
        ? n.ratings.map((r) => w.rating[r]).join(w.or)
        : n.kind === 'initiative'
          ? `${n.count} ${n.kinds.map((x) => w.kind[x]).join(w.or)} ${w.recognised} ${w.scope[n.minScope]}`
          : localText(L, n.label);
  return `${what} (${w.inYears} ${n.years.join(', ')})`;
}

/** The text of `thidua next`: award titles, relations and needs in words (no rule, edge or fact ids). */
function renderNext(report: NextAwardsReport, book: RuleBook, lang: Lang): string[] {
  const L = localeOf(lang);
  const w = L.cli.next;
  const regime = book.regimes.find((g) => g.id === report.regime);
  const lines = [`${report.subject.id} — ${w.header} ${report.year} — ${regime ? localText(L, regime.title) : report.regime}`];
  for (const a of report.awards) {
    const abbr = book.awards.find((x) => x.id === a.awardId)?.abbreviation;
    const via = a.via.length ? ` (${w.via} ${a.via.map((s) => `${localText(L, s.title)}: ${localText(L, s.relation)}`).join('; ')})` : '';
    lines.push('', `${localText(L, a.title)}${abbr ? ` (${abbr})` : ''}: ${L.verdict(a.verdict)}; ${w.earliest}: ${a.earliestYear ?? w.unknown}${via}`);
    if (a.needs.length) lines.push(`  ${w.needs}: ${a.needs.map((n) => needText(n, book, lang)).join('; ')}`);
    for (const m of a.missing) {
      const needs = m.needs && m.needs.length ? ` [${m.needs.map((n) => needText(n, book, lang)).join('; ')}]` : '';
      lines.push(`  - ${w.missing}: ${localText(L, m.label)}${m.gap ? ` (${L.gap(m.gap)})` : m.status === 'missing_fact' ? ` (${L.status(m.status)})` : ''} → ${m.earliestYear ?? w.unknown}${needs}; ${L.citation(m.citation)}`);
    }
  }
  return lines;
}
