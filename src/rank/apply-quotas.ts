import { compareCodeUnits } from '../_internal/canonical-json.js';
import { deepFreeze } from '../_internal/deep-freeze.js';
import type { EligibilityReport, Finding } from '../model/outcome.js';
import type { QuotaBaseDef, QuotaDef, QuotaSelectionKey } from '../model/quota.js';
import type { Citation, LocalizedText, Marker, Provenance, RuleBook } from '../model/rule-book.js';
import { qCmp, qFrom, qFloor } from '../_internal/rational.js';
import { fail, makeIssue, ok, receivedKind, type Issue, type Result } from '../model/issue.js';
import { resolveRegime } from '../rule-book/resolve-regime.js';
import { checkOptions } from '../_internal/options.js';

/** Options of {@link applyQuotas}. */
export interface ApplyQuotasOptions {
  /** Achievement year of the reports. */
  readonly year: number;
  /** Id of the awarding unit whose members the reports describe (echoed in the result). */
  readonly unit: string;
  /** Base counts given by the caller, by quota id: required by `supplied` bases, and override `eligible-for` bases. */
  readonly baseCounts?: Readonly<Record<string, number>> | undefined;
}

/** Verdict of one member under one quota. */
export type QuotaMemberVerdict = 'within-quota' | 'over-quota' | 'not-subject' | 'not-capped' | 'undetermined';

/** One member's verdict under one quota, with its place in the selection order. */
export interface QuotaMember {
  readonly subjectId: string;
  readonly verdict: QuotaMemberVerdict;
  /** 1-based place in the selection order, for candidates. */
  readonly rank?: number | undefined;
  /** Council approval share read from the report ("approvals/members"), null when absent; only if the chain uses it. */
  readonly councilApprovalShare?: string | null | undefined;
}

/** The outcome of one quota over the unit. Plain data. */
export interface QuotaOutcome {
  readonly quotaId: string;
  readonly awardId: string;
  readonly title: LocalizedText;
  readonly mode: QuotaDef['mode'];
  readonly maxShare: string;
  readonly base: {
    readonly kind: QuotaBaseDef['kind'] | 'none';
    readonly count: number | null;
    /** `supplied` when the count came from options.baseCounts. */
    readonly source: 'reports' | 'supplied' | null;
    readonly label: LocalizedText | null;
    readonly citation: Citation | null;
    readonly marker: Marker | null;
    readonly question?: string | undefined;
  };
  /** Members eligible for the award (pass 1). */
  readonly candidates: number;
  /** floor(maxShare × base) for caps; null for report-only quotas or an unknown base. */
  readonly allowed: number | null;
  /** candidates/base as an exact fraction string; null if the base is unknown or zero. */
  readonly ratio: string | null;
  /** Report-only quotas: whether candidates exceed maxShare × base; null when unknown or for caps. */
  readonly exceedsReference: boolean | null;
  readonly selection: readonly QuotaSelectionKey[];
  /** Candidates tied with the last selected one on every key before subject-id-asc, across the cut: a tie the chain leaves to the id order. */
  readonly unresolvedTie: readonly string[];
  readonly citation: Citation;
  readonly marker: Marker;
  readonly question?: string | undefined;
  readonly note?: LocalizedText | undefined;
  /** Set when an overlay made the quota stricter (the decision and operation). */
  readonly provenance?: Provenance | undefined;
  /** Candidates in selection order, then the other members by id. */
  readonly members: readonly QuotaMember[];
}

/** The result of {@link applyQuotas}. */
export interface QuotaReport {
  readonly unit: string;
  readonly year: number;
  readonly regime: string;
  readonly ruleBook: { readonly id: string; readonly version: string; readonly hash: string };
  readonly quotas: readonly QuotaOutcome[];
}

const inYears = (y: { from?: number | undefined; to?: number | undefined }, year: number): boolean =>
  (y.from === undefined || y.from <= year) && (y.to === undefined || year <= y.to);

function verdictOf(r: EligibilityReport, awardId: string): string | undefined {
  return r.awards.find((a) => a.awardId === awardId)?.verdict;
}

function findShare(f: Finding): string | null | undefined {
  if (f.type === 'leaf') return f.fact === 'councilApprovalShare' ? (typeof f.actual === 'string' ? f.actual : null) : undefined;
  for (const c of f.children) {
    const v = findShare(c);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** The council approval share of the report's own ballot criterion for the award, if any. */
function approvalShare(r: EligibilityReport, awardId: string): string | null {
  const v = r.awards.find((a) => a.awardId === awardId);
  for (const o of v?.rules ?? []) {
    const s = findShare(o.tree);
    if (s !== undefined) return s;
  }
  return null;
}

function compareKey(key: QuotaSelectionKey, a: { id: string; share: string | null }, b: { id: string; share: string | null }): number {
  if (key === 'subject-id-asc') return compareCodeUnits(a.id, b.id);
  const ra = a.share === null ? undefined : qFrom(a.share);
  const rb = b.share === null ? undefined : qFrom(b.share);
  if (!ra || !rb) return ra ? -1 : rb ? 1 : 0; // a missing share sorts last
  return -qCmp(ra, rb);
}

function checkReports(reports: unknown, options: ApplyQuotasOptions, book: RuleBook): Issue[] {
  const issues: Issue[] = [];
  if (!Array.isArray(reports)) return [makeIssue('invalid_type', ['reports'], { expected: 'eligibility-reports', received: receivedKind(reports) })];
  const seen = new Map<string, number>();
  reports.forEach((r: unknown, i) => {
    const rep = r as Partial<EligibilityReport> | null;
    if (!rep || typeof rep !== 'object' || !rep.subject || typeof rep.subject.id !== 'string' || !Array.isArray(rep.awards) || !rep.regime || !rep.ruleBook) {
      issues.push(makeIssue('invalid_type', ['reports', i], { expected: 'eligibility-report', received: receivedKind(r) }));
      return;
    }
    if (rep.year !== options.year) issues.push(makeIssue('inconsistent_reports', ['reports', i, 'year'], { problem: 'year', received: rep.year, expected: options.year }));
    if (rep.ruleBook.hash !== book.hash) issues.push(makeIssue('inconsistent_reports', ['reports', i, 'ruleBook'], { problem: 'rule-book' }));
    const first = reports[0] as Partial<EligibilityReport>;
    if (i > 0 && first?.regime && rep.regime.id !== first.regime.id) {
      issues.push(makeIssue('inconsistent_reports', ['reports', i, 'regime'], { problem: 'regime', received: rep.regime.id, expected: first.regime.id }));
    }
    const prev = seen.get(rep.subject.id);
    if (prev !== undefined) issues.push(makeIssue('duplicate_id', ['reports', i, 'subject', 'id'], { id: rep.subject.id, other: `reports[${prev}]` }));
    else seen.set(rep.subject.id, i);
  });
  return issues;
}

/**
 * Apply the population rules (pass 2) of the regime to a unit's eligibility reports: e.g. the old
 * regime's CSTĐCS cap (100·count(CSTĐCS) ≤ 15·count(LĐTT ∪ CSTT), D91 Art. 9.3) and the
 * Government-flag ≤ 20 % rule (D91 Art. 11.1 / Công văn 5007; report-only in the 2022 regimes,
 * OQ-09). Candidates are ordered by the quota's selection chain (declared in quotas.json, ending
 * with subject id ascending, never input order); the first floor(maxShare × base) are within the
 * quota. Exact integer arithmetic; ties the chain only breaks by id are reported.
 * @param book the rule book the reports were evaluated with.
 * @param reports eligibility reports of the unit's members, one per subject, same year and regime.
 * @param options year, unit id, optional base counts.
 * @returns a verdict per member and quota, or typed issues.
 */
export function applyQuotas(book: RuleBook, reports: readonly EligibilityReport[], options: ApplyQuotasOptions): Result<QuotaReport> {
  const badOptions = checkOptions('applyQuotas', options, false);
  if (badOptions) return badOptions;
  if (!options || typeof options !== 'object') return fail([makeIssue('invalid_option', ['options'], { option: 'options', expected: 'object' })]);
  const issues: Issue[] = [];
  if (!Number.isInteger(options.year) || options.year < 1945 || options.year > 2100) issues.push(makeIssue('invalid_option', ['options', 'year'], { option: 'year', expected: 'year' }));
  if (typeof options.unit !== 'string' || options.unit.length === 0 || options.unit.length > 120) issues.push(makeIssue('invalid_option', ['options', 'unit'], { option: 'unit', expected: 'unit-id' }));
  for (const [k, v] of Object.entries(options.baseCounts ?? {})) {
    if (!Number.isSafeInteger(v) || v < 0) issues.push(makeIssue('invalid_option', ['options', 'baseCounts', k], { option: `baseCounts.${k}`, expected: 'count-from-0' }));
  }
  if (issues.length) return fail(issues);
  issues.push(...checkReports(reports, options, book));
  if (issues.length) return fail(issues);
  const regimeId = reports[0]?.regime.id;
  const resolved = resolveRegime(book, { year: options.year, ...(regimeId ? { regime: regimeId } : {}) });
  if (!resolved.ok) return resolved;
  const regime = resolved.value.regime;
  const known = new Set((regime.quotas ?? []).map((q) => q.id));
  for (const k of Object.keys(options.baseCounts ?? {}).sort(compareCodeUnits)) {
    if (!known.has(k)) issues.push(makeIssue('invalid_option', ['options', 'baseCounts', k], { option: `baseCounts.${k}`, expected: 'one-of', values: [...known].sort(), regime: regime.id }));
  }
  if (issues.length) return fail(issues);

  const outcomes: QuotaOutcome[] = [];
  for (const q of regime.quotas ?? []) {
    if (!inYears(q.years, options.year)) continue;
    const baseDef = q.bases.find((b) => inYears(b.years, options.year));
    const supplied = options.baseCounts?.[q.id];
    const baseCount =
      supplied !== undefined
        ? supplied
        : baseDef?.kind === 'eligible-for'
          ? reports.filter((r) => baseDef.awardIds!.some((id) => verdictOf(r, id) === 'eligible')).length
          : null;
    const useShare = q.selection.includes('council-approval-share-desc');
    const cands = reports
      .filter((r) => verdictOf(r, q.awardId) === 'eligible')
      .map((r) => ({ id: r.subject.id, share: useShare ? approvalShare(r, q.awardId) : null }));
    const sorted = [...cands].sort((a, b) => {
      for (const key of q.selection) {
        const c = compareKey(key, a, b);
        if (c !== 0) return c;
      }
      return 0;
    });
    const share = qFrom(q.maxShare)!;
    const allowed = q.mode === 'cap' && baseCount !== null ? Number(qFloor({ n: share.n * BigInt(baseCount), d: share.d })) : null;
    const ratio = baseCount !== null && baseCount > 0 ? `${cands.length}/${baseCount}` : null;
    const exceeds = q.mode === 'report-only' && baseCount !== null ? share.d * BigInt(cands.length) > share.n * BigInt(baseCount) : null;
    let tie: string[] = [];
    if (allowed !== null && allowed > 0 && allowed < sorted.length) {
      const keys = q.selection.filter((k) => k !== 'subject-id-asc');
      const same = (a: (typeof sorted)[number], b: (typeof sorted)[number]) => keys.every((k) => compareKey(k, a, b) === 0);
      const last = sorted[allowed - 1]!;
      if (same(last, sorted[allowed]!)) tie = sorted.filter((c) => same(c, last)).map((c) => c.id);
    }
    const candidateIds = new Set(cands.map((c) => c.id));
    const members: QuotaMember[] = [
      ...sorted.map((c, i) => ({
        subjectId: c.id,
        verdict: (q.mode === 'report-only' ? 'not-capped' : allowed === null ? 'undetermined' : i < allowed ? 'within-quota' : 'over-quota') as QuotaMemberVerdict,
        rank: i + 1,
        ...(useShare ? { councilApprovalShare: c.share } : {}),
      })),
      ...reports
        .map((r) => r.subject.id)
        .filter((id) => !candidateIds.has(id))
        .sort(compareCodeUnits)
        .map((id) => ({ subjectId: id, verdict: 'not-subject' as const })),
    ];
    outcomes.push({
      quotaId: q.id,
      awardId: q.awardId,
      title: q.title,
      mode: q.mode,
      maxShare: q.maxShare,
      base: {
        kind: baseDef?.kind ?? 'none',
        count: baseCount,
        source: supplied !== undefined ? 'supplied' : baseCount !== null ? 'reports' : null,
        label: baseDef?.label ?? null,
        citation: baseDef?.citation ?? null,
        marker: baseDef?.marker ?? null,
        ...(baseDef?.question ? { question: baseDef.question } : {}),
      },
      candidates: cands.length,
      allowed,
      ratio,
      exceedsReference: exceeds,
      selection: q.selection,
      unresolvedTie: tie,
      citation: q.citation,
      marker: q.marker,
      ...(q.question ? { question: q.question } : {}),
      ...(q.note ? { note: q.note } : {}),
      ...(q.provenance ? { provenance: q.provenance } : {}),
      members,
    });
  }
  return ok(deepFreeze({ unit: options.unit, year: options.year, regime: regime.id, ruleBook: { id: book.id, version: book.version, hash: book.hash }, quotas: outcomes }));
}
