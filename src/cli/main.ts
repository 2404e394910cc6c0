import { existsSync } from 'node:fs';
import { issueWithMessages } from '../explain/issue-message.js';
import { isLang, localeOf, type Lang } from '../explain/locales/index.js';
import { resolve } from 'node:path';
import { closest } from '../_internal/closest.js';
import type { RuleBook } from '../model/rule-book.js';
import { loadNationalRuleBook } from '../rule-book/national.js';
import { renderIssues } from '../explain/render-issues.js';
import { makeIssue, type Issue } from '../model/issue.js';
import { loadRuleBook } from '../rule-book/load-rule-book.js';
import { applyOverlay } from '../overlay/apply-overlay.js';
import { noOverlayIssue, provinceOverlay, provincesFile } from '../overlay/embedded.js';
import { SCHEMA_NAMES } from '../schema/json-schema.js';
import { agenciesFile, agencyOverlay, canonicalAgencyKey, noAgencyOverlayIssue } from '../overlay/agencies.js';
import { readJsonFile, readRuleDir } from './read-rule-dir.js';
import { AWARD_HELP, cmdBonus, cmdHierarchy, cmdNext, type CommandKit } from './award-commands.js';
import { RANK_HELP, cmdRank } from './rank-command.js';
import { COMMANDS, isCommand, parseCommandArgs, UsageError, type Parsed } from './args.js';
import { EVALUATE_HELP, cmdEvaluate } from './evaluate-command.js';
import { TEMPLATE_HELP, cmdTemplate } from './template-command.js';
import { LIST_HELP, cmdList } from './list-command.js';
import { DIFF_HELP, cmdDiff } from './diff-command.js';
import { SCHEMA_HELP, cmdSchema } from './schema-command.js';
import { VALIDATE_HELP, cmdValidate } from './validate-command.js';

/** Where the CLI writes. Injected so tests can run it in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  /** stdin, read when the input is "-". */
  readonly stdin?: AsyncIterable<Uint8Array | string> | undefined;
  /** Resolves when stdout has drained (long NDJSON streams). */
  readonly flush?: (() => Promise<void>) | undefined;
  /** Draw a progress bar on stderr (bin.ts: stderr is a TTY and CI is unset). */
  readonly progress?: boolean | undefined;
}

export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

const HELP: Record<string, string> = {
  ...AWARD_HELP,
  ...RANK_HELP,
  ...EVALUATE_HELP,
  ...TEMPLATE_HELP,
  ...LIST_HELP,
  ...DIFF_HELP,
  ...VALIDATE_HELP,
  ...SCHEMA_HELP,
  main: `thidua — Vietnam's emulation and commendation rules, explained

Usage: thidua <command> [options]

Commands:
  evaluate <input>        evaluate subjects for every award of the year (JSON, NDJSON, -, .xlsx, .csv)
  explain <input>         same as evaluate, for one award (--award)
  template                an empty spreadsheet to fill in (--format xlsx|csv --out FILE)
  validate [DIR]          validate a rules folder and run its test cases
  diff --province KEY     what a province overlay changes in the national rule book (--agency KEY:
                          a ministry, sector or central agency)
  schema [NAME]           print a JSON Schema (${SCHEMA_NAMES.join(', ')})
  bonus <award-id>        bonus amount of an award (--date D)
  hierarchy               award hierarchy as Mermaid or JSON
  next <subject.json>     awards to aim at next and the earliest year (--year Y)
  rank <cluster.json>     score and rank a cluster, propose awards, next leadership
  list KIND               ids to use: awards, regimes, provinces, agencies, criteria, parameters

Options:
  -h, --help              help for a command (thidua evaluate --help)
  -v, --version           print the version

Exit codes: 0 ok, 1 bad input (typed issues printed), 2 usage error, 70 internal error (a bug: please report it).`,
};

function one(p: Parsed, name: string): string | undefined {
  return p.flags.get(name)?.[0];
}

function choice(p: Parsed, name: string, allowed: readonly string[], dflt: string): string {
  const v = one(p, name) ?? dflt;
  if (!allowed.includes(v)) throw new UsageError('choice', { option: name, allowed: allowed.join(', '), got: v });
  return v;
}

function printIssues(io: CliIo, issues: readonly Issue[], lang: Lang, format: string): number {
  if (format === 'json') io.stdout(`${JSON.stringify({ ok: false, issues: issues.map(issueWithMessages) }, null, 2)}\n`);
  else io.stderr(`${renderIssues(issues, { lang })}\n`);
  return EXIT.badInput;
}

function loadBook(io: CliIo, p: Parsed): { book?: RuleBook; issues: Issue[] } {
  const dir = one(p, 'rules');
  if (dir === undefined) {
    const r = loadNationalRuleBook();
    return r.ok ? { book: r.value, issues: [] } : { issues: [...r.issues] };
  }
  const abs = resolve(io.cwd, dir);
  if (!existsSync(abs)) return { issues: [makeIssue('file_read_error', [dir], { file: dir, reason: 'ENOENT' })] };
  const read = readRuleDir(abs);
  if (read.issues.length) return { issues: read.issues };
  const r = loadRuleBook(read.files);
  return r.ok ? { book: r.value, issues: [] } : { issues: [...r.issues] };
}

/** The national book, then the book with --province and --overlay applied (in that order). */
function loadEffectiveBook(io: CliIo, p: Parsed): { national?: RuleBook; book?: RuleBook; issues: Issue[] } {
  const loaded = loadBook(io, p);
  if (!loaded.book) return { issues: loaded.issues };
  const province = one(p, 'province');
  const agency = one(p, 'agency');
  const extra = p.flags.get('overlay') ?? [];
  if (province !== undefined && agency !== undefined) throw new UsageError('province-and-agency');
  if (province === undefined && agency === undefined && !extra.length) return { national: loaded.book, book: loaded.book, issues: [] };
  const dir = one(p, 'rules');
  const files = dir === undefined ? undefined : readRuleDir(resolve(io.cwd, dir)).files;
  // each overlay is labelled with the file it came from: --overlay my.json reports at my.json
  const overlays: { value: unknown; file: string }[] = [];
  if (province !== undefined) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(province)) throw new UsageError('province-format', { got: province });
    const rel = `provinces/${province}/overlay.json`;
    const o = files ? files[rel] : provinceOverlay(province);
    if (o === undefined && files) return { issues: [makeIssue('file_read_error', [rel], { file: rel, reason: 'ENOENT' })] };
    if (o === undefined) return { issues: [noOverlayIssue(province, ['--province'])] };
    overlays.push({ value: o, file: rel });
  }
  if (agency !== undefined) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(agency)) throw new UsageError('agency-format', { got: agency });
    const rel = `agencies/${canonicalAgencyKey(agency)}/overlay.json`;
    const o = files ? files[rel] : agencyOverlay(agency);
    if (o === undefined && files) return { issues: [makeIssue('file_read_error', [rel], { file: rel, reason: 'ENOENT' })] };
    if (o === undefined) return { issues: [noAgencyOverlayIssue(agency, ['--agency'])] };
    overlays.push({ value: o, file: rel });
  }
  for (const f of extra) {
    const r = readJsonFile(resolve(io.cwd, f), f);
    if (r.issues.length) return { issues: r.issues };
    overlays.push({ value: r.value, file: f });
  }
  const provinces = files?.['provinces.json'] ?? provincesFile();
  const agencies = files?.['agencies.json'] ?? agenciesFile();
  let book = loaded.book;
  for (const o of overlays) {
    const r = applyOverlay(book, o.value, { provinces, agencies, file: o.file });
    if (!r.ok) return { issues: [...r.issues] };
    book = r.value;
  }
  return { national: loaded.book, book, issues: [] };
}

/**
 * Run the CLI with arguments (without "node thidua").
 * @returns the exit code: 0 ok, 1 bad input, 2 usage.
 */
export async function main(argv: readonly string[], io: CliIo, version = '0.0.0'): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(`${HELP['main']}\n`);
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`${version}\n`);
      return EXIT.ok;
    }
    if (!isCommand(command)) {
      const s = closest(command, COMMANDS);
      throw new UsageError('unknown-command', { command, ...(s.length ? { suggestion: s[0]! } : {}) });
    }
    const p = parseCommandArgs(command, rest);
    if (p.flags.has('help')) {
      io.stdout(`${HELP[command]}\n`);
      return EXIT.ok;
    }
    switch (command) {
      case 'evaluate':
        return await cmdEvaluate(kit(io, p), false);
      case 'explain':
        return await cmdEvaluate(kit(io, p), true);
      case 'template':
        return await cmdTemplate(kit(io, p));
      case 'validate':
        return await cmdValidate(kit(io, p));
      case 'diff':
        return cmdDiff(kit(io, p));
      case 'bonus':
        return cmdBonus(kit(io, p));
      case 'hierarchy':
        return cmdHierarchy(kit(io, p));
      case 'next':
        return await cmdNext(kit(io, p));
      case 'rank':
        return await cmdRank(kit(io, p));
      case 'list':
        return cmdList(kit(io, p));
      default:
        return cmdSchema(kit(io, p));
    }
  } catch (e) {
    if (e instanceof UsageError) {
      // the language of a usage error: --lang when it was given and is shipped, else Vietnamese
      const w = localeOf(usageLang(rest)).cli;
      io.stderr(`thidua: ${w.usageError(e.code, e.params)}\n${w.usageHint(command && isCommand(command) ? command : undefined)}\n`);
      return EXIT.usage;
    }
    throw e;
  }
}

/** The --lang of the raw arguments, when it names a shipped language (usage errors come before parsing). */
function usageLang(args: readonly string[]): Lang | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const v = a === '--lang' ? args[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (v !== undefined && isLang(v)) return v;
  }
  return undefined;
}

/** Argument access and helpers lent to the commands in their own files. */
function kit(io: CliIo, p: Parsed): CommandKit {
  return {
    positionals: p.positionals,
    one: (name) => one(p, name),
    choice: (name, allowed, dflt) => choice(p, name, allowed, dflt),
    usage: (code, params) => {
      throw new UsageError(code, params);
    },
    printIssues: (issues, lang, format) => printIssues(io, issues, lang, format),
    loadBook: () => loadBook(io, p),
    ruleFiles: () => {
      const dir = one(p, 'rules');
      if (dir === undefined) return { issues: [] };
      const abs = resolve(io.cwd, dir);
      if (!existsSync(abs)) return { issues: [makeIssue('file_read_error', [dir], { file: dir, reason: 'ENOENT' })] };
      const read = readRuleDir(abs);
      return read.issues.length ? { issues: read.issues } : { files: read.files, issues: [] };
    },
    loadEffectiveBook: () => loadEffectiveBook(io, p),
    all: (name) => p.flags.get(name) ?? [],
    has: (name) => p.flags.has(name),
    stdout: io.stdout,
    stderr: io.stderr,
    flush: io.flush,
    stdin: io.stdin,
    progress: io.progress,
    cwd: io.cwd,
  };
}
