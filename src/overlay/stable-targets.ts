import { closest } from '../_internal/closest.js';
import { isDeclaredCarrier } from '../facts/declared.js';
import type { DeclaredFactDef, StableIdDef } from '../model/rule-book.js';
import { makeIssue } from '../model/issue.js';
import type { OverlayOperation } from '../schema/overlay-file.js';
import { opPath, type OverlayState } from './_state.js';
import { allNodes } from './_tree.js';

const END = '9999-12-31';

/**
 * The concrete targets of an operation. A target whose rule part is a stable id of the national
 * book (rules/national/stable-ids.json), e.g. `lao-dong-tien-tien#task-rating-good`, becomes one
 * target per regime of the overlay where the stable id declares that node and the rule is in force
 * during the overlay; any other target is returned as it is (the operation reports it if missing).
 * A stable id without the node, or with no regime left, is an `overlay_target_missing` issue.
 * @internal
 */
export function expandStableTarget(s: OverlayState, stableIds: readonly StableIdDef[], op: OverlayOperation, i: number): string[] {
  const t = op.target;
  if (t === 'awards' || t.startsWith('regime:') || t.startsWith('param:')) return [t];
  const [ruleId, name] = t.split('#') as [string, string | undefined];
  if (s.ruleRegime.has(ruleId)) return [t];
  const sid = stableIds.find((x) => x.id === ruleId);
  if (!sid) return [t];
  if (name !== undefined && !(name in sid.nodes)) {
    s.issues.push(makeIssue('overlay_target_missing', opPath(s, i, 'target'), { operation: op.id, target: t, suggestions: closest(t, Object.keys(sid.nodes).map((n) => `${sid.id}#${n}`)) }));
    return [];
  }
  const from = s.overlay.effective.from;
  const to = s.overlay.effective.to ?? END;
  const out: string[] = [];
  for (const regimeId of s.overlay.appliesTo.regimes) {
    const concrete = sid.rules[regimeId];
    if (concrete === undefined || (name !== undefined && !sid.nodes[name]!.includes(regimeId))) continue;
    const rule = s.regimes.get(regimeId)?.rules.get(concrete);
    if (!rule || !(rule.effective.from <= to && from <= (rule.effective.to ?? END))) continue;
    out.push(name === undefined ? concrete : `${concrete}#${name}`);
  }
  if (!out.length) {
    s.issues.push(makeIssue('overlay_target_missing', opPath(s, i, 'target'), { operation: op.id, target: t, regime: s.overlay.appliesTo.regimes.join(', '), suggestions: Object.keys(sid.rules) }));
  }
  return out;
}

/**
 * A declared fact is used only in rules for the subjects it is declared for
 * (`overlay_declaration_invalid`, reason `subject`).
 * @internal
 */
export function checkDeclaredSubjects(s: OverlayState, declared: ReadonlyMap<string, DeclaredFactDef>): void {
  for (const [ruleId, i] of s.touched) {
    const rule = s.regimes.get(s.ruleRegime.get(ruleId)!)?.rules.get(ruleId);
    if (!rule) continue;
    for (const n of allNodes(rule.root)) {
      if (n.type !== 'leaf' || !isDeclaredCarrier(n.fact)) continue;
      const d = declared.get(String(n.params?.['id']));
      if (d && !d.subjects.includes(rule.subject)) {
        s.issues.push(makeIssue('overlay_declaration_invalid', opPath(s, i), { reason: 'subject', id: d.id, expected: [...d.subjects], received: rule.subject }));
      }
    }
  }
}
