import { en } from '../locales/en.js';
import type { Locale } from '../locales/locale.js';
import { vi } from '../locales/vi.js';
import { describeProvenance } from '../locales/provenance.js';
import { NATIONAL_RULE_FILES } from '../_generated/national-rules.js';
import type { AwardVerdict, EligibilityReport, Finding } from '../model/outcome.js';
import { assertArg, isLang, isObject } from '../_internal/args.js';
import { classToken, inlineText, markdownText, safeLines } from './_sanitize.js';

/** Options of {@link renderExplanation}. */
export interface RenderOptions {
  /** Language; Vietnamese by default. */
  readonly lang?: 'vi' | 'en' | undefined;
  /** Output format; plain text by default. HTML is escaped and uses `thidua-*` class names. */
  readonly format?: 'text' | 'markdown' | 'html' | undefined;
  /** Only these awards. */
  readonly awards?: readonly string[] | undefined;
}

const MARK = { pass: '✓', fail: '✗', missing_fact: '?' } as const;

function expectedText(L: Locale, f: Extract<Finding, { type: 'leaf' }>): string {
  return L.operator(f.operator, L.value(f.expected));
}

/** Award names for gap wording: the embedded catalogue (vi/en titles). */
const AWARD_TITLES: ReadonlyMap<string, { vi: string; en: string }> = new Map(
  ((NATIONAL_RULE_FILES['awards.json'] as { awards?: { id: string; title: { vi: string; en: string } }[] } | undefined)?.awards ?? []).map((a) => [a.id, a.title]),
);

function gapText(L: Locale, f: Extract<Finding, { type: 'leaf' }>, year: number): string {
  const special = L.factGap(f.fact, f.params ?? {}, f.gap!, { year, awardName: (id) => AWARD_TITLES.get(id)?.[L.lang] ?? id });
  return special ?? L.gap(f.gap!);
}

function leafLine(L: Locale, f: Extract<Finding, { type: 'leaf' }>, year: number): string {
  const label = f.label ? f.label[L.lang] : f.factLabel[L.lang];
  const actual = f.actual === null ? L.words.missing : L.value(f.actual);
  const parts = [`${label}: ${actual} (${L.words.required} ${expectedText(L, f)})`];
  if (f.gap) parts.push(`— ${gapText(L, f, year)}`);
  const meta = [L.citation(f.citation)];
  if (f.criterion) meta.push(f.criterion);
  if (f.marker !== 'CONFIRMED') meta.push(f.marker);
  if (f.paramRef) meta.push(`${L.words.parameter} ${f.paramRef}`);
  for (const id of Object.values(f.paramRefs ?? {})) if (id !== f.paramRef) meta.push(`${L.words.parameter} ${id}`);
  if (f.provenance) meta.push(describeProvenance(L.lang, f.provenance, f.fact));
  return `${MARK[f.status]} ${parts.join(' ')} [${meta.join('; ')}]`;
}

function walk(L: Locale, f: Finding, indent: string, out: string[], bullet: string, year: number): void {
  if (f.type === 'leaf') {
    out.push(`${indent}${bullet}${leafLine(L, f, year)}`);
    return;
  }
  const head = f.op === 'any' ? L.words.anyOf : f.op === 'not' ? L.words.noneOf : L.words.allOf;
  const label = f.label ? `${f.label[L.lang]}` : head;
  const meta = f.criterion || f.provenance ? ` [${[f.criterion, f.provenance ? describeProvenance(L.lang, f.provenance) : undefined].filter(Boolean).join('; ')}]` : '';
  const suffix = f.label && f.label[L.lang].toLowerCase() !== head.toLowerCase() ? ` (${head.toLowerCase()})` : '';
  out.push(`${indent}${bullet}${MARK[f.status]} ${label}${suffix}${meta}:`);
  for (const c of f.children) walk(L, c, `${indent}    `, out, bullet, year);
}

function renderAward(L: Locale, a: AwardVerdict, md: boolean, out: string[], year: number): void {
  const head = `${a.title[L.lang]} — ${L.verdict(a.verdict)}`;
  if (a.verdict === 'not-applicable') {
    const line = `${head}: ${a.reason ? L.notApplicable(a.reason) : ''}`;
    out.push(md ? `### ${line}` : `■ ${line}`);
    return;
  }
  out.push(md ? `### ${head}` : `■ ${head}`);
  for (const r of a.rules) {
    const kind = r.kind === 'principle' ? `${L.words.principle}: ` : '';
    const marker = r.marker !== 'CONFIRMED' ? ` [${r.marker}]` : '';
    out.push(`${md ? '- ' : '  '}${MARK[r.status]} ${kind}${r.title[L.lang]} (${L.citation(r.citation)})${marker}`);
    for (const c of r.tree.children) walk(L, c, md ? '    ' : '      ', out, md ? '- ' : '', year);
  }
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function esc(text: string): string {
  return inlineText(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

function htmlNode(L: Locale, f: Finding, out: string[], year: number): void {
  if (f.type === 'leaf') {
    out.push(`<li class="thidua-leaf thidua-${classToken(f.status)}">${esc(leafLine(L, f, year))}</li>`);
    return;
  }
  const head = f.op === 'any' ? L.words.anyOf : f.op === 'not' ? L.words.noneOf : L.words.allOf;
  const label = f.label ? f.label[L.lang] : head;
  out.push(`<li class="thidua-group thidua-${classToken(f.status)}">${esc(`${MARK[f.status]} ${label}${f.criterion ? ` [${f.criterion}]` : ''}`)}<ul>`);
  for (const c of f.children) htmlNode(L, c, out, year);
  out.push('</ul></li>');
}

/** Markdown passes raw HTML through: `<`, `>` written as entities in every line (the renderer emits neither). */
const escapeMarkdownHtml = (line: string): string => line.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));

function renderHtml(report: EligibilityReport, L: Locale, awards: readonly string[] | undefined): string {
  const out: string[] = [`<article class="thidua-report" lang="${classToken(L.lang)}">`];
  const name = report.subject.name ? `${report.subject.name} (${report.subject.id})` : report.subject.id;
  const by = report.regime.resolvedBy === 'override' ? L.words.regimeByOverride : `${L.words.regimeByPeriodEnd} ${report.regime.periodEnd}`;
  out.push(`<header><h2>${esc(`${L.words.subject}: ${name}`)}</h2>`);
  out.push(`<p>${esc(`${L.words.year}: ${report.year}`)}</p>`);
  out.push(`<p>${esc(`${L.words.regime}: ${report.regime.title[L.lang]} (${report.regime.id}; ${by})`)}</p>`);
  const notConsidered = report.notConsidered?.length ? `\n<p class="thidua-not-considered">${esc(L.notConsidered(report.year, report.notConsidered))}</p>` : '';
  out.push(`<p>${esc(`${L.words.ruleBook}: ${report.ruleBook.id} ${report.ruleBook.version} · sha256 ${report.ruleBook.hash} · ${L.words.inputHash}: ${report.inputHash}`)}</p>${notConsidered}</header>`);
  for (const a of report.awards) {
    if (awards && !awards.includes(a.awardId)) continue;
    out.push(`<section class="thidua-award thidua-${classToken(a.verdict)}" data-award="${esc(a.awardId)}">`);
    out.push(`<h3>${esc(`${a.title[L.lang]} — ${L.verdict(a.verdict)}`)}</h3>`);
    if (a.verdict === 'not-applicable') out.push(`<p>${esc(a.reason ? L.notApplicable(a.reason) : '')}</p>`);
    else {
      out.push('<ul>');
      for (const r of a.rules) {
        const kind = r.kind === 'principle' ? `${L.words.principle}: ` : '';
        out.push(`<li class="thidua-rule thidua-${classToken(r.status)}">${esc(`${MARK[r.status]} ${kind}${r.title[L.lang]} (${L.citation(r.citation)})${r.marker !== 'CONFIRMED' ? ` [${r.marker}]` : ''}`)}<ul>`);
        for (const c of r.tree.children) htmlNode(L, c, out, report.year);
        out.push('</ul></li>');
      }
      out.push('</ul>');
    }
    out.push('</section>');
  }
  out.push('</article>');
  return `${out.join('\n')}\n`;
}

/**
 * Render an eligibility report as readable text: verdict per award, every criterion with the
 * fact value used, the expected value, the gap and the legal citation. Vietnamese by default.
 * @param report a report from {@link evaluateEligibility}.
 * @param options language, format and award filter.
 * @returns the text.
 */
export function renderExplanation(report: EligibilityReport, options: RenderOptions = {}): string {
  assertArg(isObject(report) && Array.isArray(report.awards) && isObject(report.subject) && isObject(report.ruleBook) && isObject(report.regime), 'report must be an EligibilityReport');
  assertArg(isObject(options) && isLang(options.lang) && (options.format === undefined || ['text', 'markdown', 'html'].includes(options.format as string)) && (options.awards === undefined || Array.isArray(options.awards)), 'options: lang "vi"/"en", format "text"/"markdown"/"html", awards a list');
  const L = options.lang === 'en' ? en : vi;
  if (options.format === 'html') return renderHtml(report, L, options.awards);
  const md = options.format === 'markdown';
  const out: string[] = [];
  const text = md ? markdownText : inlineText;
  const name = report.subject.name ? `${text(report.subject.name)} (${text(report.subject.id)})` : text(report.subject.id);
  out.push(md ? `## ${L.words.subject}: ${name}` : `${L.words.subject}: ${name} — ${L.words.year}: ${report.year}`);
  if (md) out.push('', `${L.words.year}: ${report.year}`);
  const by = report.regime.resolvedBy === 'override' ? L.words.regimeByOverride : `${L.words.regimeByPeriodEnd} ${report.regime.periodEnd}`;
  out.push(`${L.words.regime}: ${report.regime.title[L.lang]} (${report.regime.id}; ${by})`);
  out.push(`${L.words.ruleBook}: ${report.ruleBook.id} ${report.ruleBook.version} · sha256 ${report.ruleBook.hash.slice(0, 16)}… · ${L.words.inputHash}: ${report.inputHash.slice(0, 16)}…`);
  // the evaluation is "as of" the year: say which later records it did not read (one line)
  if (report.notConsidered?.length) out.push(L.notConsidered(report.year, report.notConsidered));
  out.push('');
  for (const a of report.awards) {
    if (options.awards && !options.awards.includes(a.awardId)) continue;
    renderAward(L, a, md, out, report.year);
    if (a.verdict !== 'not-applicable') out.push('');
  }
  // the lines are the renderer's; any control character left inside them (from rule-book or
  // overlay text) is written visibly
  return safeLines(md ? out.map(escapeMarkdownHtml).join('\n') : out.join('\n'));
}
