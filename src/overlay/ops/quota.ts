import { closest } from '../../_internal/closest.js';
import { q as exact, qCmp } from '../../_internal/rational.js';
import type { QuotaDef } from '../../model/quota.js';
import { makeIssue } from '../../model/issue.js';
import type { OverlayOperation } from '../../schema/overlay-file.js';
import { makeProvenance } from '../provenance.js';
import { invalid, opPath, type OverlayState } from '../_state.js';

type SetOp = Extract<OverlayOperation, { op: 'set' }>;

const SHARE_RE = /^(0(\.[0-9]+)?|1(\.0+)?)$/;

/** Exact comparison of two share strings ("0.15", "1.0"; checked against SHARE_RE first). */
const compareShares = (a: string, b: string): number => qCmp(exact(a), exact(b));

/**
 * Achievement years an overlay governs: a year belongs to it when the last day of the year (the
 * day a regime is resolved by) falls within its effective period.
 */
function overlayYears(s: OverlayState): { from: number; to?: number | undefined } {
  const from = Number(s.overlay.effective.from.slice(0, 4));
  const end = s.overlay.effective.to;
  if (end === undefined) return { from };
  const y = Number(end.slice(0, 4));
  return { from, to: end.slice(5) === '12-31' ? y : y - 1 };
}

/** The quota made stricter, over the overlay's years; the national remainder keeps its own ids. */
function clip(s: OverlayState, i: number, op: SetOp, q: QuotaDef, next: QuotaDef): QuotaDef[] | undefined {
  const ov = overlayYears(s);
  const lo = Math.max(q.years.from ?? -Infinity, ov.from);
  const hi = Math.min(q.years.to ?? Infinity, ov.to ?? Infinity);
  if (lo > hi) {
    invalid(s, i, op, { problem: 'quota-outside-overlay', id: q.id, from: String(q.years.from ?? ''), to: String(q.years.to ?? ''), ruleFrom: s.overlay.effective.from, ruleTo: s.overlay.effective.to ?? '' }, 'target');
    return undefined;
  }
  const years = { from: lo, ...(Number.isFinite(hi) ? { to: hi } : {}) };
  const out: QuotaDef[] = [];
  if (q.years.from === undefined || q.years.from < lo) out.push({ ...q, id: `${q.id}-national-until-${lo - 1}`, years: { ...(q.years.from !== undefined ? { from: q.years.from } : {}), to: lo - 1 } });
  out.push({ ...next, years });
  if (Number.isFinite(hi) && (q.years.to === undefined || q.years.to > hi)) out.push({ ...q, id: `${q.id}-national-from-${hi + 1}`, years: { from: hi + 1, ...(q.years.to !== undefined ? { to: q.years.to } : {}) } });
  return out;
}

/**
 * Apply an operation on a quota (`quota:<id>`, rules/national/<regime>/quotas.json) in every regime
 * of the overlay that declares it: only `set`, of `maxShare` (a share no higher than the national
 * one) or `mode` (`report-only` → `cap`). A looser quota is refused (`overlay_loosens_quota`). The
 * stricter quota covers the achievement years of the overlay's period; the national quota keeps
 * the other years under the ids `<id>-national-until-<year>` / `<id>-national-from-<year>`.
 * @param s the working state (changed in place).
 * @param op the operation.
 * @param i its index in the overlay.
 */
export function applyQuotaOperation(s: OverlayState, op: OverlayOperation, i: number): void {
  if (op.op !== 'set') return invalid(s, i, op, { problem: 'quota-needs-set' }, 'op');
  const field = op.field;
  if (field !== 'maxShare' && field !== 'mode') {
    s.issues.push(makeIssue('invalid_value', opPath(s, i, 'field'), { expected: 'one-of', values: ['maxShare', 'mode'], received: field ?? '' }));
    return;
  }
  const id = op.target.slice('quota:'.length);
  const hits = s.overlay.appliesTo.regimes.flatMap((regimeId) => {
    const list = s.regimes.get(regimeId)?.quotas ?? [];
    const q = list.find((x) => x.id === id);
    return q ? [{ regimeId, list, q }] : [];
  });
  if (!hits.length) {
    const known = s.overlay.appliesTo.regimes.flatMap((r) => (s.regimes.get(r)?.quotas ?? []).map((q) => `quota:${q.id}`));
    s.issues.push(makeIssue('overlay_target_missing', opPath(s, i, 'target'), { operation: op.id, target: op.target, regime: s.overlay.appliesTo.regimes.join(', '), suggestions: closest(op.target, known) }));
    return;
  }
  const value = op.value;
  if (field === 'maxShare' ? typeof value !== 'string' || !SHARE_RE.test(value) : value !== 'cap' && value !== 'report-only') {
    s.issues.push(makeIssue('invalid_value', opPath(s, i, 'value'), field === 'maxShare' ? { expected: 'share', received: JSON.stringify(value) } : { expected: 'one-of', values: ['cap', 'report-only'], received: JSON.stringify(value) }));
    return;
  }
  const to = value as string;
  for (const { regimeId, list, q } of hits) {
    const from = field === 'maxShare' ? q.maxShare : q.mode;
    const looser = field === 'maxShare' ? compareShares(to, q.maxShare) > 0 : q.mode === 'cap' && to === 'report-only';
    if (looser) {
      s.issues.push(makeIssue('overlay_loosens_quota', opPath(s, i, 'value'), { operation: op.id, target: op.target, field, from, to }));
      return;
    }
    const next: QuotaDef = { ...q, ...(field === 'maxShare' ? { maxShare: to } : { mode: to as QuotaDef['mode'] }), provenance: makeProvenance(s.overlay, op, 'set', { field, from, to }) };
    const parts = clip(s, i, op, q, next);
    if (!parts) return;
    const at = list.indexOf(q);
    s.regimes.get(regimeId)!.quotas = [...list.slice(0, at), ...parts, ...list.slice(at + 1)];
  }
}
