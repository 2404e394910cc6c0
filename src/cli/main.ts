import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareCodeUnits } from '../_internal/canonical-json.js';
import { closest } from '../_internal/closest.js';
import { parseCaseFile, runCase } from '../cases/run-cases.js';
import type { RuleBook } from '../model/rule-book.js';
import { loadNationalRuleBook } from '../national.js';
import { renderIssues } from '../render/render-issues.js';
import { makeIssue, type Issue } from '../result/issue.js';
import { loadRuleBook } from '../rule-book/load-rule-book.js';
import { applyOverlay, applyOverlays } from '../overlay/apply-overlay.js';
import { diffRuleBooks } from '../overlay/diff-rule-books.js';
import { noOverlayIssue, provinceOverlay, provincesFile } from '../overlay/embedded.js';
import { agenciesFile, agencyOverlay, canonicalAgencyKey, noAgencyOverlayIssue } from '../overlay/agencies.js';
import { renderDiff } from '../render/render-diff.js';
import { SCHEMA_NAMES, toJsonSchema, type SchemaName } from '../schema/json-schema.js';
import { readJsonFile, readRuleDir } from './read-rule-dir.js';
import { AWARD_HELP, cmdBonus, cmdHierarchy, cmdNext, type CommandKit } from './award-commands.js';
import { RANK_HELP, cmdRank } from './rank-command.js';
import { COMMANDS, isCommand, parseCommandArgs, UsageError, type Parsed } from './args.js';
import { EVALUATE_HELP, cmdEvaluate } from './evaluate-command.js';
import { TEMPLATE_HELP, cmdTemplate } from './template-command.js';
import { LIST_HELP, cmdList } from './list-command.js';
import { RESULT_WORDS_EN, RESULT_WORDS_VI } from '../locales/results.js';

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
  diff: `Usage: thidua diff --province KEY | --agency KEY [--overlay FILE] [--rules DIR] [--lang vi|en] [--format text|json]

Shows what the province overlay (or the ministry/sector overlay of --agency; then any --overlay
files, in order) changes in the national rule book: awards, parameters, rules and conditions, by stable id, with the decision that changed them.`,
  validate: `Usage: thidua validate [DIR] [--lang vi|en] [--format text|json]

Validates every file of a rules folder (default: the package's rules/) and runs the test cases
in national/<regime>/tests/*.json, provinces/<key>/tests/*.json and agencies/<key>/tests/*.json
(with that overlay applied). Exit 1 on any issue or failing case.`,
  schema: `Usage: thidua schema [NAME]

Prints the JSON Schema NAME (default rule-file). Names: ${SCHEMA_NAMES.join(', ')}`,
};

function one(p: Parsed, name: string): string | undefined {
  return p.flags.get(name)?.[0];
}

function choice(p: Parsed, name: string, allowed: readonly string[], dflt: string): string {
  const v = one(p, name) ?? dflt;
  if (!allowed.includes(v)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${v}")`);
  return v;
}

function packageRulesDir(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const cand = join(dir, 'rules');
    if (existsSync(join(cand, 'national', 'book.json'))) return cand;
    dir = dirname(dir);
  }
  return undefined;
}

function printIssues(io: CliIo, issues: readonly Issue[], lang: 'vi' | 'en', format: string): number {
  if (format === 'json') io.stdout(`${JSON.stringify({ ok: false, issues }, null, 2)}\n`);
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
  if (!existsSync(abs)) return { issues: [makeIssue('file_read_error', [dir], { file: dir, detail: 'ENOENT' })] };
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
  if (province !== undefined && agency !== undefined) throw new UsageError('use --province KEY or --agency KEY, not both (a subject belongs to one jurisdiction)');
  if (province === undefined && agency === undefined && !extra.length) return { national: loaded.book, book: loaded.book, issues: [] };
  const dir = one(p, 'rules');
  const files = dir === undefined ? undefined : readRuleDir(resolve(io.cwd, dir)).files;
  // each overlay is labelled with the file it came from: --overlay my.json reports at my.json
  const overlays: { value: unknown; file: string }[] = [];
  if (province !== undefined) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(province)) throw new UsageError(`--province must be a province key such as hai-phong (got "${province}")`);
    const rel = `provinces/${province}/overlay.json`;
    const o = files ? files[rel] : provinceOverlay(province);
    if (o === undefined && files) return { issues: [makeIssue('file_read_error', [rel], { file: rel, detail: 'ENOENT' })] };
    if (o === undefined) return { issues: [noOverlayIssue(province, ['--province'])] };
    overlays.push({ value: o, file: rel });
  }
  if (agency !== undefined) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(agency)) throw new UsageError(`--agency must be an agency key such as bo-cong-thuong (got "${agency}")`);
    const rel = `agencies/${canonicalAgencyKey(agency)}/overlay.json`;
    const o = files ? files[rel] : agencyOverlay(agency);
    if (o === undefined && files) return { issues: [makeIssue('file_read_error', [rel], { file: rel, detail: 'ENOENT' })] };
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

function cmdDiff(io: CliIo, p: Parsed): number {
  const lang = choice(p, 'lang', ['vi', 'en'], 'vi') as 'vi' | 'en';
  const format = choice(p, 'format', ['text', 'json'], 'text');
  if (p.positionals.length) throw new UsageError('diff takes no positional arguments');
  if (one(p, 'province') === undefined && one(p, 'agency') === undefined && !p.flags.has('overlay')) throw new UsageError('diff needs --province KEY, --agency KEY or --overlay FILE');
  const r = loadEffectiveBook(io, p);
  if (!r.book || !r.national) return printIssues(io, r.issues, lang, format);
  const diff = diffRuleBooks(r.national, r.book);
  io.stdout(format === 'json' ? `${JSON.stringify({ ok: true, diff }, null, 2)}\n` : renderDiff(diff, { lang }));
  return EXIT.ok;
}

async function cmdValidate(io: CliIo, p: Parsed): Promise<number> {
  const lang = choice(p, 'lang', ['vi', 'en'], 'vi') as 'vi' | 'en';
  const format = choice(p, 'format', ['text', 'json'], 'text');
  if (p.positionals.length > 1) throw new UsageError('validate takes at most one folder');
  const dir = p.positionals[0] !== undefined ? resolve(io.cwd, p.positionals[0]) : packageRulesDir();
  if (!dir || !existsSync(dir)) {
    return printIssues(io, [makeIssue('file_read_error', [p.positionals[0] ?? 'rules'], { file: p.positionals[0] ?? 'rules', detail: 'ENOENT' })], lang, format);
  }
  const read = readRuleDir(dir);
  if (read.issues.length) return printIssues(io, read.issues, lang, format);
  const loaded = loadRuleBook(read.files);
  if (!loaded.ok) return printIssues(io, loaded.issues, lang, format);
  const caseIssues: Issue[] = [];
  const failures: string[] = [];
  let passed = 0;
  const books = new Map<string, RuleBook>();
  for (const path of Object.keys(read.files).sort(compareCodeUnits)) {
    const m = /^(provinces|agencies)\/([a-z0-9-]+)\/tests\/[^/]+\.json$/.exec(path);
    const dirKind = m?.[1] as 'provinces' | 'agencies' | undefined;
    const province = dirKind === 'provinces' ? m![2] : undefined;
    const agency = dirKind === 'agencies' ? m![2] : undefined;
    if (!m && !/^national\/[a-z0-9-]+\/tests\/[^/]+\.json$/.test(path)) continue;
    let caseBook = loaded.value;
    if (m) {
      const bookKey = `${m[1]!}/${m[2]!}`;
      const prior = books.get(bookKey);
      const applied = prior
        ? { ok: true as const, value: prior }
        : applyOverlays(loaded.value, [read.files[`${bookKey}/overlay.json`]], { provinces: read.files['provinces.json'] ?? provincesFile(), agencies: read.files['agencies.json'] ?? agenciesFile(), files: [`${bookKey}/overlay.json`] });
      if (!applied.ok) {
        caseIssues.push(...applied.issues);
        continue;
      }
      books.set(bookKey, applied.value);
      caseBook = applied.value;
    }
    const parsed = parseCaseFile(path, read.files[path]);
    caseIssues.push(...parsed.issues);
    for (const [i, c] of (parsed.cases ?? []).entries()) {
      if (province && c.province !== province) {
        caseIssues.push(makeIssue('invalid_value', [path, 'cases', i, 'province'], { expected: province, received: c.province ?? 'none' }));
        continue;
      }
      if (agency && c.agency !== agency) {
        caseIssues.push(makeIssue('invalid_value', [path, 'cases', i, 'agency'], { expected: agency, received: c.agency ?? 'none' }));
        continue;
      }
      const out = await runCase(caseBook, c, path, i);
      if (out.passed) passed++;
      else failures.push(`${path}#${i} ${out.name}\n    ${out.mismatches.join('\n    ')}`);
    }
  }
  if (caseIssues.length) return printIssues(io, caseIssues, lang, format);
  const book = loaded.value;
  const rules = book.regimes.reduce((n, r) => n + r.rules.length, 0);
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ ok: failures.length === 0, ruleBook: { id: book.id, version: book.version, hash: book.hash }, rules, cases: { passed, failed: failures.length }, failures }, null, 2)}\n`);
  } else {
    io.stdout(`${book.id} ${book.version} sha256 ${book.hash}\n${(lang === 'vi' ? RESULT_WORDS_VI : RESULT_WORDS_EN).validated(book.regimes.length, rules, passed, failures.length)}\n`);
    if (failures.length) io.stderr(`${failures.join('\n')}\n`);
  }
  return failures.length ? EXIT.badInput : EXIT.ok;
}

function cmdSchema(io: CliIo, p: Parsed): number {
  if (p.positionals.length > 1) throw new UsageError('schema takes at most one name');
  const name = p.positionals[0] ?? 'rule-file';
  if (!SCHEMA_NAMES.includes(name as SchemaName)) {
    const s = closest(name, SCHEMA_NAMES);
    throw new UsageError(`unknown schema "${name}"${s.length ? ` (did you mean ${s[0]}?)` : ''}; names: ${SCHEMA_NAMES.join(', ')}`);
  }
  io.stdout(`${JSON.stringify(toJsonSchema(name as SchemaName), null, 2)}\n`);
  return EXIT.ok;
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
      throw new UsageError(`unknown command "${command}"${s.length ? ` (did you mean ${s[0]}?)` : ''}`);
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
        return await cmdValidate(io, p);
      case 'diff':
        return cmdDiff(io, p);
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
        return cmdSchema(io, p);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`thidua: ${e.message}\nRun "thidua ${command && isCommand(command) ? `${command} ` : ''}--help" for usage.\n`);
      return EXIT.usage;
    }
    throw e;
  }
}

/** Argument access and helpers lent to the commands in their own files. */
function kit(io: CliIo, p: Parsed): CommandKit {
  return {
    positionals: p.positionals,
    one: (name) => one(p, name),
    choice: (name, allowed, dflt) => choice(p, name, allowed, dflt),
    usage: (message) => {
      throw new UsageError(message);
    },
    printIssues: (issues, lang, format) => printIssues(io, issues, lang, format),
    loadBook: () => loadBook(io, p),
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
