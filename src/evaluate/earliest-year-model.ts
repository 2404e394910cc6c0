// The needs of the earliest-year projection (docs/next-awards.md), the extended subject they describe, and the
// parts of the projection that do not recurse into other awards (rating and initiative candidates, merging).
import { compareCodeUnits } from '../_internal/canonical-json.js';
import { q, qCeil, qFloor } from '../_internal/rational.js';
import { FACTS_BY_ID, type FactContext } from '../facts/catalog.js';
import type { HistorySettings, Scope } from '../facts/history.js';
import type { AwardVerdict, EligibilityReport, Finding, LeafFinding } from '../model/outcome.js';
import type { LocalizedText } from '../model/rule-book.js';
import { OPERATORS, type FactValue } from '../operators/registry.js';
import type { AwardRecord, CouncilVote, Initiative, Subject, TaskRating } from '../schema/subject.js';

/**
 * One thing the subject must obtain, in the listed years, for a criterion to be met
 * (docs/next-awards.md, "Needs and the extended history"):
 * - `award`: one of `awardIds` (the first one that fits the subject) in each year;
 * - `rating`: a task rating among `ratings` in each year;
 * - `initiative`: `count` items of kind `kinds[0]` recognised at scope `minScope` (and applied) in each year;
 * - `criterion`: the criterion itself (a one-off fact: a ballot, conduct, an achievement …) met in each year.
 */
export type Need =
  | { readonly kind: 'award'; readonly awardIds: readonly string[]; readonly years: readonly number[] }
  | { readonly kind: 'rating'; readonly ratings: readonly TaskRating[]; readonly years: readonly number[] }
  | { readonly kind: 'initiative'; readonly kinds: readonly Initiative['kind'][]; readonly minScope: Scope; readonly count: number; readonly years: readonly number[] }
  | { readonly kind: 'criterion'; readonly fact: string; readonly label: LocalizedText; readonly params?: Readonly<Record<string, unknown>> | undefined; readonly years: readonly number[] };

/** Earliest year of one criterion, with what it needs in that year. @internal */
export interface LeafProjection {
  readonly earliestYear: number | null;
  readonly needs?: readonly Need[] | undefined;
}

/** Everything the projection reads. @internal */
export interface ProjectionContext {
  /** The subject as of the evaluated year (records after it dropped). */
  readonly subject: Subject;
  readonly year: number;
  readonly horizon: number;
  readonly settings: HistorySettings;
  readonly report: EligibilityReport;
  /** The award under evaluation (award-scoped facts). */
  readonly awardId: string;
  readonly categoryOf: FactContext['categoryOf'];
  /** Award ids the subject can hold, in order of preference (subject kind, armed-forces variants). */
  readonly fits: (ids: readonly string[]) => readonly string[];
  /** Memo of {@link obtainableInN} per award id, shared by the awards of one report. */
  readonly obtainable: Map<string, boolean>;
}

export const RATING_ORDER: Readonly<Record<TaskRating, number>> = { failed: 0, completed: 1, good: 2, excellent: 3 };

/** Facts whose value no later record can change (a rule-book parameter, the subject's category). */
export const FIXED_FACTS: ReadonlySet<string> = new Set(['isParameterTrue', 'isArmedForces', 'collectiveKind', 'isInDisciplinePeriod']);

export const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

export function heldIn(subject: Subject, ids: readonly string[], t: number): boolean {
  return subject.history.some((h) => h.year === t && (h.awards ?? []).some((a) => ids.includes(a.awardId) && !a.revoked));
}

/** Rating need for `years`: undefined if a recorded rating of a year ≤ N is outside `ratings`. */
export function ratingNeed(ctx: ProjectionContext, ratings: readonly TaskRating[], years: readonly number[]): Need | undefined | null {
  const missing: number[] = [];
  const rN = ctx.subject.history.find((h) => h.year === ctx.year)?.taskRating;
  for (const t of years) {
    const r = t <= ctx.year ? ctx.subject.history.find((h) => h.year === t)?.taskRating : rN;
    if (r !== undefined && ratings.includes(r)) continue;
    if (t <= ctx.year && r !== undefined) return undefined;
    if (t < ctx.year) return undefined;
    missing.push(t);
  }
  if (!missing.length) return null;
  return { kind: 'rating', ratings: [...ratings], years: missing.sort((a, b) => a - b) };
}

/** The first candidate (in the given order) whose extension makes the leaf hold in `y`. */
export function firstHolding(leaf: LeafFinding, y: number, ctx: ProjectionContext, candidates: Iterable<readonly (Need | null | undefined)[]>): Need[] | undefined {
  for (const c of candidates) {
    if (c.some((n) => n === undefined)) continue;
    const needs = c.filter((n): n is Need => n !== null && n !== undefined);
    // a criterion need is the criterion itself met in that year
    if (needs.some((n) => n.kind === 'criterion' && n.fact === leaf.fact && n.years.includes(y))) return needs;
    const s = extendedSubject(ctx.subject, ctx.year, y, needs, ctx.fits);
    if (leafHolds(leaf, s, y, ctx)) return needs;
  }
  return undefined;
}

/** Years t−k+1 … t (the last k years ending at t), ascending. */
export const suffix = (t: number, k: number): number[] => range(t - k + 1, t);

/** Rating runs (`consecutiveRatingYears`, `consecutiveRatingOrAwardYears`): the rating in the last k years ending at y. @internal */
export function* ratingRunCandidates(leaf: LeafFinding, y: number, ctx: ProjectionContext): Generator<readonly (Need | null | undefined)[]> {
  const ratings = (leaf.params?.['ratings'] as TaskRating[] | undefined) ?? [];
  const limit = y - ctx.year + 2;
  for (let k = 0; k <= limit; k++) yield [ratingNeed(ctx, ratings, suffix(y, k))];
}

export function initiativeNeed(leaf: LeafFinding, y: number, count: number): Need {
  const p = leaf.params ?? {};
  return { kind: 'initiative', kinds: (p['kinds'] as Initiative['kind'][] | undefined) ?? ['initiative'], minScope: (p['minScope'] as Scope | undefined) ?? 'grassroots', count, years: [y] };
}

/** Initiative counts (`initiativeCount`, `freshInitiativeCount`): k new items recognised in `y` (an initiative can still be recognised in N). @internal */
export function* initiativeCandidates(leaf: LeafFinding, y: number, _ctx: ProjectionContext): Generator<readonly (Need | null | undefined)[]> {
  const target = required(leaf) ?? 1;
  yield [];
  for (let k = 1; k <= target; k++) yield [initiativeNeed(leaf, y, k)];
}

/** The integer a count must reach to pass `operator expected` (decimalGte / decimalGt). */
export function required(leaf: LeafFinding): number | undefined {
  if (typeof leaf.expected !== 'string' || !/^[0-9]+(\.[0-9]+)?$/.test(leaf.expected)) return undefined;
  // exact: "3.0000000000000000001" needs 4, which a binary float (3) would miss
  const v = q(leaf.expected);
  if (leaf.operator === 'decimalGte') return Number(qCeil(v));
  if (leaf.operator === 'decimalGt') return Number(qFloor(v) + 1n);
  return undefined;
}

export const weight = (needs: readonly Need[]): number => needs.reduce((s, n) => s + n.years.length * (n.kind === 'initiative' ? n.count : 1), 0);

/** Needs merged: one entry per kind and ids / ratings / item, years ascending; stable order. @internal */
export function mergeNeeds(needs: readonly Need[]): Need[] {
  const map = new Map<string, Need>();
  for (const n of needs) {
    const key = n.kind === 'award' ? `a:${n.awardIds.join()}` : n.kind === 'rating' ? `r:${n.ratings.join()}` : n.kind === 'initiative' ? `i:${n.kinds.join()}:${n.minScope}` : `c:${n.fact}:${JSON.stringify(n.params ?? {})}`;
    const prev = map.get(key);
    if (!prev) map.set(key, n);
    else if (n.kind === 'initiative' && prev.kind === 'initiative') {
      // the same item need from two criteria: the larger count per year
      const years = [...new Set([...prev.years, ...n.years])].sort((a, b) => a - b);
      map.set(key, { ...prev, count: Math.max(prev.count, n.count), years });
    } else map.set(key, { ...prev, years: [...new Set([...prev.years, ...n.years])].sort((a, b) => a - b) } as Need);
  }
  return [...map.values()].sort((a, b) => compareCodeUnits(a.kind, b.kind) || (a.years[0] ?? 0) - (b.years[0] ?? 0) || compareCodeUnits(JSON.stringify(a), JSON.stringify(b)));
}

/**
 * The subject as of year N, extended to year `y` with the records the projection assumes
 * (docs/next-awards.md): records after N dropped; each year N+1 … y gets a copy of N's record
 * without its awards, and N's council votes are repeated for it; then the needs are added. Pure:
 * the input is not touched.
 * @param subject the validated subject.
 * @param N the evaluated year.
 * @param y the last year of the extension (≥ N).
 * @param needs what is added.
 * @param fits award ids the subject can hold, in order of preference.
 * @returns a new subject.
 */
export function extendedSubject(subject: Subject, N: number, y: number, needs: readonly Need[], fits: (ids: readonly string[]) => readonly string[] = (ids) => ids): Subject {
  const byYear = new Map<number, Record<string, unknown>>();
  let base: Record<string, unknown> | undefined;
  for (const r of subject.history) {
    if (r.year > N) continue;
    byYear.set(r.year, { ...r });
    if (r.year === N) base = r as Record<string, unknown>;
  }
  const votes: CouncilVote[] = (subject.councilVotes ?? []).filter((v) => v.year <= N);
  for (let t = N + 1; t <= y; t++) {
    if (base) {
      const { awards: _a, ...rest } = base;
      byYear.set(t, { ...rest, year: t });
    }
    for (const v of subject.councilVotes ?? []) if (v.year === N) votes.push({ ...v, year: t });
  }
  const initiatives: Initiative[] = (subject.initiatives ?? []).filter((i) => i.year <= N);
  const rec = (t: number): Record<string, unknown> => {
    let r = byYear.get(t);
    if (!r) byYear.set(t, (r = { year: t }));
    return r;
  };
  const ratings = new Map<number, TaskRating[]>();
  for (const n of needs) {
    for (const t of n.years) {
      if (n.kind === 'award') {
        const id = fits(n.awardIds)[0] ?? n.awardIds[0]!;
        const r = rec(t);
        const awards = (r['awards'] as AwardRecord[] | undefined) ?? [];
        if (!awards.some((a) => a.awardId === id && !a.revoked)) r['awards'] = [...awards, { awardId: id }];
      } else if (n.kind === 'rating') {
        const prev = ratings.get(t);
        ratings.set(t, prev ? prev.filter((x) => n.ratings.includes(x)) : [...n.ratings]);
      } else if (n.kind === 'initiative') {
        for (let i = 0; i < n.count; i++) initiatives.push({ id: `next-${n.kinds[0]}-${n.minScope}-${t}-${initiatives.length}`, kind: n.kinds[0]!, year: t, recognisedScope: n.minScope, applied: true });
      }
    }
  }
  for (const [t, list] of ratings) {
    const best = [...list].sort((a, b) => RATING_ORDER[b] - RATING_ORDER[a])[0];
    if (best) rec(t)['taskRating'] = best;
  }
  const history = [...byYear.values()].sort((a, b) => (a['year'] as number) - (b['year'] as number));
  return { ...subject, history, initiatives, councilVotes: votes } as Subject;
}

/** Value of a leaf's fact for the award under evaluation, in year `y`, of a subject. @internal */
export function factAt(leaf: LeafFinding, subject: Subject, y: number, ctx: ProjectionContext): FactValue {
  const def = FACTS_BY_ID.get(leaf.fact);
  if (!def) return null;
  return def.derive({ subject, year: y, awardId: ctx.awardId, settings: ctx.settings, categoryOf: ctx.categoryOf }, (leaf.params ?? {}) as Record<string, unknown>);
}

/** Whether a leaf holds in year `y` for a subject. @internal */
export function leafHolds(leaf: LeafFinding, subject: Subject, y: number, ctx: ProjectionContext): boolean {
  const v = factAt(leaf, subject, y, ctx);
  if (v === null) return false;
  const op = OPERATORS.get(leaf.operator);
  return op !== undefined && op.test(v, leaf.expected);
}

export function verdictOf(ctx: ProjectionContext, id: string): AwardVerdict | undefined {
  return ctx.report.awards.find((a) => a.awardId === id);
}

/** The run criterion of the cycle title's own rule (e.g. CSTĐ tỉnh: 3 CSTĐCS since the last CSTĐ tỉnh), from the report. */
export function cycleTitleRunLeaf(ctx: ProjectionContext, ids: readonly string[], base: readonly string[]): LeafFinding | undefined {
  for (const id of ids) {
    for (const r of verdictOf(ctx, id)?.rules ?? []) {
      const found = findLeaf(r.tree, (l) => l.fact === 'consecutiveAwardYears' && ((l.params?.['awardIds'] as string[] | undefined) ?? []).some((a) => base.includes(a)));
      if (found) return found;
    }
  }
  return undefined;
}

export function findLeaf(f: Finding, pred: (l: LeafFinding) => boolean): LeafFinding | undefined {
  if (f.type === 'leaf') return pred(f) ? f : undefined;
  for (const c of f.children) {
    const l = findLeaf(c, pred);
    if (l) return l;
  }
  return undefined;
}

/** Whether a tree holds on a subject in `y`, criteria listed in `assumed` (criterion needs) counted as met. */
export function treeHolds(f: Finding, s: Subject, y: number, ctx: ProjectionContext, assumed: ReadonlySet<string>): boolean {
  if (f.type === 'leaf') return assumed.has(f.fact) || leafHolds(f, s, y, ctx);
  if (f.op === 'all') return f.children.every((c) => treeHolds(c, s, y, ctx, assumed));
  if (f.op === 'any') return f.children.some((c) => treeHolds(c, s, y, ctx, assumed));
  return f.status === 'pass' || y > ctx.year;
}
