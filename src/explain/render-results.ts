import type { BonusResult } from '../evaluate/bonus-for.js';
import { assertArg, isObject } from '../_internal/args.js';
import { localeOf, type LangOption } from './locales/index.js';
import { AWARD_TITLES } from './locales/_catalog.js';
import { localText, type Locale } from './locales/locale.js';
import type { ResultWords } from './locales/results.js';
import type { MissingCriterion, NextAward, NextAwardsReport } from '../evaluate/next-awards.js';
import type { Need } from '../evaluate/earliest-year.js';
import { assertOptions } from '../_internal/options.js';

/** Options of {@link renderNextAwards} and {@link renderBonus}. */
export interface ResultRenderOptions {
  /** Language (a shipped tag or a Locale object); Vietnamese by default. */
  readonly lang?: LangOption | undefined;
  /** Output format; plain text by default. HTML is escaped and uses `thidua-*` class names. */
  readonly format?: 'text' | 'markdown' | 'html' | undefined;
}

/** A line of a rendered result: heading (level 1, 2) or item (level 3, 4 = nested). */
interface Line {
  readonly level: 1 | 2 | 3 | 4;
  readonly text: string;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/** Lines to text (■ headings, indented items), markdown (##, ###, - items) or escaped HTML. */
function format(lines: readonly Line[], fmt: ResultRenderOptions['format'], lang: string, kind: string): string {
  if (fmt === 'html') {
    const out = [`<article class="thidua-${kind}" lang="${lang}">`];
    let open = false;
    for (const l of lines) {
      if (l.level <= 2 && open) {
        out.push('</ul>');
        open = false;
      }
      if (l.level === 1) out.push(`<h2>${esc(l.text)}</h2>`);
      else if (l.level === 2) out.push(`<h3>${esc(l.text)}</h3>`);
      else {
        if (!open) out.push('<ul>');
        open = true;
        out.push(`<li class="thidua-item${l.level === 4 ? ' thidua-nested' : ''}">${esc(l.text)}</li>`);
      }
    }
    if (open) out.push('</ul>');
    out.push('</article>');
    return `${out.join('\n')}\n`;
  }
  const md = fmt === 'markdown';
  const out: string[] = [];
  for (const l of lines) {
    if (l.level === 1) out.push(md ? `## ${l.text}` : l.text);
    else if (l.level === 2) out.push('', md ? `### ${l.text}` : `■ ${l.text}`);
    else out.push(`${l.level === 4 ? '    ' : md ? '' : '  '}${md ? '- ' : '- '}${l.text}`);
  }
  return `${out.join('\n')}\n`;
}

const pick = (lang: LangOption | undefined): { L: Locale; W: ResultWords } => {
  const L = localeOf(lang);
  return { L, W: L.results };
};

function missingLine(L: Locale, W: ResultWords, m: MissingCriterion): string {
  const label = m.label?.[L.textKey] ?? m.name;
  // a yes/no criterion is answered "not met", never "needs «yes»" (docs/wording.md, rule 1)
  const gap = m.gap ? (m.gap.kind === 'value' && typeof m.gap.expected === 'boolean' ? L.wording.notMet : L.gap(m.gap)) : m.status === 'missing_fact' ? W.noData : undefined;
  const or = L.words.or;
  const needText = (n: Need): string =>
    n.kind === 'award'
      ? n.awardIds.map((x) => AWARD_TITLES.get(x)?.[L.textKey] ?? x).join(or)
      : n.kind === 'rating'
        ? n.ratings.map((x) => L.value(x)).join(or)
        : n.kind === 'initiative'
          ? `${n.count} × ${n.kinds.map((x) => L.value(x)).join(or)}`
          : n.label[L.textKey];
  const parts = [`${W.missing}: ${label}${gap ? ` — ${gap}` : ''}`, `${W.earliest}: ${m.earliestYear ?? W.unknown}`];
  for (const n of m.needs ?? []) if (n.years.length) parts.push(W.needs(needText(n), n.years));
  const meta = [L.citation(m.citation), ...(m.marker !== 'CONFIRMED' ? [L.wording.marker(m.marker)] : [])];
  return `${parts.join('; ')} [${meta.join('; ')}]`;
}

function awardHead(L: Locale, W: ResultWords, a: NextAward): string {
  const when = a.earliestYear !== null ? `${W.earliest}: ${a.earliestYear}` : `${W.earliest}: ${W.unknown}${a.reason ? ` (${W.nextReason(a.reason)})` : ''}`;
  return `${a.title[L.textKey]} — ${L.verdict(a.verdict)}; ${when}`;
}

/**
 * Render a {@link nextAwards} report: per award the verdict of the year, the earliest year it could
 * qualify, and each missing criterion with its gap, earliest year, what it needs and its citation.
 * Vietnamese by default; no internal ids in Vietnamese text.
 * @param report the report.
 * @param options language and format.
 * @returns the text.
 */
export function renderNextAwards(report: NextAwardsReport, options: ResultRenderOptions = {}): string {
  assertArg(isObject(report) && Array.isArray(report.awards) && isObject(report.subject) && typeof report.year === 'number', 'report (a nextAwards report)');
  assertOptions('renderResult', options, true);
  const { L, W } = pick(options.lang);
  const lines: Line[] = [
    { level: 1, text: `${W.subject}: ${report.subject.id} (${L.wording.subjectKind(report.subject.kind)}) — ${W.year}: ${report.year} — ${W.regime}: ${report.regime} (${W.horizon(report.horizon)})` },
  ];
  if (!report.awards.length) lines.push({ level: 3, text: W.noAward });
  for (const a of report.awards) {
    lines.push({ level: 2, text: awardHead(L, W, a) });
    if (!a.missing.length) lines.push({ level: 3, text: W.noMissing });
    // parameter switches are not criteria (docs/wording.md): their alternatives carry the gap
    for (const m of a.missing) if (m.fact !== 'isParameterTrue') lines.push({ level: 3, text: missingLine(L, W, m) });
  }
  return format(lines, options.format, L.lang, 'next');
}

const groupThousands = (s: string, sep: string): string => s.replace(/\B(?=(\d{3})+(?!\d))/g, sep);

/**
 * Render a {@link bonusFor} result: the exact amount (or why it is undetermined), the multiplier and
 * the base salary with their citations, and the evidence marker, in words.
 * @param b the result.
 * @param options language and format.
 * @returns the text.
 */
export function renderBonus(b: BonusResult, options: ResultRenderOptions = {}): string {
  assertArg(isObject(b) && isObject(b.title) && typeof b.baseSalary === 'string' && isObject(b.baseSalaryEffective) && isObject(b.regime), 'b (a bonusFor result)');
  assertOptions('renderResult', options, true);
  const { L, W } = pick(options.lang);
  const kind = (k: string): string => (k === 'household' ? W.household : L.wording.subjectKind(k as 'individual' | 'collective'));
  const money = (s: string): string => `${groupThousands(s, W.thousands)} ${W.currency}`;
  const lines: Line[] = [{ level: 1, text: `${localText(L, b.title)} — ${kind(b.subjectKind)} — ${W.decisionDate} ${L.date(b.date)}` }, { level: 3, text: `${W.regime}: ${b.regime.id}` }];
  if (b.status === 'determined') {
    lines.push({ level: 3, text: `${W.amount}: ${money(b.amount!)}` });
    const derived = b.derivedFrom ? ` (${W.derivedFrom(L.formatDecimal(b.derivedFrom.factor), kind(b.derivedFrom.subject))})` : '';
    lines.push({ level: 3, text: `${W.multiplier}: ${L.formatDecimal(b.multiplier!)} ${W.timesBase}${derived} [${L.citation(b.multiplierCitation!)}]` });
  } else {
    lines.push({ level: 3, text: `${W.undetermined}: ${b.reason ? W.bonusReason(b.reason) : W.unknown}` });
    if (b.question) lines.push({ level: 4, text: `${W.question}: ${b.question}` });
    if (b.note) lines.push({ level: 4, text: localText(L, b.note) });
  }
  const e = b.baseSalaryEffective;
  const period = W.inForce(e.from, e.to);
  const baseMarker = b.baseSalaryMarker !== 'CONFIRMED' ? `; ${L.wording.marker(b.baseSalaryMarker)}` : '';
  lines.push({ level: 3, text: `${W.base}: ${money(b.baseSalary)}, ${period} [${L.citation(b.baseSalaryCitation)}${baseMarker}]` });
  if (b.marker !== 'CONFIRMED') lines.push({ level: 3, text: `[${L.wording.marker(b.marker)}]` });
  return format(lines, options.format, L.lang, 'bonus');
}
