import type { Locale } from './locales/locale.js';
import { describeProvenance } from './locales/provenance.js';
import { capital } from './locales/wording.js';
import { FACTS_BY_ID } from '../facts/catalog.js';
import { declaredInput } from '../facts/declared.js';
import type { AwardVerdict, EligibilityReport, Finding, GroupFinding, LeafFinding, RuleOutcome } from '../model/outcome.js';
import { assertArg, isObject } from '../_internal/args.js';
import { localeOf, type LangOption } from './locales/index.js';
import { classToken, inlineText, markdownText, safeLines } from './_sanitize.js';
import { AWARD_TITLES, PARAMETER_LABELS } from './locales/_catalog.js';
import { assertOptions } from '../_internal/options.js';

/** Options of {@link renderExplanation}. */
export interface RenderOptions {
  /** Language (a shipped tag or a Locale object); Vietnamese by default. */
  readonly lang?: LangOption | undefined;
  /** Output format; plain text by default. HTML is escaped and uses `thidua-*` class names. */
  readonly format?: 'text' | 'markdown' | 'html' | undefined;
  /** Only these awards. */
  readonly awards?: readonly string[] | undefined;
}

const MARK = { pass: '✓', fail: '✗', missing_fact: '?' } as const;
/** Mark of an alternative that was not needed (its `any` group is met by another one). */
const NOT_NEEDED = '–';

function expectedText(L: Locale, f: LeafFinding): string {
  return L.operator(f.operator, L.value(f.expected));
}

function gapText(L: Locale, f: LeafFinding, year: number): string {
  const special = L.factGap(f.fact, f.params ?? {}, f.gap!, { year, awardName: (id) => AWARD_TITLES.get(id)?.[L.textKey] ?? id });
  return special ?? L.gap(f.gap!);
}

/** A parameter switch: never printed as a criterion, only as a note on the group it changes. */
function isParameterSwitch(f: Finding): f is LeafFinding {
  return f.type === 'leaf' && f.fact === 'isParameterTrue';
}

/** A yes/no criterion, answered "met"/"not met" against what is required (no "equal to no"). */
/** A yes/no criterion (equal/notEqual to a boolean). @internal */
export function isBooleanCheck(f: LeafFinding): boolean {
  return typeof f.expected === 'boolean' && (f.operator === 'equal' || f.operator === 'notEqual');
}

function parameterName(L: Locale, id: string): string {
  const label = PARAMETER_LABELS.get(id)?.[L.textKey];
  return label === undefined ? L.wording.unnamedParameterId(id) : L.wording.parameter(label, id);
}

/** A leaf's label in words. @internal */
export function leafLabel(L: Locale, f: LeafFinding): string {
  if (f.label) return f.label[L.textKey];
  const fact = capital(f.factLabel[L.textKey]);
  // a bare fact label states the fact; a requirement of "false" is its negation
  const wantsFalse = isBooleanCheck(f) && (f.expected === false) === (f.operator === 'equal');
  return wantsFalse ? L.wording.not(f.factLabel[L.textKey]) : fact;
}

/** The input field to fill for a missing fact, with its year and the fact in words. */
function fillText(L: Locale, f: LeafFinding, year: number): string {
  const input = declaredInput(f.fact, f.params) ?? FACTS_BY_ID.get(f.fact)?.input;
  const field = input ? L.wording.inputField(input, year) : f.fact;
  return L.wording.fill(field, f.factLabel[L.textKey]);
}

/** The bracketed notes of a leaf line: citation, criterion, marker, parameters, provenance. @internal */
export function leafMeta(L: Locale, f: LeafFinding): string {
  const meta = [L.citation(f.citation)];
  if (f.criterion) meta.push(f.criterion);
  if (f.marker !== 'CONFIRMED') meta.push(L.wording.marker(f.marker));
  const ids = [...(f.paramRef ? [f.paramRef] : []), ...Object.values(f.paramRefs ?? {})];
  for (const id of [...new Set(ids)]) meta.push(parameterName(L, id));
  if (f.provenance) meta.push(describeProvenance(L, f.provenance, f.fact));
  return meta.join('; ');
}

function leafLine(L: Locale, f: LeafFinding, year: number, notNeeded = false): string {
  const label = leafLabel(L, f);
  let body: string;
  if (isBooleanCheck(f)) {
    // an alternative that was not needed is not judged: no "không đạt" before "không cần xét"
    body = notNeeded ? label : `${label} — ${f.status === 'pass' ? L.wording.met : f.status === 'fail' ? L.wording.notMet : L.wording.noData}`;
  } else {
    const actual = f.actual === null ? L.wording.noData : L.value(f.actual);
    body = `${label}: ${actual} (${L.words.required} ${expectedText(L, f)})`;
    if (f.gap && f.status === 'fail' && !notNeeded) body += ` — ${gapText(L, f, year)}`;
  }
  if (notNeeded) body += ` — ${L.wording.notNeeded}`;
  else if (f.status === 'missing_fact') body += ` — ${fillText(L, f, year)}`;
  return `${notNeeded ? NOT_NEEDED : MARK[f.status]} ${body} [${leafMeta(L, f)}]`;
}

/** Notes of the parameter switches among a group's children, on the criterion they change. */
function switchNotes(L: Locale, g: GroupFinding): string[] {
  return g.children.filter(isParameterSwitch).map((p) => {
    const id = Object.values(p.paramRefs ?? {})[0] ?? p.paramRef ?? '';
    const label = PARAMETER_LABELS.get(id)?.[L.textKey] ?? (p.label ? p.label[L.textKey] : L.wording.unnamedParameter);
    const on = p.actual === true;
    const effect = g.op === 'any' ? (p.status === 'pass' ? 'not-required' : 'required') : p.status === 'pass' ? 'applies' : 'off';
    return L.wording.paramNote(label, on, effect);
  });
}

function groupHead(L: Locale, f: GroupFinding): string {
  const head = f.op === 'any' ? L.words.anyOf : f.op === 'not' ? L.words.noneOf : L.words.allOf;
  if (!f.label) return head;
  const label = f.label[L.textKey];
  return f.op === 'any' && !L.wording.saysOneOf.test(label) ? `${label} (${L.wording.anyOne})` : label;
}

function groupMeta(L: Locale, f: GroupFinding): string {
  const meta = [f.criterion, f.provenance ? describeProvenance(L, f.provenance) : undefined, ...switchNotes(L, f)].filter(Boolean);
  return meta.length ? ` [${meta.join('; ')}]` : '';
}

/** Children to print with whether each was not needed (alternatives of a met `any` group). */
function printedChildren(f: GroupFinding, notNeeded: boolean): { c: Finding; notNeeded: boolean }[] {
  const spare = notNeeded || (f.op === 'any' && f.status === 'pass');
  return f.children.filter((c) => !isParameterSwitch(c)).map((c) => ({ c, notNeeded: notNeeded || (spare && c.status !== 'pass') }));
}

function walk(L: Locale, f: Finding, indent: string, out: string[], bullet: string, year: number, notNeeded = false): void {
  if (f.type === 'leaf') {
    out.push(`${indent}${bullet}${leafLine(L, f, year, notNeeded)}`);
    return;
  }
  out.push(`${indent}${bullet}${notNeeded ? NOT_NEEDED : MARK[f.status]} ${groupHead(L, f)}${groupMeta(L, f)}${notNeeded ? ` — ${L.wording.notNeeded}` : ''}:`);
  for (const { c, notNeeded: nn } of printedChildren(f, notNeeded)) walk(L, c, `${indent}    `, out, bullet, year, nn);
}

/** Principles whose outcome is the same in every award shown (two or more): printed once. */
function sharedPrinciples(awards: readonly AwardVerdict[]): Map<string, RuleOutcome> {
  const applicable = awards.filter((a) => a.verdict !== 'not-applicable');
  const shared = new Map<string, RuleOutcome>();
  if (applicable.length < 2) return shared;
  for (const r of applicable[0]!.rules) {
    if (r.kind !== 'principle') continue;
    const key = JSON.stringify(r);
    if (applicable.every((a) => a.rules.some((x) => x.ruleId === r.ruleId && JSON.stringify(x) === key))) shared.set(r.ruleId, r);
  }
  return shared;
}

function ruleLine(L: Locale, r: RuleOutcome, shared: boolean): string {
  const kind = r.kind === 'principle' ? `${L.words.principle}: ` : '';
  if (shared) return `${MARK[r.status]} ${kind}${r.title[L.textKey]} (${L.wording.seeAbove})`;
  const marker = r.marker !== 'CONFIRMED' ? ` [${L.wording.marker(r.marker)}]` : '';
  const notes = switchNotes(L, r.tree);
  return `${MARK[r.status]} ${kind}${r.title[L.textKey]} (${L.citation(r.citation)})${marker}${notes.length ? ` [${notes.join('; ')}]` : ''}`;
}

function renderRule(L: Locale, r: RuleOutcome, md: boolean, out: string[], year: number, shared: boolean): void {
  out.push(`${md ? '- ' : '  '}${ruleLine(L, r, shared)}`);
  if (shared) return;
  for (const { c, notNeeded } of printedChildren(r.tree, false)) walk(L, c, md ? '    ' : '      ', out, md ? '- ' : '', year, notNeeded);
}

function renderAward(L: Locale, a: AwardVerdict, md: boolean, out: string[], year: number, shared: ReadonlyMap<string, RuleOutcome>): void {
  const head = `${a.title[L.textKey]} — ${L.verdict(a.verdict)}`;
  if (a.verdict === 'not-applicable') {
    const line = `${head}: ${a.reason ? L.notApplicable(a.reason) : ''}`;
    out.push(md ? `### ${line}` : `■ ${line}`);
    return;
  }
  out.push(md ? `### ${head}` : `■ ${head}`);
  for (const r of a.rules) renderRule(L, r, md, out, year, shared.has(r.ruleId));
}

function decisionName(L: Locale, number: string): string {
  return `${L.instrumentKind(number)} ${number}`;
}

/** Header lines: regime, rule book and the overlays applied with their decisions. */
function headerLines(report: EligibilityReport, L: Locale, full: boolean): string[] {
  const by = report.regime.resolvedBy === 'override' ? L.words.regimeByOverride : `${L.words.regimeByPeriodEnd} ${report.regime.periodEnd}`;
  const hash = (h: string): string => (full ? h : `${h.slice(0, 16)}…`);
  const lines = [
    `${L.words.regime}: ${report.regime.title[L.textKey]} (${report.regime.id}; ${by})`,
    `${L.words.ruleBook}: ${report.ruleBook.id} ${report.ruleBook.version} · sha256 ${hash(report.ruleBook.hash)} · ${L.words.inputHash}: ${hash(report.inputHash)}`,
  ];
  const overlays = report.ruleBook.overlays ?? [];
  if (overlays.length) {
    const label = overlays.every((o) => o.jurisdiction?.kind === 'agency') ? L.wording.agencyOverlays : L.wording.overlays;
    lines.push(`${label}: ${overlays.map((o) => L.wording.overlay(decisionName(L, o.decision.number), o.decision.date, o.decision.signer[L.textKey], o.illustrative)).join('; ')}`);
  }
  return lines;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function esc(text: string): string {
  return inlineText(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

function htmlNode(L: Locale, f: Finding, out: string[], year: number, notNeeded = false): void {
  const cls = notNeeded ? 'not-needed' : f.status;
  if (f.type === 'leaf') {
    out.push(`<li class="thidua-leaf thidua-${classToken(cls)}">${esc(leafLine(L, f, year, notNeeded))}</li>`);
    return;
  }
  out.push(`<li class="thidua-group thidua-${classToken(cls)}">${esc(`${notNeeded ? NOT_NEEDED : MARK[f.status]} ${groupHead(L, f)}${groupMeta(L, f)}${notNeeded ? ` — ${L.wording.notNeeded}` : ''}`)}<ul>`);
  for (const { c, notNeeded: nn } of printedChildren(f, notNeeded)) htmlNode(L, c, out, year, nn);
  out.push('</ul></li>');
}

function htmlRule(L: Locale, r: RuleOutcome, out: string[], year: number, shared: boolean): void {
  out.push(`<li class="thidua-rule thidua-${classToken(r.status)}">${esc(ruleLine(L, r, shared))}${shared ? '</li>' : '<ul>'}`);
  if (shared) return;
  for (const { c, notNeeded } of printedChildren(r.tree, false)) htmlNode(L, c, out, year, notNeeded);
  out.push('</ul></li>');
}

function renderHtml(report: EligibilityReport, L: Locale, awards: readonly AwardVerdict[]): string {
  const out: string[] = [`<article class="thidua-report" lang="${classToken(L.lang)}">`];
  const name = report.subject.name ? `${report.subject.name} (${report.subject.id})` : report.subject.id;
  out.push(`<header><h2>${esc(`${L.words.subject}: ${name}`)}</h2>`);
  out.push(`<p>${esc(`${L.words.year}: ${report.year}`)}</p>`);
  for (const line of headerLines(report, L, true)) out.push(`<p>${esc(line)}</p>`);
  if (report.notConsidered?.length) out.push(`<p class="thidua-not-considered">${esc(L.notConsidered(report.year, report.notConsidered))}</p>`);
  out.push('</header>');
  const shared = sharedPrinciples(awards);
  if (shared.size) {
    out.push(`<section class="thidua-principles"><h3>${esc(L.wording.sharedPrinciples)}</h3><ul>`);
    for (const r of shared.values()) htmlRule(L, r, out, report.year, false);
    out.push('</ul></section>');
  }
  for (const a of awards) {
    out.push(`<section class="thidua-award thidua-${classToken(a.verdict)}" data-award="${esc(a.awardId)}">`);
    out.push(`<h3>${esc(`${a.title[L.textKey]} — ${L.verdict(a.verdict)}`)}</h3>`);
    if (a.verdict === 'not-applicable') out.push(`<p>${esc(a.reason ? L.notApplicable(a.reason) : '')}</p>`);
    else {
      out.push('<ul>');
      for (const r of a.rules) htmlRule(L, r, out, report.year, shared.has(r.ruleId));
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
 * The wording rules are in docs/wording.md: yes/no criteria answered "met"/"not met", parameter
 * switches as notes, alternatives not needed marked `–`, shared principles printed once, the input
 * field to fill for missing data.
 * @param report a report from {@link evaluateEligibility}.
 * @param options language, format and award filter.
 * @returns the text.
 */
export function renderExplanation(report: EligibilityReport, options: RenderOptions = {}): string {
  assertArg(isObject(report) && Array.isArray(report.awards) && isObject(report.subject) && isObject(report.ruleBook) && isObject(report.regime), 'report must be an EligibilityReport');
  assertOptions('renderExplanation', options, true);
  const L = localeOf(options.lang);
  const awards = report.awards.filter((a) => !options.awards || options.awards.includes(a.awardId));
  if (options.format === 'html') return renderHtml(report, L, awards);
  const md = options.format === 'markdown';
  const out: string[] = [];
  const text = md ? markdownText : inlineText;
  const name = report.subject.name ? `${text(report.subject.name)} (${text(report.subject.id)})` : text(report.subject.id);
  out.push(md ? `## ${L.words.subject}: ${name}` : `${L.words.subject}: ${name} — ${L.words.year}: ${report.year}`);
  if (md) out.push('', `${L.words.year}: ${report.year}`);
  out.push(...headerLines(report, L, false));
  // the evaluation is "as of" the year: say which later records it did not read (one line)
  if (report.notConsidered?.length) out.push(L.notConsidered(report.year, report.notConsidered));
  out.push('');
  const shared = sharedPrinciples(awards);
  if (shared.size) {
    out.push(md ? `### ${L.wording.sharedPrinciples}` : `■ ${L.wording.sharedPrinciples}`);
    for (const r of shared.values()) renderRule(L, r, md, out, report.year, false);
    out.push('');
  }
  for (const a of awards) {
    renderAward(L, a, md, out, report.year, shared);
    if (a.verdict !== 'not-applicable') out.push('');
  }
  // the lines are the renderer's; any control character left inside them (from rule-book or
  // overlay text) is written visibly
  return safeLines(md ? out.map(escapeMarkdownHtml).join('\n') : out.join('\n'));
}

/** Markdown passes raw HTML through: `<`, `>` written as entities in every line (the renderer emits neither). */
const escapeMarkdownHtml = (line: string): string => line.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
