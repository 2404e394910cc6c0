import { assertArg, isRuleBook } from '../_internal/args.js';
import { compareCodeUnits } from '../_internal/canonical-json.js';
import type { Citation, ConditionNode, ParameterDef, RuleBook, RuleDef } from '../model/rule-book.js';
import { SETTING_PARAMS } from '../rule-book/load-rule-book.js';
import { addTightens } from './tightening.js';
import { DECLARED_PARAM_EFFECTS } from '../facts/frozen-facts.js';
import { assertOptions } from '../_internal/options.js';
import type { QuotaDef } from '../model/quota.js';
import { ScoreSheetSchema, type ScoreSheet, type SheetNode } from '../schema/score-sheet.js';

/** What an overlay operation may try on a target (the guardrail still checks the value). */
export type OverlayTargetAction = 'set-value' | 'set-param' | 'add' | 'set-parameter' | 'set-quota-share' | 'set-quota-mode' | 'add-sheet-criterion';

/** One address an overlay operation can target, with what the guardrail lets a province try there. */
export interface OverlayTarget {
  /**
   * The operation target: `<rule-id>#<name>` for a condition, `param:<id>` for a parameter,
   * `quota:<id>` for a quota, `sheet:<sheet-id>` or `sheet:<sheet-id>#<group-id>` for a cluster score sheet.
   */
  readonly target: string;
  /** `sheet`: the top level of a score sheet; `sheet-group`: a group of criteria in it. */
  readonly kind: 'group' | 'leaf' | 'parameter' | 'quota' | 'sheet' | 'sheet-group';
  /** The regime; empty for score-sheet targets (a cluster's sheet belongs to no regime). */
  readonly regime: string;
  /** Rule id (conditions only). */
  readonly ruleId?: string | undefined;
  /** Award of the rule (award rules only). */
  readonly awardId?: string | undefined;
  /** Depth in the condition tree (root 0; parameters 0). */
  readonly depth: number;
  /** The condition (conditions only). */
  readonly node?: ConditionNode | undefined;
  /** The parameter (parameters only). */
  readonly parameter?: ParameterDef | undefined;
  /** The quota (quotas only). */
  readonly quota?: QuotaDef | undefined;
  /** Id of the score sheet (score-sheet targets only). */
  readonly sheetId?: string | undefined;
  /** The group of criteria (`sheet-group` only). */
  readonly sheetGroup?: (SheetNode & { kind: 'group' }) | undefined;
  /**
   * True when the national law fixes the node (an overlay may only tighten it). Quotas are always
   * true (an overlay may only make one stricter); score-sheet targets false (a cluster's sheet is
   * not law), though an overlay may still only add a deduction or a veto there.
   */
  readonly statutory: boolean;
  /** True when an odd number of `not` groups enclose the node (tightening directions flip). */
  readonly inverted: boolean;
  /** The citation a refusal would name (the node's, the parameter's, or the regime basis). */
  readonly citation?: Citation | undefined;
  /**
   * What a province may try here: `set-value` (a leaf's expected value), `set-param` (a fact param
   * whose effect is known, the fact's declared `paramEffects`, {@link DECLARED_PARAM_EFFECTS}), `add` (a condition into a group that
   * only tightens, or a new alternative in a clause the law delegates to provinces), `set-parameter` (a regime parameter that is not an engine setting),
   * `set-quota-share` (`set` with `field: "maxShare"`, a share no higher), `set-quota-mode` (`set` with `field: "mode"`,
   * `report-only` → `cap`; offered only on a report-only quota), `add-sheet-criterion` (`add` of a deduction or a veto).
   */
  readonly actions: readonly OverlayTargetAction[];
  /** Fact params a `set-param` may change (leaves only). */
  readonly settableParams: readonly string[];
}

/** Options of {@link overlayTargets}. */
export interface OverlayTargetsOptions {
  /** Only this regime (default: every regime). */
  readonly regime?: string | undefined;
  /** Only this rule (default: every rule and every parameter, quota and score-sheet address). */
  readonly ruleId?: string | undefined;
  /**
   * Cluster score sheets (the `review.scoreSheet` of a cluster file, `thidua schema score-sheet`)
   * whose `sheet:` addresses to list; a sheet is not part of the rule book. Default: none.
   */
  readonly sheets?: readonly ScoreSheet[] | undefined;
}

function nodeTargets(regime: string, rule: RuleDef): OverlayTarget[] {
  const out: OverlayTarget[] = [];
  const go = (n: ConditionNode, depth: number, inverted: boolean): void => {
    const common = { target: `${rule.id}#${n.name}`, regime, ruleId: rule.id, awardId: rule.awardId, depth, node: n, statutory: n.statutory, inverted, citation: n.citation };
    if (n.type === 'leaf') {
      const names = Object.keys(n.params ?? {}).sort(compareCodeUnits);
      const settableParams = n.statutory ? names.filter((p) => `${n.fact}.${p}` in DECLARED_PARAM_EFFECTS) : names;
      out.push({ ...common, kind: 'leaf', actions: settableParams.length ? ['set-value', 'set-param'] : ['set-value'], settableParams });
      return;
    }
    // a delegated `any` group (Law 06/2022 Art. 24.4, 26.3, …) also takes a province's new alternative
    const canAdd = n.op !== 'not' && (!n.statutory || addTightens(n.op, inverted) || (n.op === 'any' && !inverted && n.delegation?.to.includes('province') === true));
    out.push({ ...common, kind: 'group', actions: canAdd ? ['add'] : [], settableParams: [] });
    const inv = n.op === 'not' ? !inverted : inverted;
    for (const c of n.children) go(c, depth + 1, inv);
  };
  go(rule.root, 0, false);
  return out;
}

function quotaTarget(regime: string, q: QuotaDef): OverlayTarget {
  return {
    target: `quota:${q.id}`,
    kind: 'quota',
    regime,
    awardId: q.awardId,
    depth: 0,
    quota: q,
    statutory: true,
    inverted: false,
    citation: q.citation,
    actions: q.mode === 'report-only' ? ['set-quota-share', 'set-quota-mode'] : ['set-quota-share'],
    settableParams: [],
  };
}

function sheetTargets(sheet: ScoreSheet): OverlayTarget[] {
  const common = { regime: '', sheetId: sheet.id, statutory: false, inverted: false, actions: ['add-sheet-criterion'] as const, settableParams: [] };
  const out: OverlayTarget[] = [{ ...common, target: `sheet:${sheet.id}`, kind: 'sheet', depth: 0, citation: sheet.source.citation }];
  const go = (n: SheetNode, depth: number): void => {
    if (n.kind !== 'group') return;
    out.push({ ...common, target: `sheet:${sheet.id}#${n.id}`, kind: 'sheet-group', depth, sheetGroup: n, citation: n.source?.citation ?? sheet.source.citation });
    for (const c of n.children) go(c, depth + 1);
  };
  for (const n of sheet.criteria) go(n, 1);
  return out;
}

/**
 * Every address a province (or agency) overlay can target, in a stable order: per regime
 * (by id), its parameters by id, then its rules by id with their conditions depth first; after
 * them, the quotas (by regime, then id) and the given score sheets (by sheet id, the top level
 * then its groups depth first) — each with what the guardrail lets an overlay try there. Whether a given value tightens is decided by {@link applyOverlay},
 * which refuses a loosening with `overlay_loosens_statute`.
 * @param book a loaded rule book.
 * @param options regime and rule filters.
 * @returns the targets.
 */
export function overlayTargets(book: RuleBook, options: OverlayTargetsOptions = {}): OverlayTarget[] {
  assertArg(isRuleBook(book), 'book (a rule book from loadRuleBook)');
  assertOptions('overlayTargets', options, true);
  const out: OverlayTarget[] = [];
  const sheets = options.sheets ?? [];
  assertArg(Array.isArray(sheets) && sheets.every((sh) => ScoreSheetSchema.safeParse(sh).success), 'options.sheets (score sheets, thidua schema score-sheet)');
  const regimes = [...book.regimes].filter((r) => options.regime === undefined || r.id === options.regime).sort((a, b) => compareCodeUnits(a.id, b.id));
  for (const r of regimes) {
    if (options.ruleId === undefined) {
      for (const p of [...r.parameters].sort((a, b) => compareCodeUnits(a.id, b.id))) {
        out.push({
          target: `param:${p.id}`,
          kind: 'parameter',
          regime: r.id,
          depth: 0,
          parameter: p,
          statutory: true,
          inverted: false,
          citation: p.citation ?? r.basis[0],
          actions: p.id in SETTING_PARAMS ? [] : ['set-parameter'],
          settableParams: [],
        });
      }
    }
    for (const rule of [...r.rules].sort((a, b) => compareCodeUnits(a.id, b.id))) {
      if (options.ruleId !== undefined && rule.id !== options.ruleId) continue;
      out.push(...nodeTargets(r.id, rule));
    }
  }
  // appended after the entries above, so their order is unchanged
  if (options.ruleId !== undefined) return out;
  for (const r of regimes) for (const q of [...(r.quotas ?? [])].sort((a, b) => compareCodeUnits(a.id, b.id))) out.push(quotaTarget(r.id, q));
  for (const sh of [...sheets].sort((a, b) => compareCodeUnits(a.id, b.id))) out.push(...sheetTargets(sh));
  return out;
}
