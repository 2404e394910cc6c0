import { closest } from '../_internal/closest.js';
import { SCHEMA_NAMES, toJsonSchema, type SchemaName } from '../schema/json-schema.js';
import type { CommandKit } from './award-commands.js';

/** Help text of `thidua schema`. */
export const SCHEMA_HELP: Readonly<Record<'schema', string>> = {
  schema: `Usage: thidua schema [NAME]

Prints the JSON Schema NAME (default rule-file). Names: ${SCHEMA_NAMES.join(', ')}`,
};

/** `thidua schema [NAME]`: print a JSON Schema. */
export function cmdSchema(k: CommandKit): number {
  if (k.positionals.length > 1) k.usage('schema-one-name');
  const name = k.positionals[0] ?? 'rule-file';
  if (!SCHEMA_NAMES.includes(name as SchemaName)) {
    const s = closest(name, SCHEMA_NAMES);
    return k.usage('unknown-schema', { name: String(name), ...(s.length ? { suggestion: s[0]! } : {}), names: SCHEMA_NAMES.join(', ') });
  }
  k.stdout(`${JSON.stringify(toJsonSchema(name as SchemaName), null, 2)}\n`);
  return 0;
}
