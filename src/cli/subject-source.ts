/**
 * Subjects of `thidua evaluate`, read as a stream from a JSON array, NDJSON, or stdin (`-`), or read
 * whole from a JSON document ({"year"?, "regime"?, "subjects": [...]} or one subject). See
 * docs/cli.md#streaming for the detection rules and limits.
 */
import { createReadStream } from 'node:fs';
import { makeIssue, receivedKind, type Issue, type IssuePath } from '../model/issue.js';
import { ArrayStructureError, JsonArraySplitter } from './json-stream.js';
import { parseJsonStrict } from './json-text.js';
import { MAX_FILE_BYTES, MAX_RECORD_BYTES, openRegular } from './read-file.js';

/** One subject of the input, or the typed issues that kept it from being one. */
export interface SourceItem {
  /** 0-based position in the input. */
  readonly index: number;
  /** The parsed subject, when it parsed. */
  readonly value?: unknown;
  /** Issues that reject it before evaluation (parse errors, duplicate keys, cells). */
  readonly issues?: readonly Issue[];
  /** Its id if one could be read. */
  readonly id?: string | null;
  /** The issue-path prefix of this subject ([file, index], [file, 'subjects', i] or [file]). */
  readonly base: IssuePath;
}

/** An opened input. */
export interface SubjectSource {
  readonly shape: 'array' | 'ndjson' | 'wrapper' | 'single' | 'sheet';
  /** The wrapper's "year" and "regime" (checked by the caller). */
  readonly header?: Readonly<Record<string, unknown>>;
  /** The subjects in input order; a structural error ends the iteration with a last item holding it. */
  readonly items: AsyncIterable<SourceItem>;
  /** Bytes read so far and the total, when known (progress). */
  progress(): { readonly done: number; readonly total?: number | undefined };
  /** Release the input (a source left before its end, e.g. when the rule book fails to load). */
  close?(): Promise<void>;
}

/** The input is not valid UTF-8 (thrown by the decoder, turned into an issue). */
class NotUtf8 extends Error {}

/** Where stdin comes from (process.stdin, or a test's stream). */
export type ByteStream = AsyncIterable<Uint8Array | string>;

/** The id of a parsed subject, if it has a string one. */
export function idOf(v: unknown): string | null {
  return v !== null && typeof v === 'object' && typeof (v as { id?: unknown }).id === 'string' ? (v as { id: string }).id : null;
}

/**
 * Open a JSON input for evaluation.
 * @param path the file (resolved), or '-' for stdin.
 * @param label the file as given on the command line (issue paths start with it).
 */
export async function openJsonSource(path: string, label: string, stdin: ByteStream | undefined): Promise<{ source?: SubjectSource; issues: Issue[] }> {
  let stream: ByteStream;
  let total: number | undefined;
  if (path === '-') {
    if (!stdin) return { issues: [makeIssue('file_read_error', [label], { file: label, reason: 'no-stdin' })] };
    stream = stdin;
  } else {
    const o = openRegular(path, label);
    if (o.fd === undefined) return { issues: o.issues };
    total = o.size;
    stream = createReadStream('', { fd: o.fd, highWaterMark: 1 << 20 });
  }
  let done = 0;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const it = stream[Symbol.asyncIterator]();
  let first = true;
  /** The next decoded piece of text, or undefined at the end. Throws 'not UTF-8' as an issue. */
  const next = async (): Promise<string | undefined> => {
    for (;;) {
      const r = await it.next();
      if (r.done) {
        let tail: string;
        try {
          tail = decoder.decode();
        } catch {
          throw new NotUtf8();
        }
        return tail === '' ? undefined : tail;
      }
      const bytes = typeof r.value === 'string' ? Buffer.from(r.value, 'utf8') : r.value;
      done += bytes.length;
      let text: string;
      try {
        text = decoder.decode(bytes, { stream: true });
      } catch {
        throw new NotUtf8();
      }
      if (first && text.length) {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
      }
      if (text.length) return text;
    }
  };
  const notUtf8 = (): Issue => makeIssue('invalid_json', [label], { problem: 'not-utf8' });
  const close = async (): Promise<void> => {
    await it.return?.();
  };
  const progress = () => ({ done, total });

  // read until the shape is known: '[' → array; a first line that is a subject on its own → NDJSON;
  // otherwise one JSON document, read whole
  let head = '';
  try {
    for (;;) {
      const t = await next();
      if (t === undefined) break;
      head += t;
      const lead = head.trimStart();
      if (lead.startsWith('[')) break;
      if (lead.length && head.includes('\n', head.length - lead.length)) break;
      if (head.length > MAX_RECORD_BYTES) break;
    }
  } catch {
    await close();
    return { issues: [notUtf8()] };
  }
  const lead = head.trimStart();
  if (lead === '') {
    await close();
    return { issues: [makeIssue('invalid_json', [label], { problem: 'empty-file' })] };
  }

  if (lead.startsWith('[')) {
    const items = async function* (): AsyncGenerator<SourceItem> {
      const splitter = new JsonArraySplitter(MAX_RECORD_BYTES);
      let index = 0;
      const record = (text: string): SourceItem => {
        const base = [label, index];
        const item = parseRecord(text, base, index);
        index++;
        return item;
      };
      try {
        for (const text of splitter.push(head)) yield record(text);
        for (let t = await next(); t !== undefined; t = await next()) for (const text of splitter.push(t)) yield record(text);
        splitter.end();
        if (index === 0) yield { index, base: [label], issues: [makeIssue('too_small', [label], { minimum: 1 })] };
      } catch (e) {
        if (e instanceof ArrayStructureError) {
          const issue =
            e.kind === 'too_large'
              ? makeIssue('file_too_large', [label, index], { file: label, size: `> ${MAX_RECORD_BYTES}`, maximum: MAX_RECORD_BYTES, part: 'element', index })
              : makeIssue('invalid_json', [label, index], { problem: e.kind === 'trailing' ? 'trailing' : e.kind === 'not_array' ? 'not-array' : e.kind === 'empty' ? 'empty-file' : 'unterminated' });
          yield { index, base: [label, index], issues: [issue] };
        } else if (e instanceof NotUtf8) yield { index, base: [label, index], issues: [notUtf8()] };
        else throw e;
      } finally {
        await close();
      }
    };
    return { source: { shape: 'array', items: items(), progress, close }, issues: [] };
  }

  const nl = head.indexOf('\n', head.length - lead.length);
  const firstLine = nl >= 0 ? head.slice(0, nl) : head;
  const firstParsed = nl >= 0 || firstLine.length <= MAX_RECORD_BYTES ? tryParse(firstLine) : undefined;
  const isLineSubject = firstParsed !== undefined && firstParsed !== null && typeof firstParsed === 'object' && !Array.isArray(firstParsed) && !('subjects' in firstParsed);
  if (isLineSubject) {
    const items = async function* (): AsyncGenerator<SourceItem> {
      let index = 0;
      let buf = head;
      // the first line is held until a second one shows up: a file of one line is one subject,
      // reported at [file] like a pretty-printed one
      let held: string | undefined;
      try {
        for (;;) {
          let from = 0;
          for (let at = buf.indexOf('\n'); at >= 0; at = buf.indexOf('\n', from)) {
            const line = buf.slice(from, at);
            from = at + 1;
            if (line.trim() === '') continue;
            if (index === 0 && held === undefined) {
              held = line;
              continue;
            }
            if (held !== undefined) {
              yield parseRecord(held, [label, 0], 0);
              held = undefined;
              index = 1;
            }
            yield parseRecord(line, [label, index], index);
            index++;
          }
          buf = buf.slice(from);
          if (buf.length > MAX_RECORD_BYTES) {
            yield { index, base: [label, index], issues: [makeIssue('file_too_large', [label, index], { file: label, size: `> ${MAX_RECORD_BYTES}`, maximum: MAX_RECORD_BYTES, part: 'record-line', index })] };
            return;
          }
          const t = await next();
          if (t === undefined) break;
          buf += t;
        }
        if (held !== undefined && buf.trim() === '') yield parseRecord(held, [label], 0);
        else {
          if (held !== undefined) {
            yield parseRecord(held, [label, 0], 0);
            index = 1;
          }
          if (buf.trim() !== '') yield parseRecord(buf, [label, index], index);
        }
      } catch (e) {
        if (e instanceof NotUtf8) yield { index, base: [label, index], issues: [notUtf8()] };
        else throw e;
      } finally {
        await close();
      }
    };
    return { source: { shape: 'ndjson', items: items(), progress, close }, issues: [] };
  }

  // one document, read whole (at most MAX_FILE_BYTES)
  const parts = [head];
  let size = head.length;
  try {
    for (let t = await next(); t !== undefined; t = await next()) {
      size += t.length;
      if (size > MAX_FILE_BYTES) {
        await close();
        return { issues: [makeIssue('file_too_large', [label], { file: label, size: `> ${MAX_FILE_BYTES}`, maximum: MAX_FILE_BYTES, part: 'whole-document' })] };
      }
      parts.push(t);
    }
  } catch {
    await close();
    return { issues: [notUtf8()] };
  }
  await close();
  const parsed = parseJsonStrict(parts.join(''), [label]);
  if (parsed.issues.length) return { issues: parsed.issues };
  const raw = parsed.value;
  if (Array.isArray(raw)) {
    if (raw.length === 0) return { issues: [makeIssue('too_small', [label], { minimum: 1 })] };
    return { source: { shape: 'array', items: fromArray(raw, (i) => [label, i]), progress }, issues: [] };
  }
  if (raw !== null && typeof raw === 'object' && 'subjects' in raw) {
    const w = raw as Record<string, unknown>;
    const issues: Issue[] = [];
    for (const k of Object.keys(w)) {
      if (!['$schema', 'year', 'regime', 'subjects'].includes(k)) issues.push(makeIssue('unrecognized_key', [label, k], { key: k }));
    }
    const subjects = w['subjects'];
    if (!Array.isArray(subjects) || subjects.length === 0) issues.push(makeIssue('invalid_type', [label, 'subjects'], { expected: 'non-empty-array', received: receivedKind(subjects) }));
    if (w['year'] !== undefined && !(typeof w['year'] === 'number' && Number.isInteger(w['year']))) issues.push(makeIssue('invalid_type', [label, 'year'], { expected: 'integer', received: receivedKind(w['year']) }));
    if (w['regime'] !== undefined && typeof w['regime'] !== 'string') issues.push(makeIssue('invalid_type', [label, 'regime'], { expected: 'string', received: receivedKind(w['regime']) }));
    if (issues.length) return { issues };
    return { source: { shape: 'wrapper', header: { year: w['year'], regime: w['regime'] }, items: fromArray(subjects as unknown[], (i) => [label, 'subjects', i]), progress }, issues: [] };
  }
  return { source: { shape: 'single', items: fromArray([raw], () => [label]), progress }, issues: [] };
}

async function* fromArray(values: readonly unknown[], base: (i: number) => IssuePath): AsyncGenerator<SourceItem> {
  for (let i = 0; i < values.length; i++) yield { index: i, value: values[i], id: idOf(values[i]), base: base(i) };
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Parse one streamed record (an array element or an NDJSON line). */
function parseRecord(text: string, base: IssuePath, index: number): SourceItem {
  if (text.trim() === '') return { index, base, id: null, issues: [makeIssue('invalid_json', base, { problem: 'empty-element' })] };
  const p = parseJsonStrict(text, base);
  if (p.issues.length) return { index, base, id: idFromText(text), issues: p.issues };
  return { index, base, value: p.value, id: idOf(p.value) };
}

/** Best-effort id of a record that did not parse (for the error line). */
function idFromText(text: string): string | null {
  const m = /"id"\s*:\s*"([a-z0-9-]{1,120})"/.exec(text);
  return m ? m[1]! : null;
}
