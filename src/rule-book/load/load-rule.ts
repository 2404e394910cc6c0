import type { z } from 'zod';
import { compareCodeUnits } from '../../_internal/canonical-json.js';
import { makeIssue, type Issue, type IssuePath } from '../../model/issue.js';
import type { AwardDef, ParameterDef, RuleDef } from '../../model/rule-book.js';
import { AwardRuleSchema, PrincipleRuleSchema } from '../../schema/rule-file.js';
import { parseFile as parse } from '../parse-file.js';
import { buildNode } from './build-condition.js';
import { checkRuleAwards } from './check-awards.js';
import { checkRuleCitation } from './check-citations.js';
import { checkRuleEffective } from './check-effective.js';
import { checkDeclaredFacts } from './check-facts.js';
import { newNodeCtx } from './node-context.js';

const RULE_KEYS = Object.keys(AwardRuleSchema.shape).concat('appliesTo');

/** The regime a rule is loaded into. @internal */
export interface RuleRegime {
  readonly id: string;
  readonly effective: { readonly from: string; readonly to?: string | undefined };
}

/**
 * Parse and check one rule: citation, shape (award or principle), effective period within the
 * regime, awards, the condition tree (facts, operators, parameters) and the declared facts.
 * Undefined when anything is wrong, with every issue pushed: a rule whose shape is wrong still has
 * its condition tree checked, so every issue is reported at once.
 * @internal
 */
export function loadRule(
  raw: unknown,
  at: IssuePath,
  file: string,
  regime: RuleRegime,
  params: ReadonlyMap<string, ParameterDef>,
  awards: ReadonlyMap<string, AwardDef>,
  issues: Issue[],
  brokenParams: ReadonlySet<string> = new Set(),
): RuleDef | undefined {
  checkRuleCitation(raw, at, issues);
  const kind = raw !== null && typeof raw === 'object' ? (raw as { kind?: unknown }).kind : undefined;
  const schema = kind === 'principle' ? PrincipleRuleSchema : AwardRuleSchema;
  const local: Issue[] = [];
  const parsed = parse(schema as typeof AwardRuleSchema, raw, at, local, (p) => (p.length === 0 ? RULE_KEYS : undefined));
  issues.push(...local.filter((i) => !(i.code === 'missing_field' && i.path[i.path.length - 1] === 'citation')));
  if (!parsed) {
    // keep validating the condition tree so that every issue is reported at once
    const r = raw as { conditions?: unknown; subject?: unknown } | null;
    if (r && typeof r === 'object' && r.conditions !== undefined) {
      const subject = r.subject === 'collective' ? 'collective' : 'individual';
      buildNode(r.conditions, [], [...at, 'conditions'], 1, newNodeCtx(file, { document: '?', article: '?' }, 'UNCONFIRMED', subject, params, brokenParams, awards, issues));
    }
    return undefined;
  }
  const rule = parsed as z.infer<typeof AwardRuleSchema> & { appliesTo?: 'all' | string[] };
  let ok = checkRuleEffective(rule.effective, regime, at, issues);
  if (!checkRuleAwards(rule, awards, at, issues)) ok = false;
  const ctx = newNodeCtx(file, rule.citation, rule.marker, rule.subject, params, brokenParams, awards, issues);
  const root = buildNode(rule.conditions, [], [...at, 'conditions'], 1, ctx);
  if (!root) return undefined;
  if (root.type !== 'group') {
    issues.push(makeIssue('invalid_value', [...at, 'conditions'], { expected: 'root-group' }));
    return undefined;
  }
  if (!checkDeclaredFacts(rule.facts, ctx.factsUsed, at, issues)) ok = false;
  if (!ok) return undefined;
  return {
    id: rule.id,
    kind: rule.kind,
    ...(rule.kind === 'award' ? { awardId: rule.awardId } : { appliesTo: rule.appliesTo }),
    title: rule.title,
    subject: rule.subject,
    citation: rule.citation,
    marker: rule.marker,
    sources: [...(rule.sources ?? [])],
    effective: rule.effective,
    facts: [...rule.facts].sort(compareCodeUnits),
    ...(rule.note ? { note: rule.note } : {}),
    event: { type: rule.event.type },
    file,
    root,
  };
}

/**
 * Load one rule with every check of the loader (used by overlays that add or replace a rule).
 * @internal
 */
export function _loadRule(
  raw: unknown,
  at: IssuePath,
  file: string,
  regime: RuleRegime,
  params: ReadonlyMap<string, ParameterDef>,
  awards: ReadonlyMap<string, AwardDef>,
): { rule?: RuleDef; issues: Issue[] } {
  const issues: Issue[] = [];
  const rule = loadRule(raw, at, file, regime, params, awards, issues);
  return { ...(rule && !issues.length ? { rule } : {}), issues };
}
