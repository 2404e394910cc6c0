/**
 * What the CLI reads (issue 19, items 6, 8, 11): regular files only (a FIFO or a device is refused
 * before any byte is read), at most 64 MiB read whole and 4 MiB per streamed record, duplicate JSON
 * keys refused everywhere, a dangling symlink in --rules reported at its own path, strict options
 * per command. Corpus cases for the file-based ones: test/bad-input (cli-dev-zero,
 * *-duplicate-key, cli-constructor-command …).
 */
import { execFileSync } from 'node:child_process';
import { issueMessage } from '../src/explain/issue-message.js';
import { cpSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findDuplicateKeys, parseJsonStrict } from '../src/cli/json-text.js';
import { JsonArraySplitter } from '../src/cli/json-stream.js';
import { MAX_FILE_BYTES, MAX_RECORD_BYTES } from '../src/cli/read-file.js';
import { COMMANDS } from '../src/cli/args.js';
import { RULES_DIR, runCli } from './support/factories.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'thidua-limits-'));
type Issues = { code: string; path: unknown[] }[];

describe('duplicate JSON keys', () => {
  test('found at their path, after decoding escapes, in nested objects and arrays', () => {
    expect(findDuplicateKeys('{"a":1,"b":2}')).toEqual([]);
    expect(findDuplicateKeys('{"a":1,"a":2}')).toEqual([['a']]);
    expect(findDuplicateKeys('{"a":1,"\\u0061":2}')).toEqual([['a']]);
    expect(findDuplicateKeys('[{"x":[1,{"k":1}]},{"x":[0,{"k":1,"k":2}]}]')).toEqual([[1, 'x', 1, 'k']]);
    // equal keys in different objects, keys that look alike inside strings, escaped quotes
    expect(findDuplicateKeys('{"a":{"a":1},"b":{"a":2},"s":"\\"a\\":1,\\"a\\":2"}')).toEqual([]);
    expect(findDuplicateKeys('{"a\\\\":1,"a\\\\":2}')).toEqual([['a\\']]);
  });

  test('property: reports exactly the repeated keys of a generated tree, at their paths, in text order', () => {
    type Node = { t: 'leaf'; text: string } | { t: 'arr'; items: Node[] } | { t: 'obj'; pairs: [string, Node][] };
    const rawKey = fc.constantFrom('a', 'b', 'id', 'taskRating', '\\u0061', 'x y', 'q\\"', '{', ',');
    const leaf = fc.oneof(fc.integer(), fc.constant(null), fc.boolean(), fc.string({ maxLength: 6 })).map((v): Node => ({ t: 'leaf', text: JSON.stringify(v) }));
    const tree = fc.letrec<{ n: Node }>((tie) => ({
      n: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('n'), { maxLength: 3 }).map((items): Node => ({ t: 'arr', items })),
        fc.array(fc.tuple(rawKey, tie('n')), { maxLength: 4 }).map((pairs): Node => ({ t: 'obj', pairs })),
      ),
    })).n;
    const render = (n: Node): string =>
      n.t === 'leaf' ? n.text : n.t === 'arr' ? `[${n.items.map(render).join(', ')}]` : `{${n.pairs.map(([k, v]) => `"${k}" : ${render(v)}`).join(',')}}`;
    const expected = (n: Node, path: (string | number)[], out: (string | number)[][]): (string | number)[][] => {
      if (n.t === 'arr') n.items.forEach((c, i) => expected(c, [...path, i], out));
      if (n.t === 'obj') {
        const seen = new Set<string>();
        for (const [raw, v] of n.pairs) {
          const key = JSON.parse(`"${raw}"`) as string;
          if (seen.has(key)) out.push([...path, key]);
          seen.add(key);
          expected(v, [...path, key], out);
        }
      }
      return out;
    };
    fc.assert(
      fc.property(tree, (n) => {
        const text = render(n);
        JSON.parse(text); // the generator writes valid JSON
        expect(findDuplicateKeys(text)).toEqual(expected(n, [], []).slice(0, 20));
      }),
      { numRuns: 500 },
    );
  });

  test('parseJsonStrict gives typed issues with vi/en messages', () => {
    const r = parseJsonStrict('{"taskRating":"failed","taskRating":"good"}', ['my.json']);
    expect(r.value).toBeUndefined();
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([['duplicate_key', ['my.json', 'taskRating']]]);
    expect(issueMessage(r.issues[0]!, 'vi')).toContain('taskRating');
    expect(issueMessage(r.issues[0]!, 'en')).toContain('appears twice');
  });

  test('NDJSON input: a line with a repeated key is rejected on its own line, the others are evaluated', async () => {
    const dir = tmp();
    const ok = { kind: 'individual', id: 'a', history: [{ year: 2025, taskRating: 'good' }] };
    writeFileSync(join(dir, 's.ndjson'), `${JSON.stringify(ok)}\n{"kind":"individual","id":"b","history":[{"year":2025,"taskRating":"failed","taskRating":"good"}]}\n${JSON.stringify({ ...ok, id: 'c' })}\n`);
    const r = await runCli('evaluate', join(dir, 's.ndjson'), '--year', '2025', '--format', 'ndjson');
    expect(r.code).toBe(1);
    const got = r.out.trim().split('\n').map((l) => JSON.parse(l) as { ok: boolean; id: string; issues?: Issues });
    expect(got.map((l) => l.ok)).toEqual([true, false, true]);
    expect(got[1]!.id).toBe('b');
    expect(got[1]!.issues!.map((i) => [i.code, i.path])).toEqual([['duplicate_key', [join(dir, 's.ndjson'), 1, 'history', 0, 'taskRating']]]);
  });
});

describe('input size and kind', () => {
  test('a FIFO is refused at once (no hang), as input, overlay, rules file and cluster file', async () => {
    const dir = tmp();
    const fifo = join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    for (const args of [
      ['evaluate', fifo, '--year', '2025', '--format', 'json'],
      ['evaluate', 'examples/data/individuals.json', '--overlay', fifo, '--format', 'json'],
      ['rank', fifo, '--format', 'json'],
    ]) {
      const r = await runCli(...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect((JSON.parse(r.out).issues as Issues).map((i) => [i.code, i.path])).toEqual([['not_regular_file', [fifo]]]);
    }
    const rules = join(dir, 'rules');
    cpSync(RULES_DIR, rules, { recursive: true });
    execFileSync('mkfifo', [join(rules, 'national', 'extra.json')]);
    const v = await runCli('validate', rules, '--format', 'json');
    expect(v.code).toBe(1);
    expect((JSON.parse(v.out).issues as Issues).map((i) => [i.code, i.path])).toEqual([['not_regular_file', ['national/extra.json']]]);
  });

  test(`a file read whole is refused above ${MAX_FILE_BYTES} bytes without reading it`, async () => {
    const dir = tmp();
    const big = join(dir, 'overlay.json');
    closeSync(openSync(big, 'w'));
    truncateSync(big, MAX_FILE_BYTES + 1); // sparse: no disk, no time
    const r = await runCli('evaluate', 'examples/data/individuals.json', '--overlay', big, '--format', 'json');
    expect(r.code).toBe(1);
    expect((JSON.parse(r.out).issues as Issues).map((i) => [i.code, i.path])).toEqual([['file_too_large', [big]]]);
    // a JSON document (not an array) is read whole too
    const doc = join(dir, 'doc.json');
    writeFileSync(doc, `{"subjects": [${'0,'.repeat(MAX_FILE_BYTES / 2)}0]}`);
    const d = await runCli('evaluate', doc, '--year', '2025', '--format', 'json');
    expect(d.code).toBe(1);
    expect((JSON.parse(d.out).issues as Issues).map((i) => i.code)).toEqual(['file_too_large']);
  });

  test(`a streamed record over ${MAX_RECORD_BYTES} characters stops the stream with a typed issue at its index`, async () => {
    const dir = tmp();
    const f = join(dir, 'big.json');
    const ok = JSON.stringify({ kind: 'individual', id: 'a', history: [{ year: 2025, taskRating: 'good' }] });
    writeFileSync(f, `[${ok},{"kind":"individual","id":"b","name":"${'x'.repeat(MAX_RECORD_BYTES)}","history":[]}]`);
    const r = await runCli('evaluate', f, '--year', '2025', '--format', 'ndjson');
    expect(r.code).toBe(1);
    const got = r.out.trim().split('\n').map((l) => JSON.parse(l) as { ok: boolean; index: number; issues?: Issues });
    expect(got.map((l) => [l.index, l.ok])).toEqual([
      [0, true],
      [1, false],
    ]);
    expect(got[1]!.issues!.map((i) => [i.code, i.path])).toEqual([['file_too_large', [f, 1]]]);
  });

  test('a dangling symlink in --rules is reported at its own path', async () => {
    const dir = tmp();
    const rules = join(dir, 'rules');
    cpSync(RULES_DIR, rules, { recursive: true });
    symlinkSync(join(dir, 'nowhere.json'), join(rules, 'national', 'gone.json'));
    const v = await runCli('validate', rules, '--format', 'json');
    expect(v.code).toBe(1);
    expect((JSON.parse(v.out).issues as Issues).map((i) => [i.code, i.path])).toEqual([['file_read_error', ['national/gone.json']]]);
    const e = await runCli('evaluate', 'examples/data/individuals.json', '--rules', rules, '--format', 'json');
    expect((JSON.parse(e.out).issues as Issues).map((i) => i.path)).toEqual([['national/gone.json']]);
  });
});

describe('array splitter', () => {
  test('splits at top-level commas only, across any chunking, and rejects text after the array', () => {
    const text = '[ {"a":[1,2,{"b":"x,]\\"}"}]}, 2 ,"s,t",[3,[4]],null ]  \n';
    const want = [' {"a":[1,2,{"b":"x,]\\"}"}]}', ' 2 ', '"s,t"', '[3,[4]]', 'null '];
    for (let size = 1; size <= text.length; size++) {
      const s = new JsonArraySplitter(1000);
      const got: string[] = [];
      for (let i = 0; i < text.length; i += size) got.push(...s.push(text.slice(i, i + size)));
      s.end();
      expect(got, `chunk ${size}`).toEqual(want);
    }
    expect(() => new JsonArraySplitter(100).push('[1] x')).toThrow('after the closing');
    expect(() => new JsonArraySplitter(100).end()).toThrow();
    const open = new JsonArraySplitter(100);
    open.push('[1,2');
    expect(() => open.end()).toThrow('not closed');
    expect(new JsonArraySplitter(100).push('[]')).toEqual([]);
  });
});

describe('command-line arguments (strict, per command)', () => {
  test('Object.prototype names are unknown commands (exit 2), with or without --help', async () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'main']) {
      for (const extra of [[], ['--help']]) {
        const r = await runCli(name, ...extra);
        expect(r.code, `${name} ${extra.join(' ')}`).toBe(2);
        expect(r.out).toBe('');
      }
    }
  });

  test('every command refuses an unknown option and an option of another command', async () => {
    for (const c of COMMANDS) {
      const r = await runCli(c, '--no-such-option');
      expect(r.code, c).toBe(2);
      expect(r.err).toContain('không có tùy chọn --no-such-option');
    }
    expect((await runCli('rank', 'x.json', '--year', '2025')).code).toBe(2);
    expect((await runCli('schema', '--lang', 'en')).code).toBe(2);
    expect((await runCli('evaluate', 'examples/data/individuals.json', '--summary=yes')).err).toContain('không nhận giá trị');
    expect((await runCli('evaluate', 'examples/data/individuals.json', '--year')).err).toContain('tùy chọn --year cần một giá trị');
    expect((await runCli('evaluate', 'examples/data/individuals.json', '--lang', 'en', '--lang', 'vi')).err).toContain('option --lang given twice');
  });
});
