import { closest } from '../../_internal/closest.js';
import type { AwardDef, ConditionNode, RuleDef } from '../../model/rule-book.js';
import { makeIssue } from '../../model/issue.js';
import { _loadRule } from '../../rule-book/load-rule-book.js';
import type { OverlayOperation } from '../../schema/overlay-file.js';
import { jurisdictionKey, makeProvenance, withProvenance } from '../provenance.js';
import { buildOperationCondition } from './_build-condition.js';
import { delegationAllowed, invalid, isProtected, loosens, opPath, putRule, resolveRuleTarget, type OverlayState } from '../_state.js';
import { implies } from '../implies.js';
import { appendChild, defaultNotStatutory, delegationKeyPath, factsOf, namesOf, withPaths } from '../_tree.js';
import { addTightens } from '../tightening.js';

type AddOp = Extract<OverlayOperation, { op: 'add' }>;

const END = '9999-12-31';

/** Load a rule an overlay brings (add or replace): loader checks, overlay-owned defaults, provenance. @internal */
export function loadOverlayRule(s: OverlayState, op: OverlayOperation, i: number, raw: unknown, regimeId: string, kind: 'add' | 'replace'): RuleDef | undefined {
  const regime = s.regimes.get(regimeId)!;
  const deleg = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? delegationKeyPath((raw as { conditions?: unknown }).conditions) : undefined;
  if (deleg) {
    s.issues.push(makeIssue('overlay_delegation_declared', opPath(s, i, 'rule', 'conditions', ...deleg), { operation: op.id }));
    return undefined;
  }
  const prepared =
    raw !== null && typeof raw === 'object' && !Array.isArray(raw) && 'conditions' in raw
      ? { ...(raw as Record<string, unknown>), conditions: defaultNotStatutory((raw as { conditions: unknown }).conditions) }
      : raw;
  const { rule, issues } = _loadRule(prepared, opPath(s, i, 'rule'), s.file, regime.def, regime.params, new Map(s.awards.map((a) => [a.id, a])));
  s.issues.push(...issues);
  if (!rule) return undefined;
  const prov = makeProvenance(s.overlay, op, kind);
  return { ...rule, provenance: prov, root: withProvenance(rule.root, prov) };
}

/** Whether another award rule of the regime overlaps `rule` for the same award. @internal */
export function overlappingAwardRule(s: OverlayState, regimeId: string, rule: RuleDef, except?: string): RuleDef | undefined {
  if (rule.kind !== 'award') return undefined;
  for (const r of s.regimes.get(regimeId)!.rules.values()) {
    if (r.id === except || r.id === rule.id || r.kind !== 'award' || r.awardId !== rule.awardId) continue;
    if (r.effective.from <= (rule.effective.to ?? END) && rule.effective.from <= (r.effective.to ?? END)) return r;
  }
  return undefined;
}

function addAward(s: OverlayState, op: AddOp, i: number): void {
  const award = op.award;
  if (!award) return invalid(s, i, op, { problem: 'add-awards-needs-award' }, 'award');
  if (s.awards.some((a) => a.id === award.id)) {
    s.issues.push(makeIssue('duplicate_id', opPath(s, i, 'award', 'id'), { id: award.id, other: 'awards.json' }));
    return;
  }
  if (award.armedForcesVariantOf && !s.awards.some((a) => a.id === award.armedForcesVariantOf)) {
    s.issues.push(makeIssue('unknown_award', opPath(s, i, 'award', 'armedForcesVariantOf'), { award: award.armedForcesVariantOf, suggestions: closest(award.armedForcesVariantOf, s.awards.map((a) => a.id)) }));
    return;
  }
  if (award.level === 'state') return invalid(s, i, op, { problem: 'state-award-by-province' }, 'award', 'level');
  const def: AwardDef = { ...award, subjects: [...award.subjects], provenance: makeProvenance(s.overlay, op, 'add') };
  s.awards = [...s.awards, def];
}

function addRule(s: OverlayState, op: AddOp, i: number): void {
  const regimeId = op.target.slice('regime:'.length);
  if (!s.overlay.appliesTo.regimes.includes(regimeId)) {
    s.issues.push(makeIssue('overlay_target_missing', opPath(s, i, 'target'), { operation: op.id, target: op.target, suggestions: s.overlay.appliesTo.regimes.map((r) => `regime:${r}`) }));
    return;
  }
  if (op.rule === undefined) return invalid(s, i, op, { problem: 'add-regime-needs-rule' }, 'rule');
  const rule = loadOverlayRule(s, op, i, op.rule, regimeId, 'add');
  if (!rule) return;
  if (s.ruleRegime.has(rule.id)) {
    s.issues.push(makeIssue('duplicate_id', opPath(s, i, 'rule', 'id'), { id: rule.id, other: s.ruleRegime.get(rule.id)! }));
    return;
  }
  if (rule.kind === 'award') {
    const award = s.awards.find((a) => a.id === rule.awardId)!;
    // A province writes criteria only for the awards it creates and decides itself (added to
    // "awards" by an overlay of the same province). A national award gets its criteria from the
    // national book: where the book has a rule, the overlay tightens it; where the book has none
    // (another regime, a period it does not encode, an award decided above the province), the award
    // stays as the national book says — never made applicable by a province (docs/overlays.md).
    if (!award.provenance) {
      return invalid(s, i, op, { problem: award.level === 'state' ? 'national-state-award' : 'national-award', award: award.id }, 'rule', 'awardId');
    }
    const owner = award.provenance.agency ?? award.provenance.province;
    if (owner !== jurisdictionKey(s.overlay)) return invalid(s, i, op, { problem: 'award-of-other-province', award: award.id, province: owner ?? '' }, 'rule', 'awardId');
    const other = overlappingAwardRule(s, regimeId, rule);
    if (other) {
      s.issues.push(makeIssue('overlapping_effective_periods', opPath(s, i, 'rule', 'effective'), { other: other.id, award: rule.awardId, regime: regimeId }));
      return;
    }
  }
  putRule(s, regimeId, rule, i);
}

function addCondition(s: OverlayState, op: AddOp, i: number): void {
  const hit = resolveRuleTarget(s, i, op);
  if (!hit) return;
  if (!hit.located) return invalid(s, i, op, { problem: 'add-target' }, 'target');
  const { rule, regimeId, located } = hit;
  const group = located.node;
  if (group.type !== 'group' || group.op === 'not') return invalid(s, i, op, { problem: 'add-into-all-or-any' }, 'target');
  if (op.condition === undefined) return invalid(s, i, op, { problem: 'add-group-needs-condition' }, 'condition');
  const widens = isProtected(s, group) && !addTightens(group.op, located.inverted);
  // a new alternative in a statutory `any` group loosens it, unless the law delegates the clause
  // (its provenance then cites the delegation) or the alternative is provably redundant
  const delegated = widens && group.op === 'any' && !located.inverted ? group.delegation : undefined;
  if (widens && !delegated) {
    const probe = buildOperationCondition(s, i, { ...op, condition: op.condition }, rule, regimeId, namesOf(rule.root), [...group.path, group.op, group.children.length]);
    if (!probe) return;
    const grown: ConditionNode = { ...group, children: [...group.children, probe] };
    if ((located.inverted ? implies(group, grown) : implies(grown, group)) !== undefined) {
      return loosens(s, i, op, group, { problem: 'new-alternative', group: `${rule.id}#${group.name}` }, 'target');
    }
  }
  if (delegated && !delegationAllowed(s, i, op, delegated)) return;
  const condition = buildOperationCondition(s, i, { ...op, condition: op.condition }, rule, regimeId, namesOf(rule.root), [...group.path, group.op, group.children.length]);
  if (!condition) return;
  const prov = makeProvenance(s.overlay, op, 'add');
  const node = withProvenance(condition, delegated ? { ...prov, delegation: delegated.citation } : prov);
  const root = withPaths(appendChild(rule.root, group.name, node));
  putRule(s, regimeId, { ...rule, root, facts: factsOf(root) }, i);
}

/**
 * Apply an `add` operation: a condition into a group (`<rule-id>#<group>`; into a statutory
 * `any` group it is refused), a rule into a regime (`regime:<id>`), or a province-owned award
 * (`awards`). Added nodes are not statutory unless they say so, and carry provenance.
 * @param s the working state (changed in place).
 * @param op the operation.
 * @param i its index in the overlay.
 */
export function applyAdd(s: OverlayState, op: AddOp, i: number): void {
  if (op.target === 'awards') return addAward(s, op, i);
  if (op.target.startsWith('regime:')) return addRule(s, op, i);
  if (op.target.startsWith('param:')) return invalid(s, i, op, { problem: 'param-add' }, 'target');
  addCondition(s, op, i);
}

