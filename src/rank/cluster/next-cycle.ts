import { deepFreeze } from '../../_internal/deep-freeze.js';
import { fromZodIssues } from '../../schema/from-zod.js';
import { fail, makeIssue, ok, type Issue, type Result } from '../../model/issue.js';
import { RotationRuleSchema } from '../../schema/cluster.js';
import { checkCluster } from './check-cluster.js';
import type { ClusterRanking, NextLeadership } from './model.js';

/**
 * Leader and deputies of the next period (N + 1) by the declared rotation rule, with the rule's
 * source: "by-rank" (best-ranked members not disqualified), "rotation-list" (the members after the
 * current leader in a declared cyclic order; the ranking is not used) or "vote" (the voted result,
 * validated). Nothing is inferred from who hosted the events (OQ-41). Candidates must be members
 * of N + 1 when that period is declared, else of N. District clusters have no period after
 * 2025-06-30 (regimes.md B7).
 * @param cluster the cluster with its years (validated here).
 * @param ranking the ranking of period N.
 * @param rotationRule the declared rule.
 * @returns the next period's leadership and who was passed over, or typed issues.
 */
export function nextCycle(cluster: unknown, ranking: ClusterRanking, rotationRule: unknown): Result<NextLeadership> {
  const issues: Issue[] = [];
  const c = checkCluster(cluster, ['cluster']);
  if (!c.ok) issues.push(...c.issues);
  const rp = RotationRuleSchema.safeParse(rotationRule, { reportInput: true });
  if (!rp.success) issues.push(...fromZodIssues(rp.error.issues, ['rotationRule']));
  if (!c.ok || !rp.success) return fail(issues);
  const { cluster: cl } = c.value;
  const rule = rp.data;
  const period = ranking.period + 1;
  const yi = cl.years.findIndex((y) => y.period === ranking.period);
  const current = cl.years[yi];
  if (!current) return fail([makeIssue('unknown_period', ['cluster', 'years'], { period: ranking.period })]);
  if ((cl.organiser === 'district' || cl.memberLevel === 'district') && `${period}-01-01` > '2025-06-30') {
    return fail([makeIssue('district_cluster_abolished', ['rotationRule'], { period })]);
  }
  const next = cl.years.find((y) => y.period === period);
  const pool = new Set((next ?? current).members.map((m) => m.id));
  const poolPeriod = next ? period : ranking.period;
  const thisYear = new Set(current.members.map((m) => m.id));
  ranking.entries.forEach((e, i) => {
    if (!thisYear.has(e.member)) issues.push(makeIssue('unknown_member', ['ranking', 'entries', i, 'member'], { member: e.member, period: ranking.period }));
  });
  if (issues.length) return fail(issues);

  const passedOver: NextLeadership['passedOver'][number][] = [];
  let chosen: string[] = [];
  let deputiesWanted = 0;
  if (rule.kind === 'by-rank') {
    deputiesWanted = rule.deputies;
    for (const e of ranking.entries) {
      if (chosen.length === rule.deputies + 1) break;
      if (e.disqualified) passedOver.push({ member: e.member, reason: 'disqualified' });
      else if (!pool.has(e.member)) passedOver.push({ member: e.member, reason: 'not-a-member-next-period' });
      else chosen.push(e.member);
    }
  } else if (rule.kind === 'rotation-list') {
    deputiesWanted = rule.deputies;
    const seen = new Set<string>();
    rule.order.forEach((m, i) => {
      if (!thisYear.has(m) && !pool.has(m)) issues.push(makeIssue('unknown_member', ['rotationRule', 'order', i], { member: m, period: poolPeriod }));
      if (seen.has(m)) issues.push(makeIssue('duplicate_member', ['rotationRule', 'order', i], { member: m }));
      seen.add(m);
    });
    if (current.leader === undefined) issues.push(makeIssue('missing_field', ['cluster', 'years', yi, 'leader'], { key: 'leader' }));
    else if (!seen.has(current.leader)) issues.push(makeIssue('invalid_value', ['rotationRule', 'order'], { expected: 'contains-leader', values: [current.leader] }));
    if (issues.length) return fail(issues);
    const start = rule.order.indexOf(current.leader!);
    for (let k = 1; k <= rule.order.length && chosen.length < rule.deputies + 1; k++) {
      const m = rule.order[(start + k) % rule.order.length]!;
      if (pool.has(m)) chosen.push(m);
      else passedOver.push({ member: m, reason: 'not-a-member-next-period' });
    }
  } else {
    deputiesWanted = rule.deputies.length;
    if (!pool.has(rule.leader)) issues.push(makeIssue('role_not_member', ['rotationRule', 'leader'], { role: 'leader', member: rule.leader, period: poolPeriod }));
    rule.deputies.forEach((d, i) => {
      if (!pool.has(d)) issues.push(makeIssue('role_not_member', ['rotationRule', 'deputies', i], { role: 'deputy', member: d, period: poolPeriod }));
      if (d === rule.leader) issues.push(makeIssue('leader_is_deputy', ['rotationRule', 'deputies', i], { member: d }));
      if (rule.deputies.indexOf(d) !== i) issues.push(makeIssue('duplicate_member', ['rotationRule', 'deputies', i], { member: d }));
    });
    chosen = [rule.leader, ...rule.deputies];
  }
  if (issues.length) return fail(issues);
  if (chosen.length < deputiesWanted + 1) {
    return fail([makeIssue('too_small', ['rotationRule'], { minimum: deputiesWanted + 1, origin: 'eligible members' })]);
  }
  return ok(
    deepFreeze({
      period,
      leader: chosen[0]!,
      deputies: chosen.slice(1),
      rule: rule.kind,
      source: rule.source,
      passedOver,
    }),
  );
}
