/**
 * Command-line arguments: one option table per command, parsed by node's util.parseArgs in strict
 * mode. An option another command accepts is still unknown here (exit 2), and command names are
 * looked up as own keys only (`thidua constructor` is an unknown command, not Object.prototype's).
 */
import { parseArgs as nodeParseArgs } from 'node:util';
import { CLI_WORDS_EN, type UsageCode, type UsageParams } from '../explain/locales/cli-words.js';
import { closest } from '../_internal/closest.js';

/** A usage error: printed with a hint to --help, exit 2. */
export class UsageError extends Error {
  /** The usage error as a code and the values it names; the locale puts it into words (CliWords.usageError). */
  constructor(
    readonly code: UsageCode,
    readonly params: UsageParams = {},
  ) {
    super(CLI_WORDS_EN.usageError(code, params));
  }
}

/** The parsed arguments of one command: positionals and each option's values in order (booleans as ''). */
export interface Parsed {
  readonly positionals: string[];
  readonly flags: Map<string, string[]>;
}

interface OptionDef {
  readonly value: boolean;
  readonly repeatable?: boolean;
}

const v = { value: true } as const;
const rep = { value: true, repeatable: true } as const;
const flag = { value: false } as const;
const BOOK = { rules: v, regime: v, lang: v, format: v } as const;
const EVALUATE = { ...BOOK, year: v, province: v, agency: v, overlay: rep, award: rep } as const;

/** The options of every command (besides --help/-h). */
export const COMMAND_OPTIONS: Readonly<Record<string, Readonly<Record<string, OptionDef>>>> = Object.freeze({
  evaluate: { ...EVALUATE, detail: v, out: v, summary: flag, unit: v },
  explain: { ...EVALUATE, detail: v },
  validate: { lang: v, format: v },
  diff: { rules: v, province: v, agency: v, overlay: rep, lang: v, format: v },
  schema: {},
  bonus: { ...BOOK, date: v, subject: v },
  hierarchy: BOOK,
  next: { ...BOOK, year: v, horizon: v },
  rank: { rules: v, province: v, agency: v, lang: v, format: v },
  template: { format: v, kind: v, out: v, lang: v },
  list: { ...BOOK, award: v, cluster: v },
});

/** Whether `name` is a command (own key of the table, never an inherited one). */
export function isCommand(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(COMMAND_OPTIONS, name);
}

/** The command names, in help order. */
export const COMMANDS: readonly string[] = Object.keys(COMMAND_OPTIONS);

/**
 * Parse one command's arguments strictly: unknown options, missing values and repeated
 * non-repeatable options are usage errors.
 */
export function parseCommandArgs(command: string, args: readonly string[]): Parsed {
  const defs = COMMAND_OPTIONS[command] ?? {};
  const options: Record<string, { type: 'string' | 'boolean'; multiple: true; short?: string }> = {
    help: { type: 'boolean', multiple: true, short: 'h' },
  };
  for (const [name, d] of Object.entries(defs)) options[name] = { type: d.value ? 'string' : 'boolean', multiple: true };
  let parsed: { values: Record<string, (string | boolean)[] | undefined>; positionals: string[] };
  try {
    parsed = nodeParseArgs({ args: [...args], options, strict: true, allowPositionals: true }) as typeof parsed;
  } catch (e) {
    throw describeParseError(e as Error & { code?: string }, Object.keys(options));
  }
  const flags = new Map<string, string[]>();
  for (const name of Object.keys(options)) {
    const values = parsed.values[name];
    if (!values) continue;
    if (values.length > 1 && name !== 'help' && !defs[name]?.repeatable) throw new UsageError('option-twice', { option: name });
    flags.set(
      name,
      values.map((x) => (typeof x === 'string' ? x : '')),
    );
  }
  return { positionals: parsed.positionals, flags };
}

function describeParseError(e: Error & { code?: string }, known: readonly string[]): UsageError {
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const raw = /Unknown option '([^']+)'/.exec(e.message)?.[1] ?? '?';
    const name = raw.replace(/^-+/, '').replace(/=.*$/, '');
    const s = closest(name, known);
    return new UsageError('unknown-option', { option: raw, ...(s.length ? { suggestion: s[0]! } : {}) });
  }
  const opt = /Option '(-[^' ]+)/.exec(e.message)?.[1];
  if (opt && /argument missing|ambiguous/.test(e.message)) return new UsageError('option-needs-value', { option: opt });
  if (opt && /does not take an argument/.test(e.message)) return new UsageError('option-takes-no-value', { option: opt });
  return new UsageError('parse-error');
}
