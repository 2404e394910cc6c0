/**
 * 06 — Write the JSON Schemas for rule files and inputs, so editors validate and autocomplete.
 * Usage: npx tsx examples/06-write-json-schema.ts [out-dir]
 *
 * The same schemas ship in the package under rules/schema/; this shows how to produce them from the
 * library (they are generated from the zod schemas with z.toJSONSchema).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_NAMES, toJsonSchema } from 'thidua';

const out = process.argv[2] ?? join('.tmp', 'schema');
mkdirSync(out, { recursive: true });
for (const name of SCHEMA_NAMES) {
  writeFileSync(join(out, `${name}.schema.json`), `${JSON.stringify(toJsonSchema(name), null, 2)}\n`);
  console.log(`wrote ${join(out, `${name}.schema.json`)}`);
}
// => wrote .tmp/schema/rule-file.schema.json … (one line per schema)
