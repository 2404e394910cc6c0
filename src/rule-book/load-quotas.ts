import { compareCodeUnits } from '../_internal/canonical-json.js';
import { closest } from '../_internal/closest.js';
import type { QuotaDef } from '../model/quota.js';
import type { AwardDef } from '../model/rule-book.js';
import { makeIssue, type Issue, type IssuePath } from '../model/issue.js';
import { QuotasFileSchema } from '../schema/quota-file.js';
import { parseFile } from './parse-file.js';

const inRange = (y: { from?: number | undefined; to?: number | undefined }): boolean => y.from === undefined || y.to === undefined || y.from <= y.to;

/**
 * Validate a regime's quotas.json: known awards, unique ids, year ranges, base definitions that
 * do not overlap, a share between 0 and 1, and a selection chain ending with `subject-id-asc`.
 * @internal
 */
export function loadQuotas(raw: unknown, path: string, awards: ReadonlyMap<string, AwardDef>, issues: Issue[]): readonly QuotaDef[] | undefined {
  const at: IssuePath = [path];
  const data = parseFile(QuotasFileSchema, raw, at, issues);
  if (data === undefined) return undefined;
  const before = issues.length;
  const ids = new Set<string>();
  const checkAward = (id: string, p: IssuePath): void => {
    if (!awards.has(id)) issues.push(makeIssue('unknown_award', p, { award: id, suggestions: closest(id, awards.keys()) }));
  };
  data.quotas.forEach((q, i) => {
    const qp = [...at, 'quotas', i];
    if (ids.has(q.id)) issues.push(makeIssue('duplicate_id', [...qp, 'id'], { id: q.id, other: path }));
    ids.add(q.id);
    checkAward(q.awardId, [...qp, 'awardId']);
    if (!inRange(q.years)) issues.push(makeIssue('invalid_effective_period', [...qp, 'years'], { from: String(q.years.from), to: String(q.years.to) }));
    if (!/^(0(\.[0-9]+)?|1(\.0+)?)$/.test(q.maxShare)) issues.push(makeIssue('invalid_value', [...qp, 'maxShare'], { expected: 'share', received: q.maxShare }));
    if (q.selection[q.selection.length - 1] !== 'subject-id-asc' || new Set(q.selection).size !== q.selection.length) {
      issues.push(makeIssue('invalid_value', [...qp, 'selection'], { expected: 'distinct-selection', received: q.selection.join(', ') }));
    }
    q.bases.forEach((b, j) => {
      const bp = [...qp, 'bases', j];
      if (!inRange(b.years)) issues.push(makeIssue('invalid_effective_period', [...bp, 'years'], { from: String(b.years.from), to: String(b.years.to) }));
      if (b.kind === 'eligible-for' && !b.awardIds) issues.push(makeIssue('missing_field', [...bp, 'awardIds'], { key: 'awardIds' }));
      if (b.kind === 'supplied' && b.awardIds) issues.push(makeIssue('unrecognized_key', [...bp, 'awardIds'], { key: 'awardIds' }));
      (b.awardIds ?? []).forEach((id, k) => checkAward(id, [...bp, 'awardIds', k]));
      q.bases.slice(0, j).forEach((o, k) => {
        if ((o.years.from ?? 0) <= (b.years.to ?? 9999) && (b.years.from ?? 0) <= (o.years.to ?? 9999)) {
          issues.push(makeIssue('overlapping_effective_periods', [...bp, 'years'], { other: `bases[${k}]`, ...(b.years.from ? { from: String(b.years.from) } : {}), ...(b.years.to ? { to: String(b.years.to) } : {}) }));
        }
      });
    });
  });
  if (issues.length > before) return undefined;
  return data.quotas
    .map((q) => ({
      id: q.id,
      awardId: q.awardId,
      title: q.title,
      years: q.years,
      mode: q.mode,
      maxShare: q.maxShare,
      bases: q.bases.map((b) => ({ ...b, ...(b.awardIds ? { awardIds: [...b.awardIds].sort(compareCodeUnits) } : {}) })),
      selection: q.selection,
      citation: q.citation,
      marker: q.marker,
      ...(q.question ? { question: q.question } : {}),
      sources: [...(q.sources ?? [])],
      ...(q.note ? { note: q.note } : {}),
    }))
    .sort((a, b) => compareCodeUnits(a.id, b.id));
}
