import { suggest } from '../_internal/closest.js';
import { isRealDate } from '../schema/common.js';
import { sha256Hex } from '../_internal/sha256.js';
import type { FactContext } from '../facts/catalog.js';
import { FACTS_BY_ID } from '../_internal/frozen-facts.js';
import { bookIssues } from '../_internal/args.js';
import type { AwardVerdict, EligibilityReport, Finding, GroupFinding, LeafFinding, NodeStatus, NotApplicableReason, NotConsideredRecord, RegimeChoice, RuleOutcome } from '../model/outcome.js';
import type { AwardDef, ConditionNode, RegimeDef, RuleBook, RuleDef } from '../model/rule-book.js';
import type { Subject } from '../schema/subject.js';
import { OPERATORS, type FactValue } from '../operators/registry.js';
import { fail, makeIssue, ok, type Issue, type Result } from '../result/issue.js';
import { resolveRegime } from '../rule-book/resolve-regime.js';
import { compiledRegime, newRun, switchAward, type CompactCursor } from '../compile/compile-rule-book.js';
import { runEngine, type EngineLeafResult } from './engine-adapter.js';
import { groupFinding, GroupStatic, groupStatus, leafFinding, LeafStatic } from './findings.js';
import { normalizeSubject } from './normalize-subject.js';
import { checkExtraFacts } from '../overlay/extra-facts.js';
import { recordsAfterYear } from './not-considered.js';

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

/** Status of a condition tree from engine leaf results, without building findings (detail "verdicts"). */
function statusOnly(node: ConditionNode, leaves: EngineLeafResult[], cursor: { i: number }): NodeStatus {
  if (node.type === 'leaf') {
    const r = leaves[cursor.i++]!;
    return r.factValue === null ? 'missing_fact' : r.result ? 'pass' : 'fail';
  }
  // every child is read, so the cursor walks every leaf of the tree
  const statuses = node.children.map((c) => statusOnly(c, leaves, cursor));
  return groupStatus(node.op, statuses.length, (i) => statuses[i]!);
}

/** The finding tree of a rule from json-rules-engine's leaf results, in tree order. */
function toFinding(node: ConditionNode, leaves: EngineLeafResult[], cursor: { i: number }): Finding {
  if (node.type === 'group') return groupFinding(new GroupStatic(node), node.children.map((c) => toFinding(c, leaves, cursor)));
  const res = leaves[cursor.i++];
  if (!res) throw new Error('internal: engine result tree does not match the rule');
  return leafFinding(new LeafStatic(node, FACTS_BY_ID.get(node.fact)!), OPERATORS.get(node.operator)!, res.factValue, res.result);
}

type FailingLeaf = AwardVerdict['failing'][number];

function failingLeaves(ruleId: string, f: Finding, out: FailingLeaf[], negate = false): void {
  const effectiveOk = negate ? f.status === 'fail' : f.status === 'pass';
  if (effectiveOk) return; // e.g. an any-group that passed: its failed alternatives are not gaps
  if (f.type === 'group') {
    for (const c of f.children) failingLeaves(ruleId, c, out, f.op === 'not' ? !negate : negate);
    return;
  }
  const status: NodeStatus = negate && f.status === 'pass' ? 'fail' : f.status;
  const item: { ruleId: string; name: string; status: NodeStatus; criterion?: string; gap?: LeafFinding['gap'] } = { ruleId, name: f.name, status };
  if (f.criterion) item.criterion = f.criterion;
  if (f.gap && !negate) item.gap = f.gap;
  out.push(item);
}

function verdictOf(statuses: readonly NodeStatus[]): 'eligible' | 'ineligible' | 'undetermined' {
  return statuses.includes('fail') ? 'ineligible' : statuses.includes('missing_fact') ? 'undetermined' : 'eligible';
}

/**
 * The verdict of an award from its rules' statuses (detail "verdicts"), stopping at the first failing
 * rule; a shared rule's status is computed once per subject (`shared`, by rule id).
 */
function statusVerdict(entry: { readonly rules: readonly RuleDef[]; readonly shared: readonly boolean[] }, statusOf: (rule: RuleDef) => NodeStatus, shared: Map<string, NodeStatus>): 'eligible' | 'ineligible' | 'undetermined' {
  let missing = false;
  for (let i = 0; i < entry.rules.length; i++) {
    const rule = entry.rules[i]!;
    let s = entry.shared[i] ? shared.get(rule.id) : undefined;
    if (s === undefined) {
      s = statusOf(rule);
      if (entry.shared[i]) shared.set(rule.id, s);
    }
    if (s === 'fail') return 'ineligible';
    if (s === 'missing_fact') missing = true;
  }
  return missing ? 'undetermined' : 'eligible';
}

/** One award of an evaluation plan: not applicable (with the reason) or the rules to run, principles first. */
type PlanEntry =
  | { readonly award: AwardDef; readonly notApplicable: NotApplicableReason; readonly rules?: undefined; readonly shared?: undefined }
  | {
      readonly award: AwardDef;
      readonly notApplicable?: undefined;
      readonly rules: readonly RuleDef[];
      /** Per rule: a principle whose facts never read the award under evaluation (see {@link isShared}). */
      readonly shared: readonly boolean[];
    };

interface BookIndex {
  readonly awardIds: ReadonlySet<string>;
  readonly categoryOf: (id: string) => 'title' | 'form' | undefined;
  /** Plans by regime, rule date, subject kind and award filter (bounded). */
  readonly plans: Map<string, readonly PlanEntry[]>;
}
/** Lookups over a (frozen, immutable) rule book, built once per book object. */
const indexes = new WeakMap<RuleBook, BookIndex>();
function bookIndex(book: RuleBook): BookIndex {
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
 * award verdicts share that one outcome object (and its failing leaves). Freezing it measured slower
 * than rebuilding it (frozen objects take other hidden classes); reports are typed read-only.
 */
function isShared(rule: RuleDef): boolean {
  // `facts` lists exactly the facts of the conditions (checked at load, kept by the overlay operations)
  return rule.kind === 'principle' && !rule.facts.some((f) => FACTS_BY_ID.get(f)?.awardScoped === true);
}

/**
 * Which awards to evaluate for a subject kind, in catalogue order, and which rules decide each: a
 * function of the rule book, the regime, the rule date, the subject kind and the award filter only,
 * so it is computed once and cached with the book.
 */
function planFor(book: RuleBook, regime: RegimeDef, ruleDate: string, kind: Subject['kind'], awards: readonly string[] | undefined, awardsKey: string): readonly PlanEntry[] {
  const idx = bookIndex(book);
  const key = `${regime.id}|${ruleDate}|${kind}|${awardsKey}`;
  const hit = idx.plans.get(key);
  if (hit) return hit;
  const wanted = awards ? book.awards.filter((a) => awards.includes(a.id)) : book.awards.filter((a) => a.subjects.includes(kind));
  const rulesInForce = regime.rules.filter((r) => inForce(r, ruleDate) && r.subject === kind);
  const principleRules = rulesInForce.filter((r) => r.kind === 'principle');
  const plan: PlanEntry[] = wanted.map((award) => {
    if (!award.subjects.includes(kind)) return { award, notApplicable: 'subject-kind-mismatch' };
    const main = rulesInForce.filter((r) => r.kind === 'award' && r.awardId === award.id);
    if (main.length === 0) return { award, notApplicable: 'no-rule-in-force' };
    const principles = principleRules.filter((r) => r.appliesTo === 'all' || (r.appliesTo ?? []).includes(award.id));
    const rules = [...principles, ...main];
    return { award, rules, shared: rules.map(isShared) };
  });
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
    return { book, options, optionIssues: [makeIssue('invalid_option', ['options'], { option: 'options', detail: 'expected an object' })], hashTail: '', awardsKey: '' };
  }
  if (!Number.isInteger(options.year) || options.year < 1945 || options.year > 2100) {
    issues.push(makeIssue('invalid_option', ['options', 'year'], { option: 'year', detail: 'an integer year between 1945 and 2100' }));
  }
  if (options.detail !== undefined && options.detail !== 'full' && options.detail !== 'verdicts') {
    issues.push(makeIssue('invalid_option', ['options', 'detail'], { option: 'detail', detail: '"full" or "verdicts"' }));
  }
  if (options.evaluator !== undefined && options.evaluator !== 'compiled' && options.evaluator !== 'json-rules-engine') {
    issues.push(makeIssue('invalid_option', ['options', 'evaluator'], { option: 'evaluator', detail: '"compiled" or "json-rules-engine"' }));
  }
  if (options.validator !== undefined && options.validator !== 'fast' && options.validator !== 'zod') {
    issues.push(makeIssue('invalid_option', ['options', 'validator'], { option: 'validator', detail: '"fast" or "zod"' }));
  }
  if (
    options.periodEnd !== undefined &&
    !(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(options.periodEnd) && isRealDate(options.periodEnd) && [options.year, options.year + 1].includes(Number(options.periodEnd.slice(0, 4))))
  ) {
    issues.push(makeIssue('invalid_option', ['options', 'periodEnd'], { option: 'periodEnd', detail: 'a real date YYYY-MM-DD in the achievement year or the next (school years)' }));
  }
  if (options.regime !== undefined && typeof options.regime !== 'string') issues.push(makeIssue('invalid_option', ['options', 'regime'], { option: 'regime', detail: 'a regime id' }));
  if (options.awards !== undefined && !(Array.isArray(options.awards) && options.awards.every((a) => typeof a === 'string'))) {
    issues.push(makeIssue('invalid_option', ['options', 'awards'], { option: 'awards', detail: 'a list of award ids' }));
    return { book, options, optionIssues: issues, hashTail: '', awardsKey: '' };
  }
  const awardIds = bookIndex(book).awardIds;
  (options.awards ?? []).forEach((id, i) => {
    if (!awardIds.has(id)) issues.push(makeIssue('unknown_award', ['options', 'awards', i], { award: id, ...suggest(id, awardIds) }));
  });
  if (issues.length) return { book, options, optionIssues: issues, hashTail: '', awardsKey: '' };
  const resolved = resolveRegime(book, options);
  const periodEnd = resolved.ok ? resolved.value.choice.periodEnd : null;
  // the input hash covers [subject, year, regime override, period end, sorted award filter, detail]:
  // a full and a verdicts-only report of the same subject differ, so their hashes differ too
  const tail = JSON.stringify([options.year, options.regime ?? null, periodEnd, options.awards ? [...options.awards].sort() : null, options.detail ?? 'full']);
  const awardsKey = options.awards ? JSON.stringify([...new Set(options.awards)].sort()) : '*';
  return { book, options, optionIssues: [], resolved, hashTail: tail.slice(1, -1), awardsKey };
}

/** Validate the subject; the plan, or every issue (options first, then subject, then regime). */
function begin(prep: PreparedEvaluation, subject: unknown): Result<{ subj: Subject; regime: RegimeDef; choice: RegimeChoice; plan: readonly PlanEntry[] }> {
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

/** The canonical input hash of a normalised subject under prepared options. */
function inputHashOf(prep: PreparedEvaluation, subj: Subject): string {
  // the normalised subject is in schema key order (parser output) and canonical array order, so plain
  // JSON.stringify is already independent of the input's key and array order (property-tested)
  return sha256Hex(`[${JSON.stringify(subj)},${prep.hashTail}]`);
}

type SubjectSummary = EligibilityReport['subject'];
function summaryOf(subj: Subject): SubjectSummary {
  return subj.name ? { id: subj.id, kind: subj.kind, name: subj.name } : { id: subj.id, kind: subj.kind };
}

function report(prep: PreparedEvaluation, subject: SubjectSummary, inputHash: string, choice: RegimeChoice, verdicts: AwardVerdict[], notConsidered: readonly NotConsideredRecord[] | undefined): EligibilityReport {
  const { book, options } = prep;
  return {
    schemaVersion: 1,
    subject: subject.name ? { id: subject.id, kind: subject.kind, name: subject.name } : { id: subject.id, kind: subject.kind },
    year: options.year,
    ...(notConsidered ? { notConsidered } : {}),
    regime: { id: choice.id, title: choice.title, resolvedBy: choice.resolvedBy, periodEnd: choice.periodEnd, ruleDate: choice.ruleDate },
    ruleBook: {
      id: book.id,
      version: book.version,
      hash: book.hash,
      ...(book.overlays?.length ? { overlays: book.overlays.map((o) => ({ ...(o.province !== undefined ? { province: o.province } : {}), ...(o.agency !== undefined ? { agency: o.agency } : {}), jurisdiction: o.jurisdiction, decision: o.decision, illustrative: o.illustrative })) } : {}),
    },
    detail: options.detail ?? 'full',
    inputHash,
    awards: verdicts,
  };
}

function notApplicable(e: PlanEntry): AwardVerdict {
  return { awardId: e.award.id, title: e.award.title, verdict: 'not-applicable', reason: e.notApplicable, rules: [], failing: [] };
}

/** The verdict of an award without its findings (detail "verdicts"). */
function verdictOnly(award: AwardDef, verdict: AwardVerdict['verdict']): AwardVerdict {
  return { awardId: award.id, title: award.title, verdict, rules: [], failing: [] };
}

/** A shared rule's outcome and its failing leaves, built once per subject. */
interface SharedOutcome {
  readonly outcome: RuleOutcome;
  readonly failing: readonly FailingLeaf[];
}
/** Outcomes of shared rules for one subject, by rule id. */
type SharedOutcomes = Map<string, SharedOutcome>;

/**
 * The verdict of an award with every rule's finding tree and the failing leaves, whichever evaluator
 * built the trees. A shared rule (see {@link isShared}) already built for this subject is reused, not
 * rebuilt: `treeOf` is not called for it.
 */
function fullVerdict(award: AwardDef, entry: { readonly rules: readonly RuleDef[]; readonly shared: readonly boolean[] }, treeOf: (rule: RuleDef) => GroupFinding, shared: SharedOutcomes): AwardVerdict {
  const { rules } = entry;
  const outcomes = new Array<RuleOutcome>(rules.length);
  const statuses = new Array<NodeStatus>(rules.length);
  const failing: FailingLeaf[] = [];
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    const isSharedRule = entry.shared[i]!;
    const hit = isSharedRule ? shared.get(rule.id) : undefined;
    if (hit) {
      outcomes[i] = hit.outcome;
      statuses[i] = hit.outcome.status;
      for (const f of hit.failing) failing.push(f);
      continue;
    }
    const tree = treeOf(rule);
    statuses[i] = tree.status;
    const outcome: RuleOutcome = { ruleId: rule.id, kind: rule.kind, title: rule.title, citation: rule.citation, marker: rule.marker, status: tree.status, tree };
    outcomes[i] = outcome;
    const start = failing.length;
    failingLeaves(rule.id, tree, failing);
    if (isSharedRule) shared.set(rule.id, { outcome, failing: failing.slice(start) });
  }
  return { awardId: award.id, title: award.title, verdict: verdictOf(statuses), rules: outcomes, failing };
}

/** A fact context (a class: one hidden class, cheap to create once per award). */
class Ctx implements FactContext {
  constructor(
    readonly subject: Subject,
    readonly year: number,
    readonly settings: FactContext['settings'],
    readonly categoryOf: FactContext['categoryOf'],
    readonly awardId: string,
  ) {}
}

/** The compiled closures of the regime and one run (fact memo) for a subject; `enter` switches it to an award. */
function compiledRunFor(prep: PreparedEvaluation, subj: Subject, regime: RegimeDef) {
  const compiled = compiledRegime(prep.book, regime.id);
  const year = prep.options.year;
  const categoryOf = bookIndex(prep.book).categoryOf;
  const run = newRun(compiled, new Ctx(subj, year, regime.settings, categoryOf, ''));
  const enter = (award: AwardDef): void => switchAward(compiled, run, new Ctx(subj, year, regime.settings, categoryOf, award.id));
  return { rules: compiled.rules, run, enter };
}

/**
 * The compiled evaluator, synchronous: one subject against a prepared evaluation. Same report as the
 * json-rules-engine path (differential tests).
 * @internal
 */
export function evaluatePreparedSync(prep: PreparedEvaluation, subject: unknown): Result<EligibilityReport> {
  const b = begin(prep, subject);
  if (!b.ok) return b;
  const { subj, regime, choice, plan } = b.value;
  const { rules, run, enter } = compiledRunFor(prep, subj, regime);
  const verdictsOnly = prep.options.detail === 'verdicts';
  const verdicts: AwardVerdict[] = [];
  const sharedStatus = new Map<string, NodeStatus>();
  const shared: SharedOutcomes = new Map();
  const statusOf = (r: RuleDef) => rules.get(r.id)!.status(run);
  const treeOf = (r: RuleDef) => rules.get(r.id)!.tree(run);
  for (const e of plan) {
    if (e.rules === undefined) {
      verdicts.push(notApplicable(e));
      continue;
    }
    enter(e.award);
    verdicts.push(verdictsOnly ? verdictOnly(e.award, statusVerdict(e, statusOf, sharedStatus)) : fullVerdict(e.award, e, treeOf, shared));
  }
  return ok(report(prep, summaryOf(subj), inputHashOf(prep, subj), choice, verdicts, recordsAfterYear(subj, prep.options.year)));
}

/** The reference path: json-rules-engine runs the conditions; findings are built from its results. */
async function evaluatePreparedWithEngine(prep: PreparedEvaluation, subject: unknown): Promise<Result<EligibilityReport>> {
  const b = begin(prep, subject);
  if (!b.ok) return b;
  const { subj, regime, choice, plan } = b.value;
  const planned = plan.flatMap((e) => (e.rules ?? []).map((rule) => ({ rule, awardId: e.award.id })));
  const factCtx = { subject: subj, year: prep.options.year, settings: regime.settings, categoryOf: bookIndex(prep.book).categoryOf };
  const engineResults = await runEngine(planned, factCtx);
  const verdicts: AwardVerdict[] = [];
  const sharedStatus = new Map<string, NodeStatus>();
  const shared: SharedOutcomes = new Map();
  for (const e of plan) {
    if (e.rules === undefined) {
      verdicts.push(notApplicable(e));
      continue;
    }
    const award = e.award;
    const leavesOf = (rule: RuleDef) => engineResults.get(`${rule.id}|${award.id}`) ?? [];
    if (prep.options.detail === 'verdicts') {
      verdicts.push(verdictOnly(award, statusVerdict(e, (rule) => statusOnly(rule.root, leavesOf(rule), { i: 0 }), sharedStatus)));
      continue;
    }
    verdicts.push(
      fullVerdict(award, e, (rule) => {
        const leaves = leavesOf(rule);
        const cursor = { i: 0 };
        const tree = toFinding(rule.root, leaves, cursor) as GroupFinding;
        if (cursor.i !== leaves.length) throw new Error('internal: engine result tree does not match the rule');
        return tree;
      }, shared),
    );
  }
  return ok(report(prep, summaryOf(subj), inputHashOf(prep, subj), choice, verdicts, recordsAfterYear(subj, prep.options.year)));
}

/**
 * The result of one subject in compact form, for moving between threads: the subject summary, its
 * input hash and, in plan order, every leaf's fact value and operator result (detail "full") or each
 * award's verdict (detail "verdicts"). {@link expandCompact} rebuilds the exact report from it.
 * @internal
 */
export type CompactResult =
  | { readonly ok: false; readonly issues: readonly Issue[] }
  | {
      readonly ok: true;
      readonly subject: SubjectSummary;
      readonly inputHash: string;
      readonly values: readonly FactValue[];
      readonly results: readonly boolean[];
      readonly verdicts: readonly AwardVerdict['verdict'][];
      readonly notConsidered: readonly NotConsideredRecord[] | undefined;
    };

/** The compiled evaluator, returning the compact result (the expensive part, run on a worker). @internal */
export function evaluatePreparedCompact(prep: PreparedEvaluation, subject: unknown): CompactResult {
  const b = begin(prep, subject);
  if (!b.ok) return { ok: false, issues: b.issues };
  const { subj, regime, plan } = b.value;
  const { rules, run, enter } = compiledRunFor(prep, subj, regime);
  const values: FactValue[] = [];
  const results: boolean[] = [];
  const verdicts: AwardVerdict['verdict'][] = [];
  const verdictsOnly = prep.options.detail === 'verdicts';
  const sharedStatus = new Map<string, NodeStatus>();
  const statusOf = (r: RuleDef) => rules.get(r.id)!.status(run);
  // a shared rule's leaves are sent once per subject: the expansion builds its outcome once and reuses it
  const sent = new Set<string>();
  for (const e of plan) {
    if (e.rules === undefined) continue;
    enter(e.award);
    if (verdictsOnly) {
      verdicts.push(statusVerdict(e, statusOf, sharedStatus));
      continue;
    }
    for (let i = 0; i < e.rules.length; i++) {
      const rule = e.rules[i]!;
      if (e.shared[i]) {
        if (sent.has(rule.id)) continue;
        sent.add(rule.id);
      }
      for (const leaf of rules.get(rule.id)!.leaves) {
        const v = leaf.value(run);
        values.push(v);
        results.push(v === null ? false : leaf.test(v));
      }
    }
  }
  return { ok: true, subject: summaryOf(subj), inputHash: inputHashOf(prep, subj), values, results, verdicts, notConsidered: recordsAfterYear(subj, prep.options.year) };
}

/**
 * Rebuild the report of {@link evaluatePreparedCompact} with the same plan and the same finding
 * builders: byte-identical to {@link evaluatePreparedSync} (tested through the worker-thread batch).
 * @internal
 */
export function expandCompact(prep: PreparedEvaluation, compact: CompactResult): Result<EligibilityReport> {
  if (!compact.ok) return fail(compact.issues);
  const resolved = prep.resolved;
  if (!resolved?.ok) throw new Error('internal: a compact report for options that do not resolve');
  const { regime, choice } = resolved.value;
  const plan = planFor(prep.book, regime, choice.ruleDate, compact.subject.kind, prep.options.awards, prep.awardsKey);
  const compiled = compiledRegime(prep.book, regime.id);
  const cursor: CompactCursor = { values: compact.values, results: compact.results, i: 0 };
  let k = 0;
  const verdicts: AwardVerdict[] = [];
  const shared: SharedOutcomes = new Map();
  const treeOf = (rule: RuleDef) => compiled.rules.get(rule.id)!.expand(cursor);
  for (const e of plan) {
    if (e.rules === undefined) {
      verdicts.push(notApplicable(e));
      continue;
    }
    verdicts.push(prep.options.detail === 'verdicts' ? verdictOnly(e.award, compact.verdicts[k++]!) : fullVerdict(e.award, e, treeOf, shared));
  }
  if (cursor.i !== compact.values.length) throw new Error('internal: compact result does not match the plan');
  return ok(report(prep, compact.subject, compact.inputHash, choice, verdicts, compact.notConsidered));
}

/** Evaluate one subject against a prepared evaluation with the evaluator its options name. @internal */
export function evaluatePrepared(prep: PreparedEvaluation, subject: unknown): Promise<Result<EligibilityReport>> {
  return prep.options?.evaluator === 'json-rules-engine' ? evaluatePreparedWithEngine(prep, subject) : Promise.resolve(evaluatePreparedSync(prep, subject));
}

/**
 * Evaluate every award (or the requested ones) for one subject in one achievement year.
 * Every leaf is evaluated and reported with the fact value used, the expected value, its citation
 * and the gap to eligibility. Bad input gives typed issues, never a throw and never a partial
 * verdict. The input is not mutated.
 * @param book a rule book from {@link loadRuleBook}.
 * @param subject an individual or collective (validated here).
 * @param options the achievement year, optional regime override, optional award filter.
 * @returns the eligibility report, or the issues found in the input.
 */
export async function evaluateEligibility(book: RuleBook, subject: unknown, options: EvaluateOptions): Promise<Result<EligibilityReport>> {
  return evaluatePrepared(prepareEvaluation(book, options), subject);
}
