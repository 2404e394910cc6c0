import { closest } from '../_internal/closest.js';
import { isRealDate } from '../schema/common.js';
import { sha256Hex } from '../_internal/sha256.js';
import { FACTS_BY_ID } from '../facts/catalog.js';
import type { AwardVerdict, EligibilityReport, Finding, GroupFinding, LeafFinding, NodeStatus, RuleOutcome } from '../model/outcome.js';
import type { AwardDef, ConditionNode, RuleBook, RuleDef } from '../model/rule-book.js';
import { OPERATORS } from '../operators/registry.js';
import { fail, makeIssue, ok, type Issue, type Result } from '../result/issue.js';
import { resolveRegime } from '../rule-book/resolve-regime.js';
import { compileRuleBook } from '../compile/compile-rule-book.js';
import { runCompiled } from '../compile/run-compiled.js';
import { runEngine, type EngineLeafResult } from './engine-adapter.js';
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
}

/** Status of a condition tree without building findings (detail "verdicts"). */
function statusOnly(node: ConditionNode, leaves: EngineLeafResult[], cursor: { i: number }): NodeStatus {
  if (node.type === 'leaf') {
    const r = leaves[cursor.i++]!;
    return r.factValue === null ? 'missing_fact' : r.result ? 'pass' : 'fail';
  }
  const st = node.children.map((c) => statusOnly(c, leaves, cursor));
  return node.op === 'all' ? and3(st) : node.op === 'any' ? or3(st) : st[0] === 'pass' ? 'fail' : st[0] === 'fail' ? 'pass' : 'missing_fact';
}

function and3(statuses: NodeStatus[]): NodeStatus {
  if (statuses.includes('fail')) return 'fail';
  if (statuses.includes('missing_fact')) return 'missing_fact';
  return 'pass';
}
function or3(statuses: NodeStatus[]): NodeStatus {
  if (statuses.includes('pass')) return 'pass';
  if (statuses.includes('missing_fact')) return 'missing_fact';
  return 'fail';
}

/**
 * Build the finding of a node. Every finding has the same keys in the same order (a single object
 * literal, so V8 keeps one shape); optional keys hold `undefined` and are absent from JSON output.
 */
function toFinding(node: ConditionNode, leaves: EngineLeafResult[], cursor: { i: number }): Finding {
  if (node.type === 'group') {
    const children = node.children.map((c) => toFinding(c, leaves, cursor));
    const st = children.map((c) => c.status);
    const status: NodeStatus =
      node.op === 'all' ? and3(st) : node.op === 'any' ? or3(st) : st[0] === 'pass' ? 'fail' : st[0] === 'fail' ? 'pass' : 'missing_fact';
    return {
      type: 'group',
      name: node.name,
      path: node.path,
      op: node.op,
      criterion: node.criterion,
      label: node.label,
      status,
      citation: node.citation,
      marker: node.marker,
      children,
      provenance: node.provenance,
    } as GroupFinding;
  }
  const res = leaves[cursor.i++];
  if (!res) throw new Error('internal: engine result tree does not match the rule');
  const fact = FACTS_BY_ID.get(node.fact)!;
  const actual = res.factValue === null ? null : typeof res.factValue === 'number' ? String(res.factValue) : res.factValue;
  const status: NodeStatus = actual === null ? 'missing_fact' : res.result ? 'pass' : 'fail';
  return {
    type: 'leaf',
    name: node.name,
    path: node.path,
    criterion: node.criterion,
    label: node.label,
    fact: node.fact,
    factLabel: fact.label,
    params: node.params,
    operator: node.operator,
    expected: node.value,
    paramRef: node.paramRef,
    paramRefs: node.paramRefs,
    actual,
    status,
    citation: node.citation,
    marker: node.marker,
    statutory: node.statutory,
    gap: status === 'fail' && res.factValue !== null ? OPERATORS.get(node.operator)!.gap(res.factValue, node.value, fact.unit) : undefined,
    provenance: node.provenance,
  } as LeafFinding;
}

function failingLeaves(ruleId: string, f: Finding, out: AwardVerdict['failing'][number][], negate = false): void {
  const effectiveOk = negate ? f.status === 'fail' : f.status === 'pass';
  if (effectiveOk) return; // e.g. an any-group that passed: its failed alternatives are not gaps
  if (f.type === 'group') {
    for (const c of f.children) failingLeaves(ruleId, c, out, f.op === 'not' ? !negate : negate);
    return;
  }
  const status: NodeStatus = negate && f.status === 'pass' ? 'fail' : f.status;
  out.push({ ruleId, name: f.name, status, ...(f.criterion ? { criterion: f.criterion } : {}), ...(f.gap && !negate ? { gap: f.gap } : {}) });
}

interface BookIndex {
  readonly awardIds: ReadonlySet<string>;
  readonly byId: ReadonlyMap<string, AwardDef>;
  readonly order: ReadonlyMap<string, number>;
  readonly categoryOf: (id: string) => 'title' | 'form' | undefined;
}
/** Lookups over a (frozen, immutable) rule book, built once per book object. */
const indexes = new WeakMap<RuleBook, BookIndex>();
function bookIndex(book: RuleBook): BookIndex {
  let idx = indexes.get(book);
  if (!idx) {
    const byId = new Map(book.awards.map((a) => [a.id, a] as const));
    idx = {
      awardIds: new Set(byId.keys()),
      byId,
      order: new Map(book.awards.map((a, i) => [a.id, i])),
      categoryOf: (id) => byId.get(id)?.category,
    };
    indexes.set(book, idx);
  }
  return idx;
}

function inForce(rule: RuleDef, date: string): boolean {
  return rule.effective.from <= date && (rule.effective.to === undefined || date <= rule.effective.to);
}

/**
 * Evaluate every award (or the requested ones) for one subject in one achievement year.
 * json-rules-engine evaluates the conditions; every leaf is evaluated and reported with the fact
 * value used, the expected value, its citation and the gap to eligibility. Bad input gives typed
 * issues, never a throw and never a partial verdict. The input is not mutated.
 * @param book a rule book from {@link loadRuleBook}.
 * @param subject an individual or collective (validated here).
 * @param options the achievement year, optional regime override, optional award filter.
 * @returns the eligibility report, or the issues found in the input.
 */
export async function evaluateEligibility(book: RuleBook, subject: unknown, options: EvaluateOptions): Promise<Result<EligibilityReport>> {
  const issues: Issue[] = [];
  if (!options || typeof options !== 'object') return fail([makeIssue('invalid_option', ['options'], { option: 'options', detail: 'expected an object' })]);
  if (!Number.isInteger(options.year) || options.year < 1945 || options.year > 2100) {
    issues.push(makeIssue('invalid_option', ['options', 'year'], { option: 'year', detail: 'an integer year between 1945 and 2100' }));
  }
  if (options.detail !== undefined && options.detail !== 'full' && options.detail !== 'verdicts') {
    issues.push(makeIssue('invalid_option', ['options', 'detail'], { option: 'detail', detail: '"full" or "verdicts"' }));
  }
  if (options.evaluator !== undefined && options.evaluator !== 'compiled' && options.evaluator !== 'json-rules-engine') {
    issues.push(makeIssue('invalid_option', ['options', 'evaluator'], { option: 'evaluator', detail: '"compiled" or "json-rules-engine"' }));
  }
  if (
    options.periodEnd !== undefined &&
    !(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(options.periodEnd) && isRealDate(options.periodEnd) && [options.year, options.year + 1].includes(Number(options.periodEnd.slice(0, 4))))
  ) {
    issues.push(makeIssue('invalid_option', ['options', 'periodEnd'], { option: 'periodEnd', detail: 'a real date YYYY-MM-DD in the achievement year or the next (school years)' }));
  }
  const idx = bookIndex(book);
  const awardIds = idx.awardIds;
  (options.awards ?? []).forEach((id, i) => {
    if (!awardIds.has(id)) issues.push(makeIssue('unknown_award', ['options', 'awards', i], { award: id, suggestions: closest(id, awardIds) }));
  });
  const norm = normalizeSubject(subject);
  issues.push(...norm.issues);
  if (issues.length || !norm.subject) return fail(issues);
  const subj = norm.subject;
  const resolved = resolveRegime(book, options);
  if (!resolved.ok) return resolved;
  const { regime, choice } = resolved.value;

  const categoryOf = idx.categoryOf;
  const wanted = options.awards ? book.awards.filter((a) => options.awards!.includes(a.id)) : book.awards.filter((a) => a.subjects.includes(subj.kind));
  const rulesInForce = regime.rules.filter((r) => inForce(r, choice.ruleDate) && r.subject === subj.kind);
  const mainByAward = new Map<string, RuleDef[]>();
  for (const r of rulesInForce) {
    if (r.kind !== 'award' || r.awardId === undefined) continue;
    const list = mainByAward.get(r.awardId);
    if (list) list.push(r);
    else mainByAward.set(r.awardId, [r]);
  }
  const principleRules = rulesInForce.filter((r) => r.kind === 'principle');
  const plan: { awardId: string; rules: RuleDef[] }[] = [];
  const verdicts: AwardVerdict[] = [];
  for (const award of wanted) {
    if (!award.subjects.includes(subj.kind)) {
      verdicts.push({ awardId: award.id, title: award.title, verdict: 'not-applicable', reason: 'subject-kind-mismatch', rules: [], failing: [] });
      continue;
    }
    const main = mainByAward.get(award.id) ?? [];
    if (main.length === 0) {
      verdicts.push({ awardId: award.id, title: award.title, verdict: 'not-applicable', reason: 'no-rule-in-force', rules: [], failing: [] });
      continue;
    }
    const principles = principleRules.filter((r) => r.appliesTo === 'all' || (r.appliesTo ?? []).includes(award.id));
    plan.push({ awardId: award.id, rules: [...principles, ...main] });
  }
  const planned = plan.flatMap((p) => p.rules.map((rule) => ({ rule, awardId: p.awardId })));
  const factCtx = { subject: subj, year: options.year, settings: regime.settings, categoryOf };
  const engineResults =
    options.evaluator === 'json-rules-engine'
      ? await runEngine(planned, factCtx)
      : runCompiled(compileRuleBook(book), regime.id, planned, factCtx);
  for (const p of plan) {
    const award = idx.byId.get(p.awardId)!;
    if (options.detail === 'verdicts') {
      const st = p.rules.map((rule) => statusOnly(rule.root, engineResults.get(`${rule.id}|${p.awardId}`) ?? [], { i: 0 }));
      const verdict = st.includes('fail') ? 'ineligible' : st.includes('missing_fact') ? 'undetermined' : 'eligible';
      verdicts.push({ awardId: award.id, title: award.title, verdict, rules: [], failing: [] });
      continue;
    }
    const outcomes: RuleOutcome[] = p.rules.map((rule) => {
      const leaves = engineResults.get(`${rule.id}|${p.awardId}`) ?? [];
      const cursor = { i: 0 };
      const tree = toFinding(rule.root, leaves, cursor) as GroupFinding;
      if (cursor.i !== leaves.length) throw new Error('internal: engine result tree does not match the rule');
      return { ruleId: rule.id, kind: rule.kind, title: rule.title, citation: rule.citation, marker: rule.marker, status: tree.status, tree };
    });
    const st = outcomes.map((o) => o.status);
    const verdict = st.includes('fail') ? 'ineligible' : st.includes('missing_fact') ? 'undetermined' : 'eligible';
    const failing: AwardVerdict['failing'][number][] = [];
    for (const o of outcomes) failingLeaves(o.ruleId, o.tree, failing);
    verdicts.push({ awardId: award.id, title: award.title, verdict, rules: outcomes, failing });
  }
  const order = idx.order;
  verdicts.sort((a, b) => order.get(a.awardId)! - order.get(b.awardId)!);
  const report: EligibilityReport = {
    schemaVersion: 1,
    subject: { id: subj.id, kind: subj.kind, ...(subj.name ? { name: subj.name } : {}) },
    year: options.year,
    regime: choice,
    ruleBook: { id: book.id, version: book.version, hash: book.hash },
    inputHash: sha256Hex(
      // the normalised subject is in schema key order (zod output) and canonical array order, so plain
      // JSON.stringify is already independent of the input's key and array order (property-tested)
      JSON.stringify([subj, options.year, options.regime ?? null, choice.periodEnd, options.awards ? [...options.awards].sort() : null]),
    ),
    awards: verdicts,
  };
  return ok(report);
}
