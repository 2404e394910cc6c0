/**
 * 05 — Evaluate a unit's staff list kept in a spreadsheet, the way an emulation office would:
 *   thidua evaluate examples/data/staff.csv --out results.csv --summary
 * Usage: npx tsx examples/05-batch-evaluate-csv.ts [examples/data/staff.csv | examples/data/staff.xlsx]
 *
 * The CLI reads the sheet (one row per person and year, Vietnamese headers; layout: docs/cli.md),
 * groups the rows into subjects, reports every bad cell as "Sheet 'Cá nhân', row 6, column 'Xếp loại':
 * 'great' is not one of …" without stopping the others, streams one results row per person and award
 * (verdict, failing criteria, gap, citation) to results.csv, and prints the verdicts per award and
 * the unit's quota outcome. It exits 1 because four people in the sample have a mistake.
 * Then this script reads results.csv back with csv-parse, as any other program could.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const input = process.argv[2] ?? 'examples/data/staff.csv';
// the package's own CLI (what `npx thidua` runs once installed)
const cli = join(dirname(fileURLToPath(import.meta.resolve('thidua/package.json'))), 'dist', 'cli.js');
const out = join(mkdtempSync(join(tmpdir(), 'thidua-05-')), 'results.csv');

const run = spawnSync(process.execPath, [cli, 'evaluate', input, '--out', out, '--summary', '--lang', 'en', '--unit', 'phong-to-chuc-can-bo'], { encoding: 'utf8' });
if (run.status !== 0 && run.status !== 1) throw new Error(`thidua failed (${run.status}): ${run.stderr}`);
console.log(run.stdout); // the summary: verdicts per award, then the quota outcome
console.log(run.stderr.trim().split('\n').at(-1)); // => thidua: 26 evaluated, 4 rejected

const [header, ...rows] = parse(readFileSync(out, 'utf8'), { bom: true }) as string[][];
console.log(header!.join(' | ')); // => Id | Name | Year | Award id | Award | Verdict | Failing criteria | Gap | Citation
for (const r of rows.filter((r) => r[3] === 'chien-si-thi-dua-co-so').slice(0, 3)) {
  console.log(`${r[1]}: ${r[5]}${r[7] ? ` — ${r[7].replaceAll('\n', '; ')}` : ''} (${r[8]})`);
}
for (const r of rows.filter((r) => r[5] === 'Invalid input')) console.log(`${r[0]}: ${r[6]}`);
// => le-van-long: Sheet 'Cá nhân', row 6, column 'Xếp loại': 'great' is not one of excellent, good, completed, failed (…).
