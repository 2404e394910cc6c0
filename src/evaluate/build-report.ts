/**
 * The one hand-off from evaluation to explanation (issue 16): compact leaf results (see
 * model/leaf-results.ts), whichever evaluator produced them, turned into the eligibility report —
 * rule statuses, verdicts, finding trees and failing leaves. No other module builds findings.
 */
import type { EmittedRule, EvaluationPlan, LeafResults, PlanEntry, PlannedAward } from '../model/leaf-results.js';
import type { AwardVerdict, EligibilityReport, Finding, LeafFinding, NodeStatus, NotConsideredRecord, RegimeChoice, RuleOutcome, Verdict } from '../model/outcome.js';
import type { PreparedEvaluation, SubjectSummary } from './prepare-evaluation.js';
import { ruleTemplate } from './rule-template.js';

type FailingLeaf = AwardVerdict['failing'][number];
type PlannedVerdict = Exclude<Verdict, 'not-applicable'>;

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

function checkShape(plan: EvaluationPlan, leaves: LeafResults, detail: 'full' | 'verdicts'): void {
  const fits = detail === 'verdicts' ? leaves.verdicts.length === plan.awards.length && leaves.values.length === 0 : leaves.verdicts.length === 0 && leaves.values.length === plan.leafCount && leaves.results.length === plan.leafCount;
  if (!fits) throw new Error('internal: compact result does not match the plan');
}

/** The status of every emitted rule (plan order) from full leaf results. */
function ruleStatuses(emitted: readonly EmittedRule[], leaves: LeafResults): NodeStatus[] {
  const out = new Array<NodeStatus>(emitted.length);
  for (let s = 0; s < emitted.length; s++) out[s] = ruleTemplate(emitted[s]!.rule).status(leaves.values, leaves.results, emitted[s]!.offset);
  return out;
}

function awardVerdict(a: PlannedAward, statuses: readonly NodeStatus[]): PlannedVerdict {
  let missing = false;
  for (const slot of a.slots) {
    const s = statuses[slot];
    if (s === 'fail') return 'ineligible';
    if (s === 'missing_fact') missing = true;
  }
  return missing ? 'undetermined' : 'eligible';
}

/**
 * Each planned award's verdict from full leaf results: the compact verdicts-only form (the json-rules-engine
 * reference evaluates every leaf; this gives what the compiled evaluator gives in detail "verdicts").
 * @internal
 */
export function toVerdictsOnly(plan: EvaluationPlan, leaves: LeafResults): LeafResults {
  checkShape(plan, leaves, 'full');
  const statuses = ruleStatuses(plan.emitted, leaves);
  return { values: [], results: [], verdicts: plan.awards.map((a) => awardVerdict(a, statuses)) };
}

function notApplicable(e: PlanEntry & { notApplicable: object | string }): AwardVerdict {
  return { awardId: e.award.id, title: e.award.title, verdict: 'not-applicable', reason: e.notApplicable, rules: [], failing: [] };
}

/** Outcomes of the emitted rules of one subject, built once each (a shared principle's one object). */
class Outcomes {
  private readonly outcomes: (RuleOutcome | undefined)[];
  private readonly failing: (readonly FailingLeaf[] | undefined)[];
  constructor(
    private readonly emitted: readonly EmittedRule[],
    private readonly leaves: LeafResults,
    private readonly statuses: readonly NodeStatus[],
  ) {
    this.outcomes = new Array(emitted.length);
    this.failing = new Array(emitted.length);
  }
  outcome(slot: number): RuleOutcome {
    let o = this.outcomes[slot];
    if (o === undefined) {
      const { rule, offset } = this.emitted[slot]!;
      const tree = ruleTemplate(rule).tree(this.leaves.values, this.leaves.results, offset);
      o = this.outcomes[slot] = { ruleId: rule.id, kind: rule.kind, title: rule.title, citation: rule.citation, marker: rule.marker, status: this.statuses[slot]!, tree };
    }
    return o;
  }
  failingOf(slot: number): readonly FailingLeaf[] {
    let f = this.failing[slot];
    if (f === undefined) {
      const out: FailingLeaf[] = [];
      const o = this.outcome(slot);
      failingLeaves(o.ruleId, o.tree, out);
      f = this.failing[slot] = out;
    }
    return f;
  }
}

/**
 * The verdict of a planned award in a full report. The verdict is computed at once (from the rule
 * statuses, a walk that builds nothing); `rules` (the outcomes with their finding trees) and `failing`
 * are built on first read — a property read, `JSON.stringify` (through `toJSON`, same bytes, same key
 * order as a plain object) or a renderer — and kept. They are accessors of the prototype, not own
 * properties: `Object.keys`, spreading and `structuredClone` see awardId, title and verdict only
 * (JSON.parse(JSON.stringify(report)) gives the plain form). A shared principle's outcome is one
 * object in every verdict of the subject, as before.
 * @internal
 */
export class LazyAwardVerdict implements AwardVerdict {
  readonly #slots: readonly number[];
  readonly #outcomes: Outcomes;
  #rules: readonly RuleOutcome[] | undefined;
  #failing: readonly FailingLeaf[] | undefined;
  constructor(
    readonly awardId: string,
    readonly title: AwardVerdict['title'],
    readonly verdict: PlannedVerdict,
    slots: readonly number[],
    outcomes: Outcomes,
  ) {
    this.#slots = slots;
    this.#outcomes = outcomes;
  }
  get rules(): readonly RuleOutcome[] {
    if (this.#rules === undefined) {
      const slots = this.#slots;
      const out = new Array<RuleOutcome>(slots.length);
      for (let i = 0; i < slots.length; i++) out[i] = this.#outcomes.outcome(slots[i]!);
      this.#rules = out;
    }
    return this.#rules;
  }
  get failing(): readonly FailingLeaf[] {
    if (this.#failing === undefined) {
      const out: FailingLeaf[] = [];
      for (const slot of this.#slots) for (const f of this.#outcomes.failingOf(slot)) out.push(f);
      this.#failing = out;
    }
    return this.#failing;
  }
  /** The plain form, key for key what a plain verdict object serialises to. */
  toJSON(): AwardVerdict {
    return { awardId: this.awardId, title: this.title, verdict: this.verdict, rules: this.rules, failing: this.failing };
  }
}

/** The award verdicts of a report from compact leaf results. */
function verdictsOf(plan: EvaluationPlan, leaves: LeafResults, detail: 'full' | 'verdicts'): AwardVerdict[] {
  checkShape(plan, leaves, detail);
  const verdicts: AwardVerdict[] = [];
  if (detail === 'verdicts') {
    let k = 0;
    for (const e of plan.entries) {
      if (e.notApplicable !== undefined) verdicts.push(notApplicable(e));
      else verdicts.push({ awardId: e.award.id, title: e.award.title, verdict: leaves.verdicts[k++]!, rules: [], failing: [] });
    }
    return verdicts;
  }
  const statuses = ruleStatuses(plan.emitted, leaves);
  const outcomes = new Outcomes(plan.emitted, leaves, statuses);
  for (const e of plan.entries) {
    if (e.notApplicable !== undefined) verdicts.push(notApplicable(e));
    else verdicts.push(new LazyAwardVerdict(e.award.id, e.award.title, awardVerdict(e.planned, statuses), e.planned.slots, outcomes));
  }
  return verdicts;
}

/** What a report says about the subject and the run, besides the verdicts. @internal */
export interface ReportHead {
  readonly subject: SubjectSummary;
  /** The input hash, or a function computing it: the report then computes it when first read. */
  readonly inputHash: string | (() => string);
  readonly choice: RegimeChoice;
  readonly notConsidered: readonly NotConsideredRecord[] | undefined;
}

/**
 * The eligibility report of one subject from its compact leaf results under the plan they were
 * produced for. Throws (an internal error) when the results do not fit the plan.
 * @internal
 */
export function buildReport(prep: PreparedEvaluation, plan: EvaluationPlan, head: ReportHead, leaves: LeafResults): EligibilityReport {
  const { book, options } = prep;
  const { subject, choice, notConsidered } = head;
  const detail = options.detail ?? 'full';
  const hashed = head.inputHash;
  const subjectPart = subject.name ? { id: subject.id, kind: subject.kind, name: subject.name } : { id: subject.id, kind: subject.kind };
  const regime = { id: choice.id, title: choice.title, resolvedBy: choice.resolvedBy, periodEnd: choice.periodEnd, ruleDate: choice.ruleDate };
  const ruleBook = {
    id: book.id,
    version: book.version,
    hash: book.hash,
    ...(book.overlays?.length ? { overlays: book.overlays.map((o) => ({ ...(o.province !== undefined ? { province: o.province } : {}), ...(o.agency !== undefined ? { agency: o.agency } : {}), jurisdiction: o.jurisdiction, decision: o.decision, illustrative: o.illustrative })) } : {}),
  };
  const awards = verdictsOf(plan, leaves, detail);
  if (typeof hashed === 'string') {
    return { schemaVersion: 1, subject: subjectPart, year: options.year, ...(notConsidered ? { notConsidered } : {}), regime, ruleBook, detail, inputHash: hashed, awards };
  }
  return new LazyHashReport(subjectPart, options.year, notConsidered, regime, ruleBook, detail, hashed, awards);
}

/**
 * A report whose `inputHash` is computed on first read and kept: serialising the subject and hashing
 * it cost about a third of a whole-book evaluation (docs/performance.md), which batch callers that
 * read only verdicts never use. The function hashes the normalised subject, a fresh copy nothing else
 * reaches, so the value never depends on when it is read. Like {@link LazyAwardVerdict}, the accessor
 * lives on the prototype (an own getter per report would give every report its own hidden class,
 * which measured slower than hashing) and `toJSON` gives the plain form, key for key.
 */
export class LazyHashReport implements EligibilityReport {
  declare readonly schemaVersion: 1;
  declare readonly subject: EligibilityReport['subject'];
  declare readonly year: number;
  declare readonly notConsidered?: readonly NotConsideredRecord[] | undefined;
  declare readonly regime: EligibilityReport['regime'];
  declare readonly ruleBook: EligibilityReport['ruleBook'];
  declare readonly detail: EligibilityReport['detail'];
  declare readonly awards: readonly AwardVerdict[];
  #hash: string | undefined;
  #compute: (() => string) | undefined;
  constructor(
    subject: EligibilityReport['subject'],
    year: number,
    notConsidered: readonly NotConsideredRecord[] | undefined,
    regime: EligibilityReport['regime'],
    ruleBook: EligibilityReport['ruleBook'],
    detail: EligibilityReport['detail'],
    compute: () => string,
    awards: readonly AwardVerdict[],
  ) {
    // own keys in the documented order, as assigned here (`declare` fields emit no definitions);
    // inputHash, on the prototype, comes between detail and awards in toJSON
    this.schemaVersion = 1;
    this.subject = subject;
    this.year = year;
    if (notConsidered) (this as { notConsidered?: readonly NotConsideredRecord[] }).notConsidered = notConsidered;
    this.regime = regime;
    this.ruleBook = ruleBook;
    this.detail = detail;
    this.awards = awards;
    this.#compute = compute;
  }
  get inputHash(): string {
    if (this.#hash === undefined) {
      this.#hash = this.#compute!();
      this.#compute = undefined;
    }
    return this.#hash;
  }
  /** The plain form, key for key what a plain report object serialises to. */
  toJSON(): EligibilityReport {
    return {
      schemaVersion: 1,
      subject: this.subject,
      year: this.year,
      ...(this.notConsidered ? { notConsidered: this.notConsidered } : {}),
      regime: this.regime,
      ruleBook: this.ruleBook,
      detail: this.detail,
      inputHash: this.inputHash,
      awards: this.awards,
    };
  }
}
