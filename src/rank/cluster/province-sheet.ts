import type { LocalizedText } from '../../model/rule-book.js';
import { fail, ok, type Issue, type IssuePath, type Result } from '../../model/issue.js';
import { OverlayFileSchema } from '../../schema/overlay-file.js';
import { safeParseFast } from '../../_internal/fast-parse.js';
import { fromZodIssues } from '../../schema/from-zod.js';
import { applySheetOverlay } from './apply-sheet-overlay.js';

/** A criterion a province overlay added to a cluster's score sheet. */
export interface AddedSheetCriterion {
  /** Id of the overlay operation. */
  readonly operation: string;
  /** Id of the criterion added. */
  readonly criterion: string;
  readonly kind: 'adjustment' | 'disqualifier';
  readonly title: LocalizedText;
}

/**
 * What a province overlay did to the score sheet of a cluster review (`thidua rank --province`):
 * - `applied`: its sheet operations added the criteria `added`;
 * - `no-sheet-operation`: it has no operation on this sheet (the sheet and the ranking are unchanged);
 * - `not-in-force`: the last day of the review's period is outside the overlay's effective period.
 */
export interface ProvinceSheetOutcome extends OverlaySheetFields {
  readonly province: string;
}

/**
 * What a ministry's, sector's or central agency's overlay (`"layer": "agency"`) did to the score
 * sheet of a cluster review (`thidua rank --agency`): the same fields and statuses as
 * {@link ProvinceSheetOutcome}, with the agency's register key instead of the province.
 */
export interface AgencySheetOutcome extends OverlaySheetFields {
  /** Register key of the agency (rules/agencies.json), as the overlay names it. */
  readonly agency: string;
}

/** The fields a province's and an agency's sheet outcome share. */
export interface OverlaySheetFields {
  readonly decision: { readonly number: string; readonly date: string; readonly signer: LocalizedText };
  readonly illustrative: boolean;
  readonly effective: { readonly from: string; readonly to?: string | undefined };
  /** Id of the cluster's score sheet. */
  readonly sheet: string;
  readonly period: number;
  readonly status: 'applied' | 'no-sheet-operation' | 'not-in-force';
  readonly added: readonly AddedSheetCriterion[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Paths of applySheetOverlay's sheet issues (`['sheet', …]`) moved under the review's score sheet. */
function underReview(issues: readonly Issue[]): Issue[] {
  return issues.map((i) => (i.path[0] === 'sheet' ? { ...i, path: ['review', 'scoreSheet', ...i.path.slice(1)] as IssuePath } : i));
}

/**
 * Apply the score-sheet operations of an overlay (any layer) to the score sheet of a cluster file
 * (issue 20, B5) before the cycle is evaluated: when the overlay is in force on the last day of
 * the review's period (the day a regime is resolved by) and has operations on the review's sheet
 * (`sheet:<sheet-id>`), they are applied by {@link applySheetOverlay}; otherwise the file is
 * returned as it is. A file without a review or a sheet is returned unchanged, with no outcome,
 * for the cycle evaluation to report.
 * @param file the cluster file, as parsed JSON (not mutated).
 * @param overlay the overlay.json, as parsed JSON.
 * @param options `file`: label of the overlay in issue paths; `provinces`: the provinces list.
 * @param field the outcome's field naming the jurisdiction, read from the overlay's field of that name.
 * @returns the cluster file to evaluate and what the overlay did, or the issues (sheet issues at `review.scoreSheet`).
 */
function applyJurisdictionSheet<F extends 'province' | 'agency'>(file: unknown, overlay: unknown, options: SheetOptions, field: F): Result<{ file: unknown; outcome?: OverlaySheetFields & Record<F, string> }> {
  const parsed = safeParseFast(OverlayFileSchema, overlay);
  if (!parsed.success) return fail(fromZodIssues(parsed.error.issues, [options.file]));
  const o = parsed.data;
  const review = isRecord(file) && isRecord(file['review']) ? file['review'] : undefined;
  const sheet = review && isRecord(review['scoreSheet']) ? review['scoreSheet'] : undefined;
  const period = review?.['period'];
  if (!review || !sheet || typeof sheet['id'] !== 'string' || typeof period !== 'number' || !Number.isInteger(period)) return ok({ file });
  const sheetId = sheet['id'];
  const ops = o.operations.filter((op) => op.target.startsWith('sheet:') && op.target.slice('sheet:'.length).split('#')[0] === sheetId);
  const last = `${String(period).padStart(4, '0')}-12-31`;
  const inForce = o.effective.from <= last && (o.effective.to === undefined || last <= o.effective.to);
  const base = {
    [field]: o[field] ?? '',
    decision: { number: o.decision.number, date: o.decision.date, signer: o.decision.signer },
    illustrative: o.illustrative,
    effective: { from: o.effective.from, ...(o.effective.to !== undefined ? { to: o.effective.to } : {}) },
    sheet: sheetId,
    period,
  };
  const outcome = (status: OverlaySheetFields['status'], added: readonly AddedSheetCriterion[]) => ({ ...base, status, added }) as OverlaySheetFields & Record<F, string>;
  if (!inForce) return ok({ file, outcome: outcome('not-in-force', []) });
  if (!ops.length) return ok({ file, outcome: outcome('no-sheet-operation', []) });
  const r = applySheetOverlay(sheet, overlay, { file: options.file, ...(options.provinces !== undefined ? { provinces: options.provinces } : {}) });
  if (!r.ok) return fail(underReview(r.issues));
  const added = ops.map((op) => {
    const c = (op as { criterion?: unknown }).criterion as { id: string; kind: 'adjustment' | 'disqualifier'; title: LocalizedText };
    return { operation: op.id, criterion: c.id, kind: c.kind, title: c.title };
  });
  return ok({ file: { ...(file as Record<string, unknown>), review: { ...review, scoreSheet: r.value } }, outcome: outcome('applied', added) });
}

/** Options of {@link applyProvinceSheet} and {@link applyAgencySheet}. */
export interface SheetOptions {
  /** Label of the overlay in issue paths. */
  readonly file: string;
  /** The provinces list (rules/provinces.json); default: the embedded one. */
  readonly provinces?: unknown;
}

/**
 * Apply the score-sheet operations of a province overlay to the score sheet of a cluster file
 * (`thidua rank --province`); see {@link applyJurisdictionSheet} for when they apply.
 * @param file the cluster file, as parsed JSON (not mutated).
 * @param overlay the province overlay.json, as parsed JSON.
 * @param options `file`: label of the overlay in issue paths; `provinces`: the provinces list.
 * @returns the cluster file to evaluate and what the overlay did, or the issues (sheet issues at `review.scoreSheet`).
 */
export function applyProvinceSheet(file: unknown, overlay: unknown, options: SheetOptions): Result<{ file: unknown; outcome?: ProvinceSheetOutcome }> {
  return applyJurisdictionSheet(file, overlay, options, 'province');
}

/**
 * Apply the score-sheet operations of a ministry's, sector's or central agency's overlay
 * (`"layer": "agency"`) to the score sheet of a cluster file (`thidua rank --agency`): the same
 * rules as {@link applyProvinceSheet} (in force on the last day of the review's period, operations on
 * `sheet:<sheet-id>` only, a deduction or a veto).
 * @param file the cluster file, as parsed JSON (not mutated).
 * @param overlay the agency overlay.json, as parsed JSON.
 * @param options `file`: label of the overlay in issue paths.
 * @returns the cluster file to evaluate and what the overlay did, or the issues (sheet issues at `review.scoreSheet`).
 */
export function applyAgencySheet(file: unknown, overlay: unknown, options: SheetOptions): Result<{ file: unknown; outcome?: AgencySheetOutcome }> {
  return applyJurisdictionSheet(file, overlay, options, 'agency');
}
