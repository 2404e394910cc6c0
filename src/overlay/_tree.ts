import { compareCodeUnits } from '../_internal/canonical-json.js';
import type { ConditionNode, GroupNode, NodePath } from '../model/rule-book.js';

/** A node found in a tree, with its parent and the number of `not` groups above it. @internal */
export interface Located {
  readonly node: ConditionNode;
  readonly parent?: GroupNode | undefined;
  readonly index: number;
  /** True when an odd number of `not` groups enclose the node: tightening it loosens the rule. */
  readonly inverted: boolean;
}

/** Find a node by name. @internal */
export function findNode(root: ConditionNode, name: string): Located | undefined {
  const go = (n: ConditionNode, parent: GroupNode | undefined, index: number, inverted: boolean): Located | undefined => {
    if (n.name === name) return { node: n, parent, index, inverted };
    if (n.type === 'leaf') return undefined;
    const inv = n.op === 'not' ? !inverted : inverted;
    for (let i = 0; i < n.children.length; i++) {
      const hit = go(n.children[i]!, n, i, inv);
      if (hit) return hit;
    }
    return undefined;
  };
  return go(root, undefined, 0, false);
}

/** Every node of a tree, depth first. @internal */
export function allNodes(root: ConditionNode): ConditionNode[] {
  const out: ConditionNode[] = [];
  const go = (n: ConditionNode): void => {
    out.push(n);
    if (n.type === 'group') n.children.forEach(go);
  };
  go(root);
  return out;
}

/** Names used in a tree, with their paths. @internal */
export function namesOf(root: ConditionNode): Map<string, NodePath> {
  return new Map(allNodes(root).map((n) => [n.name, n.path]));
}

/** Facts read by a tree, sorted. @internal */
export function factsOf(root: ConditionNode): string[] {
  return [...new Set(allNodes(root).flatMap((n) => (n.type === 'leaf' ? [n.fact] : [])))].sort(compareCodeUnits);
}

/** Copy of a tree with `path` recomputed from the tree shape. @internal */
export function withPaths(node: ConditionNode, path: NodePath = []): ConditionNode {
  if (node.type === 'leaf') return { ...node, path };
  const children = node.children.map((c, i) => withPaths(c, node.op === 'not' ? [...path, 'not'] : [...path, node.op, i]));
  return { ...node, path, children };
}

/** Copy of a tree with the node called `name` replaced by `next` (or removed when `next` is undefined). @internal */
export function rewrite(root: ConditionNode, name: string, next: ConditionNode | undefined): ConditionNode {
  const go = (n: ConditionNode): ConditionNode | undefined => {
    if (n.name === name) return next;
    if (n.type === 'leaf') return n;
    const children = n.children.map(go).filter((c): c is ConditionNode => c !== undefined);
    return { ...n, children };
  };
  return go(root) ?? root;
}

/** Copy of a tree with `child` appended to the group called `group`. @internal */
export function appendChild(root: ConditionNode, group: string, child: ConditionNode): ConditionNode {
  if (root.type === 'leaf') return root;
  if (root.name === group) return { ...root, children: [...root.children, child] };
  return { ...root, children: root.children.map((c) => appendChild(c, group, child)) };
}

/** Plain-data deep copy of a JSON value. @internal */
export function cloneJson<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** Copy of raw condition JSON with `statutory: false` wherever the author left it out (overlay-owned nodes). @internal */
export function defaultNotStatutory(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const o = { ...(raw as Record<string, unknown>) };
  if (!('statutory' in o)) o['statutory'] = false;
  for (const k of ['all', 'any'] as const) if (Array.isArray(o[k])) o[k] = (o[k] as unknown[]).map(defaultNotStatutory);
  if (o['not'] !== undefined) o['not'] = defaultNotStatutory(o['not']);
  return o;
}

/** Shift an ISO date by one day, without Date. @internal */
export function shiftDay(iso: string, delta: 1 | -1): string {
  let y = Number(iso.slice(0, 4));
  let m = Number(iso.slice(5, 7));
  let d = Number(iso.slice(8, 10)) + delta;
  const dim = (yy: number, mm: number): number =>
    [31, (yy % 4 === 0 && yy % 100 !== 0) || yy % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mm - 1]!;
  if (d < 1) {
    m -= 1;
    if (m < 1) {
      m = 12;
      y -= 1;
    }
    d = dim(y, m);
  } else if (d > dim(y, m)) {
    d = 1;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Copy of a subtree with every node statutory: a replacement that took a statutory node's place stays protected. @internal */
export function asStatutory(node: ConditionNode): ConditionNode {
  if (node.type === 'leaf') return { ...node, statutory: true };
  return { ...node, statutory: true, children: node.children.map(asStatutory) };
}

/** Path (inside raw condition JSON) of the first `delegation` key, if any: only the national book marks delegated clauses. @internal */
export function delegationKeyPath(raw: unknown, at: (string | number)[] = []): (string | number)[] | undefined {
  if (raw === null || typeof raw !== 'object') return undefined;
  if (Array.isArray(raw)) {
    for (let i = 0; i < raw.length; i++) {
      const hit = delegationKeyPath(raw[i], [...at, i]);
      if (hit) return hit;
    }
    return undefined;
  }
  const o = raw as Record<string, unknown>;
  if (Object.prototype.hasOwnProperty.call(o, 'delegation')) return [...at, 'delegation'];
  for (const k of ['all', 'any', 'not'] as const) {
    const hit = delegationKeyPath(o[k], [...at, k]);
    if (hit) return hit;
  }
  return undefined;
}
