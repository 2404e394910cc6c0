import { z } from 'zod';
import { compareCodeUnits } from '../../_internal/canonical-json.js';
import { closest } from '../../_internal/closest.js';
import { deepFreeze } from '../../_internal/deep-freeze.js';
import { fromZodIssues } from '../../schema/from-zod.js';
import { fail, makeIssue, ok, type Issue, type Result } from '../../model/issue.js';
import { TieBreakSchema, type TieBreak } from '../../schema/score-sheet.js';
import { q, qCmp, qDecimalText, qParse, type Q } from '../../_internal/rational.js';
import type { ClusterRanking, ClusterScores, MemberScore, RankEntry, Tie, TieStep } from './model.js';

type Key = string | boolean | null;

/** What the ranking compares: the exact values (default) or the rounded ones (only when the sheet says). */
interface Basis {
  readonly exact: boolean;
}

function keyOf(step: TieBreak, m: MemberScore, basis: Basis): Key {
  if (step.kind === 'criteria-group') {
    const g = m.groups.find((x) => x.group === step.group);
    return g === undefined ? null : basis.exact ? qDecimalText(qParse(g.exact)!) : g.points;
  }
  if (step.kind === 'female-preference') return m.workforce === null ? null : 10 * m.workforce.women >= 7 * m.workforce.members;
  return m.member;
}

/** Negative when a ranks before b under the step's key. */
function compareKeys(step: TieBreak, a: Key, b: Key): number {
  if (step.kind === 'criteria-group') return qCmp(qParse(b as string)!, qParse(a as string)!);
  if (step.kind === 'female-preference') return a === b ? 0 : a === true ? -1 : 1;
  return compareCodeUnits(a as string, b as string);
}

const DECIMAL = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;
const EXACT = /^-?(0|[1-9][0-9]*)((\.[0-9]+)|(\/[1-9][0-9]*))?$/;

/**
 * Run-time shape of the scores {@link rankCluster} reads (they come from {@link scoreCluster}, but a
 * caller may pass anything): the fields the ranking uses, so a hostile value gives typed issues.
 */
const ScoresShape = z.object({
  period: z.number().int(),
  sheet: z.object({ id: z.string(), rounding: z.object({ rankOn: z.enum(['exact', 'rounded']).optional() }) }),
  members: z
    .array(
      z.object({
        member: z.string().min(1).max(200),
        total: z.string().regex(DECIMAL).max(200),
        exactTotal: z.string().regex(EXACT).max(200_000),
        groups: z.array(z.object({ group: z.string(), points: z.string().regex(DECIMAL).max(200), exact: z.string().regex(EXACT).max(200_000) })).max(1000),
        disqualified: z.boolean(),
        disqualifiedBy: z.array(z.unknown()).max(1000),
        workforce: z.object({ members: z.number().int().min(0), women: z.number().int().min(0) }).nullable(),
      }),
    )
    .max(500),
});

function resolve(group: readonly MemberScore[], chain: readonly TieBreak[], i: number, period: number, steps: TieStep[], basis: Basis): MemberScore[] {
  if (group.length <= 1) return [...group];
  const step = chain[i]!;
  const within = group.map((m) => m.member).sort(compareCodeUnits);
  const keys = group.map((m) => ({ member: m.member, value: keyOf(step, m, basis) })).sort((a, b) => compareCodeUnits(a.member, b.member));
  const base = { step: i + 1, kind: step.kind, ...(step.kind === 'criteria-group' ? { group: step.group } : {}), within, keys };
  if (step.kind === 'female-preference') {
    const cite = { citation: step.citation };
    if (`${period}-12-31` < step.appliesFrom) {
      steps.push({ ...base, ...cite, keys: [], outcome: 'not-applicable', reason: 'before-applies-from', order: [within] });
      return resolve(group, chain, i + 1, period, steps, basis);
    }
    if (keys.some((k) => k.value === null)) {
      steps.push({ ...base, ...cite, outcome: 'undetermined', reason: 'workforce-missing', order: [within] });
      return resolve(group, chain, i + 1, period, steps, basis);
    }
  }
  const withKey = group.map((m) => ({ m, k: keyOf(step, m, basis) }));
  withKey.sort((a, b) => compareKeys(step, a.k, b.k) || compareCodeUnits(a.m.member, b.m.member));
  const parts: MemberScore[][] = [];
  for (const x of withKey) {
    const last = parts[parts.length - 1];
    if (last && compareKeys(step, keyOf(step, last[0]!, basis), x.k) === 0) last.push(x.m);
    else parts.push([x.m]);
  }
  const outcome = parts.length === group.length ? 'separated' : parts.length === 1 ? 'still-tied' : 'partly-separated';
  steps.push({
    ...base,
    ...(step.kind === 'female-preference' ? { citation: step.citation } : {}),
    outcome,
    order: parts.map((p) => p.map((m) => m.member).sort(compareCodeUnits)),
  });
  return parts.flatMap((p) => resolve(p, chain, i + 1, period, steps, basis));
}

/**
 * Rank the members of a cluster in a total order: final score (descending, compared exactly on
 * the exact totals — or on the sheet-rounded totals only when the sheet declares
 * `rounding.rankOn: "rounded"`, which the ranking then reports in `rankedOn`), then the declared
 * tie-break chain — criteria groups in the declared order (exact or rounded points, the same way), the female preference of Decree 152 Art. 4.6 where it applies (collective
 * with ≥ 70 % women: 10·women ≥ 7·members; only for periods ending on or after its `appliesFrom`),
 * then the final key, the member id by code unit. Never input order. Every tie and each step
 * applied to it is returned. Disqualified members keep their place and are marked.
 * @param scores the output of {@link scoreCluster}.
 * @param tieBreaks the declared chain (usually the sheet's `tieBreaks`); must end with member-id.
 * @returns the ranking with its ties explained, or typed issues.
 */
export function rankCluster(scores: ClusterScores, tieBreaks: unknown): Result<ClusterRanking> {
  const issues: Issue[] = [];
  const shape = ScoresShape.safeParse(scores, { reportInput: true });
  if (!shape.success) return fail(fromZodIssues(shape.error.issues, ['scores']));
  const parsed = z.array(TieBreakSchema).min(1).max(20).safeParse(tieBreaks, { reportInput: true });
  if (!parsed.success) return fail(fromZodIssues(parsed.error.issues, ['tieBreaks']));
  const chain = parsed.data;
  if (chain[chain.length - 1]!.kind !== 'member-id') issues.push(makeIssue('invalid_tie_break_chain', ['tieBreaks', chain.length - 1], { problem: 'must-end-with-member-id' }));
  const groupIds = scores.members[0]?.groups.map((g) => g.group) ?? [];
  chain.forEach((t, i) => {
    if (t.kind === 'member-id' && i !== chain.length - 1) issues.push(makeIssue('invalid_tie_break_chain', ['tieBreaks', i], { problem: 'member-id-not-last' }));
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

  const basis: Basis = { exact: scores.sheet.rounding.rankOn !== 'rounded' };
  const totals = new Map<string, Q>(scores.members.map((m) => [m.member, basis.exact ? qParse(m.exactTotal)! : q(m.total)]));
  const totalOf = (m: MemberScore): Q => totals.get(m.member)!;
  const byScore = [...scores.members].sort((a, b) => qCmp(totalOf(b), totalOf(a)) || compareCodeUnits(a.member, b.member));
  const buckets: MemberScore[][] = [];
  for (const m of byScore) {
    const last = buckets[buckets.length - 1];
    if (last && qCmp(totalOf(last[0]!), totalOf(m)) === 0) last.push(m);
    else buckets.push([m]);
  }
  const ties: Tie[] = [];
  const entries: RankEntry[] = [];
  for (const bucket of buckets) {
    let tieIndex: number | null = null;
    let ordered = bucket;
    if (bucket.length > 1) {
      const steps: TieStep[] = [];
      ordered = resolve(bucket, chain, 0, scores.period, steps, basis);
      tieIndex = ties.length;
      ties.push({ total: bucket[0]!.total, exactTotal: bucket[0]!.exactTotal, members: ordered.map((m) => m.member), steps, resolvedOnMerit: !steps.some((s) => s.kind === 'member-id') });
    }
    for (const m of ordered) {
      entries.push({ rank: entries.length + 1, member: m.member, total: m.total, exactTotal: m.exactTotal, disqualified: m.disqualified, disqualifiedBy: m.disqualifiedBy, tie: tieIndex });
    }
  }
  const value: ClusterRanking = { schemaVersion: 1, period: scores.period, sheetId: scores.sheet.id, rankedOn: basis.exact ? 'exact' : 'rounded', chain, entries, ties };
  return ok(deepFreeze(JSON.parse(JSON.stringify(value)) as ClusterRanking));
}
