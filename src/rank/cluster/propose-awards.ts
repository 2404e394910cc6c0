import { deepFreeze } from '../../_internal/deep-freeze.js';
import { evaluateEligibility } from '../../evaluate/evaluate-eligibility.js';
import type { RuleBook } from '../../model/rule-book.js';
import { fromZodIssues } from '../../schema/from-zod.js';
import { fail, makeIssue, ok, type Issue, type Result } from '../../model/issue.js';
import { resolveRegime } from '../../rule-book/resolve-regime.js';
import { ClusterOrganiserSchema, ProposalQuotasSchema, type ClusterOrganiser } from '../../schema/cluster.js';
import { awardRoutes, type AwardRoute } from './award-routes.js';
import type { AwardProposal, ClusterProposals, ClusterRanking, RankEntry, SkippedMember } from './model.js';
import { bookIssues, objectIssues } from '../../_internal/args.js';
import { checkOptions } from '../../_internal/options.js';

/** Options of {@link proposeAwards}. */
export interface ProposeOptions {
  /** Organiser of the cluster: decides the flag and certificate awards. */
  readonly organiser: ClusterOrganiser;
  /** Members as eligibility subjects (collectives with their history); a member without one is "undetermined". */
  readonly subjects?: readonly unknown[] | undefined;
  /** Regime override for the eligibility checks (regimes.md B1). */
  readonly regime?: string | undefined;
}

type Eligibility = AwardProposal['eligibility'];

/**
 * Allocate proposals down the award hierarchy from a ranking: the best-ranked eligible member(s)
 * for the flag (Government flag in a Central Council cluster, ministry/provincial flag in a
 * ministry or provincial cluster), then the next members for PM or provincial certificates, within
 * the quotas declared in the cluster data (per-cluster limits are UNCONFIRMED, OQ-46). Disqualified
 * members are skipped; each candidate is checked with {@link evaluateEligibility} for the award:
 * an ineligible member is skipped (with the failing criteria), an undetermined or not-applicable
 * verdict (e.g. no rule in force for the award yet) is reported on the proposal, never guessed.
 * A member passed over for the flag is still considered for a certificate.
 * @param ranking the output of {@link rankCluster}.
 * @param quotas declared quotas `{ flags, certificates, source }`.
 * @param ruleBook the rule book used for the eligibility checks.
 * @param options organiser, subjects, regime override.
 * @returns the proposals with their reasons and citations, or typed issues.
 */
export async function proposeAwards(ranking: ClusterRanking, quotas: unknown, ruleBook: RuleBook, options: ProposeOptions): Promise<Result<ClusterProposals>> {
  const argIssues = [...objectIssues(ranking, 'ranking'), ...bookIssues(ruleBook, 'ruleBook'), ...objectIssues(options, 'options')];
  if (!argIssues.length && !(Array.isArray(ranking.entries) && typeof ranking.period === 'number')) argIssues.push(makeIssue('invalid_option', ['ranking'], { option: 'ranking', expected: 'ranking' }));
  if (argIssues.length) return fail(argIssues);
  const badOptions = checkOptions('proposeAwards', options, false);
  if (badOptions) return badOptions;
  const issues: Issue[] = [];
  const qp = ProposalQuotasSchema.safeParse(quotas, { reportInput: true });
  if (!qp.success) issues.push(...fromZodIssues(qp.error.issues, ['quotas']));
  const op = ClusterOrganiserSchema.safeParse(options?.organiser, { reportInput: true });
  if (!op.success) issues.push(...fromZodIssues(op.error.issues, ['options', 'organiser']));
  const members = new Set(ranking.entries.map((e) => e.member));
  const subjects = new Map<string, unknown>();
  (options?.subjects ?? []).forEach((s, i) => {
    const id = s !== null && typeof s === 'object' ? (s as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') return; // evaluateEligibility reports the shape problem below
    if (!members.has(id)) issues.push(makeIssue('unknown_member', ['subjects', i, 'id'], { member: id, period: ranking.period }));
    else if (subjects.has(id)) issues.push(makeIssue('duplicate_member', ['subjects', i, 'id'], { member: id }));
    else subjects.set(id, s);
  });
  (options?.subjects ?? []).forEach((s, i) => {
    const id = s !== null && typeof s === 'object' ? (s as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') issues.push(makeIssue('missing_field', ['subjects', i, 'id'], { key: 'id' }));
  });
  if (issues.length || !qp.success || !op.success) return fail(issues);
  const quota = qp.data;
  const resolved = resolveRegime(ruleBook, { year: ranking.period, ...(options.regime !== undefined ? { regime: options.regime } : {}) });
  if (!resolved.ok) return resolved;
  const routes = awardRoutes(op.data, resolved.value.regime.id);
  const known = new Set(ruleBook.awards.map((a) => a.id));
  for (const r of [routes.flag, routes.certificate]) {
    if (r && !known.has(r.awardId)) issues.push(makeIssue('unknown_award', ['options', 'organiser'], { award: r.awardId }));
  }
  if (issues.length) return fail(issues);

  const subjectIndex = new Map((options.subjects ?? []).map((s, i) => [(s as { id?: string }).id ?? '', i]));
  const verdicts = new Map<string, Eligibility>();
  const check = async (member: string, awardId: string): Promise<Eligibility | Issue[]> => {
    const key = `${member}|${awardId}`;
    const cached = verdicts.get(key);
    if (cached) return cached;
    const subject = subjects.get(member);
    if (subject === undefined) {
      const e: Eligibility = { verdict: 'undetermined', reason: 'no-subject-data', failing: [] };
      verdicts.set(key, e);
      return e;
    }
    const r = await evaluateEligibility(ruleBook, subject, { year: ranking.period, awards: [awardId], ...(options.regime !== undefined ? { regime: options.regime } : {}) });
    if (!r.ok) {
      const at = subjectIndex.get(member)!;
      return r.issues.map((is) => ({ ...is, path: is.path[0] === 'options' ? is.path : ['subjects', at, ...(is.path[0] === 'subject' ? is.path.slice(1) : is.path)] }));
    }
    const v = r.value.awards.find((a) => a.awardId === awardId)!;
    const e: Eligibility = {
      verdict: v.verdict,
      ...(v.reason ? { reason: v.reason } : {}),
      regime: r.value.regime.id,
      failing: v.failing.map((f) => ({ ruleId: f.ruleId, name: f.name, ...(f.criterion ? { criterion: f.criterion } : {}) })),
    };
    verdicts.set(key, e);
    return e;
  };

  const proposals: AwardProposal[] = [];
  const skipped: SkippedMember[] = [];
  const proposed = new Set<string>();
  const unresolved = (e: RankEntry): boolean => e.tie !== null && ranking.ties[e.tie]?.resolvedOnMerit === false;
  const allocate = async (route: AwardRoute | null, tier: 'flag' | 'certificate', count: number): Promise<number> => {
    if (!route || count === 0) return 0;
    let left = count;
    const passed: SkippedMember[] = [];
    for (const entry of ranking.entries) {
      if (left === 0) break;
      if (proposed.has(entry.member)) continue;
      if (entry.disqualified) {
        passed.push({ member: entry.member, rank: entry.rank, awardId: route.awardId, reason: 'disqualified', disqualifiedBy: entry.disqualifiedBy });
        continue;
      }
      const el = await check(entry.member, route.awardId);
      if (Array.isArray(el)) {
        issues.push(...el);
        return 0;
      }
      if (el.verdict === 'ineligible') {
        passed.push({ member: entry.member, rank: entry.rank, awardId: route.awardId, reason: 'ineligible', failing: el.failing });
        continue;
      }
      proposals.push({
        member: entry.member,
        rank: entry.rank,
        total: entry.total,
        exactTotal: entry.exactTotal,
        awardId: route.awardId,
        awardTitle: ruleBook.awards.find((a) => a.id === route.awardId)!.title,
        tier,
        route: route.source,
        quota: quota.source,
        eligibility: el,
        passedOver: passed.filter((p) => p.rank < entry.rank),
        tieUnresolved: unresolved(entry),
        status: 'proposed',
      });
      proposed.add(entry.member);
      left--;
    }
    skipped.push(...passed);
    return left;
  };
  const flagsLeft = await allocate(routes.flag, 'flag', quota.flags);
  const certsLeft = await allocate(routes.certificate, 'certificate', quota.certificates);
  if (issues.length) return fail(issues);
  skipped.sort((a, b) => a.rank - b.rank); // stable: the flag pass before the certificate pass
  const value: ClusterProposals = {
    schemaVersion: 1,
    period: ranking.period,
    organiser: op.data,
    flagAward: routes.flag?.awardId ?? null,
    certificateAward: routes.certificate?.awardId ?? null,
    proposals,
    skipped,
    unfilled: { flags: routes.flag ? flagsLeft : 0, certificates: routes.certificate ? certsLeft : 0 },
    noRoute: routes.flag === null && routes.certificate === null,
  };
  return ok(deepFreeze(JSON.parse(JSON.stringify(value)) as ClusterProposals));
}
