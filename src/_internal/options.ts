import { z } from 'zod';
import { isLocaleShape } from './args.js';
import { fail, makeIssue, ThiduaError, type Issue, type IssuePath, type Result, type ExpectedCode } from '../model/issue.js';

/**
 * Run-time validation of the option objects of the public functions (issue 16): one zod schema per
 * option object, built from a table of its keys and what each key expects, checked at the entry of
 * the function. TypeScript types vanish at run time, so a JavaScript caller passing `awards: 'x'`,
 * `year: '2024'` or an unknown key gets a typed issue — code `invalid_option` with `{ option,
 * expected }` or `unknown_option` with `{ option, allowed }` — rendered by the locales, never a
 * TypeError. The functions' own checks of values that need the rule book (a known regime, a real
 * date in the year) come after this one.
 * @internal
 */

/** What an option expects; the locales word each one (`invalid_option` with `expected`). @internal */
export type OptionExpectation = ExpectedCode;

interface Kind {
  readonly expected: OptionExpectation;
  readonly schema: z.ZodType;
  readonly values?: readonly string[];
}

const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const kind = (expected: OptionExpectation, schema: z.ZodType): Kind => ({ expected, schema });
const oneOf = (...values: [string, ...string[]]): Kind => ({ expected: 'one-of', schema: z.enum(values), values: Object.freeze([...values]) });

const K = {
  year: kind('year', z.number().int().min(1945).max(2100)),
  wholeNumber: kind('count-from-0', z.number().int().min(0)),
  string: kind('string', z.string()),
  stringList: kind('string-list', z.array(z.string())),
  boolean: kind('boolean', z.boolean()),
  date: kind('real-date', z.string().regex(DATE)),
  list: kind('array', z.array(z.unknown())),
  countRecord: kind('count-record', z.record(z.string(), z.number().int().min(0))),
  fileNames: kind('file-names', z.array(z.string().optional())),
  anything: kind('object', z.unknown()),
  // a shipped language tag (the registry's keys, src/explain/locales/index.ts; test/third-language
  // checks the two lists agree) or a Locale object for a language that is not shipped
  lang: { expected: 'lang-or-locale', values: Object.freeze(['vi', 'en']), schema: z.union([z.enum(['vi', 'en']), z.custom((v) => isLocaleShape(v))]) },
  format: oneOf('text', 'markdown', 'html'),
} as const;

const EVALUATE = {
  year: K.year,
  regime: K.string,
  periodEnd: K.date,
  awards: K.stringList,
  evaluator: oneOf('compiled', 'json-rules-engine'),
  detail: oneOf('full', 'verdicts'),
  validator: oneOf('fast', 'zod'),
};

/** The option objects of the public functions: key → what it expects; `required` keys must be present. */
const SPECS = {
  resolveRegime: { keys: { year: K.year, periodEnd: K.date, regime: K.string }, required: ['year'] },
  listCriteria: { keys: { award: K.string, regime: K.string }, required: [] },
  listParameters: { keys: { regime: K.string }, required: [] },
  describeRule: { keys: { lang: K.lang }, required: [] },
  awardHierarchy: { keys: { regime: K.string }, required: [] },
  applyOverlay: { keys: { file: K.string, provinces: K.anything, agencies: K.anything }, required: [] },
  applyOverlays: { keys: { files: K.fileNames, provinces: K.anything, agencies: K.anything }, required: [] },
  applySheetOverlay: { keys: { file: K.string, provinces: K.anything }, required: [] },
  overlayTargets: { keys: { regime: K.string, ruleId: K.string, sheets: K.list }, required: [] },
  evaluate: { keys: EVALUATE, required: ['year'] },
  nextAwards: { keys: { year: K.year, horizon: K.wholeNumber, regime: K.string }, required: ['year'] },
  bonusFor: { keys: { date: K.date, subjectKind: oneOf('individual', 'collective', 'household'), regime: K.string }, required: ['date', 'subjectKind'] },
  applyQuotas: { keys: { year: K.year, unit: K.string, baseCounts: K.countRecord }, required: ['year', 'unit'] },
  proposeAwards: { keys: { organiser: oneOf('province', 'district', 'ministry', 'ccec'), subjects: K.list, regime: K.string }, required: ['organiser'] },
  checkBallots: { keys: { year: K.year, regime: K.string }, required: ['year'] },
  renderExplanation: { keys: { lang: K.lang, format: K.format, awards: K.stringList }, required: [] },
  renderResult: { keys: { lang: K.lang, format: K.format }, required: [] },
  lang: { keys: { lang: K.lang }, required: [] },
  mermaid: { keys: { lang: K.lang, connectedOnly: K.boolean }, required: [] },
} as const satisfies Record<string, { keys: Record<string, Kind>; required: readonly string[] }>;

/** The name of an option object of {@link SPECS}. @internal */
export type OptionsName = keyof typeof SPECS;

/** Keys of each option object, for tests and docs. @internal */
export const OPTION_KEYS: Readonly<Record<OptionsName, readonly string[]>> = Object.fromEntries(Object.entries(SPECS).map(([n, s]) => [n, Object.keys(s.keys)])) as unknown as Record<OptionsName, readonly string[]>;

/** One strict zod schema per option object, built from its table. */
const SCHEMAS = Object.fromEntries(
  Object.entries(SPECS).map(([name, spec]) => {
    const required = new Set<string>(spec.required);
    const shape = Object.fromEntries(Object.entries(spec.keys as Record<string, Kind>).map(([k, v]) => [k, required.has(k) ? v.schema : v.schema.optional()]));
    return [name, z.strictObject(shape)];
  }),
) as Record<OptionsName, z.ZodObject>;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Issues for an option object that does not fit its schema (empty when it fits). `optional`: the
 * whole object may be undefined. Paths start at `at` (default `['options']`).
 * @internal
 */
export function optionIssues(name: OptionsName, value: unknown, optional: boolean, at: IssuePath = ['options']): Issue[] {
  if (value === undefined && optional) return [];
  if (!isObject(value)) return [makeIssue('invalid_option', at, { option: String(at[at.length - 1] ?? 'options'), expected: 'object' })];
  const r = SCHEMAS[name].safeParse(value);
  if (r.success) return [];
  const keys = SPECS[name].keys as Record<string, Kind>;
  const out: Issue[] = [];
  const seen = new Set<string>();
  for (const i of r.error.issues) {
    if (i.code === 'unrecognized_keys') {
      for (const k of i.keys) out.push(makeIssue('unknown_option', [...at, k], { option: k, allowed: Object.keys(keys) }));
      continue;
    }
    const key = String(i.path[0] ?? '');
    if (seen.has(key) || !(key in keys)) continue;
    seen.add(key);
    const k = keys[key]!;
    out.push(makeIssue('invalid_option', [...at, key], { option: key, expected: k.expected, ...(k.values ? { values: [...k.values] } : {}) }));
  }
  return out;
}

/**
 * Add the typed issues of an option object to `issues` (the function's own checks, reported all at
 * once): a typed issue replaces one of the function's at the same path, else it is added.
 * @internal
 */
export function mergeOptionIssues(issues: Issue[], name: OptionsName, value: unknown, optional: boolean): void {
  for (const t of optionIssues(name, value, optional)) {
    const at = t.path.join('\u0000');
    const k = issues.findIndex((i) => i.path.join('\u0000') === at);
    if (k >= 0) issues[k] = t;
    else issues.push(t);
  }
}

/** `fail(issues)` when the option object does not fit, else undefined. @internal */
export function checkOptions(name: OptionsName, value: unknown, optional: boolean, at?: IssuePath): Result<never> | undefined {
  const issues = optionIssues(name, value, optional, at);
  return issues.length ? fail<never>(issues) : undefined;
}

/** A one-line English summary of an option issue, for ThiduaError messages (programmer errors). */
function describe(i: Issue): string {
  const p = i.params as { option?: string; expected?: string; values?: readonly string[]; allowed?: readonly string[] };
  if (i.code === 'unknown_option') return `Unknown option "${p.option ?? ''}"; the options are: ${(p.allowed ?? []).join(', ')}.`;
  if (p.expected === 'lang-or-locale') return `Invalid option "${p.option ?? ''}": expected a shipped language tag (${(p.values ?? []).join(', ')}) or a complete Locale object.`;
  return `Invalid option "${p.option ?? ''}": expected ${p.values ? `one of ${p.values.join(', ')}` : (p.expected ?? '')}.`;
}

/** For functions that return plain values: throw ThiduaError('invalid_option') when the option object does not fit. @internal */
export function assertOptions(name: OptionsName, value: unknown, optional: boolean): void {
  const issues = optionIssues(name, value, optional);
  if (issues.length) throw new ThiduaError('invalid_option', issues.map(describe).join(' '));
}
