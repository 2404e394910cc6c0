import { readFileSync } from 'node:fs';
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
    const expected = Object.fromEntries(Object.entries(disk).filter(([p]) => !p.startsWith('schema/') && !p.includes('/tests/')));
    expect(nationalRuleFiles()).toEqual(expected);
  });

  test('every rule file points at its JSON Schema', () => {
    for (const [path, data] of Object.entries(ruleFilesFromDisk())) {
      if (path.startsWith('schema/')) continue;
      const depth = path.split('/').length - 1;
      const kind = path === 'awards.json' ? 'awards' : path.endsWith('book.json') ? 'book' : path.endsWith('parameters.json') ? 'parameters' : path.includes('/tests/') ? 'case-file' : 'rule-file';
      expect((data as { $schema?: string }).$schema, path).toBe(`${'../'.repeat(depth)}schema/${kind}.schema.json`);
    }
  });
});
