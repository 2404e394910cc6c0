import { deepFreeze } from '../../_internal/deep-freeze.js';
import type { FactGapWording } from '../../facts/fact-def.js';
import { FACTS_BY_ID } from '../../facts/frozen-facts.js';
import { OPERATORS, type OperatorWording } from '../../operators/registry.js';
import type { Issue } from '../../model/issue.js';
import { instrumentKindEn } from './_citation.js';
import { expectationEn, issueMessagesEn } from './issues-en.js';
import type { Gap, GapContext, Locale } from './locale.js';
import { CLI_WORDS_EN } from './cli-words.js';
import { CLUSTER_EN } from './cluster.js';
import { PROVENANCE_EN } from './provenance-words.js';
import { RESULT_WORDS_EN } from './results.js';
import { WORDING_EN } from './wording.js';

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

/** Render any issue through the table (nested causes included). */
function render(i: Issue): string {
  return (ISSUES[i.code] as (p: Issue['params']) => string)(i.params);
}
const ISSUES = issueMessagesEn(render);

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

/** The sentence of each fact gap wording key (src/facts/fact-def.ts), for a count gap to increase by n. */
const FACT_GAP_EN: Readonly<Record<FactGapWording, (n: number, params: Readonly<Record<string, unknown>>, ctx: GapContext) => string>> = {
  consecutiveAwardYears: (n, params, ctx) => {
    const yrs = n === 1 ? 'year' : 'years';
    return `needs ${n} more consecutive ${yrs} of ${list(params['awardIds'], ctx.awardName, ' or ')}${n <= 10 ? ` (${nextYears(ctx.year, n)})` : ''}`;
  },
  consecutiveRatingYears: (n, params, ctx) => {
    const yrs = n === 1 ? 'year' : 'years';
    return `needs ${n} more consecutive ${yrs} rated ${list(params['ratings'], (r) => RATING_EN[r] ?? r, ' or ')}${n <= 10 ? ` (${nextYears(ctx.year, n)})` : ''}`;
  },
  awardCountInWindow: (n, params, ctx) =>
    `needs ${n} more ${n === 1 ? 'time' : 'times'} ${list(params['awardIds'], ctx.awardName, ' or ')}`,
  initiativeCount: (n, params, ctx) =>
    `needs ${n} more ${list(params['kinds'], (k) => (KIND_EN[k] ?? [k, k])[n === 1 ? 0 : 1], ' or ')} recognised ${SCOPE_EN[String(params['minScope'])] ?? ''}`.trimEnd(),
  initiativeCountAfterAward: (n, params, ctx) =>
    `needs ${n} more ${list(params['kinds'], (k) => (KIND_EN[k] ?? [k, k])[n === 1 ? 0 : 1], ' or ')} recognised ${SCOPE_EN[String(params['minScope'])] ?? ''} in the period after the ${list(params['awardIds'], ctx.awardName, ' or ')}`.replace('  ', ' '),
  consecutiveCycleCount: (n, params, ctx) =>
    `needs ${n} more ${list(params['awardIds'], ctx.awardName, ' or ')} in an adjacent cycle, with ${list(params['baseAwardIds'], ctx.awardName, ' or ')} unbroken${n === 1 ? ` (${ctx.year + Number(params['cycleLength'] ?? 3)} at the earliest)` : ''}`,
  openingAwardCount: (n, params, ctx) =>
    `needs a ${list(params['awardIds'], ctx.awardName, ' or ')} obtained after the last ${list(params['resetBy'], ctx.awardName, ' or ')}`,
  windowYearsAfterAward: (n, params, ctx) => {
    const yrs = n === 1 ? 'year' : 'years';
    return `needs ${n} more consecutive ${yrs} rated ${list(params['ratings'], (r) => RATING_EN[r] ?? r, ' or ')} after the ${list(params['awardIds'], ctx.awardName, ' or ')}${n <= 10 ? ` (${nextYears(ctx.year, n)})` : ''}`;
  },
  awardCountAfterAward: (n, params, ctx) =>
    `needs ${n} more ${n === 1 ? 'time' : 'times'} ${list(params['countAwardIds'], ctx.awardName, ' or ')} in the period after the ${list(params['awardIds'], ctx.awardName, ' or ')}`,
  councilApprovalShare: (n, params, ctx) =>
    `needs ${n} more council ${n === 1 ? 'approval' : 'approvals'}`,
  advancedMemberShare: (n, params, ctx) =>
    `needs ${n} more ${n === 1 ? 'member' : 'members'} holding Advanced Worker or Advanced Soldier`,
  completedMemberShare: (n, params, ctx) =>
    `needs ${n} more ${n === 1 ? 'member' : 'members'} who completed their tasks`,
};

function factGap(fact: string, params: Readonly<Record<string, unknown>>, g: Gap, ctx: GapContext): string | undefined {
  if (g.kind !== 'count' || g.direction !== 'increase') return undefined;
  const key = FACTS_BY_ID.get(fact)?.wording?.gap;
  return key === undefined ? undefined : FACT_GAP_EN[key](Number(g.amount), params, ctx);
}

/** The phrase of each operator wording key (src/operators/registry.ts), around the expected value in words. */
const OPERATOR_WORDS_EN: Readonly<Record<OperatorWording, (expected: string) => string>> = {
  equal: (expected) => `equal to ${expected}`,
  notEqual: (expected) => `not equal to ${expected}`,
  in: (expected) => `${expected}`,
  notIn: (expected) => `none of ${expected}`,
  atLeast: (expected) => `≥ ${expected}`,
  greaterThan: (expected) => `> ${expected}`,
  atMost: (expected) => `≤ ${expected}`,
  lessThan: (expected) => `< ${expected}`,
  equalTo: (expected) => `= ${expected}`,
};

/** English locale. */
export const en: Locale = deepFreeze<Locale>({
  lang: 'en',
  textKey: 'en',
  quote: (text) => `"${text}"`,
  date: (iso) => iso,
  instrumentKind: instrumentKindEn,
  issue: render,
  issues: ISSUES,
  expectation: expectationEn,
  verdict: (v) => ({ eligible: 'Eligible', ineligible: 'Not eligible', undetermined: 'Undetermined', 'not-applicable': 'Not applicable' })[v],
  status: (st) => ({ pass: 'passed', fail: 'failed', missing_fact: 'missing data' })[st],
  notApplicable: (r) =>
    ({
      'no-rule-in-force': 'the applicable regime has no standard for this award',
      'subject-kind-mismatch': 'this award is not for this kind of subject',
    })[r],
  operator: (op, expected) => {
    const key = OPERATORS.get(op)?.wording;
    return key === undefined ? `${op} ${expected}` : OPERATOR_WORDS_EN[key](expected);
  },
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
  results: RESULT_WORDS_EN,
  cluster: CLUSTER_EN,
  cli: CLI_WORDS_EN,
  provenance: PROVENANCE_EN,
  words: {
    at: 'at',
    root: '(root)',
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
    or: ' or ',
  },
});
