import { deepFreeze } from '../_internal/deep-freeze.js';
import type { IssueCode, IssueParams } from '../result/issue.js';
import { instrumentKindEn } from './_citation.js';
import type { Gap, GapContext, Locale } from './locale.js';
import { WORDING_EN } from './wording.js';

const s = (p: IssueParams, k: string): string => {
  const v = p[k];
  if (v === undefined) return '';
  return Array.isArray(v) ? v.join(', ') : String(v);
};
const citeEn = (p: IssueParams): string =>
  [`${instrumentKindEn(s(p, 'document'))} ${s(p, 'document')}`, `Art. ${s(p, 'article')}${p['clause'] ? `.${s(p, 'clause')}` : ''}${p['point'] ? `(${s(p, 'point')})` : ''}`].join(' ');
const hint = (p: IssueParams): string =>
  p['suggestions'] && s(p, 'suggestions') ? ` Did you mean: ${s(p, 'suggestions')}?` : p['valid'] && s(p, 'valid') ? ` Valid ids: ${s(p, 'valid')}.` : '';

const issues: { [C in IssueCode]: (p: IssueParams) => string } = {
  invalid_json: (p) => `The file is not valid JSON${p['detail'] ? `: ${s(p, 'detail')}` : ''}.`,
  duplicate_key: (p) => `Key "${s(p, 'key')}" appears twice in one JSON object (JSON.parse would silently keep the last).`,
  file_too_large: (p) => `File "${s(p, 'file')}" is too large: ${s(p, 'size')} bytes, at most ${s(p, 'maximum')}${p['detail'] ? ` (${s(p, 'detail')})` : ''}.`,
  not_regular_file: (p) => `"${s(p, 'file')}" is not a regular file (${s(p, 'detail')}); streams are read only from stdin, given as "-".`,
  invalid_cell: (p) => `Sheet '${s(p, 'sheet')}', row ${s(p, 'row')}, column '${s(p, 'column')}': ${p['value'] !== undefined ? `'${s(p, 'value')}' ` : ''}${s(p, 'problemEn')}.`,
  invalid_type: (p) => `Wrong type: expected ${s(p, 'expected')}, received ${s(p, 'received')}.`,
  missing_field: (p) => `Required field "${s(p, 'key')}" is missing${p['expected'] ? `; allowed values: ${s(p, 'expected')}` : ''}.`,
  unrecognized_key: (p) => `Unknown key "${s(p, 'key')}".${hint(p)}`,
  invalid_value: (p) => `Invalid value${p['received'] !== undefined ? ` "${s(p, 'received')}"` : ''}; allowed: ${s(p, 'expected')}.`,
  invalid_format: (p) => `Invalid format: ${s(p, 'detail')}.`,
  too_small: (p) => `Too small: the minimum is ${s(p, 'minimum')}.`,
  too_big: (p) => `Too big: the maximum is ${s(p, 'maximum')}.`,
  duplicate_id: (p) => `Duplicate id "${s(p, 'id')}" (already at ${s(p, 'other')}).`,
  duplicate_year: (p) => `Year ${s(p, 'year')} appears more than once in the history.`,
  unknown_fact: (p) => `Fact "${s(p, 'fact')}" is not in the fact catalogue.${hint(p)}`,
  unknown_operator: (p) => `Operator "${s(p, 'operator')}" is not supported.${hint(p)}`,
  operator_fact_mismatch: (p) => `Operator "${s(p, 'operator')}" cannot be used with fact "${s(p, 'fact')}" of type ${s(p, 'type')}${p['detail'] ? ` (${s(p, 'detail')})` : ''}.`,
  unknown_award: (p) => `Award "${s(p, 'award')}" is not in the award catalogue.${hint(p)}`,
  unknown_parameter: (p) => `Parameter "${s(p, 'parameter')}" is not declared in the rule book.${hint(p)}`,
  parameter_type_mismatch: (p) => `Parameter "${s(p, 'parameter')}" has a value of the wrong kind: expected ${s(p, 'expected').replace(/^expected /, '')}.`,
  invalid_fact_params: (p) => `Invalid params for fact "${s(p, 'fact')}": ${s(p, 'detail').replace(/\.$/, '')}.`,
  undeclared_fact: (p) => `The rule reads fact "${s(p, 'fact')}" but does not declare it in "facts".`,
  unused_declared_fact: (p) => `Fact "${s(p, 'fact')}" is declared in "facts" but never read.`,
  missing_citation: () => 'Missing legal citation (document and article).',
  invalid_effective_period: (p) => `Invalid effective period: end ${s(p, 'to')} is before start ${s(p, 'from')}.`,
  overlapping_effective_periods: (p) => `Effective period overlaps "${s(p, 'other')}" (${s(p, 'detail')}).`,
  effective_outside_regime: (p) => `Effective period lies outside the window of regime "${s(p, 'regime')}".`,
  subject_kind_mismatch: (p) => `The rule's subject (${s(p, 'received')}) does not match "${s(p, 'award')}", which is for: ${s(p, 'expected')}.`,
  unsupported_path: (p) => `Path "${s(p, 'path')}" is not supported (use $.a.b or $[0] only).`,
  depth_exceeded: (p) => (p['what'] === 'json' ? `Nested too deep: at most ${s(p, 'limit')} levels of objects/arrays.` : p['what'] === 'sheet' ? `Criteria groups nested too deep: at most ${s(p, 'limit')} levels.` : `Condition tree too deep: at most ${s(p, 'limit')} levels.`),
  size_exceeded: (p) => `Input too large: at most ${s(p, 'limit')}${p['what'] ? ` ${({ criteria: 'criteria in a score sheet', digits: 'digits in a decimal value', entries: 'entries over all member reports' } as Record<string, string>)[String(p['what'])] ?? ''}` : ''}.`,
  forbidden_key: (p) => `Forbidden key "${s(p, 'key')}".`,
  missing_file: (p) => `Required file "${s(p, 'file')}" is missing.`,
  unknown_file: (p) => `File "${s(p, 'file')}" is not part of the rule-book layout.`,
  unknown_regime: (p) => `Regime "${s(p, 'regime')}" does not exist.${hint(p)}`,
  regime_disabled: (p) => `Regime "${s(p, 'regime')}" is disabled (not confirmed).`,
  no_regime_in_force: (p) =>
    `No regime is in force on ${s(p, 'date')}${Array.isArray(p['covered']) && p['covered'].length ? `; the rule book covers: ${(p['covered'] as string[]).map((c) => { const [f, t] = c.split('–'); return t ? `${f} to ${t}` : `${f} onwards`; }).join('; ')}` : ''}.`,
  invalid_option: (p) => `Invalid option "${s(p, 'option')}": ${s(p, 'detail')}.`,
  file_read_error: (p) => `Cannot read file "${s(p, 'file')}": ${s(p, 'detail')}.`,
  cyclic_prerequisite: (p) => `The award hierarchy has a cycle of prerequisites: ${s(p, 'cycle')} (regimes: ${s(p, 'regimes')}).`,
  no_base_salary: (p) => `No base salary is configured for ${s(p, 'date')}; no amount can be computed.`,
  approvals_exceed_members: (p) => `Approvals (${s(p, 'approvals')}) exceed the number of council members (${s(p, 'members')}).`,
  inconsistent_reports: (p) => `The reports do not belong together: ${s(p, 'detail')}.`,
  overlay_target_missing: (p) => `Operation "${s(p, 'operation')}": no node "${s(p, 'target')}"${p['regime'] ? ` in regime "${s(p, 'regime')}"` : ''}.${hint(p)}`,
  overlay_loosens_statute: (p) =>
    `Operation "${s(p, 'operation')}" loosens the statutory condition "${s(p, 'target')}" (${s(p, 'detail')}); a local overlay may tighten it, never loosen it (${citeEn(p)}).`,
  overlay_regime_mismatch: (p) => `The overlay applies to "${s(p, 'received')}" but the rule book is "${s(p, 'expected')}".${hint(p)}`,
  overlay_version_mismatch: (p) => `The overlay applies to rule-book versions ${s(p, 'expected')}, not to version ${s(p, 'received')}.`,
  overlay_invalid_operation: (p) => `Operation "${s(p, 'operation')}" on "${s(p, 'target')}" is invalid: ${s(p, 'detail')}.`,
  overlay_stale_label: (p) =>
    `Operation "${s(p, 'operation')}" changes the value of "${s(p, 'target')}" without a new label; the current label "${s(p, 'label')}" would state the old requirement. Add a "label" (vi, en) stating the requirement after the change.`,
  overlay_composition: (p) => `Invalid overlay order: ${s(p, 'detail')}.`,
  unknown_source: (p) => `Source "${s(p, 'source')}" is not declared in the rule book's source register (national/book.json).${hint(p)}`,
  unknown_province: (p) =>
    p['formedOn']
      ? `Province "${s(p, 'province')}" in the current list exists only from ${s(p, 'formedOn')} (merged from: ${s(p, 'suggestions')}); the overlay must take effect from that date, or end before it and use a former province's key.`
      : `Province "${s(p, 'province')}" is not in the province list${p['mergedInto'] ? ` (merged into "${s(p, 'mergedInto')}" after ${s(p, 'until')})` : ''}.${hint(p)}`,
  province_without_overlay: (p) =>
    `Province "${s(p, 'province')}" is in the province list but the package ships no overlay for it; use --overlay FILE to apply your own. Provinces with an overlay: ${s(p, 'available')}.`,
  unknown_agency: (p) => `Ministry, sector or agency "${s(p, 'agency')}" is not in the agency register (rules/agencies.json).${hint(p)}`,
  agency_without_overlay: (p) =>
    `Agency "${s(p, 'agency')}" is in the agency register but the package ships no overlay for it; use --overlay FILE to apply your own. Agencies with an overlay: ${s(p, 'available')}.`,
  agency_not_in_existence: (p) =>
    p['from']
      ? `Agency "${s(p, 'agency')}" exists only from ${s(p, 'from')}; an overlay in force from ${s(p, 'received')} cannot belong to it.`
      : `Agency "${s(p, 'agency')}" existed until ${s(p, 'to')} and has no successor in the register; the overlay cannot stay in force ${s(p, 'received') === '…' ? 'indefinitely' : `until ${s(p, 'received')}`}.${hint(p)}`,
  overlay_jurisdiction: (p) =>
    p['expected'] === 'agency'
      ? `An overlay of layer "${s(p, 'layer')}" names its ministry or sector in "agency" (and has no "province").`
      : `An overlay of layer "${s(p, 'layer')}" names its province in "province" (and has no "agency").`,
  overlay_order: (p) =>
    ({
      date: `Overlay "${s(p, 'source')}" takes effect on ${s(p, 'from')}, not after the overlay of the same jurisdiction already applied (in force from ${s(p, 'previousFrom')}); overlays of one jurisdiction apply in date order.`,
      jurisdiction: `Overlay "${s(p, 'source')}" cannot apply on top of "${s(p, 'previous')}", an overlay of another jurisdiction.`,
      base: `Overlay "${s(p, 'source')}" of a department or district applies only after the overlay of its own province.`,
      lower: `Overlay "${s(p, 'source')}" of a province or agency applies before the department or district overlay "${s(p, 'previous')}".`,
    } as Record<string, string>)[s(p, 'reason')] ?? `Overlay "${s(p, 'source')}" is applied out of order.`,
  overlay_declaration_conflict: (p) =>
    p['kind'] === 'fact'
      ? `Fact "${s(p, 'id')}" declared by the overlay already exists (in the national catalogue or declared by another overlay); choose another id.`
      : `Parameter "${s(p, 'id')}" declared by the overlay already exists in regime "${s(p, 'regime')}"; to change an existing parameter use a set operation on "param:${s(p, 'id')}".`,
  overlay_declaration_invalid: (p) =>
    ({
      'enum-values-required': `Fact "${s(p, 'id')}" of type enum must list its allowed values in "enumValues".`,
      'enum-values-unexpected': `Fact "${s(p, 'id')}" of type ${s(p, 'type')} takes no "enumValues" (enum facts only).`,
      'parameter-value': `The value of parameter "${s(p, 'id')}" does not fit its declared type ${s(p, 'type')}.`,
      'fact-params': `Fact "${s(p, 'id')}" declared by the overlay takes no "params".`,
      carrier: `Fact "${s(p, 'id')}" cannot be named directly: declare the overlay's fact in "facts" and use the declared id.`,
      'enum-value': `Value "${s(p, 'received')}" is not one of the declared values of fact "${s(p, 'id')}" (${s(p, 'expected')}).`,
      subject: `Fact "${s(p, 'id')}" is declared for ${s(p, 'expected')} only and cannot be used in a rule for ${s(p, 'received')}.`,
    } as Record<string, string>)[s(p, 'reason')] ?? `Declaration "${s(p, 'id')}" is invalid.`,
  unknown_extra_fact: (p) =>
    p['where'] === 'year'
      ? `"extraFacts.${s(p, 'fact')}" of a year is not declared as a per-year fact by any overlay in use.${hint(p)}`
      : `"extraFacts.${s(p, 'fact')}" is not declared as a subject-level fact by any overlay in use.${hint(p)}`,
  extra_fact_type_mismatch: (p) =>
    `The value of "extraFacts.${s(p, 'fact')}" must be ${({ boolean: 'true or false', integer: 'an integer', decimal: 'a decimal written as a string, e.g. "0.85"', fraction: 'a share written as a string, e.g. "7/9" or "0.8"', enum: `one of: ${s(p, 'expected')}` } as Record<string, string>)[s(p, 'type')] ?? s(p, 'type')}.`,
  stable_id_missing: (p) =>
    `Stable id "${s(p, 'stableId')}" is declared for regime "${s(p, 'regime')}" but ${p['node'] ? `rule "${s(p, 'rule')}" has no condition "${s(p, 'node')}"` : `that regime has no rule "${s(p, 'rule')}"`}.${hint(p)}`,
  unknown_member: (p) => `"${s(p, 'member')}" is not a member of the cluster in ${s(p, 'period')}.${hint(p)}`,
  duplicate_member: (p) => `Member "${s(p, 'member')}" appears more than once.`,
  role_not_member: (p) => `The ${p['role'] === 'leader' ? 'leader' : 'deputy leader'} "${s(p, 'member')}" is not a member of the cluster in ${s(p, 'period')}.`,
  leader_is_deputy: (p) => `"${s(p, 'member')}" cannot be both leader and deputy leader in the same period.`,
  missing_member_report: (p) => `The score report of member "${s(p, 'member')}" is missing.`,
  unknown_criterion: (p) => `Criterion "${s(p, 'criterion')}" is not in the score sheet.${hint(p)}`,
  criterion_input_mismatch: (p) => `Criterion "${s(p, 'criterion')}" of kind ${s(p, 'kind')} does not take "${s(p, 'field')}".`,
  missing_criterion_input: (p) => `Member "${s(p, 'member')}" has no data or score for criterion "${s(p, 'criterion')}" (one of: ${s(p, 'expected')}).`,
  missing_target: (p) => `Member "${s(p, 'member')}" registered no target for the quantitative criterion "${s(p, 'criterion')}".`,
  target_not_scorable: (p) => `Criterion "${s(p, 'criterion')}" of "${s(p, 'member')}" cannot be scored: the registered target is ${s(p, 'target')} (it must be above 0).`,
  score_above_max: (p) => `Score ${s(p, 'score')} is above the maximum ${s(p, 'maximum')}.`,
  group_max_mismatch: (p) => `The maximum of "${s(p, 'group')}" is ${s(p, 'declared')} but its criteria add up to ${s(p, 'sum')}.`,
  invalid_tie_break_chain: (p) => `Invalid tie-break chain: ${s(p, 'detail')}.`,
  district_cluster_abolished: (p) => `District-level clusters no longer exist for ${s(p, 'period')}: the district level ended on 1 Jul 2025.`,
  district_cluster_partial_year: (p) => `${s(p, 'period')}: district-level clusters existed only until 30 Jun 2025; results are for reference only.`,
  unknown_period: (p) => `The cluster has no membership for ${s(p, 'period')}.`,
};

const enumWords: Record<string, string> = {
  excellent: 'excellent task completion',
  good: 'good task completion',
  completed: 'task completed',
  failed: 'task not completed',
  // organiser of a cluster/bloc and kinds of collective
  ccec: 'Central Emulation and Commendation Council',
  ministry: 'ministry',
  province: 'province',
  district: 'district',
  commune: 'commune',
  none: 'none',
  agency: 'agency',
  enterprise: 'enterprise',
  village: 'village or residential group',
  unit: 'unit',
  household: 'household',
  other: 'other',
};

function value(v: string | boolean | readonly string[] | null): string {
  if (v === null) return 'no data';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (Array.isArray(v)) return v.map((x) => enumWords[x] ?? x).join(' or ');
  const str = v as string;
  return enumWords[str] ?? str;
}

const unitWords = { years: 'year(s)', approvals: 'approval(s)', members: 'member(s)', items: '' } as const;

function gap(g: Gap): string {
  if (g.kind === 'value') return `needs "${value(g.expected as string | boolean | readonly string[])}"`;
  if (g.kind === 'count') {
    const unit = g.unit ? unitWords[g.unit] : '';
    return g.direction === 'increase' ? `needs ${g.amount} more${unit ? ` ${unit}` : ''}` : `needs ${g.amount} fewer${unit ? ` ${unit}` : ''}`;
  }
  return g.direction === 'increase'
    ? `short by ${g.amount}${g.strict ? ' (and must exceed the threshold)' : ''}`
    : `over by ${g.amount}${g.strict ? ' (and must stay below the threshold)' : ''}`;
}

const KIND_EN: Record<string, [string, string]> = { initiative: ['initiative', 'initiatives'], research: ['research work', 'research works'], 'combat-creativity': ['combat creativity', 'combat creativity'] };
const SCOPE_EN: Record<string, string> = { grassroots: 'at grassroots level', 'ministry-province': 'at ministry/province level', 'force-wide': 'across the force', national: 'nationwide' };
const RATING_EN: Record<string, string> = { excellent: 'excellent', good: 'good', completed: 'completed', failed: 'failed' };
const nextYears = (year: number, n: number): string => Array.from({ length: n }, (_, i) => year + 1 + i).join(', ');
const list = (xs: unknown, f: (x: string) => string, sep: string): string => (Array.isArray(xs) ? (xs as string[]).map(f).join(sep) : '');

function factGap(fact: string, params: Readonly<Record<string, unknown>>, g: Gap, ctx: GapContext): string | undefined {
  if (g.kind !== 'count' || g.direction !== 'increase') return undefined;
  const n = Number(g.amount);
  const yrs = n === 1 ? 'year' : 'years';
  switch (fact) {
    case 'consecutiveAwardYears':
      return `needs ${n} more consecutive ${yrs} of ${list(params['awardIds'], ctx.awardName, ' or ')}${n <= 10 ? ` (${nextYears(ctx.year, n)})` : ''}`;
    case 'consecutiveRatingYears':
      return `needs ${n} more consecutive ${yrs} rated ${list(params['ratings'], (r) => RATING_EN[r] ?? r, ' or ')}${n <= 10 ? ` (${nextYears(ctx.year, n)})` : ''}`;
    case 'awardCountInWindow':
      return `needs ${n} more ${n === 1 ? 'time' : 'times'} ${list(params['awardIds'], ctx.awardName, ' or ')}`;
    case 'initiativeCount':
      return `needs ${n} more ${list(params['kinds'], (k) => (KIND_EN[k] ?? [k, k])[n === 1 ? 0 : 1], ' or ')} recognised ${SCOPE_EN[String(params['minScope'])] ?? ''}`.trimEnd();
    case 'initiativeCountAfterAward':
      return `needs ${n} more ${list(params['kinds'], (k) => (KIND_EN[k] ?? [k, k])[n === 1 ? 0 : 1], ' or ')} recognised ${SCOPE_EN[String(params['minScope'])] ?? ''} in the period after the ${list(params['awardIds'], ctx.awardName, ' or ')}`.replace('  ', ' ');
    case 'consecutiveCycleCount':
      return `needs ${n} more ${list(params['awardIds'], ctx.awardName, ' or ')} in an adjacent cycle, with ${list(params['baseAwardIds'], ctx.awardName, ' or ')} unbroken${n === 1 ? ` (${ctx.year + Number(params['cycleLength'] ?? 3)} at the earliest)` : ''}`;
    case 'openingAwardCount':
      return `needs a ${list(params['awardIds'], ctx.awardName, ' or ')} obtained after the last ${list(params['resetBy'], ctx.awardName, ' or ')}`;
    case 'windowYearsAfterAward':
      return `needs ${n} more consecutive ${yrs} rated ${list(params['ratings'], (r) => RATING_EN[r] ?? r, ' or ')} after the ${list(params['awardIds'], ctx.awardName, ' or ')}${n <= 10 ? ` (${nextYears(ctx.year, n)})` : ''}`;
    case 'awardCountAfterAward':
      return `needs ${n} more ${n === 1 ? 'time' : 'times'} ${list(params['countAwardIds'], ctx.awardName, ' or ')} in the period after the ${list(params['awardIds'], ctx.awardName, ' or ')}`;
    case 'councilApprovalShare':
      return `needs ${n} more council ${n === 1 ? 'approval' : 'approvals'}`;
    case 'advancedMemberShare':
      return `needs ${n} more ${n === 1 ? 'member' : 'members'} holding Advanced Worker or Advanced Soldier`;
    case 'completedMemberShare':
      return `needs ${n} more ${n === 1 ? 'member' : 'members'} who completed their tasks`;
    default:
      return undefined;
  }
}

/** English locale. */
export const en: Locale = deepFreeze<Locale>({
  lang: 'en',
  issue: (code, params) => issues[code](params),
  verdict: (v) => ({ eligible: 'Eligible', ineligible: 'Not eligible', undetermined: 'Undetermined', 'not-applicable': 'Not applicable' })[v],
  status: (st) => ({ pass: 'passed', fail: 'failed', missing_fact: 'missing data' })[st],
  notApplicable: (r) =>
    ({
      'no-rule-in-force': 'the applicable regime has no standard for this award',
      'subject-kind-mismatch': 'this award is not for this kind of subject',
    })[r],
  operator: (op, expected) =>
    ({
      equal: `equal to ${expected}`,
      notEqual: `not equal to ${expected}`,
      in: `${expected}`,
      notIn: `none of ${expected}`,
      decimalGte: `≥ ${expected}`,
      decimalGt: `> ${expected}`,
      decimalLte: `≤ ${expected}`,
      decimalLt: `< ${expected}`,
      decimalEq: `= ${expected}`,
    })[op] ?? `${op} ${expected}`,
  value,
  gap,
  factGap,
  citation: (c) => {
    const loc = `Art. ${c.article}${c.clause ? `.${c.clause}` : ''}${c.point ? `(${c.point})` : ''}`;
    return `${instrumentKindEn(c.document)} ${c.document}, ${loc}`;
  },
  formatDecimal: (x) => x,
  notConsidered: (year, records) =>
    `${records.length} ${records.length === 1 ? 'record' : 'records'} after ${year} ${records.length === 1 ? 'was' : 'were'} not considered: ${records.map((r) => `${r.path[0]}[${r.path[1]}] (${r.year})`).join(', ')}`,
  wording: WORDING_EN,
  words: {
    subject: 'Subject',
    year: 'Achievement year',
    regime: 'Regime',
    regimeByOverride: 'explicit override',
    regimeByPeriodEnd: 'in force on the last day of the achievement period',
    ruleBook: 'Rule book',
    inputHash: 'Input hash',
    actual: 'value',
    missing: 'missing data',
    principle: 'Cross-cutting principle',
    marker: 'evidence marker',
    anyOf: 'Meets at least one of',
    allOf: 'Meets all of',
    noneOf: 'Must not have',
    parameter: 'parameter',
    summary: 'Summary',
    required: 'required',
  },
});
