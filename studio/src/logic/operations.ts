/**
 * Build overlay operations from what the tighten form holds. Values are typed the way the rule
 * files type them (decimal strings, booleans, lists of strings, integers for fact params such as a
 * window in years); whether a value tightens is decided by the library (applyOverlay).
 */
import type { OverlayJson } from './overlay-draft.js';
import { operationId } from './overlay-draft.js';

/** Extra fields of an operation: its own basis clause and a note. */
export interface OperationExtras {
  /** The operation id (default: derived from the target). */
  readonly id?: string | undefined;
  /** A clause of the overlay's basis article that this change rests on. */
  readonly clause?: string | undefined;
  readonly noteVi?: string | undefined;
  /** The leaf's new label (required by the library when a labelled leaf's value changes, so it never goes stale). */
  readonly label?: { readonly vi: string; readonly en: string } | undefined;
}

/**
 * A label restating a leaf's requirement after a province changes it: the national label followed by
 * the new value in words, e.g. "Hoàn thành tốt nhiệm vụ trở lên — địa phương quy định: hoàn thành
 * xuất sắc nhiệm vụ" (the library refuses a value change on a labelled leaf without a new label).
 * @param label the leaf's current label.
 * @param value the new value in words, per language.
 * @returns the new label.
 */
export function restatedLabel(label: { readonly vi: string; readonly en: string }, value: { readonly vi: string; readonly en: string }): { vi: string; en: string } {
  const base = (t: string): string => t.split(' — địa phương quy định: ')[0]!.split(' — as set by the province: ')[0]!;
  return { vi: `${base(label.vi)} — địa phương quy định: ${value.vi}`, en: `${base(label.en)} — as set by the province: ${value.en}` };
}

/** Parse a list typed as "a, b, c" (empty items dropped, order and duplicates kept out). */
export function parseList(text: string): string[] {
  const out: string[] = [];
  for (const x of text.split(',').map((s) => s.trim())) if (x && !out.includes(x)) out.push(x);
  return out;
}

/**
 * Parse a value typed in the form, shaped like the value it replaces: a boolean stays a boolean
 * ("true"/"false", "có"/"không"), a list stays a list, a number in a fact param stays an integer,
 * anything else is a string (thresholds are decimal strings, e.g. "2" or "0.8").
 * @returns the value, or undefined when the text does not fit the shape.
 */
export function parseValueLike(text: string, like: unknown): unknown {
  const s = text.trim();
  if (typeof like === 'boolean') {
    if (/^(true|có)$/i.test(s)) return true;
    if (/^(false|không)$/i.test(s)) return false;
    return undefined;
  }
  if (Array.isArray(like)) return parseList(s);
  if (typeof like === 'number') return /^-?[0-9]+$/.test(s) ? Number(s) : undefined;
  if (s === '') return undefined;
  return s;
}

function basis(overlay: OverlayJson, clause: string | undefined): Record<string, unknown> | undefined {
  if (!clause) return undefined;
  const b = overlay['basis'];
  return b && typeof b === 'object' ? { ...(b as Record<string, unknown>), clause } : undefined;
}

function finish(overlay: OverlayJson, verb: 'set' | 'add', target: string, body: Record<string, unknown>, x: OperationExtras): Record<string, unknown> {
  const b = basis(overlay, x.clause?.trim() || undefined);
  const note = x.noteVi?.trim();
  return {
    id: x.id?.trim() || operationId(overlay, verb, target),
    op: verb,
    target,
    ...body,
    ...(b ? { basis: b } : {}),
    ...(note ? { note: { vi: note, en: note } } : {}),
    ...(x.label ? { label: x.label } : {}),
  };
}

/** `set` of a leaf's expected value (`field` omitted: "value" is the default). */
export function setValueOp(overlay: OverlayJson, target: string, value: unknown, x: OperationExtras = {}): Record<string, unknown> {
  return finish(overlay, 'set', target, { value }, x);
}

/** `set` of one fact param of a leaf, e.g. the `years` window of initiativeCount. */
export function setFactParamOp(overlay: OverlayJson, target: string, param: string, value: unknown, x: OperationExtras = {}): Record<string, unknown> {
  return finish(overlay, 'set', target, { field: `params.${param}`, value }, x);
}

/** `set` of a regime parameter (`param:<id>`). */
export function setParameterOp(overlay: OverlayJson, parameterId: string, value: unknown, x: OperationExtras = {}): Record<string, unknown> {
  return finish(overlay, 'set', `param:${parameterId}`, { value }, x);
}

/** The condition a province adds, as typed in the form. */
export interface NewCondition {
  readonly name: string;
  readonly fact: string;
  readonly operator: string;
  /** The expected value as typed; "true"/"false" become booleans, "a, b" a list when `list` is set. */
  readonly value: string;
  readonly list?: boolean | undefined;
  readonly labelVi?: string | undefined;
  readonly labelEn?: string | undefined;
  /** Fact params as JSON text, or empty. */
  readonly params?: string | undefined;
}

/**
 * `add` of a condition into a group. A fact-params text that is not a JSON object is reported.
 * @returns the operation, or an error detail.
 */
export function addConditionOp(overlay: OverlayJson, target: string, c: NewCondition, x: OperationExtras = {}): { op?: Record<string, unknown>; error?: string } {
  let params: unknown;
  if (c.params?.trim()) {
    try {
      params = JSON.parse(c.params);
    } catch {
      return { error: 'params' };
    }
    if (params === null || typeof params !== 'object' || Array.isArray(params)) return { error: 'params' };
  }
  const raw = c.value.trim();
  const value = /^(true|false)$/.test(raw) ? raw === 'true' : c.list ? parseList(raw) : raw;
  const labelVi = c.labelVi?.trim();
  const labelEn = c.labelEn?.trim();
  const condition = {
    name: c.name.trim(),
    ...(labelVi || labelEn ? { label: { vi: labelVi || labelEn, en: labelEn || labelVi } } : {}),
    fact: c.fact,
    operator: c.operator,
    value,
    ...(params ? { params } : {}),
  };
  return { op: finish(overlay, 'add', target, { condition }, x) };
}

/** `set` of a quota (`quota:<id>`): a lower `maxShare` (a decimal string) or `mode: "cap"` for a report-only quota. */
export function setQuotaOp(overlay: OverlayJson, quotaId: string, field: 'maxShare' | 'mode', value: string, x: OperationExtras = {}): Record<string, unknown> {
  return finish(overlay, 'set', `quota:${quotaId}`, { field, value: value.trim() }, x);
}

/** A deduction or a veto as typed in the form (titles in both languages; points for a deduction). */
export interface NewSheetCriterion {
  readonly kind: 'adjustment' | 'disqualifier';
  readonly id: string;
  readonly titleVi: string;
  readonly titleEn?: string | undefined;
  /** Deductions: points per occurrence, e.g. "-1" (a leading minus is added when missing). */
  readonly points?: string | undefined;
  /** Deductions: the lowest total, e.g. "-5". */
  readonly min?: string | undefined;
}

/**
 * `add` of a deduction (an `adjustment`, maximum 0) or a veto (a `disqualifier`) to a cluster
 * score sheet (`sheet:<sheet-id>` or `sheet:<sheet-id>#<group-id>`). Whether it loosens the sheet
 * is decided by the library (`overlay_loosens_sheet`).
 */
export function addSheetCriterionOp(overlay: OverlayJson, target: string, c: NewSheetCriterion, x: OperationExtras = {}): Record<string, unknown> {
  const neg = (v: string | undefined, dflt: string): string => {
    const t = (v ?? '').trim() || dflt;
    return t.startsWith('-') || !/[1-9]/.test(t) ? t : `-${t}`;
  };
  const titleVi = c.titleVi.trim();
  const titleEn = c.titleEn?.trim() || titleVi;
  const criterion =
    c.kind === 'adjustment'
      ? { kind: 'adjustment', id: c.id.trim(), title: { vi: titleVi, en: titleEn }, pointsPerOccurrence: neg(c.points, '-1'), min: neg(c.min, '-5'), max: '0' }
      : { kind: 'disqualifier', id: c.id.trim(), title: { vi: titleVi, en: titleEn } };
  return finish(overlay, 'add', target, { criterion }, x);
}
