import { compareCodeUnits } from '../../_internal/canonical-json.js';
import { makeIssue, type Issue, type IssuePath } from '../../model/issue.js';
import type { AwardDef, Citation, ConditionNode, Marker, NodePath, ParameterDef } from '../../model/rule-book.js';
import { GroupShellSchema } from '../../schema/rule-file.js';
import { LIMITS } from '../limits.js';
import { parseFile as parse } from '../parse-file.js';
import { buildLeaf } from './check-leaf.js';
import { registerName, type NodeCtx } from './node-context.js';

const GROUP_KEYS = Object.keys(GroupShellSchema.shape);

/**
 * Build one condition node and its children with every check (depth and size limits, the group
 * shape, unique names; leaves through {@link buildLeaf}). Undefined when anything is wrong, with
 * every issue of the subtree pushed (a broken child does not stop its siblings being checked).
 * @internal
 */
export function buildNode(raw: unknown, path: NodePath, filePath: IssuePath, depth: number, ctx: NodeCtx): ConditionNode | undefined {
  const { issues } = ctx;
  if (depth > LIMITS.conditionDepth) {
    issues.push(makeIssue('depth_exceeded', filePath, { limit: LIMITS.conditionDepth }));
    return undefined;
  }
  if (++ctx.count > LIMITS.nodesPerRule) {
    if (ctx.count === LIMITS.nodesPerRule + 1) issues.push(makeIssue('size_exceeded', filePath, { limit: LIMITS.nodesPerRule, what: 'conditions' }));
    return undefined;
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    issues.push(makeIssue('invalid_type', filePath, { expected: 'object', received: Array.isArray(raw) ? 'array' : raw === null ? 'null' : typeof raw }));
    return undefined;
  }
  const isLeaf = 'fact' in raw || 'operator' in raw || 'value' in raw;
  if (isLeaf) return buildLeaf(raw, path, filePath, ctx);
  const group = parse(GroupShellSchema, raw, filePath, issues, (p) => (p.length === 0 ? GROUP_KEYS : undefined));
  if (!group) return undefined;
  registerName(group.name, path, filePath, ctx);
  const ops = (['all', 'any', 'not'] as const).filter((k) => group[k] !== undefined);
  if (ops.length !== 1) {
    issues.push(makeIssue('invalid_value', filePath, { expected: 'one-group-operator', ...(ops.length ? { received: ops.join(', ') } : {}) }));
    return undefined;
  }
  const op = ops[0]!;
  if (group.delegation && group.delegation.citation.clause === undefined) issues.push(makeIssue('missing_citation', [...filePath, 'delegation', 'citation', 'clause']));
  const citation = group.citation ?? ctx.ruleCitation;
  const marker = group.marker ?? ctx.ruleMarker;
  const childCtx = { ...ctx, ruleCitation: citation, ruleMarker: marker };
  const children: ConditionNode[] = [];
  let ok = true;
  if (op === 'not') {
    const c = buildNode(group.not, [...path, 'not'], [...filePath, 'not'], depth + 1, childCtx);
    ctx.count = childCtx.count;
    if (!c) ok = false;
    else children.push(c);
  } else {
    (group[op] as unknown[]).forEach((rawChild, i) => {
      const c = buildNode(rawChild, [...path, op, i], [...filePath, op, i], depth + 1, childCtx);
      ctx.count = childCtx.count;
      if (!c) ok = false;
      else children.push(c);
    });
  }
  if (!ok) return undefined;
  return {
    type: 'group',
    name: group.name,
    path,
    op,
    ...(group.criterion ? { criterion: group.criterion } : {}),
    ...(group.label ? { label: group.label } : {}),
    citation,
    marker,
    statutory: group.statutory ?? true,
    ...(group.delegation ? { delegation: group.delegation } : {}),
    children,
  };
}

/**
 * Build one condition tree with every check of the loader (used by overlays for `add`/`replace`).
 * `names` holds the names already used in the rule; new names are added to it.
 * @internal
 */
export function _buildCondition(
  raw: unknown,
  filePath: IssuePath,
  ctx: {
    file: string;
    citation: Citation;
    marker: Marker;
    subject: 'individual' | 'collective';
    params: ReadonlyMap<string, ParameterDef>;
    awards: ReadonlyMap<string, AwardDef>;
    names: Map<string, NodePath>;
    path: NodePath;
  },
): { node?: ConditionNode; factsUsed: string[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const factsUsed = new Set<string>();
  const node = buildNode(raw, ctx.path, filePath, ctx.path.length / 2 + 1, {
    file: ctx.file,
    ruleCitation: ctx.citation,
    ruleMarker: ctx.marker,
    subject: ctx.subject,
    params: ctx.params,
    awards: ctx.awards,
    names: ctx.names,
    factsUsed,
    issues,
    count: 0,
  });
  return { ...(node && !issues.length ? { node } : {}), factsUsed: [...factsUsed].sort(compareCodeUnits), issues };
}
