import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { issueMessage, evaluateEligibility, type Issue } from '../src/index.js';
import { nationalBook, ROOT, RULES_DIR, runCli } from './support/factories.js';

/**
 * The bad-input corpus: test/bad-input/<case>/{case.json, input.json}. Every case must give typed
 * issues (code + JSON path + vi/en message) or a usage error, the documented exit code from the
 * CLI, and no verdict.
 */
interface Case {
  kind: 'subject' | 'input-file' | 'rule-file' | 'cli' | 'cluster' | 'overlay';
  description: string;
  expect: ({ code: string; path: (string | number)[] } | { stderr: string })[];
  exit: number;
  /** Subject cases the CLI reads differently from the API (a JSON array is a list of subjects there). */
  cliExit?: number;
  target?: string;
  args?: string[];
}
const DIR = join(ROOT, 'test', 'bad-input');
const cases = readdirSync(DIR)
  .filter((d) => d !== 'cli')
  .sort()
  .map((name) => ({ name, c: JSON.parse(readFileSync(join(DIR, name, 'case.json'), 'utf8')) as Case }));
const book = nationalBook();

function expectIssues(issues: readonly Issue[], c: Case): void {
  for (const e of c.expect) {
    if (!('code' in e)) continue;
    const hit = issues.find((i) => i.code === e.code && JSON.stringify(i.path) === JSON.stringify(e.path));
    expect(hit, `${e.code} at ${JSON.stringify(e.path)} in ${JSON.stringify(issues.map((i) => [i.code, i.path]))}`).toBeDefined();
  }
  for (const i of issues) {
    expect(issueMessage(i, 'vi').length).toBeGreaterThan(0);
    expect(issueMessage(i, 'en').length).toBeGreaterThan(0);
  }
}

describe('bad-input corpus', () => {
  test('has at least 60 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    for (const kind of ['subject', 'input-file', 'rule-file', 'cli', 'cluster', 'overlay']) {
      expect(cases.filter(({ c }) => c.kind === kind).length, kind).toBeGreaterThanOrEqual(5);
    }
  });

  for (const { name, c } of cases) {
    test(`${name}: ${c.description}`, async () => {
      const inputPath = join(DIR, name, 'input.json');
      if (c.kind === 'subject') {
        // API: typed issues, no report
        let parsed: unknown;
        try {
          parsed = JSON.parse(readFileSync(inputPath, 'utf8'));
        } catch {
          throw new Error('subject cases must be valid JSON');
        }
        const r = await evaluateEligibility(book, parsed, { year: 2025 });
        expect(r.ok).toBe(false);
        if (!r.ok) expectIssues(r.issues, c);
        // CLI: exit 1, issues on stdout as JSON, no reports
        const out = await runCli('evaluate', `test/bad-input/${name}/input.json`, '--year', '2025', '--format', 'json');
        expect(out.code).toBe(c.cliExit ?? c.exit);
        const json = JSON.parse(out.out);
        if (c.cliExit === 0) {
          // the CLI streams a top-level JSON array as a list of subjects: one report per element
          expect(json.ok).toBe(true);
          expect(json.reports).toHaveLength((parsed as unknown[]).length);
        } else {
          expect(json.ok).toBe(false);
          expect(json.reports).toBeUndefined();
        }
      } else if (c.kind === 'input-file') {
        const out = await runCli('evaluate', `test/bad-input/${name}/input.json`, '--year', '2025', '--format', 'json');
        expect(out.code).toBe(c.exit);
        const json = JSON.parse(out.out);
        expect(json.reports).toBeUndefined();
        const issues = (json.issues as Issue[]).map((i) => ({ ...i, path: i.path[0] === `test/bad-input/${name}/input.json` ? ['input.json', ...i.path.slice(1)] : i.path }));
        expectIssues(issues, c);
      } else if (c.kind === 'rule-file') {
        const dir = mkdtempSync(join(tmpdir(), 'thidua-bad-'));
        cpSync(RULES_DIR, dir, { recursive: true });
        writeFileSync(join(dir, c.target!), readFileSync(inputPath));
        expect(dirname(join(dir, c.target!)).startsWith(dir)).toBe(true);
        const v = await runCli('validate', dir, '--format', 'json');
        expect(v.code).toBe(c.exit);
        const json = JSON.parse(v.out);
        expect(json.ok).toBe(false);
        expectIssues(json.issues as Issue[], c);
        const e = await runCli('evaluate', 'examples/data/individuals.json', '--rules', dir, '--format', 'json');
        expect(e.code).toBe(1);
        expect(JSON.parse(e.out).reports).toBeUndefined();
      } else {
        // cli arguments, cluster files (thidua rank) and overlay files (thidua evaluate --overlay)
        const out = await runCli(...c.args!);
        expect(out.code).toBe(c.exit);
        for (const e of c.expect) {
          if ('stderr' in e) expect(out.err).toContain(e.stderr);
          else expectIssues(JSON.parse(out.out).issues, c);
        }
      }
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });
  }
});
