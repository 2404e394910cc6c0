import { makeIssue, type Issue } from '../../model/issue.js';
import type { ParameterDef } from '../../model/rule-book.js';
import type { HistorySettings } from '../../facts/history.js';
import { ParameterSchema, ParametersFileSchema } from '../../schema/rule-file.js';
import { parseFile as parse } from '../parse-file.js';
import type { RuleFiles } from './files.js';
import { parameterValueFits } from './parameter-value.js';
import { OPTIONAL_SETTINGS, REQUIRED_SETTINGS } from './settings.js';

/** The parameters of one regime, as loaded. @internal */
export interface RegimeParameters {
  readonly params: Map<string, ParameterDef>;
  /** Parameters declared but invalid (already reported): references to them are not reported again. */
  readonly brokenParams: Set<string>;
  readonly settings: HistorySettings;
}

/**
 * Parse step of national/<regime>/parameters.json, with the check "parameters": each parameter's
 * shape, unique ids, a value of its declared type ({@link parameterValueFits}), and the engine
 * settings (required ones present, every setting a boolean). A regime with rule files needs the file.
 * @internal
 */
export function loadParameters(files: RuleFiles, regimeId: string, hasRules: boolean, issues: Issue[]): RegimeParameters {
  const paramsPath = `national/${regimeId}/parameters.json`;
  const params = new Map<string, ParameterDef>();
  const brokenParams = new Set<string>();
  if (paramsPath in files) {
    const pf = parse(ParametersFileSchema, files[paramsPath], [paramsPath], issues);
    pf?.parameters.forEach((raw, i) => {
      const at = [paramsPath, 'parameters', i];
      const p = parse(ParameterSchema, raw, at, issues);
      const rawId = (raw as { id?: unknown } | null)?.id;
      if (!p) {
        // reported once here; references to it are not reported again as unknown
        if (typeof rawId === 'string') brokenParams.add(rawId);
        return;
      }
      if (params.has(p.id)) issues.push(makeIssue('duplicate_id', [...at, 'id'], { id: p.id, other: paramsPath }));
      else if (!parameterValueFits(p.type, p.value)) {
        brokenParams.add(p.id);
        issues.push(makeIssue('parameter_type_mismatch', [...at, 'value'], { parameter: p.id, expected: p.type }));
      } else params.set(p.id, p as ParameterDef);
    });
  } else if (hasRules) {
    issues.push(makeIssue('missing_file', [paramsPath], { file: paramsPath }));
  }
  const settings: Record<string, boolean> = {};
  if (paramsPath in files) {
    for (const [pid, key] of Object.entries(REQUIRED_SETTINGS)) {
      const p = params.get(pid);
      if (!p && brokenParams.has(pid)) continue;
      if (!p) issues.push(makeIssue('missing_field', [paramsPath, 'parameters'], { key: pid }));
      else if (typeof p.value !== 'boolean') issues.push(makeIssue('parameter_type_mismatch', [paramsPath, 'parameters'], { parameter: pid, expected: 'boolean' }));
      else settings[key] = p.value;
    }
    for (const [pid, [key, fallback]] of Object.entries(OPTIONAL_SETTINGS)) {
      const p = params.get(pid);
      if (p && typeof p.value !== 'boolean') issues.push(makeIssue('parameter_type_mismatch', [paramsPath, 'parameters'], { parameter: pid, expected: 'boolean' }));
      settings[key] = p && typeof p.value === 'boolean' ? p.value : fallback;
    }
  }
  return { params, brokenParams, settings: settings as unknown as HistorySettings };
}
