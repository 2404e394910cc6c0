import { compareCodeUnits } from '../_internal/canonical-json.js';
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

const RATING_ORDER: Readonly<Record<TaskRating, number>> = { failed: 0, completed: 1, good: 2, excellent: 3 };
/** Facts whose value no later record can change (a rule-book parameter, the subject's category). */
const FIXED_FACTS: ReadonlySet<string> = new Set(['isParameterTrue', 'isArmedForces', 'collectiveKind', 'isInDisciplinePeriod']);

const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

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

function verdictOf(ctx: ProjectionContext, id: string): AwardVerdict | undefined {
  return ctx.report.awards.find((a) => a.awardId === id);
}

/**
 * True if, in N, the subject is not recorded with any of the awards but could still obtain one in
 * N: the report finds it eligible or undetermined, or every rule of it can still be met in N
 * (missing data supplied, an initiative recognised) — the award's own projection, one level deep.
 */
function obtainableInN(ctx: ProjectionContext, ids: readonly string[]): boolean {
  const rec = ctx.subject.history.find((h) => h.year === ctx.year);
  if (rec?.awards?.some((a) => ids.includes(a.awardId) && !a.revoked)) return false;
  return ids.some((id) => {
    const known = ctx.obtainable.get(id);
    if (known !== undefined) return known;
    ctx.obtainable.set(id, false); // guards a cycle of prerequisites
    const v = verdictOf(ctx, id);
    const sub: ProjectionContext = { ...ctx, awardId: id };
    const ok = v !== undefined && (v.verdict === 'eligible' || v.verdict === 'undetermined' || (v.verdict === 'ineligible' && v.rules.every((r) => treeNeedsAt(r.tree, ctx.year, sub) !== undefined)));
    ctx.obtainable.set(id, ok);
    return ok;
  });
}

/** First year an award of `ids` not yet held can be added: N if obtainable in N, else N+1. */
function firstAwardYear(ctx: ProjectionContext, ids: readonly string[]): number {
  return obtainableInN(ctx, ids) ? ctx.year : ctx.year + 1;
}

function heldIn(subject: Subject, ids: readonly string[], t: number): boolean {
  return subject.history.some((h) => h.year === t && (h.awards ?? []).some((a) => ids.includes(a.awardId) && !a.revoked));
}

/**
 * The award years an award need must add so that the subject holds one of `ids` in each of
 * `years`: undefined if one of them is before the first year an award can be added and not held.
 */
function awardNeed(ctx: ProjectionContext, ids: readonly string[], years: readonly number[]): Need | undefined | null {
  const first = firstAwardYear(ctx, ids);
  const missing: number[] = [];
  for (const t of years) {
    if (t <= ctx.year && heldIn(ctx.subject, ids, t)) continue;
    if (t < first) return undefined;
    missing.push(t);
  }
  if (!missing.length) return null;
  return { kind: 'award', awardIds: ctx.fits(ids), years: missing.sort((a, b) => a - b) };
}

/** Rating need for `years`: undefined if a recorded rating of a year ≤ N is outside `ratings`. */
function ratingNeed(ctx: ProjectionContext, ratings: readonly TaskRating[], years: readonly number[]): Need | undefined | null {
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
function firstHolding(leaf: LeafFinding, y: number, ctx: ProjectionContext, candidates: Iterable<readonly (Need | null | undefined)[]>): Need[] | undefined {
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
const suffix = (t: number, k: number): number[] => range(t - k + 1, t);

/**
 * Run facts (`consecutiveAwardYears` with `resetBy` and the cycle reading, `hasAwardInYear`):
 * hold the award in the last k years ending at `y`, k = 0, 1, 2 …, and take the first k for
 * which the fact, derived on the extended history, passes — under `blocks-of-three` the run must
 * land on 3, 6, 9 … (titles.md §8a C1–C2).
 * @internal
 */
export function* awardRunCandidates(leaf: LeafFinding, y: number, ctx: ProjectionContext): Generator<readonly (Need | null | undefined)[]> {
  const ids = (leaf.params?.['awardIds'] as string[] | undefined) ?? [];
  const limit = y - ctx.year + 2;
  for (let k = 0; k <= limit; k++) yield [awardNeed(ctx, ids, suffix(y, k))];
}

/** `hasAwardInYear` (offset o ≤ 0): the award held in y + o. @internal */
export function* awardInYearCandidates(leaf: LeafFinding, y: number, ctx: ProjectionContext): Generator<readonly (Need | null | undefined)[]> {
  const ids = (leaf.params?.['awardIds'] as string[] | undefined) ?? [];
  const t = y + ((leaf.params?.['yearOffset'] as number | undefined) ?? 0);
  yield [];
  yield [awardNeed(ctx, ids, [t])];
}

/**
 * Count facts (`awardCountInWindow`, `awardCountAfterAward`): k more awards in the latest years
 * ending at `y` that can still take one. @internal
 */
function* latestAwardYears(ids: readonly string[], y: number, ctx: ProjectionContext, from: number): Generator<number[]> {
  const first = Math.max(from, firstAwardYear(ctx, ids));
  const free: number[] = [];
  for (let t = y; t >= first; t--) if (!(t <= ctx.year && heldIn(ctx.subject, ids, t))) free.push(t);
  for (let k = 0; k <= free.length; k++) yield free.slice(0, k);
}

/** `awardCountInWindow` (T awards in the last W years): k more awards in the latest free years. @internal */
export function* awardCountCandidates(leaf: LeafFinding, y: number, ctx: ProjectionContext): Generator<readonly (Need | null | undefined)[]> {
  const ids = (leaf.params?.['awardIds'] as string[] | undefined) ?? [];
  const w = (leaf.params?.['years'] as number | undefined) ?? 1;
  for (const years of latestAwardYears(ids, y, ctx, y - w + 1)) yield years.length ? [{ kind: 'award', awardIds: ctx.fits(ids), years: years.sort((a, b) => a - b) }] : [];
}

/** `yearsSinceAward`: as it is, or a first award at the first year one can be added. @internal */
export function* yearsSinceCandidates(leaf: LeafFinding, y: number, ctx: ProjectionContext): Generator<readonly (Need | null | undefined)[]> {
  const ids = (leaf.params?.['awardIds'] as string[] | undefined) ?? [];
  yield [];
  for (let t = firstAwardYear(ctx, ids); t <= y; t++) yield [awardNeed(ctx, ids, [t])];
}

/** Rating runs (`consecutiveRatingYears`, `consecutiveRatingOrAwardYears`): the rating in the last k years ending at y. @internal */
export function* ratingRunCandidates(leaf: LeafFinding, y: number, ctx: ProjectionContext): Generator<readonly (Need | null | undefined)[]> {
  const ratings = (leaf.params?.['ratings'] as TaskRating[] | undefined) ?? [];
  const limit = y - ctx.year + 2;
  for (let k = 0; k <= limit; k++) yield [ratingNeed(ctx, ratings, suffix(y, k))];
}

/**
 * The opening award of a window (the ministry/provincial certificate before the Prime Minister's
 * certificate, titles.md §8a C5): none added while the history opens a window for `y`, else a
 * new one at each year from the first it can be obtained (earliest first: it gives the longest window).
 */
function* openings(leaf: LeafFinding, y: number, ctx: ProjectionContext): Generator<Need | null> {
  const ids = (leaf.params?.['awardIds'] as string[] | undefined) ?? [];
  const q = { awardIds: ids, startsAfterAward: leaf.params?.['startsAfterAward'] === true, basis: leaf.params?.['basis'], resetBy: leaf.params?.['resetBy'] ?? [] };
  const probe: LeafFinding = { ...leaf, fact: 'openingAwardCount', params: q, operator: 'decimalGte', expected: '1' };
  if (leafHolds(probe, extendedSubject(ctx.subject, ctx.year, y, [], ctx.fits), y, ctx)) {
    yield null;
    return;
  }
  for (let t = firstAwardYear(ctx, ids); t <= y; t++) {
    const n: Need = { kind: 'award', awardIds: ctx.fits(ids), years: [t] };
    if (leafHolds(probe, extendedSubject(ctx.subject, ctx.year, y, [n], ctx.fits), y, ctx)) yield n;
  }
}

/**
 * Window facts after an opening award (`openingAwardCount`, `windowYearsAfterAward`,
 * `awardCountAfterAward`, `initiativeCountAfterAward`): the opening certificate (kept, or the first
 * one that opens a window), then the ratings / awards / initiatives of the window ending at `y`. @internal
 */
export function* windowCandidates(leaf: LeafFinding, y: number, ctx: ProjectionContext): Generator<readonly (Need | null | undefined)[]> {
  const p = leaf.params ?? {};
  for (const open of openings(leaf, y, ctx)) {
    if (leaf.fact === 'openingAwardCount') yield [open];
    else if (leaf.fact === 'windowYearsAfterAward') {
      const ratings = (p['ratings'] as TaskRating[] | undefined) ?? [];
      for (let k = 0; k <= y - ctx.year + 1; k++) yield [open, ratingNeed(ctx, ratings, suffix(y, k))];
    } else if (leaf.fact === 'awardCountAfterAward') {
      const ids = (p['countAwardIds'] as string[] | undefined) ?? [];
      for (const years of latestAwardYears(ids, y, ctx, Number.MIN_SAFE_INTEGER)) yield [open, years.length ? { kind: 'award', awardIds: ctx.fits(ids), years: years.sort((a, b) => a - b) } : null];
    } else {
      const target = required(leaf) ?? 1;
      for (let k = 0; k <= target; k++) yield [open, k ? initiativeNeed(leaf, y, k) : null];
    }
  }
}

function initiativeNeed(leaf: LeafFinding, y: number, count: number): Need {
  const p = leaf.params ?? {};
  return { kind: 'initiative', kinds: (p['kinds'] as Initiative['kind'][] | undefined) ?? ['initiative'], minScope: (p['minScope'] as Scope | undefined) ?? 'grassroots', count, years: [y] };
}

/** Initiative counts (`initiativeCount`, `freshInitiativeCount`): k new items recognised in `y` (an initiative can still be recognised in N). @internal */
export function* initiativeCandidates(leaf: LeafFinding, y: number, _ctx: ProjectionContext): Generator<readonly (Need | null | undefined)[]> {
  const target = required(leaf) ?? 1;
  yield [];
  for (let k = 1; k <= target; k++) yield [initiativeNeed(leaf, y, k)];
}

/**
 * `consecutiveCycleCount` (CSTĐTQ, titles.md §8a C3–C4): the cycle title in `y` and, before it,
 * the previous one kept from the history or added at the latest year that still leaves a full
 * cycle, with the base title held in every year from the start of the first cycle to `y`. A cycle
 * title added in a year after N must itself be obtainable there: its own run criterion (the
 * `consecutiveAwardYears` leaf of the cycle title's rule, with its cycle reading) must hold on the
 * extended history. @internal
 */
export function* cycleCandidates(leaf: LeafFinding, y: number, ctx: ProjectionContext): Generator<readonly (Need | null | undefined)[]> {
  const p = leaf.params ?? {};
  const ids = (p['awardIds'] as string[] | undefined) ?? [];
  const base = (p['baseAwardIds'] as string[] | undefined) ?? [];
  const len = (p['cycleLength'] as number | undefined) ?? 3;
  const target = required(leaf) ?? 2;
  const runLeaf = cycleTitleRunLeaf(ctx, ids, base);
  const titleFirst = firstAwardYear(ctx, ids);
  const oldest = Math.min(ctx.year, ...ctx.subject.history.map((h) => h.year));
  // chains of T titles ending at y: earlier titles either kept (from history, ≤ N) or new (≥ titleFirst)
  const chains: number[][] = [];
  const extend = (chain: number[]): void => {
    if (chain.length === target) {
      chains.push(chain);
      return;
    }
    const cur = chain[0]!;
    for (let t = cur - 1; t >= oldest && chains.length < 500; t--) {
      const kept = t <= ctx.year && heldIn(ctx.subject, ids, t);
      if (kept || t >= titleFirst) extend([t, ...chain]);
      if (kept) break; // an older title would have this one between them
    }
  };
  extend([y]);
  chains.sort((a, b) => b[0]! - a[0]! || compareCodeUnits(a.join(), b.join()));
  for (const chain of chains) {
    const titleNeed = awardNeed(ctx, ids, chain);
    const baseNeed = awardNeed(ctx, base, range(chain[0]! - len + 1, y));
    if (titleNeed === undefined || baseNeed === undefined) continue;
    const needs = [titleNeed, baseNeed].filter((n): n is Need => n !== null);
    if (runLeaf && titleNeed) {
      const s = extendedSubject(ctx.subject, ctx.year, y, needs, ctx.fits);
      const ok = titleNeed.years.every((t) => t === ctx.year || leafHolds(runLeaf, s, t, { ...ctx, awardId: ids[0]! }));
      if (!ok) continue;
    }
    yield needs;
  }
}

/** The run criterion of the cycle title's own rule (e.g. CSTĐ tỉnh: 3 CSTĐCS since the last CSTĐ tỉnh), from the report. */
function cycleTitleRunLeaf(ctx: ProjectionContext, ids: readonly string[], base: readonly string[]): LeafFinding | undefined {
  for (const id of ids) {
    for (const r of verdictOf(ctx, id)?.rules ?? []) {
      const found = findLeaf(r.tree, (l) => l.fact === 'consecutiveAwardYears' && ((l.params?.['awardIds'] as string[] | undefined) ?? []).some((a) => base.includes(a)));
      if (found) return found;
    }
  }
  return undefined;
}

function findLeaf(f: Finding, pred: (l: LeafFinding) => boolean): LeafFinding | undefined {
  if (f.type === 'leaf') return pred(f) ? f : undefined;
  for (const c of f.children) {
    const l = findLeaf(c, pred);
    if (l) return l;
  }
  return undefined;
}

/** One-off facts (a ballot, conduct, an achievement, a task rating …): as they are, or met in `y` if that is still possible. @internal */
export function* oneOffCandidates(leaf: LeafFinding, y: number, ctx: ProjectionContext): Generator<readonly (Need | null | undefined)[]> {
  yield [];
  if (FIXED_FACTS.has(leaf.fact)) return;
  // facts recorded for N are final; a missing one can still be supplied in N
  if (y === ctx.year && leaf.actual !== null) return;
  if (leaf.fact === 'taskRating' && leaf.operator === 'in' && Array.isArray(leaf.expected)) {
    yield [ratingNeed(ctx, leaf.expected as TaskRating[], [y])];
    return;
  }
  yield [{ kind: 'criterion', fact: leaf.fact, label: leaf.label ?? leaf.factLabel, ...(leaf.params ? { params: leaf.params } : {}), years: [y] }];
}

const CANDIDATES: Readonly<Record<string, (leaf: LeafFinding, y: number, ctx: ProjectionContext) => Iterable<readonly (Need | null | undefined)[]>>> = {
  consecutiveAwardYears: awardRunCandidates,
  hasAwardInYear: awardInYearCandidates,
  awardCountInWindow: awardCountCandidates,
  yearsSinceAward: yearsSinceCandidates,
  consecutiveRatingYears: ratingRunCandidates,
  consecutiveRatingOrAwardYears: ratingRunCandidates,
  openingAwardCount: windowCandidates,
  windowYearsAfterAward: windowCandidates,
  awardCountAfterAward: windowCandidates,
  initiativeCountAfterAward: windowCandidates,
  initiativeCount: initiativeCandidates,
  freshInitiativeCount: initiativeCandidates,
  consecutiveCycleCount: cycleCandidates,
};

/** The integer a count must reach to pass `operator expected` (decimalGte / decimalGt). */
function required(leaf: LeafFinding): number | undefined {
  if (typeof leaf.expected !== 'string' || !/^[0-9]+(\.[0-9]+)?$/.test(leaf.expected)) return undefined;
  const v = Number(leaf.expected);
  if (leaf.operator === 'decimalGte') return Math.ceil(v);
  if (leaf.operator === 'decimalGt') return Math.floor(v) + 1;
  return undefined;
}

/**
 * What one criterion needs to hold in year `y` (≥ N), assuming the subject's year-N record holds
 * again in later years: [] if it holds as it is, the needs of the first candidate extension that
 * makes it hold, or undefined if none does.
 * @internal
 */
export function leafNeedsAt(leaf: LeafFinding, y: number, ctx: ProjectionContext): Need[] | undefined {
  if (y === ctx.year && leaf.status === 'pass') return [];
  const gen = CANDIDATES[leaf.fact] ?? oneOffCandidates;
  return firstHolding(leaf, y, ctx, gen(leaf, y, ctx));
}

/**
 * Earliest year (N … N + horizon) at which one criterion can be met, with what it needs then.
 * @internal
 */
export function projectLeaf(leaf: LeafFinding, ctx: ProjectionContext): LeafProjection {
  for (let y = ctx.year; y <= ctx.year + ctx.horizon; y++) {
    const needs = leafNeedsAt(leaf, y, ctx);
    if (needs) return { earliestYear: y, needs: mergeNeeds(needs) };
  }
  return { earliestYear: null };
}

const weight = (needs: readonly Need[]): number => needs.reduce((s, n) => s + n.years.length * (n.kind === 'initiative' ? n.count : 1), 0);

/**
 * What a condition tree needs to hold in year `y`: `all` → every child's needs, `any` → the child
 * with the fewest needs (tree order on ties); undefined if it can not hold in `y`.
 * @internal
 */
export function treeNeedsAt(f: Finding, y: number, ctx: ProjectionContext, memo = new Map<Finding, Need[] | undefined>()): Need[] | undefined {
  if (memo.has(f)) return memo.get(f);
  let out: Need[] | undefined;
  if (f.type === 'leaf') out = leafNeedsAt(f, y, ctx);
  else if (f.op === 'all') {
    out = [];
    for (const c of f.children) {
      const n = treeNeedsAt(c, y, ctx, memo);
      if (!n) {
        out = undefined;
        break;
      }
      out.push(...n);
    }
  } else if (f.op === 'any') {
    for (const c of f.children) {
      const n = treeNeedsAt(c, y, ctx, memo);
      if (n && (!out || weight(n) < weight(out))) out = n;
    }
  } else {
    // not: a one-off — holds when it holds now, or (if it can change) from the next year
    out = f.status === 'pass' || (f.status === 'missing_fact' ? y >= ctx.year : y > ctx.year) ? [] : undefined;
  }
  memo.set(f, out);
  return out;
}

/** Whether a tree holds on a subject in `y`, criteria listed in `assumed` (criterion needs) counted as met. */
function treeHolds(f: Finding, s: Subject, y: number, ctx: ProjectionContext, assumed: ReadonlySet<string>): boolean {
  if (f.type === 'leaf') return assumed.has(f.fact) || leafHolds(f, s, y, ctx);
  if (f.op === 'all') return f.children.every((c) => treeHolds(c, s, y, ctx, assumed));
  if (f.op === 'any') return f.children.some((c) => treeHolds(c, s, y, ctx, assumed));
  return f.status === 'pass' || y > ctx.year;
}

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

/** Earliest year of an award (all its rules: principles and the award's rule), with the merged needs. @internal */
export interface AwardProjection {
  readonly earliestYear: number | null;
  readonly needs: readonly Need[];
}

/**
 * Earliest year Y (`from` … N + horizon) at which every rule of the award can hold together: the
 * needs of every rule in Y, merged, are added to the history and every rule is checked once more
 * on that one extended history (criterion needs counted as met).
 * @internal
 */
export function projectAward(trees: readonly Finding[], ctx: ProjectionContext, from = ctx.year): AwardProjection {
  for (let y = from; y <= ctx.year + ctx.horizon; y++) {
    const parts: Need[] = [];
    let ok = true;
    for (const t of trees) {
      const n = treeNeedsAt(t, y, ctx);
      if (!n) {
        ok = false;
        break;
      }
      parts.push(...n);
    }
    if (!ok) continue;
    const needs = mergeNeeds(parts);
    const s = extendedSubject(ctx.subject, ctx.year, y, needs, ctx.fits);
    const assumed = new Set(needs.flatMap((n) => (n.kind === 'criterion' && n.years.includes(y) ? [n.fact] : [])));
    if (trees.every((t) => treeHolds(t, s, y, ctx, assumed))) return { earliestYear: y, needs };
  }
  return { earliestYear: null, needs: [] };
}
