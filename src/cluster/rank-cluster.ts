import { z } from 'zod';
import { compareCodeUnits } from '../_internal/canonical-json.js';
import { closest } from '../_internal/closest.js';
import { deepFreeze } from '../_internal/deep-freeze.js';
import { fromZodIssues } from '../result/from-zod.js';
import { fail, makeIssue, ok, type Issue, type Result } from '../result/issue.js';
import { TieBreakSchema, type TieBreak } from '../schema/score-sheet.js';
import { q, qCmp } from './_rational.js';
import type { ClusterRanking, ClusterScores, MemberScore, RankEntry, Tie, TieStep } from './model.js';

type Key = string | boolean | null;

function keyOf(step: TieBreak, m: MemberScore): Key {
  if (step.kind === 'criteria-group') return m.groups.find((g) => g.group === step.group)?.points ?? null;
  if (step.kind === 'female-preference') return m.workforce === null ? null : 10 * m.workforce.women >= 7 * m.workforce.members;
  return m.member;
}

/** Negative when a ranks before b under the step's key. */
function compareKeys(step: TieBreak, a: Key, b: Key): number {
  if (step.kind === 'criteria-group') return qCmp(q(b as string), q(a as string));
  if (step.kind === 'female-preference') return a === b ? 0 : a === true ? -1 : 1;
  return compareCodeUnits(a as string, b as string);
}

function resolve(group: readonly MemberScore[], chain: readonly TieBreak[], i: number, period: number, steps: TieStep[]): MemberScore[] {
  if (group.length <= 1) return [...group];
  const step = chain[i]!;
  const within = group.map((m) => m.member).sort(compareCodeUnits);
  const keys = group.map((m) => ({ member: m.member, value: keyOf(step, m) })).sort((a, b) => compareCodeUnits(a.member, b.member));
  const base = { step: i + 1, kind: step.kind, ...(step.kind === 'criteria-group' ? { group: step.group } : {}), within, keys };
  if (step.kind === 'female-preference') {
    const cite = { citation: step.citation };
    if (`${period}-12-31` < step.appliesFrom) {
      steps.push({ ...base, ...cite, keys: [], outcome: 'not-applicable', reason: 'before-applies-from', order: [within] });
      return resolve(group, chain, i + 1, period, steps);
    }
    if (keys.some((k) => k.value === null)) {
      steps.push({ ...base, ...cite, outcome: 'undetermined', reason: 'workforce-missing', order: [within] });
      return resolve(group, chain, i + 1, period, steps);
    }
  }
  const withKey = group.map((m) => ({ m, k: keyOf(step, m) }));
  withKey.sort((a, b) => compareKeys(step, a.k, b.k) || compareCodeUnits(a.m.member, b.m.member));
  const parts: MemberScore[][] = [];
  for (const x of withKey) {
    const last = parts[parts.length - 1];
    if (last && compareKeys(step, keyOf(step, last[0]!), x.k) === 0) last.push(x.m);
    else parts.push([x.m]);
  }
  const outcome = parts.length === group.length ? 'separated' : parts.length === 1 ? 'still-tied' : 'partly-separated';
  steps.push({
    ...base,
    ...(step.kind === 'female-preference' ? { citation: step.citation } : {}),
    outcome,
    order: parts.map((p) => p.map((m) => m.member).sort(compareCodeUnits)),
  });
  return parts.flatMap((p) => resolve(p, chain, i + 1, period, steps));
}

/**
 * Rank the members of a cluster in a total order: final score (descending, exact decimal
 * comparison of the sheet-rounded totals), then the declared tie-break chain — criteria groups in
 * the declared order, the female preference of Decree 152 Art. 4.6 where it applies (collective
 * with ≥ 70 % women: 10·women ≥ 7·members; only for periods ending on or after its `appliesFrom`),
 * then the final key, the member id by code unit. Never input order. Every tie and each step
 * applied to it is returned. Disqualified members keep their place and are marked.
 * @param scores the output of {@link scoreCluster}.
 * @param tieBreaks the declared chain (usually the sheet's `tieBreaks`); must end with member-id.
 * @returns the ranking with its ties explained, or typed issues.
 */
export function rankCluster(scores: ClusterScores, tieBreaks: unknown): Result<ClusterRanking> {
  const issues: Issue[] = [];
  const parsed = z.array(TieBreakSchema).min(1).max(20).safeParse(tieBreaks, { reportInput: true });
  if (!parsed.success) return fail(fromZodIssues(parsed.error.issues, ['tieBreaks']));
  const chain = parsed.data;
  if (chain[chain.length - 1]!.kind !== 'member-id') issues.push(makeIssue('invalid_tie_break_chain', ['tieBreaks', chain.length - 1], { detail: 'the chain must end with {"kind":"member-id"}' }));
  const groupIds = scores.members[0]?.groups.map((g) => g.group) ?? [];
  chain.forEach((t, i) => {
    if (t.kind === 'member-id' && i !== chain.length - 1) issues.push(makeIssue('invalid_tie_break_chain', ['tieBreaks', i], { detail: 'the member-id key must be the last step' }));
    if (t.kind === 'criteria-group' && !groupIds.includes(t.group)) {
      issues.push(makeIssue('unknown_criterion', ['tieBreaks', i, 'group'], { criterion: t.group, suggestions: closest(t.group, groupIds) }));
    }
  });
  const seen = new Set<string>();
  scores.members.forEach((m, i) => {
    if (seen.has(m.member)) issues.push(makeIssue('duplicate_member', ['scores', 'members', i, 'member'], { member: m.member }));
    seen.add(m.member);
  });
  if (issues.length) return fail(issues);

  const byScore = [...scores.members].sort((a, b) => qCmp(q(b.total), q(a.total)) || compareCodeUnits(a.member, b.member));
  const buckets: MemberScore[][] = [];
  for (const m of byScore) {
    const last = buckets[buckets.length - 1];
    if (last && qCmp(q(last[0]!.total), q(m.total)) === 0) last.push(m);
    else buckets.push([m]);
  }
  const ties: Tie[] = [];
  const entries: RankEntry[] = [];
  for (const bucket of buckets) {
    let tieIndex: number | null = null;
    let ordered = bucket;
    if (bucket.length > 1) {
      const steps: TieStep[] = [];
      ordered = resolve(bucket, chain, 0, scores.period, steps);
      tieIndex = ties.length;
      ties.push({ total: bucket[0]!.total, members: ordered.map((m) => m.member), steps, resolvedOnMerit: !steps.some((s) => s.kind === 'member-id') });
    }
    for (const m of ordered) {
      entries.push({ rank: entries.length + 1, member: m.member, total: m.total, disqualified: m.disqualified, disqualifiedBy: m.disqualifiedBy, tie: tieIndex });
    }
  }
  const value: ClusterRanking = { schemaVersion: 1, period: scores.period, sheetId: scores.sheet.id, chain, entries, ties };
  return ok(deepFreeze(JSON.parse(JSON.stringify(value)) as ClusterRanking));
}
