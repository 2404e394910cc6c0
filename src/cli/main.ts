import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareCodeUnits } from '../_internal/canonical-json.js';
import { closest } from '../_internal/closest.js';
import { parseCaseFile, runCase } from '../cases/run-cases.js';
import { evaluateMany } from '../evaluate/evaluate-many.js';
import type { EligibilityReport } from '../model/outcome.js';
import type { RuleBook } from '../model/rule-book.js';
import { loadNationalRuleBook } from '../national.js';
import { renderExplanation } from '../render/render-explanation.js';
import { renderIssues } from '../render/render-issues.js';
import { makeIssue, type Issue } from '../result/issue.js';
import { loadRuleBook } from '../rule-book/load-rule-book.js';
import { applyOverlays } from '../overlay/apply-overlay.js';
import { diffRuleBooks } from '../overlay/diff-rule-books.js';
import { noOverlayIssue, provinceOverlay, provincesFile } from '../overlay/embedded.js';
import { renderDiff } from '../render/render-diff.js';
import { SCHEMA_NAMES, toJsonSchema, type SchemaName } from '../schema/json-schema.js';
import { readJsonFile, readRuleDir } from './read-rule-dir.js';
import { AWARD_HELP, cmdBonus, cmdHierarchy, cmdNext, type CommandKit } from './award-commands.js';
import { RANK_HELP, cmdRank } from './rank-command.js';
import { LIST_HELP, cmdList } from './list-command.js';
import { RESULT_WORDS_EN, RESULT_WORDS_VI } from '../locales/results.js';

/** Where the CLI writes. Injected so tests can run it in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
}

export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

const HELP: Record<string, string> = {
  ...AWARD_HELP,
  ...RANK_HELP,
  ...LIST_HELP,
  main: `thidua — Vietnam's emulation and commendation rules, explained

Usage: thidua <command> [options]

Commands:
  evaluate <input.json>   evaluate subjects for every award of the year
  explain <input.json>    same as evaluate, for one award (--award)
  validate [DIR]          validate a rules folder and run its test cases
  diff --province KEY     what a province overlay changes in the national rule book
  schema [NAME]           print a JSON Schema (${SCHEMA_NAMES.join(', ')})
  bonus <award-id>        bonus amount of an award (--date D)
  hierarchy               award hierarchy as Mermaid or JSON
  next <subject.json>     awards to aim at next and the earliest year (--year Y)
  rank <cluster.json>     score and rank a cluster, propose awards, next leadership
  list KIND               ids to use: awards, regimes, provinces, criteria, parameters

Options:
  -h, --help              help for a command (thidua evaluate --help)
  -v, --version           print the version

Exit codes: 0 ok, 1 bad input (typed issues printed), 2 usage error, 70 internal error (a bug: please report it).`,
  evaluate: `Usage: thidua evaluate <input.json> [options]

The input is a subject ({"kind": "individual", ...}) or {"year"?, "regime"?, "subjects": [...]}.
Schema: thidua schema input

Options:
  --year Y          achievement year (required unless the input file has "year")
  --regime ID       regime override (e.g. vn-tdkt-2022-nd98) for boundary cases
  --rules DIR       rules folder to use instead of the embedded national rule book
  --province KEY    apply the province overlay (rules/provinces/KEY/overlay.json)
  --overlay FILE    apply a further overlay file after the province (repeatable, in order)
  --award ID        only this award (repeatable)
  --lang vi|en      language of the text output (default vi)
  --format text|json|markdown|html  output format (default text)`,
  explain: `Usage: thidua explain <input.json> --award ID [--year Y] [--regime ID] [--rules DIR] [--province KEY] [--overlay FILE] [--lang vi|en] [--format text|json|markdown|html]`,
  diff: `Usage: thidua diff --province KEY [--overlay FILE] [--rules DIR] [--lang vi|en] [--format text|json]

Shows what the province overlay (then any --overlay files, in order) changes in the national rule
book: awards, parameters, rules and conditions, by stable id, with the decision that changed them.`,
  validate: `Usage: thidua validate [DIR] [--lang vi|en] [--format text|json]

Validates every file of a rules folder (default: the package's rules/) and runs the test cases
in national/<regime>/tests/*.json. Exit 1 on any issue or failing case.`,
  schema: `Usage: thidua schema [NAME]

Prints the JSON Schema NAME (default rule-file). Names: ${SCHEMA_NAMES.join(', ')}`,
};

const FLAGS: Record<string, { readonly takesValue: boolean; readonly repeatable?: boolean }> = {
  year: { takesValue: true },
  regime: { takesValue: true },
  rules: { takesValue: true },
  award: { takesValue: true, repeatable: true },
  province: { takesValue: true },
  overlay: { takesValue: true, repeatable: true },
  lang: { takesValue: true },
  format: { takesValue: true },
  date: { takesValue: true },
  subject: { takesValue: true },
  horizon: { takesValue: true },
  help: { takesValue: false },
  version: { takesValue: false },
};

interface Parsed {
  readonly positionals: string[];
  readonly flags: Map<string, string[]>;
}

class UsageError extends Error {}

function parseArgs(args: readonly string[]): Parsed {
  const positionals: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-h') flags.set('help', ['']);
    else if (a === '-v') flags.set('version', ['']);
    else if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      const def = FLAGS[name];
      if (!def) {
        const s = closest(name, Object.keys(FLAGS));
        throw new UsageError(`unknown option --${name}${s.length ? ` (did you mean --${s[0]}?)` : ''}`);
      }
      let value = '';
      if (def.takesValue) {
        if (eq >= 0) value = a.slice(eq + 1);
        else {
          const next = args[i + 1];
          if (next === undefined || next.startsWith('--')) throw new UsageError(`option --${name} needs a value`);
          value = next;
          i++;
        }
      }
      const list = flags.get(name) ?? [];
      if (list.length && !def.repeatable) throw new UsageError(`option --${name} given twice`);
      flags.set(name, [...list, value]);
    } else positionals.push(a);
  }
  return { positionals, flags };
}

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
  const extra = p.flags.get('overlay') ?? [];
  if (province === undefined && !extra.length) return { national: loaded.book, book: loaded.book, issues: [] };
  const dir = one(p, 'rules');
  const files = dir === undefined ? undefined : readRuleDir(resolve(io.cwd, dir)).files;
  const overlays: unknown[] = [];
  const labels: string[] = [];
  if (province !== undefined) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(province)) throw new UsageError(`--province must be a province key such as hai-phong (got "${province}")`);
    const rel = `provinces/${province}/overlay.json`;
    const o = files ? files[rel] : provinceOverlay(province);
    if (o === undefined && files) return { issues: [makeIssue('file_read_error', [rel], { file: rel, detail: 'ENOENT' })] };
    if (o === undefined) return { issues: [noOverlayIssue(province, ['--province'])] };
    overlays.push(o);
    labels.push(rel);
  }
  for (const f of extra) {
    const r = readJsonFile(resolve(io.cwd, f), f);
    if (r.issues.length) return { issues: r.issues };
    overlays.push(r.value);
    labels.push(f);
  }
  const provinces = files?.['provinces.json'] ?? provincesFile();
  const r = applyOverlays(loaded.book, overlays, { provinces, files: labels });
  return r.ok ? { national: loaded.book, book: r.value, issues: [] } : { issues: [...r.issues] };
}

function cmdDiff(io: CliIo, p: Parsed): number {
  const lang = choice(p, 'lang', ['vi', 'en'], 'vi') as 'vi' | 'en';
  const format = choice(p, 'format', ['text', 'json'], 'text');
  if (p.positionals.length) throw new UsageError('diff takes no positional arguments');
  if (one(p, 'province') === undefined && !p.flags.has('overlay')) throw new UsageError('diff needs --province KEY (or --overlay FILE)');
  const r = loadEffectiveBook(io, p);
  if (!r.book || !r.national) return printIssues(io, r.issues, lang, format);
  const diff = diffRuleBooks(r.national, r.book);
  io.stdout(format === 'json' ? `${JSON.stringify({ ok: true, diff }, null, 2)}\n` : renderDiff(diff, { lang }));
  return EXIT.ok;
}

async function cmdEvaluate(io: CliIo, p: Parsed, explain: boolean): Promise<number> {
  const lang = choice(p, 'lang', ['vi', 'en'], 'vi') as 'vi' | 'en';
  const format = choice(p, 'format', ['text', 'json', 'markdown', 'html'], 'text');
  if (p.positionals.length !== 1) throw new UsageError('evaluate needs exactly one input file');
  const awards = p.flags.get('award');
  if (explain && !awards) throw new UsageError('explain needs --award ID');
  const yearFlag = one(p, 'year');
  if (yearFlag !== undefined && !/^[0-9]{4}$/.test(yearFlag)) throw new UsageError(`--year must be a 4-digit year (got "${yearFlag}")`);

  const inputPath = p.positionals[0]!;
  const read = readJsonFile(resolve(io.cwd, inputPath), inputPath);
  if (read.issues.length) return printIssues(io, read.issues, lang, format);
  const loaded = loadEffectiveBook(io, p);
  if (!loaded.book) return printIssues(io, loaded.issues, lang, format);
  const book = loaded.book;

  const raw = read.value;
  const isObj = raw !== null && typeof raw === 'object' && !Array.isArray(raw);
  const wrapped = isObj && 'subjects' in (raw as object);
  const subjects: unknown[] = wrapped ? ((raw as { subjects: unknown }).subjects as unknown[]) : [raw];
  const fileYear = wrapped ? (raw as { year?: unknown }).year : undefined;
  const fileRegime = wrapped ? (raw as { regime?: unknown }).regime : undefined;
  const issues: Issue[] = [];
  if (wrapped) {
    for (const k of Object.keys(raw as object)) {
      if (!['$schema', 'year', 'regime', 'subjects'].includes(k)) issues.push(makeIssue('unrecognized_key', [inputPath, k], { key: k }));
    }
    if (!Array.isArray(subjects) || subjects.length === 0) issues.push(makeIssue('invalid_type', [inputPath, 'subjects'], { expected: 'non-empty array', received: typeof subjects }));
    if (fileYear !== undefined && !(typeof fileYear === 'number' && Number.isInteger(fileYear))) issues.push(makeIssue('invalid_type', [inputPath, 'year'], { expected: 'integer', received: typeof fileYear }));
    if (fileRegime !== undefined && typeof fileRegime !== 'string') issues.push(makeIssue('invalid_type', [inputPath, 'regime'], { expected: 'string', received: typeof fileRegime }));
  }
  if (issues.length) return printIssues(io, issues, lang, format);
  const year = yearFlag !== undefined ? Number(yearFlag) : (fileYear as number | undefined);
  if (year === undefined) throw new UsageError('the achievement year is required: --year Y (or "year" in the input file)');
  const regime = one(p, 'regime') ?? (fileRegime as string | undefined);

  const reports: EligibilityReport[] = [];
  const ids = new Map<string, number>();
  // one batch: options checked, regime resolved and the book compiled once for every subject
  for await (const { index: i, result: r } of evaluateMany(book, subjects as unknown[], { year, ...(regime ? { regime } : {}), ...(awards ? { awards } : {}) })) {
    const base = wrapped ? [inputPath, 'subjects', i] : [inputPath];
    if (!r.ok) {
      // option-level issues (regime, year) are the same for every subject: report them once
      if (r.issues.every((is) => is.path[0] === 'options')) {
        issues.push(...r.issues);
        break;
      }
      for (const is of r.issues) {
        const rest = is.path[0] === 'subject' ? is.path.slice(1) : is.path;
        issues.push({ ...is, path: is.path[0] === 'options' ? is.path : [...base, ...rest] });
      }
      continue;
    }
    const prev = ids.get(r.value.subject.id);
    if (prev !== undefined) issues.push(makeIssue('duplicate_id', [...base, 'id'], { id: r.value.subject.id, other: `subjects[${prev}]` }));
    ids.set(r.value.subject.id, i);
    reports.push(r.value);
  }
  if (issues.length) return printIssues(io, issues, lang, format);
  reports.sort((a, b) => compareCodeUnits(a.subject.id, b.subject.id));
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ ok: true, reports }, null, 2)}\n`);
  } else {
    const fmt = format as 'text' | 'markdown' | 'html';
    io.stdout(`${reports.map((r) => renderExplanation(r, { lang, format: fmt, ...(awards ? { awards } : {}) }).trimEnd()).join('\n\n')}\n`);
  }
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
    const province = /^provinces\/([a-z0-9-]+)\/tests\/[^/]+\.json$/.exec(path)?.[1];
    if (!province && !/^national\/[a-z0-9-]+\/tests\/[^/]+\.json$/.test(path)) continue;
    let caseBook = loaded.value;
    if (province) {
      const prior = books.get(province);
      const applied = prior ? { ok: true as const, value: prior } : applyOverlays(loaded.value, [read.files[`provinces/${province}/overlay.json`]], { provinces: read.files['provinces.json'] ?? provincesFile() });
      if (!applied.ok) {
        caseIssues.push(...applied.issues);
        continue;
      }
      books.set(province, applied.value);
      caseBook = applied.value;
    }
    const parsed = parseCaseFile(path, read.files[path]);
    caseIssues.push(...parsed.issues);
    for (const [i, c] of (parsed.cases ?? []).entries()) {
      if (province && c.province !== province) {
        caseIssues.push(makeIssue('invalid_value', [path, 'cases', i, 'province'], { expected: province, received: c.province ?? 'none' }));
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
    if (!(command in HELP) || command === 'main') {
      const s = closest(command, ['evaluate', 'explain', 'validate', 'schema', 'diff', 'bonus', 'hierarchy', 'next', 'rank', 'list']);
      throw new UsageError(`unknown command "${command}"${s.length ? ` (did you mean ${s[0]}?)` : ''}`);
    }
    const p = parseArgs(rest);
    if (p.flags.has('help')) {
      io.stdout(`${HELP[command]}\n`);
      return EXIT.ok;
    }
    switch (command) {
      case 'evaluate':
        return await cmdEvaluate(io, p, false);
      case 'explain':
        return await cmdEvaluate(io, p, true);
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
      io.stderr(`thidua: ${e.message}\nRun "thidua ${command && command in HELP ? `${command} ` : ''}--help" for usage.\n`);
      return EXIT.usage;
    }
    throw e;
  }
}

/** Argument access and helpers lent to the award commands (bonus, hierarchy, next). */
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
    stdout: io.stdout,
    cwd: io.cwd,
  };
}
