/**
 * Province-scale batches through the CLI (issue 15): NDJSON streamed in input order with the same
 * content as evaluateMany, per-subject errors that never stop the batch, stdin, EPIPE, bounded
 * memory on 100,000 subjects, spreadsheets in and out (round trips through the template).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { main } from '../src/cli/main.js';
import { readSheets, readTable } from '../src/cli/sheet-io.js';
import { Progress, PROGRESS_AFTER, resultHeader, resultRows } from '../src/cli/batch-output.js';
import { subjectsFromSheets } from '../src/cli/sheet-layout.js';
import { evaluateMany, type EligibilityReport } from '../src/index.js';
import { vi as viLocale } from '../src/explain/locales/vi.js';
import { nationalBook, ROOT, runCli, strongCandidate } from './support/factories.js';

const book = nationalBook();
const tmp = () => mkdtempSync(join(tmpdir(), 'thidua-batch-'));

/** A seeded population of individuals (the bench's shape), as plain objects. */
function person(i: number, rnd: () => number) {
  const R = ['excellent', 'good', 'completed', 'failed'] as const;
  const history = [];
  for (let y = 2021; y <= 2025; y++) {
    const taskRating = R[Math.floor(rnd() * 4)]!;
    const awards = taskRating === 'excellent' || taskRating === 'good' ? [{ awardId: 'lao-dong-tien-tien' }] : [];
    if (taskRating === 'excellent' && rnd() < 0.6) awards.push({ awardId: 'chien-si-thi-dua-co-so' });
    history.push({ year: y, taskRating, hasGoodConduct: rnd() < 0.95, awards });
  }
  return { kind: 'individual', id: `p-${i}`, history, councilVotes: [{ awardId: 'chien-si-thi-dua-co-so', year: 2025, members: 9, approvals: 9 - Math.floor(rnd() * 3) }] };
}
function population(n: number, seed = 7): unknown[] {
  let s = seed;
  const rnd = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  return Array.from({ length: n }, (_, i) => person(i, rnd));
}

/** Run the CLI in-process with a stdin stream. */
async function runWithStdin(stdin: string, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: ROOT, stdin: Readable.from([Buffer.from(stdin)]) }, '0.1.0');
  return { code, out, err };
}

const lines = (s: string) =>
  s
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { index: number; id: string | null; ok: boolean; report?: EligibilityReport; issues?: { code: string; path: unknown[] }[] });

describe('thidua evaluate --format ndjson', () => {
  const subjects: unknown[] = population(40);
  // bad subjects in the middle and at the end: an unknown rating, a repeated id, not an object
  (subjects[5] as { history: { taskRating: string }[] }).history[0]!.taskRating = 'great';
  subjects[17] = { ...(subjects[3] as object) };
  subjects.push(42);

  test('one line per subject, in input order, with the same content as evaluateMany (array file and NDJSON)', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'subjects.json'), JSON.stringify(subjects, null, 1));
    writeFileSync(join(dir, 'subjects.ndjson'), `${subjects.map((s) => JSON.stringify(s)).join('\n')}\n`);
    const expected: { index: number; ok: boolean; value?: unknown }[] = [];
    for await (const { index, result } of evaluateMany(book, subjects, { year: 2025 })) expected.push({ index, ok: result.ok, ...(result.ok ? { value: result.value } : {}) });
    for (const file of ['subjects.json', 'subjects.ndjson']) {
      const r = await runCli('evaluate', join(dir, file), '--year', '2025', '--format', 'ndjson');
      expect(r.code, file).toBe(1);
      const got = lines(r.out);
      expect(got.map((l) => l.index)).toEqual(subjects.map((_, i) => i));
      for (const [i, l] of got.entries()) {
        if (i === 17) {
          // evaluateMany evaluates a repeated id; the CLI rejects the second one
          expect(l.ok).toBe(false);
          expect(l.issues!.map((x) => x.code)).toEqual(['duplicate_id']);
          expect(l.issues![0]!.path).toEqual([join(dir, file), 17, 'id']);
          continue;
        }
        expect(l.ok, `line ${i}`).toBe(expected[i]!.ok);
        if (l.ok) expect(JSON.parse(JSON.stringify(l.report))).toEqual(JSON.parse(JSON.stringify(expected[i]!.value)));
      }
      expect(got[5]!.id).toBe('p-5');
      expect(got[5]!.issues!.map((x) => [x.code, x.path])).toEqual([['invalid_value', [join(dir, file), 5, 'history', 0, 'taskRating']]]);
      expect(got[40]!.id).toBeNull();
      expect(r.err.trim().split('\n').at(-1)).toBe('thidua: đã đánh giá 38 đối tượng, 3 bị từ chối');
    }
  });

  test('--detail verdicts gives verdicts without explanation trees, equal to evaluateMany with detail "verdicts"', async () => {
    const dir = tmp();
    const few = population(5);
    writeFileSync(join(dir, 's.json'), JSON.stringify(few));
    const r = await runCli('evaluate', join(dir, 's.json'), '--year', '2025', '--format', 'ndjson', '--detail', 'verdicts', '--lang', 'en');
    expect(r.code).toBe(0);
    const got = lines(r.out);
    let i = 0;
    for await (const { result } of evaluateMany(book, few, { year: 2025, detail: 'verdicts' })) {
      expect(JSON.parse(JSON.stringify(got[i++]!.report))).toEqual(JSON.parse(JSON.stringify(result.ok && result.value)));
    }
    expect(r.err.trim()).toBe('thidua: 5 evaluated, 0 rejected');
  });

  test('stdin (-): a JSON array, NDJSON or one document', async () => {
    const three = population(3);
    const asArray = await runWithStdin(JSON.stringify(three), 'evaluate', '-', '--year', '2025', '--format', 'ndjson');
    const asLines = await runWithStdin(three.map((s) => JSON.stringify(s)).join('\n'), 'evaluate', '-', '--year', '2025', '--format', 'ndjson');
    const asDoc = await runWithStdin(JSON.stringify({ year: 2025, subjects: three }, null, 2), 'evaluate', '-', '--format', 'ndjson');
    for (const r of [asArray, asLines, asDoc]) {
      expect(r.code).toBe(0);
      expect(lines(r.out).map((l) => l.id)).toEqual(['p-0', 'p-1', 'p-2']);
    }
    expect(asArray.out).toBe(asLines.out);
    expect(asArray.out).toBe(asDoc.out);
    // without stdin attached ("-" given in a context that has none) the error is typed
    const none = await runCli('evaluate', '-', '--year', '2025');
    expect(none.code).toBe(1);
    expect(none.err).toContain('file_read_error');
  });

  test('a truncated array reports the structural error at the element where it stopped, after the good ones', async () => {
    const text = JSON.stringify(population(3)).slice(0, -40);
    const r = await runWithStdin(text, 'evaluate', '-', '--year', '2025', '--format', 'ndjson');
    expect(r.code).toBe(1);
    const got = lines(r.out);
    expect(got.slice(0, 2).map((l) => l.ok)).toEqual([true, true]);
    expect(got.at(-1)!.ok).toBe(false);
    expect(got.at(-1)!.issues![0]!.code).toBe('invalid_json');
  });

  test('--format json streams reports one by one and stays one valid document (5,000 subjects, verdicts only)', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'many.json'), JSON.stringify(population(5000)));
    const r = await runCli('evaluate', join(dir, 'many.json'), '--year', '2025', '--format', 'json', '--detail', 'verdicts');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { ok: boolean; reports: EligibilityReport[] };
    expect(json.ok).toBe(true);
    expect(json.reports).toHaveLength(5000);
    // the former single JSON.stringify, byte for byte
    expect(r.out).toBe(`${JSON.stringify({ ok: true, reports: json.reports }, null, 2)}\n`);
  });
});

describe('progress', () => {
  test('drawn only past the threshold, at most every 100 ms, erased at the end; never when io.progress is unset', async () => {
    let out = '';
    const p = new Progress((t) => (out += t));
    p.tick(PROGRESS_AFTER - 1, 10, 100, 1_000_000);
    expect(out).toBe('');
    p.tick(PROGRESS_AFTER, 50, 100, 1_000_000);
    expect(out).toMatch(/^\r\[#{15}\.{15}\] 50% 5000 subjects, \d+\/s $/);
    const before = out;
    p.tick(PROGRESS_AFTER + 1, 51, 100, 1_000_050);
    expect(out).toBe(before);
    p.end();
    expect(out.endsWith('\r\x1b[K')).toBe(true);
    // in-process runs (tests, pipes) have no progress: stderr holds only the count line
    const dir = tmp();
    writeFileSync(join(dir, 's.ndjson'), population(PROGRESS_AFTER + 10).map((x) => JSON.stringify(x)).join('\n'));
    const r = await runCli('evaluate', join(dir, 's.ndjson'), '--year', '2025', '--detail', 'verdicts', '--out', join(dir, 'o.ndjson'));
    expect(r.err).toBe(`thidua: đã đánh giá ${PROGRESS_AFTER + 10} đối tượng, 0 bị từ chối\n`);
  });
});

describe('built CLI: pipes, memory', () => {
  const cli = join(ROOT, 'dist/cli.js');

  test('EPIPE: a reader that goes away (| head -n 1) ends the run quietly with exit 0', () => {
    const dir = tmp();
    writeFileSync(join(dir, 's.ndjson'), population(3000).map((s) => JSON.stringify(s)).join('\n'));
    const r = spawnSync('bash', ['-c', `set -o pipefail; node ${JSON.stringify(cli)} evaluate s.ndjson --year 2025 --format ndjson | head -n 1 > first.txt`], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).not.toContain('EPIPE');
    expect(r.stderr).not.toContain('internal error');
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'first.txt'), 'utf8')).index).toBe(0);
  });

  test('100,000 subjects through the CLI, NDJSON in and out, peak RSS under 300 MB', async () => {
    const dir = tmp();
    const file = join(dir, 'big.ndjson');
    const out = createWriteStream(file);
    let s = 11;
    const rnd = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    for (let i = 0; i < 100_000; i++) if (!out.write(`${JSON.stringify(person(i, rnd))}\n`)) await once(out, 'drain');
    out.end();
    await once(out, 'finish');
    // the child reports its own peak RSS (getrusage ru_maxrss) when it exits
    const preload = join(dir, 'rss.mjs');
    writeFileSync(preload, "import fs from 'node:fs';\nprocess.on('exit', () => fs.writeFileSync(process.env.RSS_FILE, String(process.resourceUsage().maxRSS)));\n");
    const r = spawnSync(process.execPath, ['--import', preload, cli, 'evaluate', file, '--year', '2025', '--detail', 'verdicts', '--out', join(dir, 'out.ndjson')], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, RSS_FILE: join(dir, 'rss.txt') },
      maxBuffer: 1 << 20,
    });
    expect(r.stderr.trim().split('\n').at(-1)).toBe('thidua: đã đánh giá 100000 đối tượng, 0 bị từ chối');
    expect(r.status).toBe(0);
    const lineCount = Number(execFileSync('wc', ['-l', join(dir, 'out.ndjson')], { encoding: 'utf8' }).trim().split(' ')[0]);
    expect(lineCount).toBe(100_000);
    const peakMB = Number(readFileSync(join(dir, 'rss.txt'), 'utf8')) / 1024;
    // measured about 130 MB here; holding the reports (the former path) needs well over 1 GB
    expect(peakMB).toBeLessThan(300);
  }, 300_000);
});

describe('spreadsheets', () => {
  test('the sample staff list: cell-level errors name sheet, row and column; the others are evaluated (csv and xlsx)', async () => {
    for (const file of ['examples/data/staff.csv', 'examples/data/staff.xlsx']) {
      const r = await runCli('evaluate', file, '--format', 'ndjson', '--lang', 'en');
      expect(r.code, file).toBe(1);
      const got = lines(r.out);
      const bad = got.filter((l) => !l.ok);
      expect(bad.length).toBe(4);
      const messages = bad.flatMap((l) => l.issues!.map((i) => (i as unknown as { message: { en: string } }).message.en));
      expect(messages).toContain(
        "Sheet 'Cá nhân', row 6, column 'Xếp loại': 'great' is not one of excellent, good, completed, failed (hoàn thành xuất sắc nhiệm vụ, hoàn thành tốt nhiệm vụ, hoàn thành nhiệm vụ, không hoàn thành nhiệm vụ).",
      );
      expect(bad.flatMap((l) => l.issues!.map((i) => i.path))).toContainEqual([file, 'Cá nhân', 6, 'Xếp loại']);
      // the good subjects: the reports evaluateMany gives for the subjects the sheet groups into
      const read = await readSheets(join(ROOT, file), file);
      const built = subjectsFromSheets(file, read.sheets!, book);
      const good = built.subjects.filter((s) => s.value !== undefined).map((s) => s.value);
      const reports: EligibilityReport[] = [];
      for await (const { result } of evaluateMany(book, good, { year: 2025 })) if (result.ok) reports.push(result.value);
      expect(got.filter((l) => l.ok).map((l) => JSON.parse(JSON.stringify(l.report)))).toEqual(JSON.parse(JSON.stringify(reports)));
      expect(reports.length).toBe(file.endsWith('.xlsx') ? 27 : 26);
    }
  });

  for (const format of ['xlsx', 'csv'] as const) {
    test(`round trip (${format}): template → filled in → evaluate --out results.${format} → read back`, async () => {
      const dir = tmp();
      const template = join(dir, `template.${format}`);
      expect((await runCli('template', '--format', format, '--out', template)).code).toBe(0);
      // fill it in: the template's header plus the example rows of the xlsx template
      const ex = join(dir, 'example.xlsx');
      await runCli('template', '--format', 'xlsx', '--out', ex);
      const ExcelJS = (await import('exceljs')).default;
      const exWb = new ExcelJS.Workbook();
      await exWb.xlsx.readFile(ex);
      const exampleRows: unknown[][] = [];
      exWb.getWorksheet('Ví dụ – Cá nhân')!.eachRow((row, n) => {
        if (n > 1) exampleRows.push((row.values as unknown[]).slice(1));
      });
      expect(exampleRows.length).toBeGreaterThanOrEqual(5);
      const filled = join(dir, `filled.${format}`);
      if (format === 'xlsx') {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(template);
        const ws = wb.getWorksheet('Cá nhân')!;
        for (const r of exampleRows) ws.addRow(r);
        await wb.xlsx.writeFile(filled);
      } else {
        const { stringify } = await import('csv-stringify/sync');
        const header = readFileSync(template, 'utf8').replace(/^\uFEFF/, '').trim();
        writeFileSync(filled, `${header}\n${stringify(exampleRows.map((r) => r.map((v) => (v === undefined || v === null ? '' : String(v)))))}`);
      }
      const results = join(dir, `results.${format}`);
      const r = await runCli('evaluate', filled, '--year', '2025', '--out', results);
      expect(r.err).toContain('đã đánh giá 3 đối tượng, 0 bị từ chối');
      expect(r.code).toBe(0);
      const table = await readTable(results);
      expect(table[0]).toEqual(resultHeader('vi'));
      // the same rows as the reports evaluateMany gives for the subjects the filled sheet holds
      const read = await readSheets(filled, filled);
      expect(read.issues).toEqual([]); // a read failure shows its issues instead of "sheets is not iterable"
      const built = subjectsFromSheets(filled, read.sheets!, book);
      const expected: string[][] = [];
      for await (const { result } of evaluateMany(book, built.subjects.map((s) => s.value), { year: 2025 })) {
        expect(result.ok).toBe(true);
        if (result.ok) expected.push(...resultRows(result.value, 'vi', book));
      }
      expect(table.slice(1)).toEqual(expected);
      expect(table.slice(1).some((row) => row[5] === viLocale.verdict('eligible'))).toBe(true);
      expect(table.slice(1).every((row) => row[8]!.includes('Điều'))).toBe(true);
    });
  }

  test('--out results.csv: rejected subjects get one row with their errors; --summary prints the verdict table and the quota outcome', async () => {
    const dir = tmp();
    copyFileSync(join(ROOT, 'examples/data/staff.csv'), join(dir, 'staff.csv'));
    let out = '';
    const r = await main(['evaluate', 'staff.csv', '--out', 'res.csv', '--summary', '--lang', 'en', '--unit', 'phong-to-chuc'], { stdout: (t) => (out += t), stderr: () => undefined, cwd: dir });
    expect(r).toBe(1);
    expect(out).toContain('Advanced Worker');
    expect(out).toContain('Quotas of unit "phong-to-chuc", year 2025');
    const table = await readTable(join(dir, 'res.csv'));
    const errors = table.filter((row) => row[5] === 'Invalid input');
    expect(errors.length).toBe(4);
    expect(errors.map((e) => e[6]).join('\n')).toContain("row 6, column 'Xếp loại': 'great'");
  });

  test('a header the layout does not know is reported at row 1 of its sheet', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'x.csv'), 'Mã,Năm,Xep loai\nnguyen-van-a,2025,excellent\n');
    const r = await runCli('evaluate', join(dir, 'x.csv'), '--format', 'json');
    expect(r.code).toBe(1);
    const issues = JSON.parse(r.out).issues as { code: string; path: unknown[] }[];
    expect(issues.map((i) => [i.code, i.path])).toEqual([['invalid_cell', [join(dir, 'x.csv'), 'Cá nhân', 1, 'Xep loai']]]);
  });

  test('strongCandidate round-trips through a CSV row per year', async () => {
    const dir = tmp();
    const s = strongCandidate();
    const rows = s.history.map((h) => [s.id, s.name, h.year, h.taskRating, 'có', h.awards.map((a) => a.awardId).join('; ')]);
    writeFileSync(join(dir, 's.csv'), `Mã,Họ và tên,Năm,Xếp loại,"Gương mẫu, đoàn kết, tích cực thi đua","Danh hiệu, khen thưởng đã nhận"\n${rows.map((r) => r.join(',')).join('\n')}\n`);
    const r = await runCli('evaluate', join(dir, 's.csv'), '--format', 'ndjson', '--award', 'lao-dong-tien-tien');
    expect(r.code).toBe(0);
    const [line] = lines(r.out);
    expect(line!.report!.awards[0]!.verdict).toBe('eligible');
  });
});
