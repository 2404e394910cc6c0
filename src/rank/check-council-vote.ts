import { suggest } from '../_internal/closest.js';
import { deepFreeze } from '../_internal/deep-freeze.js';
import type { Citation, ConditionNode, LeafNode, Marker, RuleBook } from '../model/rule-book.js';
import { qCeil, qCmp, qFloor, qFrom } from '../_internal/rational.js';
import { fail, makeIssue, ok, type Issue, type Result } from '../model/issue.js';
import { resolveRegime } from '../rule-book/resolve-regime.js';
import { bookIssues } from '../_internal/args.js';

/** Input of {@link checkCouncilVote}: one secret ballot of the emulation and commendation council. */
export interface CouncilVoteInput {
  readonly awardId: string;
  /** Achievement year (selects the regime and the rule in force). */
  readonly year: number;
  /** All members of the council, not only those present (absentees vote in writing). */
  readonly members: number;
  readonly approvals: number;
  /** Regime override. */
  readonly regime?: string | undefined;
}

/** Outcome of a council ballot against the regime's threshold. Plain data. */
export interface CouncilVoteResult {
  readonly awardId: string;
  readonly year: number;
  readonly regime: string;
  readonly members: number;
  readonly approvals: number;
  /** `passed` / `failed` against the threshold; `no-threshold` when the award's rule has no ballot criterion. */
  readonly verdict: 'passed' | 'failed' | 'no-threshold';
  /** Minimum share of all members, as a decimal string (e.g. "0.8"); null when no threshold. */
  readonly threshold: string | null;
  readonly operator: 'decimalGte' | 'decimalGt' | null;
  /** Least number of approvals that passes with this many members. */
  readonly requiredApprovals: number | null;
  /** The rule and criterion the threshold comes from. */
  readonly ruleId: string | null;
  readonly criterion?: string | undefined;
  /** The rule-book parameter holding the threshold, with its marker and open question. */
  readonly parameter?: { readonly id: string; readonly marker: Marker; readonly question?: string | undefined } | undefined;
  readonly citation: Citation | null;
  readonly marker: Marker | null;
}

/**
 * Every ballot criterion of an award in a condition tree: `councilApprovalShare` leaves with a
 * lower bound (decimalGte/decimalGt) that are not under an odd number of `not` groups (a negated
 * lower bound is an upper bound, never a threshold). Iterative: no recursion on the tree.
 */
function ballotLeaves(root: ConditionNode, awardId: string): LeafNode[] {
  const out: LeafNode[] = [];
  const stack: { node: ConditionNode; inverted: boolean }[] = [{ node: root, inverted: false }];
  while (stack.length) {
    const { node, inverted } = stack.pop()!;
    if (node.type === 'leaf') {
      const forAward = (node.params?.['awardId'] as string | undefined) ?? awardId;
      if (!inverted && node.fact === 'councilApprovalShare' && forAward === awardId && (node.operator === 'decimalGte' || node.operator === 'decimalGt') && qFrom(node.value)) out.push(node);
      continue;
    }
    const inv = node.op === 'not' ? !inverted : inverted;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, inverted: inv });
  }
  return out;
}

/**
 * Order two ballot criteria by strictness: positive when `a` is stricter than `b` (a higher share,
 * or the same share with the strict operator).
 */
function stricter(a: LeafNode, b: LeafNode): number {
  const c = qCmp(qFrom(a.value)!, qFrom(b.value)!);
  if (c !== 0) return c;
  return (a.operator === 'decimalGt' ? 1 : 0) - (b.operator === 'decimalGt' ? 1 : 0);
}

const isCount = (v: unknown, min: number): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= 10_000_000;

/**
 * Check a council secret ballot against the threshold of the regime, exactly: the threshold p/q
 * is the value of the award rule's `councilApprovalShare` criterion — the strictest one when the
 * rule (or an overlay) holds several, since each of them must hold (a ballot.* parameter, e.g.
 * 8/10 for CSTĐCS and the flags, 9/10 for the emulation fighters, D98 Art. 30.7), and the ballot
 * passes when q·approvals ≥ p·members (integers, no floating point).
 * @param book a rule book from {@link loadRuleBook}.
 * @param input award, year, council size and approvals, optional regime override.
 * @returns the verdict with the threshold, its citation and the approvals needed, or typed issues.
 */
export function checkCouncilVote(book: RuleBook, input: CouncilVoteInput): Result<CouncilVoteResult> {
  const argIssues = bookIssues(book);
  if (argIssues.length) return fail(argIssues);
  if (input && typeof input === 'object' && (typeof input.awardId !== 'string' || (input.regime !== undefined && typeof input.regime !== 'string'))) {
    return fail([makeIssue('invalid_option', ['input', typeof input.awardId !== 'string' ? 'awardId' : 'regime'], { option: typeof input.awardId !== 'string' ? 'awardId' : 'regime', expected: 'id' })]);
  }
  if (!input || typeof input !== 'object') return fail([makeIssue('invalid_option', ['input'], { option: 'input', expected: 'object' })]);
  const issues: Issue[] = [];
  const award = book.awards.find((a) => a.id === input.awardId);
  if (!award) issues.push(makeIssue('unknown_award', ['input', 'awardId'], { award: String(input.awardId), ...suggest(String(input.awardId), book.awards.map((a) => a.id)) }));
  if (!Number.isInteger(input.year) || input.year < 1945 || input.year > 2100) issues.push(makeIssue('invalid_option', ['input', 'year'], { option: 'year', expected: 'year' }));
  if (!isCount(input.members, 1)) issues.push(makeIssue('invalid_option', ['input', 'members'], { option: 'members', expected: 'council-members' }));
  if (!isCount(input.approvals, 0)) issues.push(makeIssue('invalid_option', ['input', 'approvals'], { option: 'approvals', expected: 'approvals-count' }));
  else if (isCount(input.members, 1) && input.approvals > input.members) {
    issues.push(makeIssue('approvals_exceed_members', ['input', 'approvals'], { approvals: input.approvals, members: input.members }));
  }
  if (issues.length || !award) return fail(issues);
  const resolved = resolveRegime(book, { year: input.year, regime: input.regime });
  if (!resolved.ok) return resolved;
  const { regime, choice } = resolved.value;
  const date = choice.ruleDate;
  const rules = regime.rules.filter(
    (r) => r.kind === 'award' && r.awardId === award.id && r.effective.from <= date && (r.effective.to === undefined || date <= r.effective.to),
  );
  // Every ballot criterion of every rule in force counts, and the strictest one binds: in an
  // `all` group each of them must hold, so a ballot that passes the strictest passes them all, and
  // an added looser criterion (e.g. an overlay's decimalGt "0") can never lower the threshold.
  let found: { ruleId: string; leaf: LeafNode } | undefined;
  for (const r of rules) {
    for (const leaf of ballotLeaves(r.root, award.id)) {
      if (!found || stricter(leaf, found.leaf) > 0) found = { ruleId: r.id, leaf };
    }
  }
  const base = { awardId: award.id, year: input.year, regime: regime.id, members: input.members, approvals: input.approvals };
  if (!found) {
    return ok(deepFreeze({ ...base, verdict: 'no-threshold' as const, threshold: null, operator: null, requiredApprovals: null, ruleId: null, citation: null, marker: null }));
  }
  const { leaf } = found;
  const t = qFrom(leaf.value)!;
  const strict = leaf.operator === 'decimalGt';
  const lhs = t.d * BigInt(input.approvals);
  const rhs = t.n * BigInt(input.members);
  const passed = strict ? lhs > rhs : lhs >= rhs;
  // approvals needed: the smallest count a with a / members passing the threshold, exactly
  const atThreshold = { n: rhs, d: t.d };
  const required = strict ? qFloor(atThreshold) + 1n : qCeil(atThreshold);
  const param = leaf.paramRef ? regime.parameters.find((p) => p.id === leaf.paramRef) : undefined;
  return ok(
    deepFreeze({
      ...base,
      verdict: passed ? ('passed' as const) : ('failed' as const),
      threshold: leaf.value as string,
      operator: leaf.operator as 'decimalGte' | 'decimalGt',
      requiredApprovals: Number(required > 0n ? required : 0n),
      ruleId: found.ruleId,
      ...(leaf.criterion ? { criterion: leaf.criterion } : {}),
      ...(param ? { parameter: { id: param.id, marker: param.marker, ...(param.question ? { question: param.question } : {}) } } : {}),
      citation: leaf.citation,
      marker: leaf.marker,
    }),
  );
}
