/**
 * Writes examples/data/staff.csv and examples/data/staff.xlsx: one unit's staff list in the
 * spreadsheet layout of `thidua evaluate` (docs/cli.md#spreadsheets), 30 people over 2021–2025
 * (seeded, reproducible rows), with a few deliberate mistakes that the CLI reports cell by cell.
 * Usage: npx tsx scripts/staff-example.ts
 */
import { join } from 'node:path';
import { writeCsv, writeWorkbook } from '../src/cli/sheet-io.js';
import { COLLECTIVE_COLUMNS, INDIVIDUAL_COLUMNS, SHEETS } from '../src/cli/sheet-layout.js';
import { columnWords, sheetName } from '../src/cli/sheet-columns.js';
import { vi } from '../src/explain/locales/vi.js';

const root = join(import.meta.dirname, '..');
let seed = 15;
const rnd = (): number => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thu', 'Quốc', 'Thanh'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam', 'Ngọc', 'Phong', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Vân', 'Việt', 'Yến'];
const RATING = ['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ', 'Không hoàn thành nhiệm vụ'];
const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, '-');

const rows: Record<string, string | number>[] = [];
const used = new Set<string>();
for (let p = 0; p < 30; p++) {
  let name: string;
  do name = `${FAMILY[Math.floor(rnd() * FAMILY.length)]} ${MIDDLE[Math.floor(rnd() * MIDDLE.length)]} ${GIVEN[Math.floor(rnd() * GIVEN.length)]}`;
  while (used.has(name));
  used.add(name);
  const id = ascii(name);
  const years = 1 + Math.floor(rnd() * 5);
  let cstdcsRun = 0;
  for (let y = 2025 - years + 1; y <= 2025; y++) {
    const r = rnd();
    const rating = r < 0.45 ? RATING[0]! : r < 0.85 ? RATING[1]! : r < 0.96 ? RATING[2]! : RATING[3]!;
    const row: Record<string, string | number> = { id, name, year: y, taskRating: rating, hasGoodConduct: rnd() < 0.95 ? 'có' : 'không' };
    const awards: string[] = [];
    // titles received: Lao động tiên tiến every year it was earned (2025 included: the unit decides it
    // first); Chiến sĩ thi đua cơ sở for the past years, 2025 being what the council votes on
    if (rating !== RATING[2] && rating !== RATING[3]) awards.push('lao-dong-tien-tien');
    if (y < 2025 && rating === RATING[0] && rnd() < 0.7) {
      awards.push('chien-si-thi-dua-co-so');
      cstdcsRun++;
    }
    if (awards.length) row['awards'] = awards.join('; ');
    if (rnd() < 0.3) {
      row['initiativeScope'] = rnd() < 0.6 ? 'cơ sở' : 'bộ, ngành, tỉnh';
      row['initiativeApplied'] = 'có';
    }
    if (y === 2025) {
      const members = 9;
      const votes = [`chien-si-thi-dua-co-so: ${members - Math.floor(rnd() * 3)}/${members}`];
      if (cstdcsRun >= 2) votes.push(`chien-si-thi-dua-tinh: ${members - Math.floor(rnd() * 2)}/${members}`);
      row['councilVotes'] = votes.join('; ');
      row['category'] = 'cán bộ, công chức, viên chức';
    }
    if (p === 7 && y === 2025) {
      row['disciplineLevel'] = 'khiển trách';
      row['disciplineFrom'] = '2025-04-01';
      row['disciplineTo'] = '2025-10-01';
    }
    rows.push(row);
  }
}
// deliberate mistakes, each in a different person's rows
const mistakes: [number, string, string][] = [
  [4, 'taskRating', 'great'],
  [11, 'awards', 'lao-dong-xuat-sac'],
  [19, 'councilVotes', 'chien-si-thi-dua-co-so: 10/7'],
  [26, 'disciplineFrom', '2025-02-30'],
];
for (const [i, key, value] of mistakes) {
  rows[i]![key] = value;
  if (key === 'disciplineFrom') rows[i]!['disciplineLevel'] = 'cảnh cáo';
}

const header = INDIVIDUAL_COLUMNS.map((c) => columnWords(vi, SHEETS[0], c).name);
const table = [header, ...rows.map((r) => INDIVIDUAL_COLUMNS.map((c) => r[c.key] ?? ''))];
const collectives = [
  COLLECTIVE_COLUMNS.map((c) => columnWords(vi, SHEETS[1], c).name),
  ...[2024, 2025].map((year) =>
    COLLECTIVE_COLUMNS.map(
      (c) =>
        (
          {
          id: 'phong-to-chuc-can-bo',
          name: 'Phòng Tổ chức cán bộ',
          year,
          collectiveKind: 'đơn vị',
          taskRating: RATING[0]!,
          isEmulationActive: 'có',
          hasSolidarity: 'có',
          isLawAbiding: 'có',
          memberCount: 12,
          advancedMemberCount: 9,
          completedMemberCount: 12,
          warnedMemberCount: 0,
          awards: year === 2024 ? 'tap-the-lao-dong-tien-tien' : '',
          } as Record<string, string | number>
        )[c.key] ?? '',
    ),
  ),
];
await writeCsv(join(root, 'examples/data/staff.csv'), table);
await writeWorkbook(join(root, 'examples/data/staff.xlsx'), [
  { name: sheetName(vi, SHEETS[0]), rows: table },
  { name: sheetName(vi, SHEETS[1]), rows: collectives },
]);
console.log(`wrote examples/data/staff.csv and staff.xlsx: ${new Set(rows.map((r) => r['id'])).size} people, ${rows.length} rows, ${mistakes.length} mistakes`);
