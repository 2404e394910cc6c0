import { describe, expect, test } from 'vitest';
import { parseCaseFile, runCase } from '../src/cases/run-cases.js';
import { loadRuleBook } from '../src/index.js';
import { ruleFilesFromDisk } from './support/factories.js';

// Runs every rules/national/<regime>/tests/*.json case (tests as data) against the rules on disk.
const files = ruleFilesFromDisk();
const loaded = loadRuleBook(files);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues, null, 2));
const book = loaded.value;

const caseFiles = Object.keys(files)
  .filter((p) => /^national\/[a-z0-9-]+\/tests\/[^/]+\.json$/.test(p))
  .sort();

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
    for (const [i, c] of (parsed.cases ?? []).entries()) {
      test(`${file}#${i} [${c.checks.document} Art. ${c.checks.article}${c.checks.clause ? `.${c.checks.clause}` : ''}] ${c.name}`, async () => {
        const out = await runCase(book, c, file, i);
        expect(out.mismatches).toEqual([]);
      });
    }
  }
});
