/**
 * What the Check step shows of an applied overlay besides the diff: the facts and parameters it
 * declares (issue 20: inputs the national book does not know, read from a subject's `extraFacts`)
 * and its operations on cluster score sheets (deductions and vetoes, which a rule book does not
 * hold). Everything is read from the book the library returned (`book.overlays`), so only what
 * applyOverlay accepted is shown.
 */
import type { DeclaredFactDef, ParameterDef, RuleBook } from '../thidua.js';
import { jurisdictionOf, type Jurisdiction, type OverlayJson } from './overlay-draft.js';

/** A fact the overlay declares, with where a subject file gives its value. */
export interface DeclaredFactView {
  readonly id: string;
  readonly type: DeclaredFactDef['type'];
  readonly enumValues: readonly string[];
  readonly label: { readonly vi: string; readonly en: string };
  readonly subjects: readonly ('individual' | 'collective')[];
  /** The JSON path of the value in a subject: `history[].extraFacts.<id>` (per year) or `extraFacts.<id>`. */
  readonly where: string;
}

/** A parameter the overlay declares (added to its regimes). */
export interface DeclaredParameterView {
  readonly id: string;
  readonly label?: { readonly vi: string; readonly en: string } | undefined;
  readonly description: { readonly vi: string; readonly en: string };
  readonly value: ParameterDef['value'];
}

/** A criterion the overlay adds to a cluster score sheet. */
export interface SheetOperationView {
  /** `sheet:<sheet-id>` or `sheet:<sheet-id>#<group-id>`. */
  readonly target: string;
  readonly sheetId: string;
  readonly groupId?: string | undefined;
  readonly operationId: string;
  readonly criterionId: string;
  readonly kind: 'adjustment' | 'disqualifier';
  readonly title: { readonly vi: string; readonly en: string };
  /** Deductions only: points per occurrence and the bounds (decimal strings). */
  readonly pointsPerOccurrence?: string | undefined;
  readonly min?: string | undefined;
  readonly max?: string | undefined;
}

/** The Check step's view of an applied overlay. */
export interface OverlayPreview {
  readonly jurisdiction: Jurisdiction;
  readonly facts: readonly DeclaredFactView[];
  readonly parameters: readonly DeclaredParameterView[];
  readonly sheetOperations: readonly SheetOperationView[];
}

/**
 * The declarations and score-sheet operations of the overlay applied last to `local` (the studio
 * applies one overlay to the national book).
 * @param local the book applyOverlay returned for `overlay`.
 * @param overlay the overlay being edited (its layer and key, and the ids of its declared parameters).
 */
export function overlayPreview(local: RuleBook, overlay: OverlayJson): OverlayPreview {
  const applied = local.overlays?.[local.overlays.length - 1];
  const facts = (applied?.facts ?? []).map((f) => ({
    id: f.id,
    type: f.type,
    enumValues: [...(f.enumValues ?? [])],
    label: f.label,
    subjects: [...f.subjects],
    where: f.perYear ? `history[].extraFacts.${f.id}` : `extraFacts.${f.id}`,
  }));
  // declared parameters: the ids the overlay lists, as the applied book holds them (first regime that has each)
  const declared = Array.isArray(overlay['parameters']) ? (overlay['parameters'] as unknown[]).flatMap((p) => (p !== null && typeof p === 'object' && typeof (p as { id?: unknown }).id === 'string' ? [(p as { id: string }).id] : [])) : [];
  const parameters = declared.flatMap((id) => {
    const p = local.regimes.flatMap((r) => r.parameters).find((x) => x.id === id);
    return p ? [{ id: p.id, label: p.label, description: p.description, value: p.value }] : [];
  });
  const ops = Array.isArray(overlay['operations']) ? (overlay['operations'] as unknown[]) : [];
  const sheetOperations = (applied?.sheetOperations ?? []).map((s) => {
    const [sheetId, groupId] = s.target.slice('sheet:'.length).split('#') as [string, string | undefined];
    const c = s.criterion as { id: string; kind: 'adjustment' | 'disqualifier'; title: { vi: string; en: string }; pointsPerOccurrence?: string; min?: string; max?: string };
    const opId = s.provenance.operationId || findOperation(ops, s.target, c.id);
    return {
      target: s.target,
      sheetId,
      ...(groupId !== undefined ? { groupId } : {}),
      operationId: opId,
      criterionId: c.id,
      kind: c.kind,
      title: c.title,
      ...(c.kind === 'adjustment' ? { pointsPerOccurrence: c.pointsPerOccurrence, min: c.min, max: c.max } : {}),
    };
  });
  return { jurisdiction: jurisdictionOf(overlay), facts, parameters, sheetOperations };
}

function findOperation(ops: readonly unknown[], target: string, criterionId: string): string {
  const op = ops.find((o) => {
    const r = o as { target?: unknown; criterion?: { id?: unknown } } | null;
    return r !== null && typeof r === 'object' && r.target === target && r.criterion?.id === criterionId;
  }) as { id?: unknown } | undefined;
  return typeof op?.id === 'string' ? op.id : '';
}

/**
 * A sample subject with a placeholder for every declared fact that applies to its kind, so that
 * the officer sees where the overlay's inputs go: `false` for a boolean, `0` for a number, the
 * first value of an enum. Values already present are kept; the input is not mutated.
 * @param subject the sample subject (parsed JSON).
 * @param facts the declared facts.
 * @param year the achievement year whose history entry receives per-year facts.
 * @returns the subject with the placeholders, or the input when it is not an object.
 */
export function withDeclaredFacts(subject: unknown, facts: readonly DeclaredFactView[], year: number): unknown {
  if (subject === null || typeof subject !== 'object' || Array.isArray(subject)) return subject;
  const s = structuredClone(subject) as { kind?: unknown; extraFacts?: Record<string, unknown>; history?: { year?: unknown; extraFacts?: Record<string, unknown> }[] };
  const kind = s.kind === 'collective' ? 'collective' : 'individual';
  const blank = (f: DeclaredFactView): unknown => (f.type === 'boolean' ? false : f.type === 'enum' ? f.enumValues[0] : f.type === 'integer' ? 0 : '0');
  for (const f of facts.filter((x) => x.subjects.includes(kind))) {
    if (f.where.startsWith('history[]')) {
      const entry = Array.isArray(s.history) ? s.history.find((h) => h && h.year === year) : undefined;
      if (!entry) continue;
      entry.extraFacts = { ...(entry.extraFacts ?? {}) };
      if (!(f.id in entry.extraFacts)) entry.extraFacts[f.id] = blank(f);
    } else {
      s.extraFacts = { ...(s.extraFacts ?? {}) };
      if (!(f.id in s.extraFacts)) s.extraFacts[f.id] = blank(f);
    }
  }
  return s;
}
