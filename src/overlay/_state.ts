import { closest } from '../_internal/closest.js';
import type { AwardDef, ConditionNode, Delegation, ParameterDef, RegimeDef, RuleDef } from '../model/rule-book.js';
import type { NotImplied } from './implies.js';
import type { QuotaDef } from '../model/quota.js';
import { makeIssue, type Issue, type IssueParamsByCode, type IssuePath } from '../model/issue.js';
import type { OverlayOperation } from '../schema/overlay-file.js';
import type { ResolvedOverlay } from './provenance.js';
import { allNodes, findNode, type Located } from './_tree.js';

/** Mutable working copy of a rule book while an overlay is applied. @internal */
export interface OverlayState {
  readonly overlay: ResolvedOverlay;
  readonly file: string;
  /** 1 for a province overlay, 2 for department/district overlays. */
  readonly rank: number;
  awards: AwardDef[];
  readonly regimes: Map<string, { readonly def: RegimeDef; readonly params: Map<string, ParameterDef>; readonly rules: Map<string, RuleDef>; quotas?: readonly QuotaDef[] | undefined }>;
  /** Rule id → regime id, for every rule of the book. */
  readonly ruleRegime: Map<string, string>;
  /** Rules as they were before this overlay (for effective-period splitting). */
  readonly originals: Map<string, RuleDef>;
  /** Rule id → index of the first operation that changed it. */
  readonly touched: Map<string, number>;
  readonly issues: Issue[];
}

/** Issue path of an operation. @internal */
export function opPath(s: OverlayState, i: number, ...rest: (string | number)[]): IssuePath {
  return [s.file, 'operations', i, ...rest];
}

/** Layer rank of a provenance source. @internal */
export function sourceRank(source: string): number {
  return source.startsWith('province:') || source.startsWith('agency:') ? 1 : 2;
}

/** A node an overlay of this layer may not loosen: statutory, or put there by a higher layer. @internal */
export function isProtected(s: OverlayState, node: ConditionNode): boolean {
  return node.statutory || (node.provenance !== undefined && sourceRank(node.provenance.source) < s.rank);
}

/** The first protected node of a subtree, if any. @internal */
export function firstProtected(s: OverlayState, node: ConditionNode): ConditionNode | undefined {
  return allNodes(node).find((n) => isProtected(s, n));
}

/** Why an operation loosens a statutory node: a sub-code and its parameters. @internal */
export type LoosenDetail = Omit<IssueParamsByCode['overlay_loosens_statute'], 'operation' | 'target' | 'document' | 'article' | 'clause' | 'point'>;

/** Why an operation is invalid: a sub-code and its parameters. @internal */
export type InvalidDetail = Omit<IssueParamsByCode['overlay_invalid_operation'], 'operation' | 'target'>;

/** Record an `overlay_loosens_statute` issue citing the protected node's article. @internal */
export function loosens(s: OverlayState, i: number, op: OverlayOperation, node: { readonly citation: RuleDef['citation'] }, detail: LoosenDetail, ...rest: (string | number)[]): void {
  const c = node.citation;
  s.issues.push(
    makeIssue('overlay_loosens_statute', opPath(s, i, ...rest), {
      operation: op.id,
      target: op.target,
      ...detail,
      document: c.document,
      article: c.article,
      ...(c.clause ? { clause: c.clause } : {}),
      ...(c.point ? { point: c.point } : {}),
    }),
  );
}

/** Record an `overlay_not_implied` issue: the reason and nodes of the failed proof, citing the protected node's article. @internal */
export function notImplied(s: OverlayState, i: number, op: OverlayOperation, node: { readonly citation: RuleDef['citation'] }, f: NotImplied, ...rest: (string | number)[]): void {
  const c = node.citation;
  s.issues.push(
    makeIssue('overlay_not_implied', opPath(s, i, ...rest), {
      operation: op.id,
      target: op.target,
      reason: f.reason,
      from: f.from,
      to: f.to,
      document: c.document,
      article: c.article,
      ...(c.clause ? { clause: c.clause } : {}),
      ...(c.point ? { point: c.point } : {}),
    }),
  );
}

/**
 * Whether this overlay's layer may use a delegated clause; records `overlay_delegation_layer`
 * when not. Provinces use clauses delegated to provinces; department and district overlays never
 * (the law delegates to provincial People's Committees, not to their departments); any other
 * layer (ministries, sectors, central agencies) uses clauses delegated to ministries.
 * @internal
 */
export function delegationAllowed(s: OverlayState, i: number, op: OverlayOperation, d: Delegation): boolean {
  const layer: string = s.overlay.layer;
  const needs = layer === 'province' ? 'province' : layer === 'department' || layer === 'district' ? undefined : 'ministry';
  if (needs !== undefined && d.to.includes(needs)) return true;
  const c = d.citation;
  s.issues.push(
    makeIssue('overlay_delegation_layer', opPath(s, i, 'target'), {
      operation: op.id,
      target: op.target,
      layer,
      allowed: [...d.to],
      document: c.document,
      article: c.article,
      ...(c.clause ? { clause: c.clause } : {}),
      ...(c.point ? { point: c.point } : {}),
    }),
  );
  return false;
}

/** Record an `overlay_invalid_operation` issue. @internal */
export function invalid(s: OverlayState, i: number, op: OverlayOperation, detail: InvalidDetail, ...rest: (string | number)[]): void {
  s.issues.push(makeIssue('overlay_invalid_operation', opPath(s, i, ...rest), { operation: op.id, target: op.target, ...detail }));
}

/** Every address an operation of this overlay may target, for suggestions. @internal */
export function addresses(s: OverlayState): string[] {
  const out: string[] = [];
  for (const regimeId of s.overlay.appliesTo.regimes) {
    const r = s.regimes.get(regimeId);
    if (!r) continue;
    for (const p of r.params.keys()) out.push(`param:${p}`);
    for (const rule of r.rules.values()) {
      out.push(rule.id);
      for (const n of allNodes(rule.root)) out.push(`${rule.id}#${n.name}`);
    }
  }
  return [...new Set(out)];
}

function missing(s: OverlayState, i: number, op: OverlayOperation): void {
  s.issues.push(
    makeIssue('overlay_target_missing', opPath(s, i, 'target'), {
      operation: op.id,
      target: op.target,
      regime: s.overlay.appliesTo.regimes.join(', '),
      suggestions: closest(op.target, addresses(s)),
    }),
  );
}

/** Resolve `<rule-id>` or `<rule-id>#<name>` within the overlay's regimes. @internal */
export function resolveRuleTarget(
  s: OverlayState,
  i: number,
  op: OverlayOperation,
): { rule: RuleDef; regimeId: string; located?: Located } | undefined {
  const [ruleId, name] = op.target.split('#') as [string, string | undefined];
  const regimeId = s.ruleRegime.get(ruleId);
  const rule = regimeId && s.overlay.appliesTo.regimes.includes(regimeId) ? s.regimes.get(regimeId)?.rules.get(ruleId) : undefined;
  if (!rule || !regimeId) {
    missing(s, i, op);
    return undefined;
  }
  if (name === undefined) return { rule, regimeId };
  const located = findNode(rule.root, name);
  if (!located) {
    missing(s, i, op);
    return undefined;
  }
  return { rule, regimeId, located };
}

/** Resolve `param:<id>` in every regime of the overlay that declares it. @internal */
export function resolveParamTarget(s: OverlayState, i: number, op: OverlayOperation): { regimeId: string; param: ParameterDef }[] | undefined {
  const id = op.target.slice('param:'.length);
  const hits = s.overlay.appliesTo.regimes.flatMap((regimeId) => {
    const p = s.regimes.get(regimeId)?.params.get(id);
    return p ? [{ regimeId, param: p }] : [];
  });
  if (!hits.length) {
    missing(s, i, op);
    return undefined;
  }
  return hits;
}

/** Store a changed rule and remember which operation first touched it. @internal */
export function putRule(s: OverlayState, regimeId: string, rule: RuleDef, i: number): void {
  s.regimes.get(regimeId)!.rules.set(rule.id, rule);
  s.ruleRegime.set(rule.id, regimeId);
  if (!s.touched.has(rule.id)) s.touched.set(rule.id, i);
}
