import { closest } from '../../_internal/closest.js';
import { makeIssue, type Issue, type IssuePath } from '../../model/issue.js';
import type { AwardDef, Citation, Marker, NodePath, ParameterDef } from '../../model/rule-book.js';

/** What the checks of one condition tree share while it is built (one per rule, or per overlay condition). @internal */
export interface NodeCtx {
  readonly file: string;
  readonly ruleCitation: Citation;
  readonly ruleMarker: Marker;
  readonly subject: 'individual' | 'collective';
  readonly params: ReadonlyMap<string, ParameterDef>;
  /** Parameters declared but invalid (already reported): references to them are not reported again. */
  readonly brokenParams?: ReadonlySet<string>;
  readonly awards: ReadonlyMap<string, AwardDef>;
  readonly names: Map<string, NodePath>;
  readonly factsUsed: Set<string>;
  readonly issues: Issue[];
  count: number;
}

/** A fresh context for the condition tree of one rule. @internal */
export function newNodeCtx(
  file: string,
  ruleCitation: Citation,
  ruleMarker: Marker,
  subject: 'individual' | 'collective',
  params: ReadonlyMap<string, ParameterDef>,
  brokenParams: ReadonlySet<string>,
  awards: ReadonlyMap<string, AwardDef>,
  issues: Issue[],
): NodeCtx {
  return { file, ruleCitation, ruleMarker, subject, params, brokenParams, awards, names: new Map(), factsUsed: new Set(), issues, count: 0 };
}

/**
 * A condition value or fact param: a literal, or `{ "param": id }` resolved to the parameter's value
 * (with the id kept as `ref`); undefined (and `unknown_parameter` reported) when the id is not declared.
 * @internal
 */
export function resolveParam(value: unknown, ctx: NodeCtx, at: IssuePath): { value: unknown; ref?: string } | undefined {
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'param' in (value as object)) {
    const id = (value as { param: string }).param;
    const p = ctx.params.get(id);
    if (!p) {
      if (!ctx.brokenParams?.has(id)) ctx.issues.push(makeIssue('unknown_parameter', at, { parameter: id, suggestions: closest(id, ctx.params.keys()) }));
      return undefined;
    }
    return { value: p.value, ref: id };
  }
  return { value };
}

const MARKER_RANK: Readonly<Record<Marker, number>> = { CONFIRMED: 0, PROBABLE: 1, UNCONFIRMED: 2 };
/** The least certain of some markers. @internal */
export function weakestMarker(markers: readonly Marker[]): Marker {
  return markers.reduce((a, b) => (MARKER_RANK[b] > MARKER_RANK[a] ? b : a));
}

/** Record a node name of the rule; a name used twice is `duplicate_id`. @internal */
export function registerName(name: string, path: NodePath, filePath: IssuePath, ctx: NodeCtx): void {
  const prev = ctx.names.get(name);
  if (prev) ctx.issues.push(makeIssue('duplicate_id', [...filePath, 'name'], { id: name, other: prev.join('.') || 'root' }));
  else ctx.names.set(name, path);
}
