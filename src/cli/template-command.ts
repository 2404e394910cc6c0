/** thidua template: an empty spreadsheet in the layout `thidua evaluate` reads (docs/cli.md#spreadsheets). */
import { resolve } from 'node:path';
import { LANGS, localeOf, type Lang } from '../explain/locales/index.js';
import type { CommandKit } from './award-commands.js';
import { writeCsv, writeWorkbook } from './sheet-io.js';
import { COLLECTIVE_COLUMNS, INDIVIDUAL_COLUMNS, SHEETS, type Column } from './sheet-layout.js';

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

const head = (cols: readonly Column[], lang: Lang): string[] => cols.map((c) => c[lang]);

/** Run `thidua template`. */
export async function cmdTemplate(k: CommandKit): Promise<number> {
  const lang = k.choice('lang', LANGS, 'vi') as Lang;
  const format = k.choice('format', ['xlsx', 'csv'], 'xlsx');
  const kind = k.choice('kind', ['individual', 'collective'], 'individual');
  if (k.positionals.length) k.usage('template-no-positional');
  const out = k.one('out');
  if (out !== undefined && !out.toLowerCase().endsWith(`.${format}`)) k.usage('template-out-ext', { ext: format, got: out });
  if (format === 'csv') {
    const cols = kind === 'collective' ? COLLECTIVE_COLUMNS : INDIVIDUAL_COLUMNS;
    if (out === undefined) {
      const { stringify } = await import('csv-stringify/sync');
      k.stdout(stringify([head(cols, lang)]));
      return 0;
    }
    await writeCsv(resolve(k.cwd, out), [head(cols, lang)]);
    return 0;
  }
  if (out === undefined) k.usage('template-needs-out');
  const [ind, col] = SHEETS;
  const example = EXAMPLE.map((r) => INDIVIDUAL_COLUMNS.map((c) => r[c.key] ?? ''));
  const w = localeOf(lang).cli.template;
  const guide = [
    [...w.guideHeader],
    ...SHEETS.flatMap((s) => s.columns.map((c) => [s[lang], c[lang], lang === 'vi' ? c.en : c.vi, c.required ? w.yes : '', c.help[lang]])),
  ];
  await writeWorkbook(resolve(k.cwd, out), [
    { name: ind[lang], rows: [head(INDIVIDUAL_COLUMNS, lang)] },
    { name: col[lang], rows: [head(COLLECTIVE_COLUMNS, lang)] },
    { name: w.exampleSheet, rows: [head(INDIVIDUAL_COLUMNS, lang), ...example] },
    { name: w.guideSheet, rows: guide },
  ]);
  return 0;
}
