import type { z } from 'zod';
import { closest } from '../_internal/closest.js';
import { makeIssue, type Issue, type IssuePath } from '../model/issue.js';

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && Number.isNaN(v)) return 'NaN';
  if (typeof v === 'string') return v.length > 40 ? `string "${v.slice(0, 40)}…"` : `string "${v}"`;
  return typeof v;
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
          const fromMessage = /received ([a-zA-Z]+)$/.exec(zi.message)?.[1];
          out.push(makeIssue('invalid_type', path, { expected: String(zi.expected), received: input === undefined && fromMessage ? fromMessage : describe(input) }));
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
        out.push(
          makeIssue('invalid_value', path, {
            expected: zi.values.map((v) => String(v)).join(', '),
            ...(input !== undefined ? { received: typeof input === 'string' ? input : describe(input) } : {}),
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
          if (got === undefined) out.push(makeIssue('missing_field', path, { key, expected: options.join(', ') }));
          else out.push(makeIssue('invalid_value', path, { expected: options.join(', '), received: String(got) }));
        } else {
          out.push(makeIssue('invalid_value', path, { expected: 'one of the allowed shapes', received: describe(input) }));
        }
        break;
      }
      case 'invalid_format':
        out.push(makeIssue('invalid_format', path, { detail: zi.message, ...(input !== undefined ? { received: describe(input) } : {}) }));
        break;
      case 'too_small':
        out.push(makeIssue('too_small', path, { minimum: String(zi.minimum), origin: String(zi.origin) }));
        break;
      case 'too_big':
        out.push(makeIssue('too_big', path, { maximum: String(zi.maximum), origin: String(zi.origin) }));
        break;
      case 'custom': {
        out.push(makeIssue('invalid_format', path, { detail: zi.message }));
        break;
      }
      default:
        out.push(makeIssue('invalid_value', path, { expected: zi.message }));
    }
  }
  return out;
}
