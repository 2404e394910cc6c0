import { deepFreeze } from '../../_internal/deep-freeze.js';
import type { RuleBook } from '../../model/rule-book.js';
import { fromZodIssues } from '../../schema/from-zod.js';
import { fail, makeIssue, ok, type Issue, type Result } from '../../model/issue.js';
import { ClusterFileSchema } from '../../schema/cluster.js';
import { remapIssues } from './_remap.js';
import { checkDepth } from '../../rule-book/limits.js';
import { scoreValidated } from './_score-validated.js';
import { checkBallots } from './check-ballots.js';
import { checkCluster } from './check-cluster.js';
import { checkScoreSheet } from './check-score-sheet.js';
import type { BallotOutcome, ClusterProposals, CycleResult, NextLeadership } from './model.js';
import { nextCycle } from './next-cycle.js';
import { proposeAwards } from './propose-awards.js';
import { rankCluster } from './rank-cluster.js';

/**
 * Evaluate the whole year of a cluster in one call, from a cluster file (`thidua schema cluster`):
 * validate the cluster and its review, score every member on the sheet, rank them with the
 * declared tie-break chain, propose awards within the declared quotas (checking eligibility with
 * the rule book), apply the council ballot thresholds to the tallies, and choose next period's
 * leadership by the declared rotation rule. Issue paths point into the file.
 * @param file the cluster file, as parsed JSON (not mutated).
 * @param ruleBook the rule book for the eligibility checks and the regime of the period.
 * @returns the cycle result (plain data) or every issue found.
 */
export async function evaluateCycle(file: unknown, ruleBook: RuleBook): Promise<Result<CycleResult>> {
  const deep = checkDepth(file, []);
  if (deep.length) return fail(deep);
  const parsed = ClusterFileSchema.safeParse(file, { reportInput: true });
  if (!parsed.success) return fail(fromZodIssues(parsed.error.issues, []));
  const data = parsed.data;
  const issues: Issue[] = [];
  const checked = checkCluster(data.cluster, ['cluster']);
  if (!checked.ok) issues.push(...checked.issues);
  const review = data.review;
  if (!review) issues.push(makeIssue('missing_field', ['review'], { key: 'review' }));
  const sheet = review ? checkScoreSheet(review.scoreSheet, ['review', 'scoreSheet']) : undefined;
  if (sheet && !sheet.ok) issues.push(...sheet.issues);
  if (!checked.ok || !review || !sheet || !sheet.ok) return fail(issues);
  const cluster = checked.value.cluster;
  const yi = cluster.years.findIndex((y) => y.period === review.period);
  const year = cluster.years[yi];
  if (!year) return fail([makeIssue('unknown_period', ['review', 'period'], { period: review.period })]);
  const paths = {
    sheet: ['review', 'scoreSheet'],
    reports: ['review', 'reports'],
    year: ['cluster', 'years', yi],
    tieBreaks: ['review', 'scoreSheet', 'tieBreaks'],
    quotas: ['review', 'quotas'],
    subjects: ['review', 'subjects'],
    options: ['review'],
    tallies: ['review', 'tallies'],
    rotationRule: ['review', 'rotation'],
  } as const;

  const scores = scoreValidated(sheet.value, review.reports, year);
  if (!scores.ok) return fail(remapIssues(scores.issues, paths));
  const ranking = rankCluster(scores.value, sheet.value.tieBreaks);
  if (!ranking.ok) return fail(remapIssues(ranking.issues, paths));

  let proposals: ClusterProposals | null = null;
  if (review.quotas) {
    const p = await proposeAwards(ranking.value, review.quotas, ruleBook, {
      organiser: cluster.organiser,
      ...(review.subjects ? { subjects: review.subjects } : {}),
      ...(review.regime !== undefined ? { regime: review.regime } : {}),
    });
    if (!p.ok) return fail(remapIssues(p.issues, paths));
    proposals = p.value;
  }
  let ballots: readonly BallotOutcome[] | null = null;
  if (proposals) {
    const b = checkBallots(proposals.proposals, review.tallies ?? [], ruleBook, { year: review.period, ...(review.regime !== undefined ? { regime: review.regime } : {}) });
    if (!b.ok) return fail(remapIssues(b.issues, paths));
    ballots = b.value;
  }
  let next: NextLeadership | null = null;
  if (review.rotation) {
    const n = nextCycle(data.cluster, ranking.value, review.rotation);
    if (!n.ok) return fail(remapIssues(n.issues, paths));
    next = n.value;
  }
  const result: CycleResult = {
    schemaVersion: 1,
    cluster: { id: cluster.id, name: cluster.name, clusterKind: cluster.clusterKind, organiser: cluster.organiser },
    period: review.period,
    members: [...year.members].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    illustrative: data.illustrative ?? null,
    roles: { leader: year.leader ?? null, deputies: year.deputies ?? [] },
    scores: scores.value,
    ranking: ranking.value,
    proposals,
    ballots,
    next,
    warnings: checked.value.warnings,
  };
  return ok(deepFreeze(JSON.parse(JSON.stringify(result)) as CycleResult));
}
