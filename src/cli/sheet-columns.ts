/**
 * The columns and sheets of the spreadsheet layout (see ./sheet-layout.ts): each column's key, kind
 * and accepted spellings of each enum value, and the shapes of a sheet as read. Sheet names, headers
 * and help texts are the locales' words (src/explain/locales/sheet-words.ts): a sheet is written in
 * one locale's words and read in any shipped locale's (Vietnamese headers, English aliases).
 */
import type { Issue } from '../model/issue.js';
import type { LocalizedText } from '../model/rule-book.js';
import { DEFAULT_LANG, LOCALES, localeOf } from '../explain/locales/index.js';
import type { Locale } from '../explain/locales/locale.js';
import type { CollectiveColumn, ColumnWords, IndividualColumn } from '../explain/locales/sheet-words.js';

/** A cell value as read from xlsx (exceljs) or CSV (csv-parse): normalised to these. */
export type CellValue = string | number | boolean | Date | null;

type Kind = 'id' | 'text' | 'year' | 'enum' | 'bool' | 'count' | 'awards' | 'votes' | 'date';

/** One column of a sheet. */
export interface Column {
  /** Field it fills (subject or history-year field, or a composite like initiativeScope). */
  readonly key: IndividualColumn | CollectiveColumn;
  readonly level: 'subject' | 'year' | 'initiative' | 'discipline';
  readonly kind: Kind;
  readonly required?: boolean;
  /** enum: canonical value → accepted Vietnamese spellings (the canonical English value is always accepted). */
  readonly values?: Readonly<Record<string, readonly string[]>>;
}

const RATING = {
  excellent: ['hoàn thành xuất sắc nhiệm vụ', 'xuất sắc', 'htxsnv'],
  good: ['hoàn thành tốt nhiệm vụ', 'tốt', 'httnv'],
  completed: ['hoàn thành nhiệm vụ', 'hoàn thành', 'htnv'],
  failed: ['không hoàn thành nhiệm vụ', 'không hoàn thành', 'khtnv'],
} as const;
const SCOPE = {
  grassroots: ['cơ sở', 'cấp cơ sở'],
  'ministry-province': ['bộ, ngành, tỉnh', 'cấp bộ, ngành, tỉnh', 'cấp bộ', 'cấp tỉnh', 'bộ, tỉnh'],
  'force-wide': ['toàn quân', 'toàn lực lượng', 'toàn quân, toàn lực lượng'],
  national: ['toàn quốc', 'cấp toàn quốc'],
} as const;
const INITIATIVE_KIND = { initiative: ['sáng kiến'], research: ['đề tài', 'đề tài nghiên cứu', 'nghiên cứu khoa học'], 'combat-creativity': ['sáng tạo chiến đấu'] } as const;
const DISCIPLINE = {
  reprimand: ['khiển trách'],
  warning: ['cảnh cáo'],
  'salary-downgrade': ['hạ bậc lương'],
  demotion: ['giáng chức'],
  'removal-from-office': ['cách chức'],
  dismissal: ['buộc thôi việc'],
} as const;
const CATEGORY = {
  'civil-servant': ['cán bộ, công chức, viên chức', 'công chức', 'viên chức', 'cán bộ'],
  'worker-farmer': ['công nhân, nông dân', 'công nhân', 'nông dân', 'người lao động'],
  'armed-forces': ['lực lượng vũ trang', 'quân đội', 'công an'],
  'entrepreneur-scientist': ['doanh nhân, nhà khoa học', 'doanh nhân', 'nhà khoa học'],
  other: ['khác'],
} as const;
const GENDER = { female: ['nữ'], male: ['nam'], other: ['khác'] } as const;
const COLLECTIVE_KIND = {
  agency: ['cơ quan'],
  enterprise: ['doanh nghiệp'],
  commune: ['xã', 'phường', 'thị trấn', 'xã, phường, thị trấn'],
  village: ['thôn', 'tổ dân phố', 'thôn, tổ dân phố'],
  unit: ['đơn vị'],
  district: ['huyện', 'quận'],
  province: ['tỉnh', 'thành phố'],
  household: ['hộ gia đình'],
  other: ['khác'],
} as const;

const COMMON_HEAD: readonly Column[] = [
  { key: 'id', level: 'subject', kind: 'id', required: true },
];
const RATING_COL = (key: Column['key']): Column => ({ key, level: 'year', kind: 'enum', values: RATING });
const BOOL = (key: Column['key'], level: Column['level'] = 'year'): Column => ({ key, level, kind: 'bool' });
const COUNT = (key: Column['key']): Column => ({ key, level: 'year', kind: 'count' });
const AWARDS: Column = { key: 'awards', level: 'year', kind: 'awards' };
const VOTES: Column = { key: 'councilVotes', level: 'year', kind: 'votes' };
const INVESTIGATION = BOOL('isUnderInvestigation', 'subject');

/** The individuals' sheet. */
export const INDIVIDUAL_COLUMNS: readonly Column[] = [
  ...COMMON_HEAD,
  { key: 'name', level: 'subject', kind: 'text' },
  { key: 'year', level: 'year', kind: 'year', required: true },
  RATING_COL('taskRating'),
  BOOL('hasGoodConduct'),
  AWARDS,
  { key: 'initiativeScope', level: 'initiative', kind: 'enum', values: SCOPE },
  { key: 'initiativeKind', level: 'initiative', kind: 'enum', values: INITIATIVE_KIND },
  BOOL('initiativeApplied', 'initiative'),
  VOTES,
  { key: 'disciplineLevel', level: 'discipline', kind: 'enum', values: DISCIPLINE },
  { key: 'disciplineFrom', level: 'discipline', kind: 'date' },
  { key: 'disciplineTo', level: 'discipline', kind: 'date' },
  INVESTIGATION,
  { key: 'category', level: 'subject', kind: 'enum', values: CATEGORY },
  { key: 'gender', level: 'subject', kind: 'enum', values: GENDER },
  COUNT('maternityLeaveDays'),
];

/** The collectives' sheet. */
export const COLLECTIVE_COLUMNS: readonly Column[] = [
  ...COMMON_HEAD,
  { key: 'name', level: 'subject', kind: 'text' },
  { key: 'year', level: 'year', kind: 'year', required: true },
  { key: 'collectiveKind', level: 'subject', kind: 'enum', values: COLLECTIVE_KIND },
  BOOL('isArmedForces', 'subject'),
  RATING_COL('taskRating'),
  BOOL('isEmulationActive'),
  BOOL('hasSolidarity'),
  BOOL('isLawAbiding'),
  BOOL('hasExceededTargets'),
  BOOL('isExemplary'),
  RATING_COL('partyOrgRating'),
  RATING_COL('massOrgRating'),
  COUNT('memberCount'),
  COUNT('advancedMemberCount'),
  COUNT('cstdcsMemberCount'),
  COUNT('completedMemberCount'),
  COUNT('warnedMemberCount'),
  AWARDS,
  VOTES,
  INVESTIGATION,
];

/** The two sheets: subject kind and columns (their names are the locales' words). */
export const SHEETS = [
  { kind: 'individual', columns: INDIVIDUAL_COLUMNS },
  { kind: 'collective', columns: COLLECTIVE_COLUMNS },
] as const;
export type SheetDef = (typeof SHEETS)[number];

/** The locales whose sheet names and headers are read: every shipped one. */
const READ: readonly Locale[] = Object.values(LOCALES);
/** The locale whose names stand for a sheet and a column in issue paths (the default, Vietnamese). */
const CANONICAL: Locale = localeOf(DEFAULT_LANG);

/** A sheet's name in a locale's words. */
export function sheetName(L: Locale, def: SheetDef): string {
  return L.cli.sheet.sheet[def.kind];
}

/** A column's header and help text in a locale's words. */
export function columnWords(L: Locale, def: SheetDef, c: Column): ColumnWords {
  return (L.cli.sheet[def.kind] as Readonly<Record<string, ColumnWords>>)[c.key]!;
}

/** The names of a sheet and of a column that issue paths and messages use. */
export const canonicalSheetName = (def: SheetDef): string => sheetName(CANONICAL, def);
export const canonicalColumnName = (def: SheetDef, c: Column): string => columnWords(CANONICAL, def, c).name;

/** A column's header in Vietnamese and English, for issue parameters (`unknown-column`). */
export const columnNames = (def: SheetDef, c: Column): LocalizedText => ({ vi: columnWords(LOCALES.vi, def, c).name, en: columnWords(LOCALES.en, def, c).name });

/** Every name of a sheet in Vietnamese and English, for issue parameters (`xlsx-no-sheet`). */
export const sheetNames = (def: SheetDef): readonly string[] => [sheetName(LOCALES.vi, def), sheetName(LOCALES.en, def)];

/** The column of a sheet a header stands for (any shipped locale's name, any case). */
export function columnByHeader(def: SheetDef, header: string): Column | undefined {
  const n = norm(header);
  return def.columns.find((c) => READ.some((L) => norm(columnWords(L, def, c).name) === n));
}

/** Lower-case, NFC, single spaces: how headers, sheet names and enum spellings are compared. */
export function norm(s: string): string {
  return s.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** The sheet definition a sheet name stands for (any shipped locale's name, any case). */
export function sheetByName(name: string): SheetDef | undefined {
  const n = norm(name);
  return SHEETS.find((s) => READ.some((L) => norm(sheetName(L, s)) === n));
}

/** One row as read: its 1-based row number in the sheet and its cells by column index. */
export interface SheetRow {
  readonly row: number;
  readonly cells: readonly CellValue[];
}

/** A sheet as read. */
export interface SheetData {
  readonly def: SheetDef;
  /** The header row's cells (row 1). */
  readonly header: readonly CellValue[];
  readonly rows: readonly SheetRow[];
}

/** A subject built from rows, or the cell issues that reject it. */
export interface SheetSubject {
  readonly id: string | null;
  readonly value?: unknown;
  readonly issues: readonly Issue[];
  /** [file, sheet, first row] */
  readonly base: readonly (string | number)[];
}
