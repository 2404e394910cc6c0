import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { makeIssue, type Issue } from '../result/issue.js';

/** Read and parse a JSON file; typed issues for unreadable, non-UTF-8, empty or malformed files. */
export function readJsonFile(path: string, label: string = path): { value?: unknown; issues: Issue[] } {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    return { issues: [makeIssue('file_read_error', [label], { file: label, detail: (e as NodeJS.ErrnoException).code ?? String(e) })] };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return { issues: [makeIssue('invalid_json', [label], { detail: 'not UTF-8' })] };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { issues: [makeIssue('invalid_json', [label], { detail: 'empty file' })] };
  try {
    return { value: JSON.parse(text) as unknown, issues: [] };
  } catch (e) {
    return { issues: [makeIssue('invalid_json', [label], { detail: (e as Error).message })] };
  }
}

/** Read every *.json file of a rules folder, keyed by path relative to it (forward slashes). */
export function readRuleDir(dir: string): { files: Record<string, unknown>; issues: Issue[] } {
  const files: Record<string, unknown> = {};
  const issues: Issue[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.json')) {
        const rel = relative(dir, p).split(sep).join('/');
        const r = readJsonFile(p, rel);
        if (r.issues.length) issues.push(...r.issues);
        else files[rel] = r.value;
      }
    }
  };
  try {
    walk(dir);
  } catch (e) {
    issues.push(makeIssue('file_read_error', [dir], { file: dir, detail: (e as NodeJS.ErrnoException).code ?? String(e) }));
  }
  return { files, issues };
}
