import { checkDepth } from '../../rule-book/limits.js';
import { fromZodIssues } from '../../schema/from-zod.js';
import { fail, makeIssue, ok, type Issue, type IssuePath, type Result } from '../../model/issue.js';
import { ClusterSchema, type Cluster } from '../../schema/cluster.js';

/** Last day on which district-level units (and their clusters) existed (regimes.md B7, OQ-36). */
const DISTRICT_LEVEL_END = '2025-06-30';

/**
 * Validate a cluster and its years: the strict schema, then the invariants of clusters.md §10 —
 * unique periods and members, leader and deputies are members of that period, the leader is not a
 * deputy, pledges only by members — and the 2025 reform (regimes.md B7): a district cluster (or a
 * cluster of district-level members) is rejected for periods starting after 2025-06-30 and
 * accepted with a warning for 2025.
 * @param input the cluster, as parsed JSON.
 * @param prefix path of the cluster inside its file.
 * @returns the typed cluster and its warnings, or the issues.
 */
export function checkCluster(input: unknown, prefix: IssuePath = []): Result<{ readonly cluster: Cluster; readonly warnings: readonly Issue[] }> {
  const deep = checkDepth(input, prefix);
  if (deep.length) return fail(deep);
  const parsed = ClusterSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return fail(fromZodIssues(parsed.error.issues, prefix));
  const cluster = parsed.data;
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const district = cluster.organiser === 'district' || cluster.memberLevel === 'district';
  const periods = new Set<number>();
  cluster.years.forEach((y, yi) => {
    const at = [...prefix, 'years', yi];
    if (periods.has(y.period)) issues.push(makeIssue('duplicate_year', [...at, 'period'], { year: y.period }));
    periods.add(y.period);
    if (district && `${y.period}-01-01` > DISTRICT_LEVEL_END) issues.push(makeIssue('district_cluster_abolished', [...at, 'period'], { period: y.period }));
    else if (district && `${y.period}-12-31` > DISTRICT_LEVEL_END) warnings.push(makeIssue('district_cluster_partial_year', [...at, 'period'], { period: y.period }));
    const members = new Set<string>();
    y.members.forEach((m, mi) => {
      if (members.has(m.id)) issues.push(makeIssue('duplicate_member', [...at, 'members', mi, 'id'], { member: m.id }));
      members.add(m.id);
    });
    if (y.leader !== undefined && !members.has(y.leader)) {
      issues.push(makeIssue('role_not_member', [...at, 'leader'], { role: 'leader', member: y.leader, period: y.period }));
    }
    const deputies = new Set<string>();
    (y.deputies ?? []).forEach((d, di) => {
      if (!members.has(d)) issues.push(makeIssue('role_not_member', [...at, 'deputies', di], { role: 'deputy', member: d, period: y.period }));
      if (d === y.leader) issues.push(makeIssue('leader_is_deputy', [...at, 'deputies', di], { member: d }));
      if (deputies.has(d)) issues.push(makeIssue('duplicate_member', [...at, 'deputies', di], { member: d }));
      deputies.add(d);
    });
    const pledged = new Set<string>();
    (y.pledges ?? []).forEach((p, pi) => {
      if (!members.has(p.member)) issues.push(makeIssue('unknown_member', [...at, 'pledges', pi, 'member'], { member: p.member, period: y.period }));
      if (pledged.has(p.member)) issues.push(makeIssue('duplicate_member', [...at, 'pledges', pi, 'member'], { member: p.member }));
      pledged.add(p.member);
      const crit = new Set<string>();
      p.targets.forEach((t, ti) => {
        if (crit.has(t.criterion)) issues.push(makeIssue('duplicate_id', [...at, 'pledges', pi, 'targets', ti, 'criterion'], { id: t.criterion, other: `pledges[${pi}]` }));
        crit.add(t.criterion);
      });
    });
  });
  return issues.length ? fail(issues) : ok({ cluster, warnings });
}
