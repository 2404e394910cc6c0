/** thidua template: an empty spreadsheet in the layout `thidua evaluate` reads (docs/cli.md#spreadsheets). */
import { resolve } from 'node:path';
import { LANGS, localeOf, type Lang } from '../explain/locales/index.js';
import type { CommandKit } from './award-commands.js';
import { writeCsv, writeWorkbook } from './sheet-io.js';
import { SHEETS, type SheetDef } from './sheet-layout.js';
import { columnWords, sheetName } from './sheet-columns.js';
import type { Locale } from '../explain/locales/locale.js';

/** Help of the template command. */
export const TEMPLATE_HELP: Readonly<Record<'template', string>> = {
  template: `Usage: thidua template --format xlsx|csv [--out FILE] [--kind individual|collective] [--lang vi|en]

Writes an empty spreadsheet to fill in and evaluate with thidua evaluate FILE: one row per person
(or collective) and achievement year, headers in Vietnamese (--lang en: the English aliases, also
accepted). xlsx: the sheets "Cá nhân" and "Tập thể", an example sheet filled in and a guide to every
column (--out is required). csv: the header row of one sheet (--kind, default individual), to --out
or stdout.`,
};

/** Example rows of the individuals' sheet (ids, years 2023–2025), by column key. */
const EXAMPLE: readonly Readonly<Record<string, string | number>>[] = [
  { id: 'nguyen-van-an', name: 'Nguyễn Văn An', year: 2023, taskRating: 'Hoàn thành xuất sắc nhiệm vụ', hasGoodConduct: 'có', awards: 'lao-dong-tien-tien; chien-si-thi-dua-co-so' },
  { id: 'nguyen-van-an', name: 'Nguyễn Văn An', year: 2024, taskRating: 'Hoàn thành xuất sắc nhiệm vụ', hasGoodConduct: 'có', awards: 'lao-dong-tien-tien; chien-si-thi-dua-co-so' },
  {
    id: 'nguyen-van-an',
    name: 'Nguyễn Văn An',
    year: 2025,
    taskRating: 'Hoàn thành xuất sắc nhiệm vụ',
    hasGoodConduct: 'có',
    awards: 'lao-dong-tien-tien',
    initiativeScope: 'bộ, ngành, tỉnh',
    initiativeApplied: 'có',
    councilVotes: 'chien-si-thi-dua-co-so: 9/10; chien-si-thi-dua-tinh: 9/10',
    category: 'cán bộ, công chức, viên chức',
    gender: 'nam',
  },
  { id: 'tran-thi-binh', name: 'Trần Thị Bình', year: 2025, taskRating: 'Hoàn thành tốt nhiệm vụ', hasGoodConduct: 'có', category: 'cán bộ, công chức, viên chức', gender: 'nữ', maternityLeaveDays: 120 },
  { id: 'le-van-cuong', name: 'Lê Văn Cường', year: 2025, taskRating: 'Hoàn thành nhiệm vụ', hasGoodConduct: 'có', disciplineLevel: 'khiển trách', disciplineFrom: '2025-03-01', disciplineTo: '2025-09-01' },
];

const head = (L: Locale, def: SheetDef): string[] => def.columns.map((c) => columnWords(L, def, c).name);

/** Run `thidua template`. */
export async function cmdTemplate(k: CommandKit): Promise<number> {
  const lang = k.choice('lang', LANGS, 'vi') as Lang;
  const format = k.choice('format', ['xlsx', 'csv'], 'xlsx');
  const kind = k.choice('kind', ['individual', 'collective'], 'individual');
  if (k.positionals.length) k.usage('template-no-positional');
  const out = k.one('out');
  if (out !== undefined && !out.toLowerCase().endsWith(`.${format}`)) k.usage('template-out-ext', { ext: format, got: out });
  const L = localeOf(lang);
  const [ind, col] = SHEETS;
  if (format === 'csv') {
    const def = kind === 'collective' ? col : ind;
    if (out === undefined) {
      const { stringify } = await import('csv-stringify/sync');
      k.stdout(stringify([head(L, def)]));
      return 0;
    }
    await writeCsv(resolve(k.cwd, out), [head(L, def)]);
    return 0;
  }
  if (out === undefined) k.usage('template-needs-out');
  const example = EXAMPLE.map((r) => ind.columns.map((c) => r[c.key] ?? ''));
  const w = L.cli.template;
  // the third column: the names the other shipped languages give the column (also accepted)
  const others = LANGS.map((l) => localeOf(l)).filter((x) => x !== L);
  const guide = [
    [...w.guideHeader],
    ...SHEETS.flatMap((s) => s.columns.map((c) => [sheetName(L, s), columnWords(L, s, c).name, others.map((o) => columnWords(o, s, c).name).join(', '), c.required ? w.yes : '', columnWords(L, s, c).help])),
  ];
  await writeWorkbook(resolve(k.cwd, out), [
    { name: sheetName(L, ind), rows: [head(L, ind)] },
    { name: sheetName(L, col), rows: [head(L, col)] },
    { name: w.exampleSheet, rows: [head(L, ind), ...example] },
    { name: w.guideSheet, rows: guide },
  ]);
  return 0;
}
