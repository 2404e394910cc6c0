import { awardCountInWindow, awardYears, consecutiveAwardYears, consecutiveRatingYears, yearInDisciplinePeriod, type HistorySettings } from '../facts/history.js';
import type { EligibilityReport, Finding, LeafFinding } from '../model/outcome.js';
import type { Subject, TaskRating } from '../schema/subject.js';
import { toRational } from '../operators/rational.js';

/** What must happen for a criterion to be met: the awards or ratings to obtain, and in which years. */
export interface Needs {
  readonly awardIds?: readonly string[] | undefined;
  readonly ratings?: readonly string[] | undefined;
  readonly years: readonly number[];
}

/** Earliest year of one criterion, with what it needs. @internal */
export interface LeafProjection {
  readonly earliestYear: number | null;
  readonly needs?: Needs | undefined;
}

/** Everything the projection reads. @internal */
export interface ProjectionContext {
  readonly subject: Subject;
  readonly year: number;
  readonly horizon: number;
  readonly settings: HistorySettings;
  readonly report: EligibilityReport;
}

const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/** The integer a count must reach to pass `operator expected` (decimalGte / decimalGt). */
function required(leaf: LeafFinding): number | undefined {
  const r = typeof leaf.expected === 'string' ? toRational(leaf.expected) : undefined;
  if (!r) return undefined;
  const v = r.num.div(r.den);
  if (leaf.operator === 'decimalGte') return v.ceil().toNumber();
  if (leaf.operator === 'decimalGt') return v.floor().plus(1).toNumber();
  return undefined;
}

/** True if, in the evaluated year, the subject is not recorded with any of the awards but the report finds it eligible (or undetermined) for one. */
function obtainableThisYear(ctx: ProjectionContext, ids: readonly string[]): boolean {
  if (awardYears(ctx.subject, ids, ctx.settings).has(ctx.year)) return false;
  return ctx.report.awards.some((a) => ids.includes(a.awardId) && (a.verdict === 'eligible' || a.verdict === 'undetermined'));
}

function runProjection(ctx: ProjectionContext, target: number, current: (endingAt: number) => number, heldAtN: boolean, openAtN: boolean, needs: Omit<Needs, 'years'>): LeafProjection {
  const N = ctx.year;
  if (heldAtN) {
    const k = Math.max(0, target - current(N));
    return { earliestYear: N + k, needs: { ...needs, years: range(N + 1, N + k) } };
  }
  if (openAtN) {
    const k = Math.max(0, target - (current(N - 1) + 1));
    return { earliestYear: N + k, needs: { ...needs, years: range(N, N + k) } };
  }
  return { earliestYear: N + target, needs: { ...needs, years: range(N + 1, N + target) } };
}

/**
 * Earliest achievement year at which one failing or missing criterion could be met, assuming the
 * missing facts are met from now on (docs/next-awards.md): run and count facts from the gap,
 * one-off facts in the same year if they can still be met, otherwise the next year.
 * @internal
 */
export function projectLeaf(leaf: LeafFinding, ctx: ProjectionContext): LeafProjection {
  const N = ctx.year;
  const p = leaf.params ?? {};
  const ids = (p['awardIds'] as string[] | undefined) ?? [];
  if (leaf.status === 'pass') return { earliestYear: N };
  const target = required(leaf);
  switch (leaf.fact) {
    case 'consecutiveAwardYears': {
      if (target === undefined) break;
      const held = awardYears(ctx.subject, ids, ctx.settings).has(N);
      return runProjection(ctx, target, (y) => consecutiveAwardYears(ctx.subject, ids, y, ctx.settings), held, obtainableThisYear(ctx, ids), { awardIds: ids });
    }
    case 'consecutiveRatingYears': {
      if (target === undefined) break;
      const ratings = p['ratings'] as TaskRating[];
      const rec = ctx.subject.history.find((h) => h.year === N);
      const held = rec?.taskRating !== undefined && ratings.includes(rec.taskRating);
      return runProjection(ctx, target, (y) => consecutiveRatingYears(ctx.subject, ratings, y, ctx.settings), held, rec?.taskRating === undefined, { ratings });
    }
    case 'awardCountInWindow': {
      if (target === undefined) break;
      const w = p['years'] as number;
      const open = obtainableThisYear(ctx, ids);
      for (let y = N; y <= N + ctx.horizon; y++) {
        const past = awardCountInWindow(ctx.subject, ids, y - w + 1, N, ctx.settings);
        const first = open ? N : N + 1;
        const future = range(Math.max(first, y - w + 1), y);
        if (past + future.length >= target) {
          const needed = future.slice(future.length - (target - past));
          return { earliestYear: y, needs: { awardIds: ids, years: target - past > 0 ? needed : [] } };
        }
      }
      return { earliestYear: null, needs: { awardIds: ids, years: [] } };
    }
    case 'yearsSinceAward': {
      const first = obtainableThisYear(ctx, ids) ? N : N + 1;
      if (target !== undefined) {
        // needs time to pass since the last award (or since a first one)
        const last = leaf.actual === null ? undefined : Number(leaf.actual);
        return last === undefined ? { earliestYear: first + target, needs: { awardIds: ids, years: [first] } } : { earliestYear: N + (target - last), needs: { awardIds: ids, years: [] } };
      }
      return { earliestYear: first, needs: { awardIds: ids, years: [first] } };
    }
    case 'hasAwardInYear': {
      if (leaf.expected !== true) break;
      const offset = (p['yearOffset'] as number | undefined) ?? 0;
      const x = obtainableThisYear(ctx, ids) ? N : N + 1;
      return { earliestYear: x - offset, needs: { awardIds: ids, years: [x] } };
    }
    case 'isInDisciplinePeriod': {
      for (let y = N; y <= N + ctx.horizon; y++) if (!yearInDisciplinePeriod(ctx.subject, y)) return { earliestYear: y };
      return { earliestYear: null };
    }
    default:
      break;
  }
  // one-off facts: still open in the year when the data is missing or the count can still grow
  if (leaf.status === 'missing_fact' || leaf.fact === 'initiativeCount') return { earliestYear: N };
  return { earliestYear: N + 1 };
}

/**
 * Earliest year of a condition tree: all → the latest of its children, any → the earliest, not →
 * a one-off; a passing node is met in the evaluated year. Null when some required part can not be
 * projected within the horizon.
 * @internal
 */
export function projectTree(f: Finding, ctx: ProjectionContext): number | null {
  if (f.status === 'pass') return ctx.year;
  if (f.type === 'leaf') return projectLeaf(f, ctx).earliestYear;
  if (f.op === 'not') return f.status === 'missing_fact' ? ctx.year : ctx.year + 1;
  const ys = f.children.map((c) => projectTree(c, ctx));
  if (f.op === 'all') return ys.includes(null) ? null : Math.max(...(ys as number[]));
  const known = ys.filter((y): y is number => y !== null);
  return known.length ? Math.min(...known) : null;
}
