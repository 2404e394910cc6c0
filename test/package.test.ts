import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { ROOT } from './support/factories.js';

const input = JSON.parse(readFileSync(join(ROOT, 'examples/data/individuals.json'), 'utf8'));

describe('packaging', () => {
  test('the core (everything but src/cli and the Node-only entry src/node) imports nothing from node:', () => {
    const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
    const offenders = walk(join(ROOT, 'src'))
      .filter((f) => f.endsWith('.ts') && !relative(ROOT, f).startsWith(join('src', 'cli')) && !relative(ROOT, f).startsWith(join('src', 'node')))
      .filter((f) => /from ['"]node:|require\(['"]node:|from ['"](fs|path|crypto|os|child_process)['"]/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  test('the core bundles for a browser with no Node built-ins', async () => {
    const r = await build({ entryPoints: [join(ROOT, 'src/index.ts')], bundle: true, platform: 'browser', format: 'esm', write: false, minify: true, logLevel: 'silent' });
    expect(r.errors).toEqual([]);
    const code = r.outputFiles[0]!.text;
    expect(code).not.toMatch(/["']node:/);
    expect(code.length).toBeGreaterThan(10_000);
  });

  test('the ESM build imports and evaluates', async () => {
    const mod = await import(join(ROOT, 'dist/index.js'));
    const book = mod.loadNationalRuleBook();
    expect(book.ok).toBe(true);
    const r = await mod.evaluateEligibility(book.value, input.subjects[0], { year: 2025, awards: ['chien-si-thi-dua-co-so'] });
    expect(r.ok && r.value.awards[0].verdict).toBe('eligible');
  });

  test('the CJS build requires and evaluates identically', async () => {
    const require = createRequire(import.meta.url);
    const cjs = require(join(ROOT, 'dist/index.cjs'));
    const esm = await import(join(ROOT, 'dist/index.js'));
    const a = await cjs.evaluateEligibility(cjs.loadNationalRuleBook().value, input.subjects[1], { year: 2025 });
    const b = await esm.evaluateEligibility(esm.loadNationalRuleBook().value, input.subjects[1], { year: 2025 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  test('runtime dependencies: the three of the library core, plus the spreadsheet packages the CLI loads', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['csv-parse', 'csv-stringify', 'decimal.js', 'exceljs', 'json-rules-engine', 'unzipper', 'zod']);
    // exact versions (package-lock.json is committed)
    for (const v of Object.values(pkg.dependencies) as string[]) expect(v).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.peerDependencies).toBeUndefined();
    // the library entries import only the core three; the CLI imports the spreadsheet packages lazily
    for (const entry of ['dist/index.js', 'dist/index.cjs', 'dist/node.js']) {
      const text = readFileSync(join(ROOT, entry), 'utf8');
      expect(text, entry).not.toMatch(/exceljs|unzipper|csv-parse|csv-stringify/);
    }
    const cli = readFileSync(join(ROOT, 'dist/cli.js'), 'utf8');
    expect(cli).toContain('import("exceljs")');
    expect(cli).toContain('import("unzipper")'); // the xlsx archive's central directory (src/cli/xlsx-reader.ts)
    expect(cli).not.toMatch(/^import .*exceljs/m);
  });

  test('npm pack ships dist, rules and docs, and no tests or sources', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    const files: string[] = JSON.parse(out)[0].files.map((f: { path: string }) => f.path);
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/cli.js');
    expect(files).toContain('rules/national/book.json');
    expect(files.some((f) => f.startsWith('test/') || f.startsWith('src/') || f.startsWith('.tmp/'))).toBe(false);
  });
});
