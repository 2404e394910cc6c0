import { compareCodeUnits } from '../_internal/canonical-json.js';
import { closest } from '../_internal/closest.js';
import { PREREQUISITE_EDGE_KINDS, type HierarchyDef, type HierarchyEdgeDef } from '../model/hierarchy.js';
import type { AwardDef } from '../model/rule-book.js';
import { makeIssue, type Issue, type IssuePath } from '../model/issue.js';
import { HierarchyFileSchema } from '../schema/hierarchy-file.js';
import { parseFile } from './parse-file.js';

/** Path of the hierarchy file inside a rule book. @internal */
export const HIERARCHY_PATH = 'national/hierarchy.json';

const refNumber = (ref: string): number => Number(ref.slice(1));

/** Order edges by their number in hierarchy.md, then by id. @internal */
export function compareEdges(a: HierarchyEdgeDef, b: HierarchyEdgeDef): number {
  return refNumber(a.ref) - refNumber(b.ref) || compareCodeUnits(a.id, b.id);
}

/**
 * Strongly connected components of a directed graph (Tarjan), each with more than one node or a
 * self-loop; nodes and adjacency visited in code-unit order, so the output is deterministic.
 */
function cycles(adj: ReadonlyMap<string, readonly string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    on.add(v);
    for (const w of adj.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      for (;;) {
        const w = stack.pop()!;
        on.delete(w);
        comp.push(w);
        if (w === v) break;
      }
      if (comp.length > 1 || (adj.get(v) ?? []).includes(v)) out.push(comp.sort(compareCodeUnits));
    }
  };
  for (const v of [...adj.keys()].sort(compareCodeUnits)) if (!idx.has(v)) visit(v);
  return out;
}

/** One cycle through the component, starting at its smallest node: "a → b → a". */
function cyclePath(comp: readonly string[], adj: ReadonlyMap<string, readonly string[]>): string[] {
  const inComp = new Set(comp);
  const start = comp[0]!;
  const path = [start];
  const seen = new Set([start]);
  const dfs = (v: string): boolean => {
    for (const w of adj.get(v) ?? []) {
      if (!inComp.has(w)) continue;
      if (w === start) {
        path.push(w);
        return true;
      }
      if (seen.has(w)) continue;
      seen.add(w);
      path.push(w);
      if (dfs(w)) return true;
      path.pop();
    }
    return false;
  };
  dfs(start);
  return path;
}

/**
 * Validate rules/national/hierarchy.json against the award catalogue and the regimes: unknown
 * awards, nodes and regimes, duplicate ids, subject mismatches and cycles of prerequisite edges
 * (per regime) are typed issues.
 * @internal
 */
export function loadHierarchy(
  raw: unknown,
  awards: ReadonlyMap<string, AwardDef>,
  regimeIds: ReadonlySet<string>,
  issues: Issue[],
): HierarchyDef | undefined {
  const at: IssuePath = [HIERARCHY_PATH];
  const data = parseFile(HierarchyFileSchema, raw, at, issues);
  if (data === undefined) return undefined;
  const before = issues.length;
  const nodeIds = new Set<string>();
  data.nodes.forEach((n, i) => {
    if (nodeIds.has(n.id) || awards.has(n.id)) issues.push(makeIssue('duplicate_id', [...at, 'nodes', i, 'id'], { id: n.id, other: awards.has(n.id) ? 'awards.json' : HIERARCHY_PATH }));
    nodeIds.add(n.id);
  });
  const edgeIds = new Set<string>();
  const known = [...awards.keys(), ...nodeIds];
  data.edges.forEach((e, i) => {
    const ep = [...at, 'edges', i];
    if (edgeIds.has(e.id)) issues.push(makeIssue('duplicate_id', [...ep, 'id'], { id: e.id, other: HIERARCHY_PATH }));
    edgeIds.add(e.id);
    if (!awards.has(e.from) && !nodeIds.has(e.from)) issues.push(makeIssue('unknown_award', [...ep, 'from'], { award: e.from, suggestions: closest(e.from, known) }));
    const target = awards.get(e.to);
    if (!target) issues.push(makeIssue('unknown_award', [...ep, 'to'], { award: e.to, suggestions: closest(e.to, awards.keys()) }));
    else if (e.subject && !target.subjects.includes(e.subject)) {
      issues.push(makeIssue('subject_kind_mismatch', [...ep, 'subject'], { award: e.to, expected: target.subjects, received: e.subject }));
    }
    e.regimes.forEach((id, j) => {
      if (!regimeIds.has(id)) issues.push(makeIssue('unknown_regime', [...ep, 'regimes', j], { regime: id, suggestions: closest(id, regimeIds) }));
    });
  });
  // cycles of prerequisite edges, per regime; one issue per cycle, listing the regimes where it occurs
  const found = new Map<string, { cycle: string[]; regimes: string[]; edge: number }>();
  for (const regime of [...regimeIds].sort(compareCodeUnits)) {
    const adj = new Map<string, string[]>();
    data.edges.forEach((e) => {
      if (!PREREQUISITE_EDGE_KINDS.includes(e.kind) || !e.regimes.includes(regime)) return;
      adj.set(e.from, [...(adj.get(e.from) ?? []), e.to].sort(compareCodeUnits));
      if (!adj.has(e.to)) adj.set(e.to, []);
    });
    for (const comp of cycles(adj)) {
      const key = comp.join(' ');
      const cycle = cyclePath(comp, adj);
      const edge = data.edges.findIndex((e) => PREREQUISITE_EDGE_KINDS.includes(e.kind) && e.regimes.includes(regime) && e.from === cycle[0] && e.to === cycle[1]);
      const prev = found.get(key);
      if (prev) prev.regimes.push(regime);
      else found.set(key, { cycle, regimes: [regime], edge });
    }
  }
  for (const { cycle, regimes, edge } of [...found.values()].sort((a, b) => a.edge - b.edge)) {
    issues.push(makeIssue('cyclic_prerequisite', [...at, 'edges', edge], { cycle, regimes }));
  }
  if (issues.length > before) return undefined;
  const edges: HierarchyEdgeDef[] = data.edges.map((e) => ({
    id: e.id,
    ref: e.ref,
    from: e.from,
    to: e.to,
    kind: e.kind,
    ...(e.count !== undefined ? { count: e.count } : {}),
    ...(e.subject ? { subject: e.subject } : {}),
    scope: e.scope ?? 'national',
    regimes: [...e.regimes].sort(compareCodeUnits),
    label: e.label,
    ...(e.note ? { note: e.note } : {}),
    citation: e.citation,
    marker: e.marker,
    sources: [...(e.sources ?? [])],
  }));
  return {
    nodes: [...data.nodes].sort((a, b) => compareCodeUnits(a.id, b.id)),
    edges: edges.sort(compareEdges),
  };
}
