import { closest } from '../../_internal/closest.js';
import { checkOptions } from '../../_internal/options.js';
import { deepFreeze } from '../../_internal/deep-freeze.js';
import { safeParseFast } from '../../_internal/fast-parse.js';
import { PROVINCES_FILE } from '../../_generated/province-overlays.js';
import { checkScoreSheet } from './check-score-sheet.js';
import { fromZodIssues } from '../../schema/from-zod.js';
import { fail, makeIssue, ok, type Issue, type Result } from '../../model/issue.js';
import { checkDepth, findForbiddenKeys } from '../../rule-book/limits.js';
import { OverlayFileSchema } from '../../schema/overlay-file.js';
import type { ScoreSheet } from '../../schema/score-sheet.js';
import { appendSheetNode, sheetAddition, sheetIds } from '../../overlay/ops/sheet.js';
import { checkProvinceKey, parseProvinces } from '../../overlay/provinces.js';

/** Options of {@link applySheetOverlay}. */
export interface ApplySheetOverlayOptions {
  /** Label of the overlay file in issue paths; default `provinces/<key>/overlay.json`. */
  readonly file?: string | undefined;
  /** The provinces list (rules/provinces.json) to validate the key against; default: the embedded one. */
  readonly provinces?: unknown;
}

/**
 * Apply the score-sheet operations of an overlay to a cluster score sheet (issue 20, B5: the
 * violations departments report feed the cluster ranking). Operations target `sheet:<sheet-id>`
 * (a top-level criterion) or `sheet:<sheet-id>#<group-id>` (into a group) and may only add a
 * deduction (an `adjustment` with negative points per occurrence and a maximum of at most 0) or a
 * veto (a `disqualifier`); anything that could raise a member's points or standing is refused
 * (`overlay_loosens_sheet`). The added criterion's `source` cites the operation's basis and names
 * the decision and the operation. Operations on other sheets, and the overlay's rule-book
 * operations, are left alone (the latter go through {@link applyOverlay}). The inputs are never
 * mutated; the result is validated like any sheet ({@link checkScoreSheet}).
 * @param sheet the score sheet (validated here).
 * @param overlay the parsed overlay.json.
 * @param options issue-path label and the provinces list.
 * @returns the new frozen sheet (the same content when no operation targets it), or every issue found.
 */
export function applySheetOverlay(sheet: unknown, overlay: unknown, options: ApplySheetOverlayOptions = {}): Result<ScoreSheet> {
  const badOptions = checkOptions('applySheetOverlay', options, true);
  if (badOptions) return badOptions;
  const checked = checkScoreSheet(sheet, ['sheet']);
  if (!checked.ok) return checked;
  const key = overlay !== null && typeof overlay === 'object' && typeof (overlay as { province?: unknown }).province === 'string' ? (overlay as { province: string }).province : 'unknown';
  const file = options.file ?? `provinces/${key}/overlay.json`;
  const deep = checkDepth(overlay, [file]);
  if (deep.length) return fail(deep);
  const forbidden = findForbiddenKeys(overlay).map((fp) => makeIssue('forbidden_key', [file, ...fp], { key: String(fp[fp.length - 1]) }));
  if (forbidden.length) return fail(forbidden);
  const parsed = safeParseFast(OverlayFileSchema, overlay);
  if (!parsed.success) return fail(fromZodIssues(parsed.error.issues, [file]));
  const o = parsed.data;
  const provinces = parseProvinces(options.provinces ?? PROVINCES_FILE);
  if (!provinces.ok) return provinces;
  const issues: Issue[] = o.province !== undefined ? [...checkProvinceKey(provinces.value, o.province, o.effective, [file, 'province'])] : [];
  let criteria = checked.value.criteria;
  o.operations.forEach((op, i) => {
    if (!op.target.startsWith('sheet:')) return;
    const [sheetId, groupId] = op.target.slice('sheet:'.length).split('#') as [string, string | undefined];
    if (sheetId !== checked.value.id) return;
    const at = [file, 'operations', i];
    const { node, issues: found } = sheetAddition(o, op, at);
    issues.push(...found);
    if (!node) return;
    const { ids, groups } = sheetIds(criteria);
    if (groupId !== undefined && !groups.has(groupId)) {
      issues.push(makeIssue('overlay_target_missing', [...at, 'target'], { operation: op.id, target: op.target, suggestions: closest(op.target, [...groups.keys()].map((g) => `sheet:${sheetId}#${g}`)) }));
      return;
    }
    if (ids.has(node.id)) {
      issues.push(makeIssue('duplicate_id', [...at, 'criterion', 'id'], { id: node.id, other: `sheet ${sheetId}` }));
      return;
    }
    criteria = appendSheetNode(criteria, groupId, node);
  });
  if (issues.length) return fail(issues);
  const next = checkScoreSheet({ ...checked.value, criteria }, ['sheet']);
  if (!next.ok) return next;
  return ok(deepFreeze(next.value));
}
