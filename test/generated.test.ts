import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { nationalRuleFiles, SCHEMA_NAMES, toJsonSchema } from '../src/index.js';
import { ROOT, ruleFilesFromDisk } from './support/factories.js';

describe('generated artefacts are fresh (run `npm run gen` after editing rules/ or src/schema)', () => {
  test.each(SCHEMA_NAMES)('rules/schema/%s.schema.json matches the zod schema', (name) => {
    const onDisk = readFileSync(join(ROOT, 'rules/schema', `${name}.schema.json`), 'utf8');
    expect(onDisk).toBe(`${JSON.stringify(toJsonSchema(name), null, 2)}\n`);
  });

  test('the embedded national rule book equals rules/ on disk', () => {
    const disk = ruleFilesFromDisk();
    const expected = Object.fromEntries(Object.entries(disk).filter(([p]) => !p.startsWith('schema/') && !p.includes('/tests/') && !p.startsWith('provinces/') && p !== 'provinces.json' && !p.startsWith('agencies/') && p !== 'agencies.json'));
    expect(nationalRuleFiles()).toEqual(expected);
  });

  test('every rule file points at an existing JSON Schema of its kind', () => {
    const kindOf = (path: string): string | undefined =>
      path === 'awards.json' ? 'awards' : path.endsWith('/book.json') ? 'book' : path.endsWith('/parameters.json') ? 'parameters' : path.includes('/tests/') ? 'case-file' : /\/rules\/[^/]+\.json$/.test(path) ? 'rule-file' : undefined;
    for (const [path, data] of Object.entries(ruleFilesFromDisk())) {
      if (path.startsWith('schema/')) continue;
      const depth = path.split('/').length - 1;
      const ref = (data as { $schema?: string }).$schema;
      expect(ref, path).toMatch(new RegExp(`^${'\\.\\./'.repeat(depth)}schema/[a-z-]+\\.schema\\.json$`));
      expect(existsSync(join(ROOT, 'rules', ref!.replace(/^(\.\.\/)+/, ''))), `${path} → ${ref}`).toBe(true);
      const kind = kindOf(path);
      if (kind) expect(ref, path).toBe(`${'../'.repeat(depth)}schema/${kind}.schema.json`);
    }
  });
});
