import { z } from 'zod';
import { fromZodIssues } from '../../schema/from-zod.js';
import { makeIssue, type Issue, type IssuePath } from '../../model/issue.js';
import type { OverlayFile, OverlayOperation } from '../../schema/overlay-file.js';
import { AdjustmentCriterionSchema, DisqualifierCriterionSchema, type SheetNode, type SheetSource } from '../../schema/score-sheet.js';
import { operationBasis } from '../provenance.js';
import type { OverlayState } from '../_state.js';

/** What an overlay may add to a score sheet: a deduction or a veto; the overlay is its source. */
const SheetAdditionSchema = z.discriminatedUnion('kind', [AdjustmentCriterionSchema.omit({ source: true }), DisqualifierCriterionSchema.omit({ source: true })]);
const OTHER_KINDS = new Set(['group', 'quantitative', 'qualitative', 'per-count']);

/** Whether a decimal string is negative (below zero), or zero / negative. */
const negative = (v: string): boolean => v.startsWith('-') && /[1-9]/.test(v);
const atMostZero = (v: string): boolean => negative(v) || !/[1-9]/.test(v);

/**
 * Check the shape of a score-sheet operation (`sheet:<id>` or `sheet:<id>#<group-id>`): an `add`
 * of a deduction (an `adjustment` with negative points per occurrence and a maximum of at most 0)
 * or of a veto (a `disqualifier`). Anything that could raise a member's points or standing is
 * refused (`overlay_loosens_sheet`).
 * @returns the criterion to add (its `source` filled in from the overlay), and the issues.
 * @internal
 */
export function sheetAddition(overlay: OverlayFile, op: OverlayOperation, at: IssuePath): { node?: SheetNode; issues: Issue[] } {
  if (op.op !== 'add') return { issues: [makeIssue('overlay_invalid_operation', [...at, 'op'], { operation: op.id, target: op.target, problem: 'sheet-needs-add' })] };
  const raw = op.criterion;
  if (raw === undefined) return { issues: [makeIssue('missing_field', [...at, 'criterion'], { key: 'criterion' })] };
  const kind = raw !== null && typeof raw === 'object' ? (raw as { kind?: unknown }).kind : undefined;
  if (typeof kind === 'string' && OTHER_KINDS.has(kind)) return { issues: [makeIssue('overlay_loosens_sheet', [...at, 'criterion', 'kind'], { operation: op.id, target: op.target, kind })] };
  const parsed = SheetAdditionSchema.safeParse(raw);
  if (!parsed.success) return { issues: fromZodIssues(parsed.error.issues, [...at, 'criterion']) };
  const c = parsed.data;
  if (c.kind === 'adjustment' && (!negative(c.pointsPerOccurrence) || !atMostZero(c.max))) {
    return { issues: [makeIssue('overlay_loosens_sheet', [...at, 'criterion', negative(c.pointsPerOccurrence) ? 'max' : 'pointsPerOccurrence'], { operation: op.id, target: op.target, kind: c.kind })] };
  }
  const d = overlay.decision;
  const source: SheetSource = {
    citation: operationBasis(overlay, op),
    marker: overlay.marker,
    note: {
      vi: `Bổ sung theo ${d.number} ngày ${d.date} của ${d.signer.vi} (thao tác «${op.id}»)${overlay.illustrative ? ' (minh họa)' : ''}`,
      en: `Added by ${d.number} of ${d.date}, ${d.signer.en} (operation "${op.id}")${overlay.illustrative ? ' (illustrative)' : ''}`,
    },
  };
  return { node: { ...c, source } as SheetNode, issues: [] };
}

/**
 * `sheet:` operations inside {@link applyOverlay}: a rule book holds no score sheet, so they are
 * only checked there (the file is refused as a whole if one loosens); `applySheetOverlay` applies them.
 * @internal
 */
export function checkSheetOperation(s: OverlayState, op: OverlayOperation, i: number): void {
  s.issues.push(...sheetAddition(s.overlay, op, [s.file, 'operations', i]).issues);
}

/** Ids of every node of a sheet, and the groups by id. @internal */
export function sheetIds(criteria: readonly SheetNode[]): { ids: Set<string>; groups: Map<string, SheetNode & { kind: 'group' }> } {
  const ids = new Set<string>();
  const groups = new Map<string, SheetNode & { kind: 'group' }>();
  const go = (n: SheetNode): void => {
    ids.add(n.id);
    if (n.kind === 'group') {
      groups.set(n.id, n);
      n.children.forEach(go);
    }
  };
  criteria.forEach(go);
  return { ids, groups };
}

/** Copy of a sheet's criteria with `node` appended to the group `groupId` (or at the top level). @internal */
export function appendSheetNode(criteria: readonly SheetNode[], groupId: string | undefined, node: SheetNode): SheetNode[] {
  if (groupId === undefined) return [...criteria, node];
  return criteria.map((n) => (n.kind !== 'group' ? n : n.id === groupId ? { ...n, children: [...n.children, node] } : { ...n, children: appendSheetNode(n.children, groupId, node) }));
}

