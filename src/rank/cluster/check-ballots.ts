import { z } from 'zod';
import { deepFreeze } from '../../_internal/deep-freeze.js';
import { checkCouncilVote } from '../check-council-vote.js';
import type { RuleBook } from '../../model/rule-book.js';
import { fromZodIssues } from '../../schema/from-zod.js';
import { fail, makeIssue, ok, type Issue, type Result } from '../../model/issue.js';
import { BallotTallySchema } from '../../schema/cluster.js';
import type { AwardProposal, BallotOutcome } from './model.js';
import { bookIssues, isObject, objectIssues } from '../../_internal/args.js';
import { checkOptions } from '../../_internal/options.js';

/** Options of {@link checkBallots}. */
export interface CheckBallotsOptions {
  /** Achievement year of the proposals (selects the regime and the ballot rule in force). */
  readonly year: number;
  /** Regime override (regimes.md B1). */
  readonly regime?: string | undefined;
}

/**
 * Apply the council ballot thresholds of the rule book to the vote tallies, one outcome per
 * proposal, by {@link checkCouncilVote} (exact integers: q·approvals ≥ p·members, threshold p/q from
 * the award rule's ballot criterion, e.g. D98 Art. 30.7). A proposal without a tally is "no-tally";
 * an award whose rule has no ballot criterion (or no rule in force) is "no-threshold" — never guessed.
 * @param proposals the proposals (from {@link proposeAwards}).
 * @param tallies vote tallies `{ member, awardId, councilMembers, approvals }`, one per proposal at most.
 * @param ruleBook the rule book holding the thresholds.
 * @param options year and regime override.
 * @returns one outcome per proposal, in the proposals' order; or typed issues.
 */
export function checkBallots(proposals: readonly AwardProposal[], tallies: unknown, ruleBook: RuleBook, options: CheckBallotsOptions): Result<readonly BallotOutcome[]> {
  const argIssues = [...bookIssues(ruleBook, 'ruleBook'), ...objectIssues(options, 'options')];
  if (!Array.isArray(proposals) || !proposals.every((p) => isObject(p) && typeof p.member === 'string' && typeof p.awardId === 'string')) argIssues.push(makeIssue('invalid_option', ['proposals'], { option: 'proposals', expected: 'proposals' }));
  if (argIssues.length) return fail(argIssues);
  const badOptions = checkOptions('checkBallots', options, false);
  if (badOptions) return badOptions;
  const issues: Issue[] = [];
  const tp = z.array(BallotTallySchema).max(500).safeParse(tallies, { reportInput: true });
  if (!tp.success) return fail(fromZodIssues(tp.error.issues, ['tallies']));
  const wanted = new Set(proposals.map((p) => `${p.member}|${p.awardId}`));
  const byKey = new Map<string, { tally: (typeof tp.data)[number]; index: number }>();
  tp.data.forEach((t, i) => {
    const key = `${t.member}|${t.awardId}`;
    if (byKey.has(key)) issues.push(makeIssue('duplicate_id', ['tallies', i], { id: key, other: `tallies[${byKey.get(key)!.index}]` }));
    else byKey.set(key, { tally: t, index: i });
    if (t.approvals > t.councilMembers) issues.push(makeIssue('approvals_exceed_members', ['tallies', i, 'approvals'], { approvals: t.approvals, members: t.councilMembers }));
    if (!wanted.has(key)) issues.push(makeIssue('invalid_value', ['tallies', i], { expected: 'proposal-key', received: key }));
  });
  if (issues.length) return fail(issues);
  const out: BallotOutcome[] = [];
  for (const p of proposals) {
    const found = byKey.get(`${p.member}|${p.awardId}`);
    const base = { member: p.member, awardId: p.awardId };
    if (!found) {
      out.push({ ...base, status: 'no-tally', approvals: null, councilMembers: null, threshold: null, requiredApprovals: null, ruleId: null, citation: null, marker: null });
      continue;
    }
    const { tally, index } = found;
    const v = checkCouncilVote(ruleBook, {
      awardId: p.awardId,
      year: options.year,
      members: tally.councilMembers,
      approvals: tally.approvals,
      ...(options.regime !== undefined ? { regime: options.regime } : {}),
    });
    if (!v.ok) {
      issues.push(...v.issues.map((is) => ({ ...is, path: is.path[0] === 'input' ? ['tallies', index, ...is.path.slice(1).map((k) => (k === 'members' ? 'councilMembers' : k))] : is.path })));
      continue;
    }
    const r = v.value;
    out.push({
      ...base,
      status: r.verdict === 'passed' ? 'pass' : r.verdict === 'failed' ? 'fail' : 'no-threshold',
      approvals: tally.approvals,
      councilMembers: tally.councilMembers,
      threshold: r.threshold,
      requiredApprovals: r.requiredApprovals,
      ruleId: r.ruleId,
      citation: r.citation,
      marker: r.marker,
    });
  }
  if (issues.length) return fail(issues);
  return ok(deepFreeze(JSON.parse(JSON.stringify(out)) as BallotOutcome[]));
}
