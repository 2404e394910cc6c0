import { compareCodeUnits } from '../_internal/canonical-json.js';
import { deepFreeze } from '../_internal/deep-freeze.js';
import { evaluateEligibility } from './evaluate-eligibility.js';
import { normalizeSubject } from './normalize-subject.js';
import { awardYears } from '../facts/history.js';
import { LEVEL_RANK } from '../rule-book/award-hierarchy.js';
import { PREREQUISITE_EDGE_KINDS } from '../model/hierarchy.js';
import type { EligibilityReport, Finding, Gap, LeafFinding, NodeStatus, Verdict } from '../model/outcome.js';
import type { AwardDef, Citation, LocalizedText, Marker, RuleBook } from '../model/rule-book.js';
import { fail, makeIssue, ok, type Result } from '../model/issue.js';
import type { Subject } from '../schema/subject.js';
import { projectAward, projectLeaf, type Need, type ProjectionContext } from './earliest-year.js';
import { checkOptions } from '../_internal/options.js';

export type { Need } from './earliest-year.js';

const MAX_HORIZON = 50;

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
  /** Rule of the eligibility report the criterion belongs to (to find it in `evaluateEligibility`'s report). */
  readonly ruleId: string;
  /** Name of the condition in that rule. */
  readonly name: string;
  /** Criterion id of the domain specification (e.g. `chien-si-thi-dua-tinh@2022#1`). */
  readonly criterion?: string | undefined;
  /** What the criterion asks, in words: the condition's label, else the fact's label. */
  readonly label: LocalizedText;
  readonly fact: string;
  readonly status: NodeStatus;
  readonly actual: string | boolean | null;
  readonly expected: string | boolean | readonly string[];
  readonly gap?: Gap | undefined;
  /** Earliest year this criterion alone could be met; null if not within the horizon. */
  readonly earliestYear: number | null;
  /** What the subject must obtain for this criterion to be met in `earliestYear`. */
  readonly needs?: readonly Need[] | undefined;
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
  /** Awards the subject holds that lead to this one in the award hierarchy, with the relation in words. */
  readonly via: readonly NextAwardStep[];
  /** Earliest achievement year it could qualify if the missing facts are met; null only for a rung with no rule in force. */
  readonly earliestYear: number | null;
  /**
   * Everything the subject must obtain from the evaluated year to `earliestYear`, beyond what holds
   * in the evaluated year (docs/next-awards.md, "Needs and the extended history"); empty when
   * `earliestYear` is null.
   */
  readonly needs: readonly Need[];
  /** Why no year can be given, when earliestYear is null: the regime has no criteria for the award. */
  readonly reason?: 'no-rule-in-force' | undefined;
  readonly missing: readonly MissingCriterion[];
}

/** A rung of the award hierarchy that leads from an award the subject holds to a next award. */
export interface NextAwardStep {
  /** The award the subject holds. */
  readonly awardId: string;
  readonly title: LocalizedText;
  /** The relation, in words (e.g. "3 consecutive years"). */
  readonly relation: LocalizedText;
  readonly citation: Citation;
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

/** Whether the subject is an armed-forces individual or unit (Law 06/2022 Arts. 24, 27, 28). */
function isArmedForces(subject: Subject): boolean {
  return subject.kind === 'individual' ? subject.category === 'armed-forces' : subject.isArmedForces === true;
}

/**
 * Whether an award fits the subject: its kind is one of the award's subjects; an armed-forces
 * variant (`armedForcesVariantOf`, e.g. Chiến sĩ tiên tiến) only for the armed forces; the civil
 * title it is a variant of (e.g. Lao động tiên tiến) not for the armed forces.
 * @internal
 */
export function awardFitsSubject(book: RuleBook, award: AwardDef, subject: Subject): boolean {
  if (!award.subjects.includes(subject.kind)) return false;
  const armed = isArmedForces(subject);
  if (award.armedForcesVariantOf !== undefined) return armed;
  if (armed && book.awards.some((a) => a.armedForcesVariantOf === award.id && a.subjects.includes(subject.kind))) return false;
  return true;
}

/**
 * The projection context of a subject evaluated in `report.year` (without the award): the subject
 * as of that year (later records dropped), the regime's history settings, award categories and the
 * award ids the subject can hold.
 * @internal
 */
export function projectionBase(book: RuleBook, subject: Subject, report: EligibilityReport, horizon: number): Omit<ProjectionContext, 'awardId'> {
  const subj = { ...subject, history: subject.history.filter((h) => h.year <= report.year) } as Subject;
  const regime = book.regimes.find((r) => r.id === report.regime.id)!;
  const byId = new Map(book.awards.map((a) => [a.id, a] as const));
  const fits = (ids: readonly string[]): readonly string[] => {
    const f = ids.filter((id) => {
      const a = byId.get(id);
      return a !== undefined && awardFitsSubject(book, a, subj);
    });
    return f.length ? f : ids;
  };
  return { subject: subj, year: report.year, horizon, settings: regime.settings, report, categoryOf: (id: string) => byId.get(id)?.category, fits, obtainable: new Map() };
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
  const badOptions = checkOptions('nextAwards', options, false);
  if (badOptions) return badOptions;
  if (!options || typeof options !== 'object') return fail([makeIssue('invalid_option', ['options'], { option: 'options', expected: 'object' })]);
  const horizon = options.horizon ?? 10;
  if (!Number.isInteger(horizon) || horizon < 0 || horizon > MAX_HORIZON) return fail([makeIssue('invalid_option', ['options', 'horizon'], { option: 'horizon', expected: 'horizon' })]);
  const evaluated = await evaluateEligibility(book, subject, { year: options.year, ...(options.regime ? { regime: options.regime } : {}) });
  if (!evaluated.ok) return evaluated;
  const report = evaluated.value;
  const regime = book.regimes.find((r) => r.id === report.regime.id)!;
  const base = projectionBase(book, normalizeSubject(subject).subject!, report, horizon);
  const subj = base.subject;
  const byId = new Map(book.awards.map((a) => [a.id, a] as const));

  // next rungs: prerequisite edges of the regime from awards held up to the year
  const held = new Set(book.awards.filter((a) => [...awardYears(subj, [a.id], regime.settings)].some((y) => y <= options.year)).map((a) => a.id));
  const via = new Map<string, NextAwardStep[]>();
  for (const e of book.hierarchy?.edges ?? []) {
    if (!e.regimes.includes(regime.id) || !PREREQUISITE_EDGE_KINDS.includes(e.kind) || !held.has(e.from)) continue;
    if (e.subject !== undefined && e.subject !== subj.kind) continue;
    const from = byId.get(e.from)!;
    via.set(e.to, [...(via.get(e.to) ?? []), { awardId: from.id, title: from.title, relation: e.label, citation: e.citation }]);
  }
  for (const steps of via.values()) steps.sort((a, b) => compareCodeUnits(a.awardId, b.awardId) || compareCodeUnits(a.relation.en, b.relation.en));

  const out: NextAward[] = [];
  for (const v of report.awards) {
    const award = byId.get(v.awardId)!;
    if (!awardFitsSubject(book, award, subj)) continue;
    const steps = via.get(v.awardId) ?? [];
    if (v.verdict === 'eligible') continue;
    if (v.verdict === 'not-applicable') {
      if (steps.length && v.reason === 'no-rule-in-force') {
        out.push({ awardId: award.id, title: award.title, level: award.level, verdict: v.verdict, via: steps, earliestYear: null, reason: 'no-rule-in-force', needs: [], missing: [] });
      }
      continue;
    }
    const ctx: ProjectionContext = { ...base, awardId: award.id };
    const missing: MissingCriterion[] = v.failing.map((f) => {
      const tree = v.rules.find((r) => r.ruleId === f.ruleId)!.tree;
      const leaf = findLeaf(tree, f.name)!;
      const proj = projectLeaf(leaf, ctx);
      return {
        ruleId: f.ruleId,
        name: f.name,
        ...(leaf.criterion ? { criterion: leaf.criterion } : {}),
        label: leaf.label ?? leaf.factLabel,
        fact: leaf.fact,
        status: f.status,
        actual: leaf.actual,
        expected: leaf.expected,
        ...(f.gap ? { gap: f.gap } : {}),
        earliestYear: proj.earliestYear,
        ...(proj.needs && proj.needs.length ? { needs: proj.needs } : {}),
        citation: leaf.citation,
        marker: leaf.marker,
      };
    });
    const trees = v.rules.map((r) => r.tree);
    const proj = projectAward(trees, ctx);
    const earliest = proj.earliestYear;
    // no year within the horizon: left out — beyond the horizon, or never (a fact the subject can not
    // change fails: another kind of collective, a branch closed by a rule-book parameter)
    if (earliest === null) continue;
    out.push({
      awardId: award.id,
      title: award.title,
      level: award.level,
      verdict: v.verdict,
      via: steps,
      earliestYear: earliest,
      needs: proj.needs,
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
