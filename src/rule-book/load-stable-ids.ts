import { compareCodeUnits } from '../_internal/canonical-json.js';
import { closest } from '../_internal/closest.js';
import type { ConditionNode, RegimeDef, StableIdDef } from '../model/rule-book.js';
import { makeIssue, type Issue } from '../model/issue.js';
import { StableIdsFileSchema } from '../schema/stable-ids-file.js';
import { parseFile } from './parse-file.js';

/** Path of the stable-id file inside a rule book. @internal */
export const STABLE_IDS_PATH = 'national/stable-ids.json';

function names(root: ConditionNode, out: Set<string> = new Set()): Set<string> {
  out.add(root.name);
  if (root.type === 'group') for (const c of root.children) names(c, out);
  return out;
}

/**
 * Validate rules/national/stable-ids.json against the loaded regimes: every regime it names exists
 * and has the rule, every node it claims for a regime exists in that regime's rule
 * (`stable_id_missing`), and no stable id is also a rule id. Issues are pushed.
 * @returns the stable ids, sorted, with node regimes spelled out.
 * @internal
 */
export function loadStableIds(raw: unknown, regimes: readonly RegimeDef[], issues: Issue[]): StableIdDef[] | undefined {
  const file = parseFile(StableIdsFileSchema, raw, [STABLE_IDS_PATH], issues);
  if (!file) return undefined;
  const before = issues.length;
  const regimeIds = regimes.map((r) => r.id);
  const ruleIds = new Set(regimes.flatMap((r) => r.rules.map((x) => x.id)));
  const seen = new Map<string, number>();
  const out: StableIdDef[] = [];
  file.stableIds.forEach((sid, i) => {
    const at = [STABLE_IDS_PATH, 'stableIds', i];
    if (seen.has(sid.id)) issues.push(makeIssue('duplicate_id', [...at, 'id'], { id: sid.id, other: `stableIds[${seen.get(sid.id)!}]` }));
    else seen.set(sid.id, i);
    if (ruleIds.has(sid.id)) issues.push(makeIssue('duplicate_id', [...at, 'id'], { id: sid.id, other: 'a rule id' }));
    const nodeSets = new Map<string, Set<string>>();
    for (const regimeId of Object.keys(sid.rules).sort(compareCodeUnits)) {
      const ruleId = sid.rules[regimeId]!;
      const regime = regimes.find((r) => r.id === regimeId);
      if (!regime) {
        issues.push(makeIssue('unknown_regime', [...at, 'rules', regimeId], { regime: regimeId, suggestions: closest(regimeId, regimeIds) }));
        continue;
      }
      const rule = regime.rules.find((r) => r.id === ruleId);
      if (!rule) {
        issues.push(makeIssue('stable_id_missing', [...at, 'rules', regimeId], { stableId: sid.id, regime: regimeId, rule: ruleId, suggestions: closest(ruleId, regime.rules.map((r) => r.id)) }));
        continue;
      }
      nodeSets.set(regimeId, names(rule.root));
    }
    const nodes: Record<string, readonly string[]> = {};
    for (const name of Object.keys(sid.nodes).sort(compareCodeUnits)) {
      const claim = sid.nodes[name]!;
      const claimed = claim === 'all' ? Object.keys(sid.rules).sort(compareCodeUnits) : [...claim].sort(compareCodeUnits);
      for (const regimeId of claimed) {
        if (!(regimeId in sid.rules)) {
          issues.push(makeIssue('unknown_regime', [...at, 'nodes', name], { regime: regimeId, suggestions: Object.keys(sid.rules) }));
          continue;
        }
        const set = nodeSets.get(regimeId);
        if (set && !set.has(name)) {
          issues.push(makeIssue('stable_id_missing', [...at, 'nodes', name], { stableId: `${sid.id}#${name}`, regime: regimeId, rule: sid.rules[regimeId]!, node: name, suggestions: closest(name, set) }));
        }
      }
      nodes[name] = claimed;
    }
    out.push({ id: sid.id, rules: Object.fromEntries(Object.entries(sid.rules).sort((a, b) => compareCodeUnits(a[0], b[0]))), nodes });
  });
  if (issues.length > before) return undefined;
  return out.sort((a, b) => compareCodeUnits(a.id, b.id));
}
