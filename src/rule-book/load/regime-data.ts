import type { Issue } from '../../model/issue.js';
import type { AwardDef, RegimeDef, RuleBook } from '../../model/rule-book.js';
import { BASE_SALARY_PATH, loadBaseSalary, loadBonuses } from '../load-bonuses.js';
import { HIERARCHY_PATH, loadHierarchy } from '../load-hierarchy.js';
import { loadQuotas } from '../load-quotas.js';
import type { RuleFiles } from './files.js';

/** Bonus table and quotas of one regime, if their files are present (validated; issues pushed). @internal */
export function regimeData(files: RuleFiles, regimeId: string, awards: ReadonlyMap<string, AwardDef>, issues: Issue[]): Pick<RegimeDef, 'bonuses' | 'quotas'> {
  const bonusesPath = `national/${regimeId}/bonuses.json`;
  const quotasPath = `national/${regimeId}/quotas.json`;
  const bonuses = bonusesPath in files ? loadBonuses(files[bonusesPath], bonusesPath, awards, issues) : undefined;
  const quotas = quotasPath in files ? loadQuotas(files[quotasPath], quotasPath, awards, issues) : undefined;
  return { ...(bonuses ? { bonuses } : {}), ...(quotas ? { quotas } : {}) };
}

/** Award hierarchy and base-salary table, if their files are present (validated; issues pushed). @internal */
export function bookData(files: RuleFiles, awards: ReadonlyMap<string, AwardDef>, regimeIds: ReadonlySet<string>, issues: Issue[]): Pick<RuleBook, 'hierarchy' | 'baseSalary'> {
  const hierarchy = HIERARCHY_PATH in files ? loadHierarchy(files[HIERARCHY_PATH], awards, regimeIds, issues) : undefined;
  const baseSalary = BASE_SALARY_PATH in files ? loadBaseSalary(files[BASE_SALARY_PATH], issues) : undefined;
  return { ...(hierarchy ? { hierarchy } : {}), ...(baseSalary ? { baseSalary } : {}) };
}
