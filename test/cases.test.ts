import { describe, expect, test } from 'vitest';
import { parseCaseFile, runCase } from '../src/evaluate/run-cases.js';
import { applyOverlay, loadRuleBook, type RuleBook } from '../src/index.js';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, readJson, ruleFilesFromDisk } from './support/factories.js';

// Runs every rules/national/<regime>/tests/*.json case (tests as data) against the rules on disk.
const files = ruleFilesFromDisk();
const loaded = loadRuleBook(files);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues, null, 2));
const book = loaded.value;

const caseFiles = Object.keys(files)
  .filter((p) => /^(national|provinces|agencies)\/[a-z0-9-]+\/tests\/[^/]+\.json$/.test(p))
  .sort();

// Cases under rules/provinces/<key>/tests (rules/agencies/<key>/tests) run with that overlay applied.
const bookFor = (file: string): RuleBook => {
  const dir = /^(provinces|agencies)\/([a-z0-9-]+)\//.exec(file);
  if (!dir) return book;
  const r = applyOverlay(book, files[`${dir[1]!}/${dir[2]!}/overlay.json`], { provinces: files['provinces.json'], agencies: files['agencies.json'] });
  if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 2));
  return r.value;
};

describe('rule-book test cases (data)', () => {
  test('there are case files for every enabled regime with rules', () => {
    for (const r of book.regimes.filter((x) => x.enabled && x.rules.length)) {
      expect(caseFiles.some((p) => p.startsWith(`national/${r.id}/tests/`)), r.id).toBe(true);
    }
  });
  for (const file of caseFiles) {
    const parsed = parseCaseFile(file, files[file]);
    test(`${file} is a valid case file`, () => {
      expect(parsed.issues).toEqual([]);
    });
    const caseBook = bookFor(file);
    for (const [i, c] of (parsed.cases ?? []).entries()) {
      test(`${file}#${i} [${c.checks.document} Art. ${c.checks.article}${c.checks.clause ? `.${c.checks.clause}` : ''}] ${c.name}`, async () => {
        expect(c.province, 'a case under rules/provinces/<key>/tests names <key>; national cases name none').toBe(/^provinces\/([a-z0-9-]+)\//.exec(file)?.[1]);
        expect(c.agency, 'a case under rules/agencies/<key>/tests names <key>; other cases name none').toBe(/^agencies\/([a-z0-9-]+)\//.exec(file)?.[1]);
        const out = await runCase(caseBook, c, file, i);
        expect(out.mismatches).toEqual([]);
      });
    }
  }
});

// Cases of the fixture overlays (invented test data under test/fixtures/overlays/<name>, never shipped):
// each runs with its fixture overlay applied, so the mechanics no real regulation shows stay covered.
const FIXTURES = 'test/fixtures/overlays';
const fixtureNames = readdirSync(join(ROOT, FIXTURES)).sort();

describe('fixture overlay test cases (data)', () => {
  test('there are fixture overlays with cases', () => {
    expect(fixtureNames).toEqual(['hai-phong', 'quang-ninh', 'thanh-hoa']);
  });
  for (const name of fixtureNames) {
    const overlay = readJson(`${FIXTURES}/${name}/overlay.json`) as { illustrative?: boolean; province?: string };
    const applied = applyOverlay(book, overlay, { provinces: files['provinces.json'], file: `${FIXTURES}/${name}/overlay.json` });
    const file = `${FIXTURES}/${name}/tests/overlay.json`;
    const parsed = parseCaseFile(file, readJson(file));
    test(`${file} is a valid case file for an illustrative fixture overlay that applies`, () => {
      expect(parsed.issues).toEqual([]);
      expect(overlay.illustrative).toBe(true);
      expect(applied.ok ? [] : applied.issues).toEqual([]);
    });
    for (const [i, c] of (parsed.cases ?? []).entries()) {
      test(`${file}#${i} [${c.checks.document} Art. ${c.checks.article}${c.checks.clause ? `.${c.checks.clause}` : ''}] ${c.name}`, async () => {
        expect(c.province).toBe(overlay.province);
        if (!applied.ok) throw new Error(JSON.stringify(applied.issues, null, 2));
        const out = await runCase(applied.value, c, file, i);
        expect(out.mismatches).toEqual([]);
      });
    }
  }
});
