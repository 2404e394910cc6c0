import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { makeIssue, type Issue } from '../model/issue.js';
import { parseJsonStrict } from './json-text.js';
import { readFileCapped } from './read-file.js';

/** Decode a file's bytes as UTF-8 JSON text; typed issues for non-UTF-8 or empty files. */
export function decodeJsonText(buf: Uint8Array, label: string): { text?: string; issues: Issue[] } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return { issues: [makeIssue('invalid_json', [label], { problem: 'not-utf8' })] };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { issues: [makeIssue('invalid_json', [label], { problem: 'empty-file' })] };
  return { text, issues: [] };
}

/**
 * Read and parse a JSON file; typed issues for unreadable, non-regular (devices, FIFOs), oversized
 * (over 64 MiB), non-UTF-8, empty or malformed files and for duplicate keys.
 * @param label the file as the user named it: every issue path starts with it.
 */
export function readJsonFile(path: string, label: string = path): { value?: unknown; issues: Issue[] } {
  const read = readFileCapped(path, label);
  if (!read.bytes) return { issues: read.issues };
  const d = decodeJsonText(read.bytes, label);
  if (d.text === undefined) return { issues: d.issues };
  return parseJsonStrict(d.text, [label]);
}

/**
 * Read every *.json file of a rules folder, keyed by path relative to it (forward slashes). An
 * entry that cannot be read (a dangling symlink, a FIFO named *.json) is reported at its own path.
 */
export function readRuleDir(dir: string): { files: Record<string, unknown>; issues: Issue[] } {
  const files: Record<string, unknown> = {};
  const issues: Issue[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const rel = relative(dir, p).split(sep).join('/');
      let isDir: boolean;
      try {
        isDir = statSync(p).isDirectory();
      } catch (e) {
        // e.g. a dangling symlink: it could have been a folder or a rule file, so it is an issue either way
        issues.push(makeIssue('file_read_error', [rel], { file: rel, reason: (e as NodeJS.ErrnoException).code ?? 'EIO' }));
        continue;
      }
      if (isDir) walk(p);
      else if (name.endsWith('.json')) {
        const r = readJsonFile(p, rel);
        if (r.issues.length) issues.push(...r.issues);
        else files[rel] = r.value;
      }
    }
  };
  try {
    walk(dir);
  } catch (e) {
    issues.push(makeIssue('file_read_error', [dir], { file: dir, reason: (e as NodeJS.ErrnoException).code ?? 'EIO' }));
  }
  return { files, issues };
}
