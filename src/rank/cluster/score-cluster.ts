import { z } from 'zod';
import { fromZodIssues } from '../../schema/from-zod.js';
import { fail, type Issue, type Result } from '../../model/issue.js';
import { ClusterYearSchema, MemberReportSchema } from '../../schema/cluster.js';
import { scoreValidated } from './_score-validated.js';
import { checkDepth } from '../../rule-book/limits.js';
import { checkScoreSheet } from './check-score-sheet.js';
import type { ClusterScores } from './model.js';

/**
 * Score every member of a cluster on a declarative score sheet. Each criterion's points come from
 * the member's data (target vs actual with the member's registered target, pass/fail, counts,
 * occurrences), from the cluster's cross score or from the self score — in the precedence the
 * sheet declares (`finalScoreFrom`) — and the computation is returned as data. Arithmetic is
 * exact (BigInt rationals on decimal strings, no precision limit) within the size limits of
 * LIMITS (nesting, criteria, digits, entries: typed issues beyond them); rounding is the sheet's
 * (places, mode, stage) and is for display unless the sheet declares `rankOn: "rounded"`.
 * Disqualifiers mark the member; they do not change its points.
 * @param sheet the score sheet (validated here).
 * @param memberReports one report per member of the period (validated here).
 * @param year the cluster's membership and pledges for the reviewed period.
 * @returns per member, each criterion's points and the totals; or typed issues. Inputs are not mutated.
 */
export function scoreCluster(sheet: unknown, memberReports: unknown, year: unknown): Result<ClusterScores> {
  const deep = [...checkDepth(sheet, ['sheet']), ...checkDepth(memberReports, ['reports']), ...checkDepth(year, ['year'])];
  if (deep.length) return fail(deep);
  const issues: Issue[] = [];
  const s = checkScoreSheet(sheet, ['sheet']);
  if (!s.ok) issues.push(...s.issues);
  const rp = z.array(MemberReportSchema).min(1).max(500).safeParse(memberReports, { reportInput: true });
  if (!rp.success) issues.push(...fromZodIssues(rp.error.issues, ['reports']));
  const yp = ClusterYearSchema.safeParse(year, { reportInput: true });
  if (!yp.success) issues.push(...fromZodIssues(yp.error.issues, ['year']));
  if (!s.ok || !rp.success || !yp.success) return fail(issues);
  return scoreValidated(s.value, rp.data, yp.data);
}

