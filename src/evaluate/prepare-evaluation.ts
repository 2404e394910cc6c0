import { suggest } from '../_internal/closest.js';
import { checkExtraFacts } from '../overlay/extra-facts.js';
import { mergeOptionIssues } from '../_internal/options.js';
import { isRealDate } from '../schema/common.js';
import { sha256Hex } from '../_internal/sha256.js';
import { FACTS_BY_ID } from '../facts/frozen-facts.js';
import { bookIssues } from '../_internal/args.js';
import type { EligibilityReport, RegimeChoice } from '../model/outcome.js';
import type { ConditionNode, RegimeDef, RuleBook, RuleDef } from '../model/rule-book.js';
import type { EmittedRule, EvaluationPlan, PlanEntry, PlannedAward } from '../model/leaf-results.js';
import type { Subject } from '../schema/subject.js';
import { fail, makeIssue, ok, type Issue, type Result } from '../model/issue.js';
import { resolveRegime } from '../rule-book/resolve-regime.js';
import { normalizeSubject } from './normalize-subject.js';

/** Options of {@link evaluateEligibility}. */
export interface EvaluateOptions {
  /** Achievement year (required; nothing reads the clock). */
  readonly year: number;
  /** Explicit regime id, overriding the period-end rule (boundary cases, OQ-30). */
  readonly regime?: string | undefined;
  /** Last day of the achievement period, for school years; default 31 Dec of `year`. */
  readonly periodEnd?: string | undefined;
  /** Only these awards (default: every award of the catalogue for the subject's kind). */
  readonly awards?: readonly string[] | undefined;
  /**
   * Evaluator: the compiled closures (default, fast) or json-rules-engine (the reference evaluator of
   * record). Both give byte-identical reports; differential tests check it.
   */
  readonly evaluator?: 'compiled' | 'json-rules-engine' | undefined;
  /**
   * "full" (default): every rule outcome with its condition tree and the failing leaves.
   * "verdicts": verdicts only (`rules` and `failing` left empty), for fast batch screening.
   */
  readonly detail?: 'full' | 'verdicts' | undefined;
  /**
   * Subject validation: "fast" (default) runs a parser compiled once from the zod schema and falls back
   * to zod's `safeParse` for anything it does not vouch for (so the issues are zod's); "zod" runs
   * `safeParse` on every subject. Same results either way (property-tested); "fast" is cheaper in bulk.
   */
  readonly validator?: 'fast' | 'zod' | undefined;
}

interface BookIndex {
  readonly awardIds: ReadonlySet<string>;
  readonly categoryOf: (id: string) => 'title' | 'form' | undefined;
  /** Plans by regime, rule date, subject kind and award filter (bounded). */
  readonly plans: Map<string, EvaluationPlan>;
}
/**
 * Lookups and plans of a rule book, built once per book object. Keyed weakly by the book itself (never
 * by a string or hash): a book is deep-frozen, so what is derived from it cannot go stale, and a book
 * no longer referenced takes its entry with it. Not observable: the same inputs give the same plan.
 */
const indexes = new WeakMap<RuleBook, BookIndex>();
/** @internal */
export function bookIndex(book: RuleBook): BookIndex {
  let idx = indexes.get(book);
  if (!idx) {
    const byId = new Map(book.awards.map((a) => [a.id, a] as const));
    idx = { awardIds: new Set(byId.keys()), categoryOf: (id) => byId.get(id)?.category, plans: new Map() };
    indexes.set(book, idx);
  }
  return idx;
}

function inForce(rule: RuleDef, date: string): boolean {
  return rule.effective.from <= date && (rule.effective.to === undefined || date <= rule.effective.to);
}

const PLAN_CACHE_LIMIT = 256;

/**
 * A principle rule none of whose facts reads the award under evaluation (no `awardScoped` fact): its
 * outcome is the same for every award it applies to, so a report builds it once per subject and the
 * award verdicts share that one outcome object (and its failing leaves).
 */
function isShared(rule: RuleDef): boolean {
  // `facts` lists exactly the facts of the conditions (checked at load, kept by the overlay operations)
  return rule.kind === 'principle' && !rule.facts.some((f) => FACTS_BY_ID.get(f)?.awardScoped === true);
}

function leafCount(node: ConditionNode): number {
  return node.type === 'leaf' ? 1 : node.children.reduce((n, c) => n + leafCount(c), 0);
}

/**
 * Which awards to evaluate for a subject kind, in catalogue order, which rules decide each and in
 * which order their leaves are evaluated: a function of the rule book, the regime, the rule date, the
 * subject kind and the award filter only, so it is computed once and cached with the book.
 * @internal
 */
export function planFor(book: RuleBook, regime: RegimeDef, ruleDate: string, kind: Subject['kind'], awards: readonly string[] | undefined, awardsKey: string): EvaluationPlan {
  const idx = bookIndex(book);
  const key = `${regime.id}|${ruleDate}|${kind}|${awardsKey}`;
  const hit = idx.plans.get(key);
  if (hit) return hit;
  const wanted = awards ? book.awards.filter((a) => awards.includes(a.id)) : book.awards.filter((a) => a.subjects.includes(kind));
  const rulesInForce = regime.rules.filter((r) => inForce(r, ruleDate) && r.subject === kind);
  const principleRules = rulesInForce.filter((r) => r.kind === 'principle');
  const emitted: EmittedRule[] = [];
  const sharedSlot = new Map<RuleDef, number>();
  let leaves = 0;
  const entries: PlanEntry[] = wanted.map((award) => {
    if (!award.subjects.includes(kind)) return { award, notApplicable: 'subject-kind-mismatch' };
    const main = rulesInForce.filter((r) => r.kind === 'award' && r.awardId === award.id);
    if (main.length === 0) return { award, notApplicable: 'no-rule-in-force' };
    const principles = principleRules.filter((r) => r.appliesTo === 'all' || (r.appliesTo ?? []).includes(award.id));
    const rules = [...principles, ...main];
    const slots = rules.map((rule) => {
      const shared = isShared(rule);
      const seen = shared ? sharedSlot.get(rule) : undefined;
      if (seen !== undefined) return seen;
      const slot = emitted.length;
      emitted.push({ rule, awardId: award.id, offset: leaves });
      leaves += leafCount(rule.root);
      if (shared) sharedSlot.set(rule, slot);
      return slot;
    });
    const planned: PlannedAward = { award, rules, slots };
    return { award, planned };
  });
  const plan: EvaluationPlan = { entries, awards: entries.flatMap((e) => (e.planned ? [e.planned] : [])), emitted, leafCount: leaves };
  if (idx.plans.size >= PLAN_CACHE_LIMIT) idx.plans.delete(idx.plans.keys().next().value!);
  idx.plans.set(key, plan);
  return plan;
}

/**
 * Options checked and the regime resolved once for any number of subjects (a batch reuses it).
 * @internal
 */
export interface PreparedEvaluation {
  readonly book: RuleBook;
  readonly options: EvaluateOptions;
  readonly optionIssues: readonly Issue[];
  /** The regime, or its issues; resolved only when the options are valid. */
  readonly resolved?: Result<{ regime: RegimeDef; choice: RegimeChoice }> | undefined;
  /** The tail of the canonical input-hash payload (everything but the subject). */
  readonly hashTail: string;
  /** The award filter as a plan-cache key (sorted, unique). */
  readonly awardsKey: string;
}

/** Check the options and resolve the regime, once. @internal */
export function prepareEvaluation(book: RuleBook, options: EvaluateOptions): PreparedEvaluation {
  const issues: Issue[] = [...bookIssues(book)];
  if (issues.length) return { book, options, optionIssues: issues, hashTail: '', awardsKey: '' };
  if (!options || typeof options !== 'object') {
    return { book, options, optionIssues: [makeIssue('invalid_option', ['options'], { option: 'options', expected: 'object' })], hashTail: '', awardsKey: '' };
  }
  if (!Number.isInteger(options.year) || options.year < 1945 || options.year > 2100) {
    issues.push(makeIssue('invalid_option', ['options', 'year'], { option: 'year', expected: 'year' }));
  }
  if (options.detail !== undefined && options.detail !== 'full' && options.detail !== 'verdicts') {
    issues.push(makeIssue('invalid_option', ['options', 'detail'], { option: 'detail', expected: 'one-of', values: ['full', 'verdicts'] }));
  }
  if (options.evaluator !== undefined && options.evaluator !== 'compiled' && options.evaluator !== 'json-rules-engine') {
    issues.push(makeIssue('invalid_option', ['options', 'evaluator'], { option: 'evaluator', expected: 'one-of', values: ['compiled', 'json-rules-engine'] }));
  }
  if (options.validator !== undefined && options.validator !== 'fast' && options.validator !== 'zod') {
    issues.push(makeIssue('invalid_option', ['options', 'validator'], { option: 'validator', expected: 'one-of', values: ['fast', 'zod'] }));
  }
  if (
    options.periodEnd !== undefined &&
    !(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(options.periodEnd) && isRealDate(options.periodEnd) && [options.year, options.year + 1].includes(Number(options.periodEnd.slice(0, 4))))
  ) {
    issues.push(makeIssue('invalid_option', ['options', 'periodEnd'], { option: 'periodEnd', expected: 'period-end' }));
  }
  if (options.regime !== undefined && typeof options.regime !== 'string') issues.push(makeIssue('invalid_option', ['options', 'regime'], { option: 'regime', expected: 'regime-id' }));
  if (options.awards !== undefined && !(Array.isArray(options.awards) && options.awards.every((a) => typeof a === 'string'))) {
    issues.push(makeIssue('invalid_option', ['options', 'awards'], { option: 'awards', expected: 'award-ids' }));
    mergeOptionIssues(issues, 'evaluate', options, false);
    return { book, options, optionIssues: issues, hashTail: '', awardsKey: '' };
  }
  const awardIds = bookIndex(book).awardIds;
  (options.awards ?? []).forEach((id, i) => {
    if (!awardIds.has(id)) issues.push(makeIssue('unknown_award', ['options', 'awards', i], { award: id, ...suggest(id, awardIds) }));
  });
  mergeOptionIssues(issues, 'evaluate', options, false);
  if (issues.length) return { book, options, optionIssues: issues, hashTail: '', awardsKey: '' };
  const resolved = resolveRegime(book, { year: options.year, periodEnd: options.periodEnd, regime: options.regime });
  const periodEnd = resolved.ok ? resolved.value.choice.periodEnd : null;
  // the input hash covers [subject, year, regime override, period end, sorted award filter, detail]:
  // a full and a verdicts-only report of the same subject differ, so their hashes differ too
  const tail = JSON.stringify([options.year, options.regime ?? null, periodEnd, options.awards ? [...options.awards].sort() : null, options.detail ?? 'full']);
  const awardsKey = options.awards ? JSON.stringify([...new Set(options.awards)].sort()) : '*';
  return { book, options, optionIssues: [], resolved, hashTail: tail.slice(1, -1), awardsKey };
}

/** A subject validated and planned under prepared options. @internal */
export interface Begun {
  readonly subj: Subject;
  readonly regime: RegimeDef;
  readonly choice: RegimeChoice;
  readonly plan: EvaluationPlan;
}

/** Validate the subject; the plan, or every issue (options first, then subject, then regime). @internal */
export function begin(prep: PreparedEvaluation, subject: unknown): Result<Begun> {
  if (!prep.options || typeof prep.options !== 'object') return fail([...prep.optionIssues]);
  const norm = normalizeSubject(subject, ['subject'], prep.options.validator ?? 'fast');
  if (prep.optionIssues.length || !norm.subject) return fail([...prep.optionIssues, ...norm.issues]);
  const resolved = prep.resolved!;
  if (!resolved.ok) return fail([...resolved.issues]);
  const { regime, choice } = resolved.value;
  const subj = norm.subject;
  const extra = checkExtraFacts(prep.book, subj, ['subject']);
  if (extra.length) return fail(extra as [Issue, ...Issue[]]);
  return ok({ subj, regime, choice, plan: planFor(prep.book, regime, choice.ruleDate, subj.kind, prep.options.awards, prep.awardsKey) });
}

/** The canonical input hash of a normalised subject under prepared options. @internal */
export function inputHashOf(prep: PreparedEvaluation, subj: Subject): string {
  // the normalised subject is in schema key order (parser output) and canonical array order, so plain
  // JSON.stringify is already independent of the input's key and array order (property-tested)
  return sha256Hex(`[${JSON.stringify(subj)},${prep.hashTail}]`);
}

/** The subject part of a report. @internal */
export type SubjectSummary = EligibilityReport['subject'];
/** @internal */
export function summaryOf(subj: Subject): SubjectSummary {
  return subj.name ? { id: subj.id, kind: subj.kind, name: subj.name } : { id: subj.id, kind: subj.kind };
}
