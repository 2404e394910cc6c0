import { compareCodeUnits } from '../_internal/canonical-json.js';
import { deepFreeze } from '../_internal/deep-freeze.js';
import { evaluateEligibility } from '../evaluate/evaluate-eligibility.js';
import { normalizeSubject } from '../evaluate/normalize-subject.js';
import { awardYears } from '../facts/history.js';
import { LEVEL_RANK } from '../hierarchy/award-hierarchy.js';
import { PREREQUISITE_EDGE_KINDS } from '../model/hierarchy.js';
import type { Finding, Gap, LeafFinding, NodeStatus, Verdict } from '../model/outcome.js';
import type { AwardDef, Citation, LocalizedText, Marker, RuleBook } from '../model/rule-book.js';
import { fail, makeIssue, ok, type Result } from '../result/issue.js';
import { projectLeaf, projectTree, type Needs, type ProjectionContext } from './earliest-year.js';

/** Options of {@link nextAwards}. */
export interface NextAwardsOptions {
  /** The achievement year evaluated now. */
  readonly year: number;
  /** Leave out awards whose earliest year is more than this many years after `year` (default 10). */
  readonly horizon?: number | undefined;
  /** Regime override for the evaluation. */
  readonly regime?: string | undefined;
}

/** One missing criterion of a next award, with the earliest year it could be met. */
export interface MissingCriterion {
  readonly ruleId: string;
  readonly name: string;
  readonly criterion?: string | undefined;
  readonly label?: LocalizedText | undefined;
  readonly fact: string;
  readonly status: NodeStatus;
  readonly actual: string | boolean | null;
  readonly expected: string | boolean | readonly string[];
  readonly gap?: Gap | undefined;
  readonly earliestYear: number | null;
  readonly needs?: Needs | undefined;
  readonly citation: Citation;
  readonly marker: Marker;
}

/** An award the subject could aim at next. */
export interface NextAward {
  readonly awardId: string;
  readonly title: LocalizedText;
  readonly level: AwardDef['level'];
  /** Verdict in the evaluated year. */
  readonly verdict: Verdict;
  /** Hierarchy edges from awards the subject holds to this award. */
  readonly via: readonly string[];
  /** Earliest achievement year it could qualify if the missing facts are met; null if not projectable. */
  readonly earliestYear: number | null;
  /** Why no year can be given, when earliestYear is null. */
  readonly reason?: 'no-rule-in-force' | 'not-projectable' | undefined;
  readonly missing: readonly MissingCriterion[];
}

/** The result of {@link nextAwards}. Plain data. */
export interface NextAwardsReport {
  readonly subject: { readonly id: string; readonly kind: 'individual' | 'collective' };
  readonly year: number;
  readonly regime: string;
  readonly horizon: number;
  readonly awards: readonly NextAward[];
}

function findLeaf(f: Finding, name: string): LeafFinding | undefined {
  if (f.type === 'leaf') return f.name === name ? f : undefined;
  for (const c of f.children) {
    const l = findLeaf(c, name);
    if (l) return l;
  }
  return undefined;
}

/**
 * For each award a subject could aim at next (awards it is not yet eligible for, plus the next
 * rungs of the award hierarchy from what it holds): the missing criteria (the failing and missing
 * leaves of {@link evaluateEligibility}, with their gaps) and the earliest year it could qualify if
 * the missing facts are met. Method: docs/next-awards.md. Order: earliest year (unknown last), award
 * level, award id.
 * @param book a rule book from {@link loadRuleBook}.
 * @param subject an individual or collective (validated).
 * @param options year, horizon, optional regime override.
 * @returns the report, or typed issues.
 */
export async function nextAwards(book: RuleBook, subject: unknown, options: NextAwardsOptions): Promise<Result<NextAwardsReport>> {
  if (!options || typeof options !== 'object') return fail([makeIssue('invalid_option', ['options'], { option: 'options', detail: 'expected an object' })]);
  const horizon = options.horizon ?? 10;
  if (!Number.isInteger(horizon) || horizon < 0 || horizon > 50) return fail([makeIssue('invalid_option', ['options', 'horizon'], { option: 'horizon', detail: 'a whole number of years from 0 to 50' })]);
  const evaluated = await evaluateEligibility(book, subject, { year: options.year, ...(options.regime ? { regime: options.regime } : {}) });
  if (!evaluated.ok) return evaluated;
  const report = evaluated.value;
  const subj = normalizeSubject(subject).subject!;
  const regime = book.regimes.find((r) => r.id === report.regime.id)!;
  const ctx: ProjectionContext = { subject: subj, year: options.year, horizon, settings: regime.settings, report };

  // next rungs: prerequisite edges of the regime from awards held up to the year
  const held = new Set(book.awards.filter((a) => [...awardYears(subj, [a.id], regime.settings)].some((y) => y <= options.year)).map((a) => a.id));
  const via = new Map<string, string[]>();
  for (const e of book.hierarchy?.edges ?? []) {
    if (!e.regimes.includes(regime.id) || !PREREQUISITE_EDGE_KINDS.includes(e.kind) || !held.has(e.from)) continue;
    if (e.subject !== undefined && e.subject !== subj.kind) continue;
    via.set(e.to, [...(via.get(e.to) ?? []), e.id].sort(compareCodeUnits));
  }

  const out: NextAward[] = [];
  for (const v of report.awards) {
    const award = book.awards.find((a) => a.id === v.awardId)!;
    const edges = via.get(v.awardId) ?? [];
    if (v.verdict === 'eligible') continue;
    if (v.verdict === 'not-applicable') {
      if (edges.length && v.reason === 'no-rule-in-force') {
        out.push({ awardId: award.id, title: award.title, level: award.level, verdict: v.verdict, via: edges, earliestYear: null, reason: 'no-rule-in-force', missing: [] });
      }
      continue;
    }
    const missing: MissingCriterion[] = v.failing.map((f) => {
      const tree = v.rules.find((r) => r.ruleId === f.ruleId)!.tree;
      const leaf = findLeaf(tree, f.name)!;
      const proj = projectLeaf(leaf, ctx);
      return {
        ruleId: f.ruleId,
        name: f.name,
        ...(leaf.criterion ? { criterion: leaf.criterion } : {}),
        ...(leaf.label ? { label: leaf.label } : {}),
        fact: leaf.fact,
        status: f.status,
        actual: leaf.actual,
        expected: leaf.expected,
        ...(f.gap ? { gap: f.gap } : {}),
        earliestYear: proj.earliestYear,
        ...(proj.needs ? { needs: proj.needs } : {}),
        citation: leaf.citation,
        marker: leaf.marker,
      };
    });
    const years = v.rules.map((r) => projectTree(r.tree, ctx));
    const earliest = years.includes(null) ? null : Math.max(...(years as number[]));
    if (earliest !== null && earliest > options.year + horizon) continue;
    out.push({
      awardId: award.id,
      title: award.title,
      level: award.level,
      verdict: v.verdict,
      via: edges,
      earliestYear: earliest,
      ...(earliest === null ? { reason: 'not-projectable' as const } : {}),
      missing,
    });
  }
  out.sort(
    (a, b) =>
      (a.earliestYear ?? Number.MAX_SAFE_INTEGER) - (b.earliestYear ?? Number.MAX_SAFE_INTEGER) ||
      LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
      compareCodeUnits(a.awardId, b.awardId),
  );
  return ok(deepFreeze({ subject: { id: report.subject.id, kind: report.subject.kind }, year: options.year, regime: regime.id, horizon, awards: out }));
}
