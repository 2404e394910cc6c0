// Points of a quantitative criterion of a score sheet (clusters.md §5.3): the ratio of actual to
// target for one member, and the points it earns (below, at or above target; relative to the best
// exceeder or proportional). Exact rationals throughout.
import type { QuantitativeCriterion } from '../../schema/score-sheet.js';
import { q, qAdd, qCmp, qDiv, qMul, qSub, qText, type Q } from '../../_internal/rational.js';
import type { CriterionComputation } from './model.js';

const HALF = q('0.5');
export const ZERO = q(0);
export const ONE = q(1);

export interface Ratio {
  readonly target: string;
  readonly actual: string;
  readonly ratio: Q;
  readonly capped: Q | undefined;
}

/** r for one member and one quantitative criterion (the target is > 0, checked by the caller). */
export function ratioOf(c: QuantitativeCriterion, target: string, actual: string): Ratio {
  const t = q(target);
  const a = q(actual);
  const cap = c.ratioCap !== undefined ? q(c.ratioCap) : undefined;
  let ratio: Q;
  if (c.direction === 'higher-is-better') ratio = qDiv(a, t);
  else ratio = qCmp(a, ZERO) <= 0 ? cap! : qDiv(t, a); // lower is better: no occurrence at all is the best (the cap)
  const limit = c.formula === 'proportional' ? (cap ?? ONE) : cap;
  const capped = limit !== undefined && qCmp(ratio, limit) > 0 ? limit : undefined;
  return { target, actual, ratio, capped };
}

/** Points of a quantitative criterion (clusters.md §5.3 or proportional), with the computation. */
export function quantitative(c: QuantitativeCriterion, r: Ratio, best: Q | null): { points: Q; computation: CriterionComputation } {
  const ms = q(c.maxPoints);
  const rr = r.capped ?? r.ratio;
  let points: Q;
  let kase: Extract<CriterionComputation, { type: 'quantitative' }>['case'];
  if (c.formula === 'proportional') {
    const limit = c.ratioCap !== undefined ? q(c.ratioCap) : ONE;
    points = qDiv(qMul(ms, rr), limit);
    kase = 'proportional';
  } else if (qCmp(rr, ONE) < 0) {
    points = qMul(qMul(HALF, ms), rr);
    kase = 'below-target';
  } else if (qCmp(rr, ONE) === 0) {
    points = qMul(HALF, ms);
    kase = 'at-target';
  } else if (best !== null && qCmp(rr, best) === 0) {
    points = ms;
    kase = 'best-exceeder';
  } else {
    // 0.5·MS + 0.5·MS·(r − 1)/(L − 1), with L > r > 1
    points = qAdd(qMul(HALF, ms), qDiv(qMul(qMul(HALF, ms), qSub(rr, ONE)), qSub(best!, ONE)));
    kase = 'above-target';
  }
  const clampedAtZero = qCmp(points, ZERO) < 0;
  if (clampedAtZero) points = ZERO;
  return {
    points,
    computation: {
      type: 'quantitative',
      formula: c.formula,
      direction: c.direction,
      target: r.target,
      actual: r.actual,
      ratio: qText(r.ratio),
      ...(r.capped ? { cappedRatio: qText(r.capped) } : {}),
      ...(c.formula === 'relative-to-best' ? { best: best === null ? null : qText(best) } : {}),
      case: kase,
      clampedAtZero,
    },
  };
}
