// Slightly over 300 lines on purpose: the recursion (award needs ↔ tree walk) stays in one module;
// splitting it would make two modules import each other.
// Earliest year of an award or a criterion (docs/next-awards.md): the recursive part of the projection
// (award needs, which ask whether a prerequisite award is obtainable, and the tree walk). Types, the
// extended subject and the non-recursive candidates are in ./earliest-year-model.ts.
import type { Finding, LeafFinding } from '../model/outcome.js';
import { compareCodeUnits } from '../_internal/canonical-json.js';
import type { TaskRating } from '../schema/subject.js';
import { cycleTitleRunLeaf, extendedSubject, firstHolding, treeHolds, verdictOf, heldIn, initiativeCandidates, leafHolds, mergeNeeds, range, ratingNeed, ratingRunCandidates, required, suffix, weight, FIXED_FACTS, initiativeNeed, type LeafProjection, type Need, type ProjectionContext } from './earliest-year-model.js';

export { extendedSubject, factAt, initiativeCandidates, leafHolds, mergeNeeds, ratingRunCandidates } from './earliest-year-model.js';
export type { LeafProjection, Need, ProjectionContext } from './earliest-year-model.js';

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
