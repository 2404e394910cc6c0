import { closest } from '../../_internal/closest.js';
import { makeIssue, type Issue, type IssuePath } from '../../model/issue.js';
import type { AwardDef } from '../../model/rule-book.js';
import { AwardsFileSchema } from '../../schema/rule-file.js';
import { parseFile as parse } from '../parse-file.js';
import type { RuleFiles } from './files.js';

/**
 * Parse step of awards.json, with the check "awards": unique ids, and an armed-forces variant names
 * a catalogued award. Returns the catalogue (possibly partial when issues were pushed).
 * @internal
 */
export function loadAwardCatalogue(files: RuleFiles, issues: Issue[]): Map<string, AwardDef> {
  const awards = new Map<string, AwardDef>();
  if (!('awards.json' in files)) issues.push(makeIssue('missing_file', ['awards.json'], { file: 'awards.json' }));
  else {
    const af = parse(AwardsFileSchema, files['awards.json'], ['awards.json'], issues);
    af?.awards.forEach((a, i) => {
      if (awards.has(a.id)) issues.push(makeIssue('duplicate_id', ['awards.json', 'awards', i, 'id'], { id: a.id, other: 'awards.json' }));
      else awards.set(a.id, a);
    });
    af?.awards.forEach((a, i) => {
      if (a.armedForcesVariantOf && !awards.has(a.armedForcesVariantOf)) {
        issues.push(makeIssue('unknown_award', ['awards.json', 'awards', i, 'armedForcesVariantOf'], { award: a.armedForcesVariantOf }));
      }
    });
  }
  return awards;
}

/**
 * Check step "awards" of one rule: an award rule names a catalogued award for its kind of subject; a
 * principle's `appliesTo` names catalogued awards.
 * @returns whether the rule passed.
 * @internal
 */
export function checkRuleAwards(
  rule: { kind: 'award'; awardId: string; subject: 'individual' | 'collective' } | { kind: 'principle'; appliesTo?: 'all' | string[] },
  awards: ReadonlyMap<string, AwardDef>,
  at: IssuePath,
  issues: Issue[],
): boolean {
  let ok = true;
  if (rule.kind === 'award') {
    const award = awards.get(rule.awardId);
    if (!award) {
      issues.push(makeIssue('unknown_award', [...at, 'awardId'], { award: rule.awardId, suggestions: closest(rule.awardId, awards.keys()) }));
      ok = false;
    } else if (!award.subjects.includes(rule.subject)) {
      issues.push(makeIssue('subject_kind_mismatch', [...at, 'subject'], { award: award.id, expected: award.subjects, received: rule.subject }));
      ok = false;
    }
  } else if (Array.isArray(rule.appliesTo)) {
    rule.appliesTo.forEach((id, j) => {
      if (!awards.has(id)) {
        issues.push(makeIssue('unknown_award', [...at, 'appliesTo', j], { award: id, suggestions: closest(id, awards.keys()) }));
        ok = false;
      }
    });
  }
  return ok;
}
