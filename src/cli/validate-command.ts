import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareCodeUnits } from '../_internal/canonical-json.js';
import { parseCaseFile, runCase } from '../evaluate/run-cases.js';
import { LANGS, localeOf, type Lang } from '../explain/locales/index.js';
import { makeIssue, type Issue } from '../model/issue.js';
import type { RuleBook } from '../model/rule-book.js';
import { applyOverlays } from '../overlay/apply-overlay.js';
import { provincesFile } from '../overlay/embedded.js';
import { agenciesFile } from '../overlay/agencies.js';
import { loadRuleBook } from '../rule-book/load-rule-book.js';
import type { CommandKit } from './award-commands.js';
import { readRuleDir } from './read-rule-dir.js';

/** Help text of `thidua validate`. */
export const VALIDATE_HELP: Readonly<Record<'validate', string>> = {
  validate: `Usage: thidua validate [DIR] [--lang vi|en] [--format text|json]

Validates every file of a rules folder (default: the package's rules/) and runs the test cases
in national/<regime>/tests/*.json, provinces/<key>/tests/*.json and agencies/<key>/tests/*.json
(with that overlay applied). Exit 1 on any issue or failing case.`,
};

function packageRulesDir(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const cand = join(dir, 'rules');
    if (existsSync(join(cand, 'national', 'book.json'))) return cand;
    dir = dirname(dir);
  }
  return undefined;
}

/** `thidua validate [DIR]`: load a rules folder and run its test cases. */
export async function cmdValidate(k: CommandKit): Promise<number> {
  const lang = k.choice('lang', LANGS, 'vi') as Lang;
  const format = k.choice('format', ['text', 'json'], 'text');
  if (k.positionals.length > 1) k.usage('validate-one-folder');
  const dir = k.positionals[0] !== undefined ? resolve(k.cwd, k.positionals[0]) : packageRulesDir();
  if (!dir || !existsSync(dir)) {
    return k.printIssues([makeIssue('file_read_error', [k.positionals[0] ?? 'rules'], { file: k.positionals[0] ?? 'rules', reason: 'ENOENT' })], lang, format);
  }
  const read = readRuleDir(dir);
  if (read.issues.length) return k.printIssues(read.issues, lang, format);
  const loaded = loadRuleBook(read.files);
  if (!loaded.ok) return k.printIssues(loaded.issues, lang, format);
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
        caseIssues.push(makeIssue('invalid_value', [path, 'cases', i, 'province'], { expected: 'same-province', values: [province], ...(c.province ? { received: c.province } : {}) }));
        continue;
      }
      if (agency && c.agency !== agency) {
        caseIssues.push(makeIssue('invalid_value', [path, 'cases', i, 'agency'], { expected: 'same-province', values: [agency], ...(c.agency ? { received: c.agency } : {}) }));
        continue;
      }
      const out = await runCase(caseBook, c, path, i);
      if (out.passed) passed++;
      else failures.push(`${path}#${i} ${out.name}\n    ${out.mismatches.join('\n    ')}`);
    }
  }
  if (caseIssues.length) return k.printIssues(caseIssues, lang, format);
  const book = loaded.value;
  const rules = book.regimes.reduce((n, r) => n + r.rules.length, 0);
  if (format === 'json') {
    k.stdout(`${JSON.stringify({ ok: failures.length === 0, ruleBook: { id: book.id, version: book.version, hash: book.hash }, rules, cases: { passed, failed: failures.length }, failures }, null, 2)}\n`);
  } else {
    k.stdout(`${book.id} ${book.version} sha256 ${book.hash}\n${localeOf(lang).results.validated(book.regimes.length, rules, passed, failures.length)}\n`);
    if (failures.length) k.stderr(`${failures.join('\n')}\n`);
  }
  return failures.length ? 1 : 0;
}
