/**
 * JSON text helpers for the CLI and the generator: duplicate-key detection (JSON.parse keeps the last
 * of two equal keys silently) and a strict parse that reports both malformed text and duplicate keys
 * as typed issues. Node-free: the generator and the CLI share it.
 */
import { makeIssue, type Issue, type IssuePath } from '../model/issue.js';

/** At most this many duplicate keys are reported per text. */
const MAX_REPORTED = 20;

/**
 * Every object key that repeats within its object, as paths from the root (object keys and array
 * indices). The text must already be valid JSON (call after JSON.parse succeeded): the scan only
 * tracks strings, nesting, commas and colons. Keys are compared after decoding their escapes, as
 * JSON.parse compares them ("a" and "\u0061" are the same key).
 * @param text valid JSON text.
 * @returns the paths of the second (and later) occurrences, at most 20, in text order.
 */
export function findDuplicateKeys(text: string): (string | number)[][] {
  // one frame per open object or array: for objects the keys seen and the current key,
  // for arrays the current index
  const keys: (Set<string> | null)[] = [];
  const at: (string | number)[] = [];
  let expectKey = false;
  const out: (string | number)[][] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const start = i;
      let escaped = false;
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) {
          escaped = true;
          i++;
        } else if (d === 0x22) break;
      }
      if (expectKey) {
        const raw = text.slice(start + 1, i);
        const key = escaped ? (JSON.parse(text.slice(start, i + 1)) as string) : raw;
        const seen = keys[keys.length - 1]!;
        at[at.length - 1] = key;
        if (seen.has(key)) {
          if (out.length < MAX_REPORTED) out.push([...at]);
        } else seen.add(key);
        expectKey = false;
      }
    } else if (c === 0x7b /* { */) {
      keys.push(new Set());
      at.push('');
      expectKey = true;
    } else if (c === 0x5b /* [ */) {
      keys.push(null);
      at.push(0);
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      keys.pop();
      at.pop();
      expectKey = false;
    } else if (c === 0x2c /* , */) {
      const top = keys[keys.length - 1];
      if (top === null) at[at.length - 1] = (at[at.length - 1] as number) + 1;
      else if (top !== undefined) expectKey = true;
    }
  }
  return out;
}

/**
 * Line and column (1-based) of a JSON.parse error, from the position in its message (the message
 * itself is the engine's English; only the numbers are kept) or the end of the text.
 */
export function syntaxWhere(text: string, message: string): { line: number; column: number } {
  const m = /line (\d+) column (\d+)/.exec(message);
  if (m) return { line: Number(m[1]), column: Number(m[2]) };
  const p = /position (\d+)/.exec(message);
  const at = Math.min(p ? Number(p[1]) : text.length, text.length);
  const before = text.slice(0, at);
  const nl = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: at - nl };
}

/**
 * Parse JSON text strictly: malformed text gives `invalid_json`, a repeated key `duplicate_key`
 * at its path (prefixed with `base`).
 * @param text the JSON text (BOM already removed).
 * @param base the issue-path prefix, e.g. the file name as given on the command line.
 */
export function parseJsonStrict(text: string, base: IssuePath): { value?: unknown; issues: Issue[] } {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (e) {
    return { issues: [makeIssue('invalid_json', base, { problem: 'syntax', ...syntaxWhere(text, (e as Error).message) })] };
  }
  // a text without two quoted keys in one object cannot repeat one: skip the scan for scalars
  if (text.indexOf(':') < 0) return { value, issues: [] };
  const dups = findDuplicateKeys(text);
  if (dups.length) return { issues: dups.map((p) => makeIssue('duplicate_key', [...base, ...p], { key: String(p[p.length - 1]) })) };
  return { value, issues: [] };
}
