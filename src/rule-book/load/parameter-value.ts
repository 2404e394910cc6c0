import type { ParameterInput } from '../../schema/rule-file.js';

/**
 * Whether `value` is a value of a parameter of type `type`. The one parameter-value check of the
 * library: parameters files at load time, the values given to `withParameters`, and an overlay's
 * `set` of a `param:<id>` all use it, with the same bounds (integers within ±1000, lists of at most
 * 50 strings of at most 200 characters, strings of at most 200 characters, decimals as strings).
 * @param type the declared parameter type.
 * @param value the value.
 * @returns whether it fits.
 */
export function parameterValueFits(type: ParameterInput['type'], value: unknown): boolean {
  switch (type) {
    case 'decimal':
      return typeof value === 'string' && /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/.test(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value) && Math.abs(value) <= 1000;
    case 'enum-list':
      return Array.isArray(value) && value.length <= 50 && value.every((x) => typeof x === 'string' && x.length <= 200);
    case 'string':
      return typeof value === 'string' && value.length <= 200;
  }
}
