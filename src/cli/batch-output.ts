/**
 * What `thidua evaluate` writes for a batch: the results table (one row per subject and award, in
 * words), the --summary tables (verdicts per award, quota outcome), the TTY progress bar and the
 * closing count line. `lang` is a shipped tag or a Locale object (test/third-language.test.ts).
 */
import { localText } from '../explain/locales/locale.js';
import { isBooleanCheck, leafLabel } from '../explain/render-explanation.js';
import { localeOf, type LangOption } from '../explain/locales/index.js';
import { Decimal } from 'decimal.js';
import type { EligibilityReport, Finding, LeafFinding } from '../model/outcome.js';
import type { RuleBook } from '../model/rule-book.js';
import type { QuotaReport } from '../rank/apply-quotas.js';
import type { Issue } from '../model/issue.js';
import { issueMessage } from '../explain/issue-message.js';

/** Header of the results table. */
export function resultHeader(lang: LangOption): string[] {
  return [...localeOf(lang).cli.resultHeader];
}

/** The leaves that decide a failed verdict: a group that passed (e.g. an "any" met by another alternative) is not searched (docs/wording.md). */
function leaves(f: Finding, out: LeafFinding[]): void {
  if (f.type === 'leaf') out.push(f);
  else if (f.status !== 'pass') for (const c of f.children) leaves(c, out);
}

/** The results rows of one report: one per award that applies to the subject (not-applicable awards are left out). */
export function resultRows(r: EligibilityReport, lang: LangOption, book: RuleBook): string[][] {
  const L = localeOf(lang);
  const awardName = (id: string): string => {
    const t = book.awards.find((a) => a.id === id)?.title;
    return t ? localText(L, t) : id;
  };
  const rows: string[][] = [];
  for (const a of r.awards) {
    if (a.verdict === 'not-applicable') continue;
    const failing: string[] = [];
    const gaps: string[] = [];
    for (const rule of a.rules) {
      if (rule.status === 'pass') continue;
      const ls: LeafFinding[] = [];
      leaves(rule.tree, ls);
      for (const f of ls) {
        // parameter switches are notes, not criteria; yes/no criteria read "— không đạt" (docs/wording.md)
        if (f.status === 'pass' || f.fact === 'isParameterTrue') continue;
        const label = leafLabel(L, f);
        const actual = f.actual === null ? L.wording.noData : L.value(f.actual);
        failing.push(isBooleanCheck(f) ? `${label} — ${f.status === 'fail' ? L.wording.notMet : L.wording.noData}` : `${label}: ${actual} (${L.words.required} ${L.operator(f.operator, L.value(f.expected))})`);
        if (f.gap && !isBooleanCheck(f)) gaps.push(L.factGap(f.fact, f.params ?? {}, f.gap, { year: r.year, awardName }) ?? L.gap(f.gap));
      }
    }
    const own = a.rules.find((x) => x.kind === 'award') ?? a.rules[0];
    rows.push([r.subject.id, r.subject.name ?? '', String(r.year), a.awardId, localText(L, a.title), L.verdict(a.verdict), failing.join('\n'), gaps.join('\n'), own ? L.citation(own.citation) : '']);
  }
  return rows;
}

/** The results row of a rejected subject: its issues in words. */
export function errorRow(id: string | null, year: number | undefined, issues: readonly Issue[], lang: LangOption): string[] {
  const label = localeOf(lang).cli.invalidInput;
  return [id ?? '', '', year === undefined ? '' : String(year), '', '', label, issues.map((i) => issueMessage(i, lang)).join('\n'), '', ''];
}

/** Verdict counts per award (--summary). */
export class VerdictTally {
  private readonly byAward = new Map<string, { title: { vi: string; en: string }; counts: Record<string, number> }>();
  add(r: EligibilityReport): void {
    for (const a of r.awards) {
      const t = this.byAward.get(a.awardId) ?? { title: a.title, counts: {} as Record<string, number> };
      t.counts[a.verdict] = (t.counts[a.verdict] ?? 0) + 1;
      this.byAward.set(a.awardId, t);
    }
  }
  /** A plain-text table, awards with at least one applicable verdict, in book order. */
  render(lang: LangOption, book: RuleBook): string {
    const L = localeOf(lang);
    const cols = ['eligible', 'ineligible', 'undetermined', 'not-applicable'] as const;
    const head = [L.cli.award, ...cols.map((c) => L.verdict(c))];
    const body: string[][] = [];
    for (const a of book.awards) {
      const t = this.byAward.get(a.id);
      if (!t || cols.slice(0, 3).every((c) => !t.counts[c])) continue;
      body.push([localText(L, a.title), ...cols.map((c) => String(t.counts[c] ?? 0))]);
    }
    return table([head, ...body]);
  }
}

/** The quota outcome in words (--summary). */
export function renderQuotas(q: QuotaReport, lang: LangOption): string {
  const L = localeOf(lang);
  const head = [...L.cli.quotaHeader];
  const body = q.quotas.map((o) => [
    localText(L, o.title),
    `${L.formatDecimal(new Decimal(o.maxShare).times(100).toString())} %`,
    o.base.count === null ? '?' : String(o.base.count),
    String(o.candidates),
    o.allowed === null ? (o.exceedsReference === null ? '—' : o.exceedsReference ? L.cli.overReference : L.cli.withinReference) : String(o.allowed),
    String(o.members.filter((m) => m.verdict === 'within-quota').length),
    String(o.members.filter((m) => m.verdict === 'over-quota').length),
    L.citation(o.citation),
  ]);
  const title = L.cli.quotaTitle(q.unit, q.year, q.regime);
  return body.length ? `${title}\n${table([head, ...body])}` : `${title}: ${L.cli.noQuota}\n`;
}

function table(rows: readonly (readonly string[])[]): string {
  const w = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: readonly string[]) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ');
  return `${[line(rows[0]!), w.map((n) => '-'.repeat(n)).join('  '), ...rows.slice(1).map(line)].join('\n')}\n`;
}

/** The closing line on stderr: how many subjects were evaluated and how many rejected. */
export function countLine(evaluated: number, rejected: number, lang: LangOption): string {
  return localeOf(lang).cli.countLine(evaluated, rejected);
}

/** Subjects after which the progress bar appears (smaller batches finish before it would help). */
export const PROGRESS_AFTER = 5000;

/** A one-line progress bar on a TTY's stderr (\r-rewritten), at most about ten updates a second. */
export class Progress {
  private last = 0;
  private readonly start = Date.now();
  private shown = false;
  constructor(private readonly write: (t: string) => void) {}
  tick(count: number, done: number, total: number | undefined, now = Date.now()): void {
    if (count < PROGRESS_AFTER || now - this.last < 100) return;
    this.last = now;
    this.shown = true;
    const rate = Math.round((count * 1000) / Math.max(1, now - this.start));
    const width = 30;
    const frac = total ? Math.min(1, done / total) : undefined;
    const bar = frac === undefined ? '' : `[${'#'.repeat(Math.round(frac * width)).padEnd(width, '.')}] ${Math.floor(frac * 100)}% `;
    this.write(`\r${bar}${count} subjects, ${rate}/s `);
  }
  end(): void {
    if (this.shown) this.write('\r\x1b[K');
  }
}
