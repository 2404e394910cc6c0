import { canonicalJson, compareCodeUnits } from '../_internal/canonical-json.js';
import { fromZodIssues } from '../result/from-zod.js';
import { makeIssue, type Issue, type IssuePath } from '../result/issue.js';
import { SubjectSchema, type AwardRecord, type Subject } from '../schema/subject.js';
import { IndividualSchema, CollectiveSchema } from '../schema/subject.js';
import { findForbiddenKeys } from '../rule-book/limits.js';

const IND_KEYS = Object.keys(IndividualSchema.shape);
const COL_KEYS = Object.keys(CollectiveSchema.shape);

function cmpAward(a: AwardRecord, b: AwardRecord): number {
  return (
    compareCodeUnits(a.awardId, b.awardId) ||
    compareCodeUnits(a.decisionNo ?? '', b.decisionNo ?? '') ||
    compareCodeUnits(a.commendationType ?? '', b.commendationType ?? '') ||
    // full tie-break: records that differ only in other fields (revoked, issuer, date) still get one order
    compareCodeUnits(canonicalJson(a), canonicalJson(b))
  );
}

/**
 * Validate a subject and put it in canonical order (history by year, awards by id, initiatives
 * by id …) so that the order of the input never changes a verdict, a hash or the output.
 * Never mutates its argument.
 */
export function normalizeSubject(input: unknown, at: IssuePath = ['subject']): { subject?: Subject; issues: Issue[] } {
  const forbidden = findForbiddenKeys(input);
  if (forbidden.length) return { issues: forbidden.map((p) => makeIssue('forbidden_key', [...at, ...p], { key: String(p[p.length - 1]) })) };
  let r = SubjectSchema.safeParse(input);
  if (!r.success) {
    // parse again with the input in the issues (slower, only on failure) to describe what was received
    r = SubjectSchema.safeParse(input, { reportInput: true });
  }
  if (!r.success) {
    const kind = (input as { kind?: unknown } | null)?.kind;
    return { issues: fromZodIssues(r.error.issues, at, (p) => (p.length === 0 ? (kind === 'collective' ? COL_KEYS : IND_KEYS) : undefined)) };
  }
  const s = r.data;
  const issues: Issue[] = [];
  const seen = new Map<number, number>();
  s.history.forEach((h, i) => {
    if (seen.has(h.year)) issues.push(makeIssue('duplicate_year', [...at, 'history', i, 'year'], { year: h.year }));
    seen.set(h.year, i);
  });
  const ids = new Set<string>();
  (s.initiatives ?? []).forEach((ini, i) => {
    if (ids.has(ini.id)) issues.push(makeIssue('duplicate_id', [...at, 'initiatives', i, 'id'], { id: ini.id, other: 'initiatives' }));
    ids.add(ini.id);
  });
  const votes = new Set<string>();
  (s.councilVotes ?? []).forEach((v, i) => {
    const key = `${v.awardId}@${v.year}`;
    if (votes.has(key)) issues.push(makeIssue('duplicate_id', [...at, 'councilVotes', i], { id: key, other: 'councilVotes' }));
    votes.add(key);
    if (v.approvals > v.members) issues.push(makeIssue('too_big', [...at, 'councilVotes', i, 'approvals'], { maximum: v.members }));
  });
  (s.discipline ?? []).forEach((d, i) => {
    if (d.to !== undefined && d.to < d.from) issues.push(makeIssue('invalid_effective_period', [...at, 'discipline', i, 'to'], { from: d.from, to: d.to }));
  });
  if (s.kind === 'collective') {
    s.history.forEach((h, i) => {
      const m = h.memberCount;
      if (m === undefined) return;
      for (const k of ['advancedMemberCount', 'cstdcsMemberCount', 'completedMemberCount', 'warnedMemberCount', 'femaleMemberCount'] as const) {
        const v = h[k];
        if (v !== undefined && v > m) issues.push(makeIssue('too_big', [...at, 'history', i, k], { maximum: m }));
      }
    });
  }
  if (issues.length) return { issues };
  // zod returned fresh objects; sorting copies keeps the caller's input untouched
  const history = [...s.history]
    .sort((a, b) => a.year - b.year)
    .map((h) => ({ ...h, ...(h.awards ? { awards: [...h.awards].sort(cmpAward) } : {}) }));
  const subject = {
    ...s,
    history,
    ...(s.initiatives
      ? {
          initiatives: [...s.initiatives]
            .sort((a, b) => compareCodeUnits(a.id, b.id))
            .map((x) => ({ ...x, ...(x.usedFor ? { usedFor: [...x.usedFor].sort((a, b) => compareCodeUnits(a.awardId, b.awardId) || a.year - b.year) } : {}) })),
        }
      : {}),
    ...(s.discipline ? { discipline: [...s.discipline].sort((a, b) => compareCodeUnits(a.from, b.from) || compareCodeUnits(a.level, b.level) || compareCodeUnits(a.to ?? '', b.to ?? '') || compareCodeUnits(canonicalJson(a), canonicalJson(b))) } : {}),
    ...(s.councilVotes ? { councilVotes: [...s.councilVotes].sort((a, b) => a.year - b.year || compareCodeUnits(a.awardId, b.awardId)) } : {}),
  } as Subject;
  return { subject, issues: [] };
}
