import type { IssuePath } from '../../model/issue.js';
import type { CriteriaGroup, ScoreSheet, SheetNode } from '../../schema/score-sheet.js';

/** A scored leaf of a sheet with its ancestry. @internal */
export interface SheetLeaf {
  readonly node: Exclude<SheetNode, CriteriaGroup>;
  readonly groups: readonly string[];
  readonly path: IssuePath;
}

/** A group of a sheet with its ancestry and the leaves under it. @internal */
export interface SheetGroup {
  readonly node: CriteriaGroup;
  readonly groups: readonly string[];
  readonly path: IssuePath;
}

/** Leaves and groups of a sheet in tree (declaration) order. @internal */
export function sheetNodes(sheet: Pick<ScoreSheet, 'criteria'>): { leaves: SheetLeaf[]; groups: SheetGroup[] } {
  const leaves: SheetLeaf[] = [];
  const groups: SheetGroup[] = [];
  const walk = (nodes: readonly SheetNode[], ancestry: readonly string[], path: IssuePath): void => {
    nodes.forEach((n, i) => {
      const at = [...path, i];
      if (n.kind === 'group') {
        groups.push({ node: n, groups: ancestry, path: at });
        walk(n.children, [...ancestry, n.id], [...at, 'children']);
      } else leaves.push({ node: n, groups: ancestry, path: at });
    });
  };
  walk(sheet.criteria, [], ['criteria']);
  return { leaves, groups };
}

/** Maximum points a node contributes to its parent's declared maximum (0 for adjustments and vetoes). @internal */
export function nominalMax(n: SheetNode): string {
  return n.kind === 'adjustment' || n.kind === 'disqualifier' ? '0' : n.maxPoints;
}
