import { compareCodeUnits } from '../_internal/canonical-json.js';
import { closest } from '../_internal/closest.js';
import type { BaseSalaryEntry, BonusEntryDef, BonusTableDef } from '../model/bonus.js';
import type { AwardDef } from '../model/rule-book.js';
import { shiftDay } from '../overlay/_tree.js';
import { makeIssue, type Issue, type IssuePath } from '../model/issue.js';
import { BaseSalaryFileSchema, BonusesFileSchema } from '../schema/bonus-file.js';
import { parseFile } from './parse-file.js';

/** Path of the base-salary table inside a rule book. @internal */
export const BASE_SALARY_PATH = 'national/base-salary.json';

const END = '9999-12-31';

/**
 * Validate the base-salary table: real, non-overlapping periods and positive amounts, and no gap:
 * each row ends on the day before the next one starts (only the latest row may be open-ended; no
 * row reaches backwards, every row has its own start date).
 * @returns the entries sorted by start date, or undefined (issues pushed).
 * @internal
 */
export function loadBaseSalary(raw: unknown, issues: Issue[]): readonly BaseSalaryEntry[] | undefined {
  const at: IssuePath = [BASE_SALARY_PATH];
  const data = parseFile(BaseSalaryFileSchema, raw, at, issues);
  if (data === undefined) return undefined;
  const before = issues.length;
  const values = data.values;
  values.forEach((v, i) => {
    const vp = [...at, 'values', i];
    if (v.effective.to !== undefined && v.effective.to < v.effective.from) {
      issues.push(makeIssue('invalid_effective_period', [...vp, 'effective'], { from: v.effective.from, to: v.effective.to }));
    }
    if (!/^[1-9][0-9]*(\.[0-9]+)?$/.test(v.amount)) issues.push(makeIssue('invalid_value', [...vp, 'amount'], { expected: 'positive-amount', received: v.amount }));
    values.slice(0, i).forEach((o, j) => {
      if (o.effective.from <= (v.effective.to ?? END) && v.effective.from <= (o.effective.to ?? END)) {
        issues.push(makeIssue('overlapping_effective_periods', [...vp, 'effective'], { other: `values[${j}]`, from: v.effective.from, to: v.effective.to }));
      }
    });
  });
  if (issues.length > before) return undefined;
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => compareCodeUnits(a.v.effective.from, b.v.effective.from));
  order.slice(1).forEach(({ v: next }, k) => {
    const { v: prev, i } = order[k]!;
    // No overlap here, so prev has an end; it must be the day before the next start.
    const end = shiftDay(next.effective.from, -1);
    if (prev.effective.to !== end) {
      issues.push(makeIssue('invalid_value', [...at, 'values', i, 'effective', 'to'], { expected: 'contiguous-rows', values: [end, String(order[k + 1]!.i)], received: prev.effective.to ?? '' }));
    }
  });
  if (issues.length > before) return undefined;
  return order.map(({ v }) => ({ effective: v.effective, amount: v.amount, citation: v.citation, marker: v.marker, sources: [...(v.sources ?? [])] }));
}

/**
 * Validate a regime's bonuses.json: known awards and subjects, one entry per (award, subject),
 * every unknown multiplier documented (question or note), derived entries pointing at a base entry.
 * @internal
 */
export function loadBonuses(raw: unknown, path: string, awards: ReadonlyMap<string, AwardDef>, issues: Issue[]): BonusTableDef | undefined {
  const at: IssuePath = [path];
  const data = parseFile(BonusesFileSchema, raw, at, issues);
  if (data === undefined) return undefined;
  const before = issues.length;
  if (data.status === 'available' && !data.citation) issues.push(makeIssue('missing_citation', [...at, 'citation']));
  const keys = new Map<string, number>();
  const entries = data.entries;
  entries.forEach((e, i) => {
    const ep = [...at, 'entries', i];
    const award = awards.get(e.awardId);
    if (!award) issues.push(makeIssue('unknown_award', [...ep, 'awardId'], { award: e.awardId, suggestions: closest(e.awardId, awards.keys()) }));
    else if (e.subject !== 'household' && !award.subjects.includes(e.subject)) {
      issues.push(makeIssue('subject_kind_mismatch', [...ep, 'subject'], { award: e.awardId, expected: award.subjects, received: e.subject }));
    }
    const key = `${e.awardId}|${e.subject}`;
    const prev = keys.get(key);
    if (prev !== undefined) issues.push(makeIssue('duplicate_id', [...ep, 'subject'], { id: `${e.awardId} (${e.subject})`, other: `entries[${prev}]` }));
    else keys.set(key, i);
    if (e.multiplier === null && e.question === undefined && e.note === undefined && e.derivedFrom === undefined) {
      issues.push(makeIssue('missing_field', [...ep, 'question'], { key: 'question' }));
    }
    if (e.derivedFrom && e.multiplier !== null) {
      issues.push(makeIssue('invalid_value', [...ep, 'multiplier'], { expected: 'null-with-derived-from', received: e.multiplier }));
    }
  });
  entries.forEach((e, i) => {
    if (!e.derivedFrom) return;
    const base = entries.find((o) => o.awardId === e.awardId && o.subject === e.derivedFrom!.subject);
    if (!base || base.derivedFrom || base === e) {
      issues.push(makeIssue('invalid_value', [...at, 'entries', i, 'derivedFrom', 'subject'], { expected: 'entry-without-derived-from', values: [e.awardId], received: e.derivedFrom.subject }));
    }
  });
  if (issues.length > before) return undefined;
  const out: BonusEntryDef[] = entries.map((e) => ({
    awardId: e.awardId,
    subject: e.subject,
    multiplier: e.multiplier,
    ...(e.derivedFrom ? { derivedFrom: e.derivedFrom } : {}),
    citation: e.citation,
    marker: e.marker,
    ...(e.question ? { question: e.question } : {}),
    sources: [...(e.sources ?? [])],
    ...(e.note ? { note: e.note } : {}),
  }));
  return {
    status: data.status,
    ...(data.citation ? { citation: data.citation } : {}),
    ...(data.note ? { note: data.note } : {}),
    entries: out.sort((a, b) => compareCodeUnits(a.awardId, b.awardId) || compareCodeUnits(a.subject, b.subject)),
  };
}
