/**
 * The checks the studio runs on the overlay being edited, all through the library: applyOverlay
 * (schema, targets, the tighten-never-loosen guardrail), diffRuleBooks, runCase, evaluateEligibility.
 */
import { applyOverlay, diffRuleBooks, evaluateEligibility, parseCaseFile, runCase, type CaseOutcome, type EligibilityReport, type Issue, type RuleBook, type RuleBookDiff, type TestCase } from '../thidua.js';
import { operationsOf, type OverlayJson } from './overlay-draft.js';

/** The overlay applied, or why not. */
export type OverlayCheck = { readonly ok: true; readonly book: RuleBook } | { readonly ok: false; readonly issues: readonly Issue[] };

/** Apply the overlay to the national book (the library validates it). */
export function checkOverlay(national: RuleBook, overlay: OverlayJson): OverlayCheck {
  const r = applyOverlay(national, overlay);
  return r.ok ? { ok: true, book: r.value } : { ok: false, issues: r.issues };
}

/** Verdict of the guardrail on one proposed operation. */
export type OperationCheck =
  | { readonly status: 'accepted' }
  /**
   * The change loosens what the overlay may only tighten (the library's guardrails): a statutory
   * condition (`overlay_loosens_statute`, naming the article), a quota (`overlay_loosens_quota`) or
   * a cluster score sheet (`overlay_loosens_sheet`).
   */
  | { readonly status: 'refused'; readonly issues: readonly Issue[] }
  /** The operation is malformed or does not fit its target. */
  | { readonly status: 'invalid'; readonly issues: readonly Issue[] };

const PLACEHOLDER = 'studio-probe';
/** The guardrail issues: the operation is refused, not merely malformed. */
const REFUSALS: ReadonlySet<string> = new Set(['overlay_loosens_statute', 'overlay_loosens_quota', 'overlay_loosens_sheet']);

/**
 * Check one operation on the spot, before the decision fields are complete: the overlay's other
 * operations plus this one are applied, with a placeholder for an empty decision number, and only
 * the issues of this operation are reported.
 */
export function checkOperation(national: RuleBook, overlay: OverlayJson, op: Record<string, unknown>): OperationCheck {
  const others = operationsOf(overlay).filter((o) => o['id'] !== op['id']);
  const decision = (overlay['decision'] ?? {}) as Record<string, unknown>;
  const basis = (overlay['basis'] ?? {}) as Record<string, unknown>;
  const probe = {
    ...overlay,
    decision: { ...decision, number: decision['number'] || PLACEHOLDER },
    basis: { ...basis, document: basis['document'] || PLACEHOLDER },
    operations: [...others, op],
  };
  const r = applyOverlay(national, probe);
  if (r.ok) return { status: 'accepted' };
  const index = others.length;
  const own = r.issues.filter((i) => i.path[1] === 'operations' && i.path[2] === index);
  const mine = own.length ? own : r.issues;
  return mine.some((i) => REFUSALS.has(i.code)) ? { status: 'refused', issues: mine.filter((i) => REFUSALS.has(i.code)) } : { status: 'invalid', issues: mine };
}

/** The diff of the local book against the national one. */
export function diffAgainstNational(national: RuleBook, local: RuleBook): RuleBookDiff {
  return diffRuleBooks(national, local);
}

/** Outcomes of the overlay's test cases, in order. */
export async function runCases(book: RuleBook, cases: readonly TestCase[]): Promise<CaseOutcome[]> {
  const out: CaseOutcome[] = [];
  for (let i = 0; i < cases.length; i++) out.push(await runCase(book, cases[i]!, 'studio', i));
  return out;
}

/** Read a case file (imported, or shipped under rules/provinces/<key>/tests). */
export function readCaseFile(name: string, data: unknown): { cases: readonly TestCase[]; issues: readonly Issue[] } {
  const r = parseCaseFile(name, data);
  return { cases: r.cases ?? [], issues: r.issues };
}

/** The verdicts of a sample subject under the national book and, when valid, the overlay. */
export interface SampleEvaluation {
  readonly national?: EligibilityReport | undefined;
  readonly local?: EligibilityReport | undefined;
  readonly issues: readonly Issue[];
}

/**
 * The subject without the `extraFacts` the local book's overlays declare (per year in
 * `history[].extraFacts`, or for the subject in `extraFacts`). The national book declares none of
 * them, so the library refuses them there (`unknown_extra_fact`); they mean nothing nationally.
 * Other keys are kept (the library reports them), and the input is not mutated.
 */
export function withoutDeclaredFacts(subject: unknown, local: RuleBook): unknown {
  const declared = new Set((local.overlays ?? []).flatMap((o) => (o.facts ?? []).map((f) => f.id)));
  const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!declared.size || !isRecord(subject)) return subject;
  const strip = (holder: Record<string, unknown>): void => {
    const x = holder['extraFacts'];
    if (!isRecord(x)) return;
    const kept = Object.fromEntries(Object.entries(x).filter(([id]) => !declared.has(id)));
    if (Object.keys(kept).length) holder['extraFacts'] = kept;
    else delete holder['extraFacts'];
  };
  const s = structuredClone(subject);
  strip(s);
  if (Array.isArray(s['history'])) for (const h of s['history']) if (isRecord(h)) strip(h);
  return s;
}

/**
 * Evaluate a sample subject (JSON text or data) for one year under both books. Under the national
 * book, the facts the overlay declares are left out of the subject (withoutDeclaredFacts): a
 * sample filled in for the overlay is still read nationally, side by side.
 */
export async function evaluateSample(national: RuleBook, local: RuleBook | undefined, subject: unknown, year: number, awards?: readonly string[]): Promise<SampleEvaluation> {
  const opts = { year, ...(awards?.length ? { awards } : {}) };
  const a = await evaluateEligibility(national, local ? withoutDeclaredFacts(subject, local) : subject, opts);
  if (!a.ok) return { issues: a.issues };
  if (!local) return { national: a.value, issues: [] };
  const b = await evaluateEligibility(local, subject, opts);
  return b.ok ? { national: a.value, local: b.value, issues: [] } : { national: a.value, issues: b.issues };
}

/**
 * A test case recording what the local book says of a subject: the verdict of each evaluated award
 * and its failing leaves. The officer names it and checks it is what the decision means before
 * keeping it; it then guards the overlay against later changes.
 */
export function caseFromReport(report: EligibilityReport, subject: unknown, input: { readonly name: string; readonly province?: string | undefined; readonly agency?: string | undefined; readonly checks: Record<string, unknown> }): TestCase {
  const expect: Record<string, TestCase['expect'][string]> = {};
  const failing: Record<string, string[]> = {};
  for (const a of report.awards) {
    expect[a.awardId] = a.verdict;
    if (a.verdict === 'ineligible') failing[a.awardId] = [...new Set(a.failing.map((f) => f.name))].sort();
  }
  return {
    name: input.name,
    checks: input.checks as TestCase['checks'],
    year: report.year,
    // the case runs under the overlay it was recorded with: a province's or an agency's
    ...(input.agency !== undefined ? { agency: input.agency } : { province: input.province ?? '' }),
    expectRegime: report.regime.id,
    subject: subject as TestCase['subject'],
    expect,
    ...(Object.keys(failing).length ? { failing } : {}),
  };
}

/** The text of a case file for rules/provinces/<key>/tests/ (or rules/agencies/<key>/tests/: same depth). */
export function serializeCases(cases: readonly TestCase[]): string {
  return `${JSON.stringify({ $schema: '../../../schema/case-file.schema.json', cases }, null, 2)}\n`;
}
