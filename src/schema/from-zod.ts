import type { z } from 'zod';
import { closest } from '../_internal/closest.js';
import { makeIssue, type ExpectedCode, type FormatCode, type Issue, type IssuePath, type ReceivedKind } from '../model/issue.js';

/** The kind of a received value, and a short sample of it when it is a string. */
function describe(v: unknown): { receivedKind: ReceivedKind; sample?: string } {
  if (v === null) return { receivedKind: 'null' };
  if (Array.isArray(v)) return { receivedKind: 'array' };
  if (typeof v === 'number' && Number.isNaN(v)) return { receivedKind: 'nan' };
  if (typeof v === 'string') return { receivedKind: 'string', sample: v.length > 40 ? `${v.slice(0, 40)}…` : v };
  return { receivedKind: RECEIVED.has(typeof v) ? (typeof v as ReceivedKind) : 'unknown-type' };
}

const RECEIVED: ReadonlySet<string> = new Set(['string', 'number', 'boolean', 'object', 'undefined', 'bigint', 'symbol', 'function']);
const TYPES: Readonly<Record<string, ExpectedCode>> = {
  string: 'string', number: 'number', int: 'integer', integer: 'integer', boolean: 'boolean', object: 'object', array: 'array', tuple: 'array', record: 'object',
  null: 'null', undefined: 'undefined', bigint: 'bigint', symbol: 'symbol', function: 'function', date: 'date', nan: 'nan', map: 'object', set: 'array',
};
/** Custom messages of thidua's own zod refinements are format codes (src/schema/common.ts …). */
const FORMATS: ReadonlySet<string> = new Set<FormatCode>(['kebab-case', 'decimal', 'date', 'real-date', 'overlay-target', 'positive', 'source-needs-citation', 'non-zero', 'parameter-id']);

/** The format code of a zod format issue: thidua's own code, a regex pattern, or "other". */
function formatOf(zi: { readonly message: string; readonly format?: string; readonly pattern?: unknown }): { format: FormatCode; pattern?: string } {
  if (FORMATS.has(zi.message)) return { format: zi.message as FormatCode };
  if (zi.format === 'regex' && zi.pattern !== undefined) return { format: 'pattern', pattern: String(zi.pattern) };
  return { format: 'other' };
}

/**
 * Convert zod issues to thidua issues (code, path, vi/en message).
 * @param knownKeys optional lookup of allowed keys at a path, used to suggest the intended key.
 * @internal
 */
export function fromZodIssues(
  zodIssues: readonly z.core.$ZodIssue[],
  prefix: IssuePath,
  knownKeys?: (path: readonly PropertyKey[]) => readonly string[] | undefined,
): Issue[] {
  const out: Issue[] = [];
  for (const zi of zodIssues) {
    const path = [...prefix, ...zi.path.map((p) => (typeof p === 'number' ? p : String(p)))];
    const input = (zi as { input?: unknown }).input;
    switch (zi.code) {
      case 'invalid_type':
        // without reportInput zod omits `input`; its message still says what was received
        if (input === undefined && ('input' in zi || /received undefined$/.test(zi.message))) {
          out.push(makeIssue('missing_field', path, { key: String(zi.path[zi.path.length - 1] ?? '') }));
        } else {
          const fromMessage = /received ([a-zA-Z]+)$/.exec(zi.message)?.[1]?.toLowerCase();
          const got = input === undefined && fromMessage ? { receivedKind: (RECEIVED.has(fromMessage) || fromMessage === 'null' || fromMessage === 'array' || fromMessage === 'nan' ? fromMessage : 'unknown-type') as ReceivedKind } : describe(input);
          out.push(makeIssue('invalid_type', path, { expected: TYPES[String(zi.expected)] ?? 'unknown-type', received: got.receivedKind, sample: got.sample }));
        }
        break;
      case 'unrecognized_keys': {
        const allowed = knownKeys?.(zi.path) ?? [];
        for (const key of zi.keys) {
          const suggestions = closest(key, allowed);
          out.push(makeIssue(key === '__proto__' || key === 'constructor' || key === 'prototype' ? 'forbidden_key' : 'unrecognized_key', [...path, key], {
            key,
            ...(suggestions.length ? { suggestions } : {}),
          }));
        }
        break;
      }
      case 'invalid_value':
        // with reportInput, a key that is absent has `input: undefined`: say it is missing
        if ('input' in zi && input === undefined && zi.path.length > 0) {
          out.push(makeIssue('missing_field', path, { key: String(zi.path[zi.path.length - 1]), expected: zi.values.map((v) => String(v)) }));
          break;
        }
        out.push(
          makeIssue('invalid_value', path, {
            expected: 'one-of',
            values: zi.values.map((v) => String(v)),
            ...(input !== undefined ? (typeof input === 'string' ? { received: input } : { receivedKind: describe(input).receivedKind }) : {}),
          }),
        );
        break;
      case 'invalid_union': {
        const note = (zi as { note?: string }).note;
        const discriminator = (zi as { discriminator?: string }).discriminator;
        if (discriminator !== undefined || note === 'No matching discriminator') {
          const key = discriminator ?? 'kind';
          const got = input !== null && typeof input === 'object' && !Array.isArray(input) ? (input as Record<string, unknown>)[key] : undefined;
          const options = ((zi as { options?: unknown[] }).options ?? []).map(String);
          // a missing discriminator is a missing field, named, with the values it may take
          if (got === undefined) out.push(makeIssue('missing_field', path, { key, expected: options }));
          else out.push(makeIssue('invalid_value', path, { expected: 'one-of', values: options, received: String(got) }));
        } else {
          out.push(makeIssue('invalid_value', path, { expected: 'allowed-shape', receivedKind: describe(input).receivedKind }));
        }
        break;
      }
      case 'invalid_format':
        out.push(makeIssue('invalid_format', path, { ...formatOf(zi), ...(typeof input === 'string' ? { received: describe(input).sample } : {}) }));
        break;
      case 'too_small':
        out.push(makeIssue('too_small', path, { minimum: String(zi.minimum), origin: String(zi.origin) }));
        break;
      case 'too_big':
        out.push(makeIssue('too_big', path, { maximum: String(zi.maximum), origin: String(zi.origin) }));
        break;
      case 'custom': {
        out.push(makeIssue('invalid_format', path, formatOf(zi)));
        break;
      }
      default:
        out.push(makeIssue('invalid_value', path, { expected: 'allowed-shape', ...(input !== undefined ? { receivedKind: describe(input).receivedKind } : {}) }));
    }
  }
  return out;
}
