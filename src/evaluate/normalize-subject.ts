import { canonicalJson, compareCodeUnits } from '../_internal/canonical-json.js';
import { fromZodIssues } from '../schema/from-zod.js';
import { makeIssue, type Issue, type IssuePath } from '../model/issue.js';
import { SubjectSchema, type Achievement, type AwardRecord, type CouncilVote, type Discipline, type Initiative, type Subject } from '../schema/subject.js';
import { IndividualSchema, CollectiveSchema } from '../schema/subject.js';
import { findForbiddenKeys } from '../rule-book/limits.js';
import { z } from 'zod';

/**
 * The subject schema compiled by zod's own compiler (`z.compile`), on first use: valid subjects parse
 * in about two thirds of the time of the former hand-written fast path (docs/performance.md), and
 * zod stays the only validator. Compiling takes ~0.15 s, so it happens when the first subject is
 * validated, not at import. Module state: one compiled schema, built once, never observable (same
 * output and issues as SubjectSchema).
 */
let compiledSubject: typeof SubjectSchema | undefined;
const subjectParser = (): typeof SubjectSchema => (compiledSubject ??= z.compile(SubjectSchema));

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
export function normalizeSubject(input: unknown, at: IssuePath = ['subject'], validator: 'fast' | 'zod' = 'fast'): { subject?: Subject; issues: Issue[] } {
  if (validator === 'fast') {
    const r = subjectParser().safeParse(input);
    // a failure is parsed again below: forbidden keys first, then the issues with the input in them
    if (r.success) return checkAndOrder(r.data, at);
  }
  return parseWithZod(input, at);
}

function parseWithZod(input: unknown, at: IssuePath): { subject?: Subject; issues: Issue[] } {
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
  return checkAndOrder(r.data, at);
}

/** Cross-field checks, then canonical order. `s` is fresh (parser output), so it is sorted in place. */
function checkAndOrder(s: Subject, at: IssuePath): { subject?: Subject; issues: Issue[] } {
  const issues: Issue[] = [];
  // strictly increasing (the usual input) means no duplicates and already in canonical order
  const historyInOrder = isSorted(s.history, strictlyByYear);
  if (!historyInOrder) {
    const seen = new Set<number>();
    s.history.forEach((h, i) => {
      if (seen.has(h.year)) issues.push(makeIssue('duplicate_year', [...at, 'history', i, 'year'], { year: h.year }));
      seen.add(h.year);
    });
  }
  const initiativesInOrder = !s.initiatives || isSorted(s.initiatives, strictlyById);
  if (s.initiatives && !initiativesInOrder) {
    const ids = new Set<string>();
    s.initiatives.forEach((ini, i) => {
      if (ids.has(ini.id)) issues.push(makeIssue('duplicate_id', [...at, 'initiatives', i, 'id'], { id: ini.id, other: 'initiatives' }));
      ids.add(ini.id);
    });
  }
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
  // the parsers return fresh objects and arrays, so sorting them in place leaves the caller's input untouched
  const history = s.history as (typeof s.history)[number][];
  // no duplicates remain here, so "not strictly increasing" means "not sorted"
  if (!historyInOrder) history.sort((a, b) => a.year - b.year);
  for (const h of history) {
    if (h.awards && h.awards.length > 1 && !isSorted(h.awards, cmpAward)) h.awards.sort(cmpAward);
    if (h.achievements && h.achievements.length > 1 && !isSorted(h.achievements, cmpAchievement)) h.achievements.sort(cmpAchievement);
  }
  if (s.initiatives) {
    if (!initiativesInOrder) s.initiatives.sort(cmpInitiative);
    for (const x of s.initiatives) if (x.usedFor && x.usedFor.length > 1 && !isSorted(x.usedFor, cmpUse)) x.usedFor.sort(cmpUse);
  }
  if (s.discipline && s.discipline.length > 1 && !isSorted(s.discipline, cmpDiscipline)) s.discipline.sort(cmpDiscipline);
  if (s.councilVotes && s.councilVotes.length > 1 && !isSorted(s.councilVotes, cmpVote)) s.councilVotes.sort(cmpVote);
  return { subject: s, issues: [] };
}

/** Orders that call equal elements out of order, so `isSorted` with them also rules out duplicates. */
const strictlyByYear = (a: { year: number }, b: { year: number }): number => (a.year < b.year ? -1 : 1);
const strictlyById = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : 1);
const cmpInitiative = (a: Initiative, b: Initiative): number => compareCodeUnits(a.id, b.id);
const cmpUse = (a: { awardId: string; year: number }, b: { awardId: string; year: number }): number => compareCodeUnits(a.awardId, b.awardId) || a.year - b.year;
const cmpDiscipline = (a: Discipline, b: Discipline): number =>
  compareCodeUnits(a.from, b.from) || compareCodeUnits(a.level, b.level) || compareCodeUnits(a.to ?? '', b.to ?? '') || compareCodeUnits(canonicalJson(a), canonicalJson(b));
const cmpAchievement = (a: Achievement, b: Achievement): number =>
  compareCodeUnits(a.kind, b.kind) || compareCodeUnits(a.scope, b.scope) || (a.durationYears ?? 0) - (b.durationYears ?? 0) || compareCodeUnits(canonicalJson(a), canonicalJson(b));
const cmpVote = (a: CouncilVote, b: CouncilVote): number => a.year - b.year || compareCodeUnits(a.awardId, b.awardId);

function isSorted<T>(xs: readonly T[], cmp: (a: T, b: T) => number): boolean {
  for (let i = 1; i < xs.length; i++) if (cmp(xs[i - 1]!, xs[i]!) > 0) return false;
  return true;
}
