/**
 * The columns and sheets of the spreadsheet layout (see ./sheet-layout.ts): headers in Vietnamese
 * with English aliases, the accepted spellings of each enum value, and the shapes of a sheet as read.
 */
import type { Issue } from '../model/issue.js';

/** A cell value as read from xlsx (exceljs) or CSV (csv-parse): normalised to these. */
export type CellValue = string | number | boolean | Date | null;

type Kind = 'id' | 'text' | 'year' | 'enum' | 'bool' | 'count' | 'awards' | 'votes' | 'date';

/** One column of a sheet. */
export interface Column {
  /** Field it fills (subject or history-year field, or a composite like initiativeScope). */
  readonly key: string;
  readonly vi: string;
  readonly en: string;
  readonly level: 'subject' | 'year' | 'initiative' | 'discipline';
  readonly kind: Kind;
  readonly required?: boolean;
  /** enum: canonical value → accepted Vietnamese spellings (the canonical English value is always accepted). */
  readonly values?: Readonly<Record<string, readonly string[]>>;
  /** What to write in the example sheet. */
  readonly help: { readonly vi: string; readonly en: string };
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

const h = (vi: string, en: string) => ({ vi, en });
const COMMON_HEAD: readonly Column[] = [
  { key: 'id', vi: 'Mã', en: 'id', level: 'subject', kind: 'id', required: true, help: h('mã không dấu, chữ thường: nguyen-van-a', 'lower-case ASCII id: nguyen-van-a') },
];
const RATING_COL = (key: string, vi: string, en: string): Column => ({ key, vi, en, level: 'year', kind: 'enum', values: RATING, help: h('Hoàn thành xuất sắc nhiệm vụ / Hoàn thành tốt nhiệm vụ / Hoàn thành nhiệm vụ / Không hoàn thành nhiệm vụ', 'excellent / good / completed / failed') });
const BOOL = (key: string, vi: string, en: string, level: Column['level'] = 'year'): Column => ({ key, vi, en, level, kind: 'bool', help: h('có / không', 'yes / no') });
const COUNT = (key: string, vi: string, en: string): Column => ({ key, vi, en, level: 'year', kind: 'count', help: h('số nguyên ≥ 0', 'whole number ≥ 0') });
const AWARDS: Column = { key: 'awards', vi: 'Danh hiệu, khen thưởng đã nhận', en: 'awards', level: 'year', kind: 'awards', help: h('mã danh hiệu, cách nhau bởi dấu ;', 'award ids separated by ;') };
const VOTES: Column = { key: 'councilVotes', vi: 'Phiếu bầu Hội đồng', en: 'councilVotes', level: 'year', kind: 'votes', help: h('mã danh hiệu: số phiếu đồng ý/số thành viên; …', 'award-id: approvals/members; …') };
const INVESTIGATION = BOOL('isUnderInvestigation', 'Đang bị điều tra, xem xét', 'isUnderInvestigation', 'subject');

/** The individuals' sheet. */
export const INDIVIDUAL_COLUMNS: readonly Column[] = [
  ...COMMON_HEAD,
  { key: 'name', vi: 'Họ và tên', en: 'name', level: 'subject', kind: 'text', help: h('Nguyễn Văn A', 'Nguyễn Văn A') },
  { key: 'year', vi: 'Năm', en: 'year', level: 'year', kind: 'year', required: true, help: h('năm thành tích: 2025', 'achievement year: 2025') },
  RATING_COL('taskRating', 'Xếp loại', 'taskRating'),
  BOOL('hasGoodConduct', 'Gương mẫu, đoàn kết, tích cực thi đua', 'hasGoodConduct'),
  AWARDS,
  { key: 'initiativeScope', vi: 'Sáng kiến: cấp công nhận', en: 'initiativeScope', level: 'initiative', kind: 'enum', values: SCOPE, help: h('cơ sở / bộ, ngành, tỉnh / toàn quân / toàn quốc', 'grassroots / ministry-province / force-wide / national') },
  { key: 'initiativeKind', vi: 'Sáng kiến: loại', en: 'initiativeKind', level: 'initiative', kind: 'enum', values: INITIATIVE_KIND, help: h('sáng kiến / đề tài / sáng tạo chiến đấu (mặc định: sáng kiến)', 'initiative / research / combat-creativity (default: initiative)') },
  BOOL('initiativeApplied', 'Sáng kiến: đã áp dụng', 'initiativeApplied', 'initiative'),
  VOTES,
  { key: 'disciplineLevel', vi: 'Kỷ luật', en: 'disciplineLevel', level: 'discipline', kind: 'enum', values: DISCIPLINE, help: h('khiển trách / cảnh cáo / hạ bậc lương / giáng chức / cách chức / buộc thôi việc', 'reprimand / warning / salary-downgrade / demotion / removal-from-office / dismissal') },
  { key: 'disciplineFrom', vi: 'Kỷ luật từ ngày', en: 'disciplineFrom', level: 'discipline', kind: 'date', help: h('YYYY-MM-DD', 'YYYY-MM-DD') },
  { key: 'disciplineTo', vi: 'Kỷ luật đến ngày', en: 'disciplineTo', level: 'discipline', kind: 'date', help: h('YYYY-MM-DD (trống: chưa hết)', 'YYYY-MM-DD (blank: still running)') },
  INVESTIGATION,
  { key: 'category', vi: 'Đối tượng', en: 'category', level: 'subject', kind: 'enum', values: CATEGORY, help: h('cán bộ, công chức, viên chức / công nhân, nông dân / lực lượng vũ trang / …', 'civil-servant / worker-farmer / armed-forces / entrepreneur-scientist / other') },
  { key: 'gender', vi: 'Giới tính', en: 'gender', level: 'subject', kind: 'enum', values: GENDER, help: h('nữ / nam', 'female / male') },
  COUNT('maternityLeaveDays', 'Nghỉ thai sản (ngày)', 'maternityLeaveDays'),
];

/** The collectives' sheet. */
export const COLLECTIVE_COLUMNS: readonly Column[] = [
  ...COMMON_HEAD,
  { key: 'name', vi: 'Tên tập thể', en: 'name', level: 'subject', kind: 'text', help: h('Phòng Tổ chức cán bộ', 'Personnel Office') },
  { key: 'year', vi: 'Năm', en: 'year', level: 'year', kind: 'year', required: true, help: h('năm thành tích: 2025', 'achievement year: 2025') },
  { key: 'collectiveKind', vi: 'Loại tập thể', en: 'collectiveKind', level: 'subject', kind: 'enum', values: COLLECTIVE_KIND, help: h('cơ quan / doanh nghiệp / xã / thôn / đơn vị / …', 'agency / enterprise / commune / village / unit / …') },
  BOOL('isArmedForces', 'Đơn vị lực lượng vũ trang', 'isArmedForces', 'subject'),
  RATING_COL('taskRating', 'Xếp loại', 'taskRating'),
  BOOL('isEmulationActive', 'Phong trào thi đua thiết thực, hiệu quả', 'isEmulationActive'),
  BOOL('hasSolidarity', 'Nội bộ đoàn kết', 'hasSolidarity'),
  BOOL('isLawAbiding', 'Chấp hành tốt pháp luật', 'isLawAbiding'),
  BOOL('hasExceededTargets', 'Vượt chỉ tiêu', 'hasExceededTargets'),
  BOOL('isExemplary', 'Tiêu biểu', 'isExemplary'),
  RATING_COL('partyOrgRating', 'Xếp loại tổ chức đảng', 'partyOrgRating'),
  RATING_COL('massOrgRating', 'Xếp loại đoàn thể', 'massOrgRating'),
  COUNT('memberCount', 'Số thành viên', 'memberCount'),
  COUNT('advancedMemberCount', 'Số đạt Lao động tiên tiến', 'advancedMemberCount'),
  COUNT('cstdcsMemberCount', 'Số đạt Chiến sĩ thi đua cơ sở', 'cstdcsMemberCount'),
  COUNT('completedMemberCount', 'Số hoàn thành nhiệm vụ trở lên', 'completedMemberCount'),
  COUNT('warnedMemberCount', 'Số bị kỷ luật từ cảnh cáo', 'warnedMemberCount'),
  AWARDS,
  VOTES,
  INVESTIGATION,
];

/** The two sheets: Vietnamese name, English alias, subject kind, columns. */
export const SHEETS = [
  { kind: 'individual', vi: 'Cá nhân', en: 'Individuals', columns: INDIVIDUAL_COLUMNS },
  { kind: 'collective', vi: 'Tập thể', en: 'Collectives', columns: COLLECTIVE_COLUMNS },
] as const;
export type SheetDef = (typeof SHEETS)[number];

/** Lower-case, NFC, single spaces: how headers, sheet names and enum spellings are compared. */
export function norm(s: string): string {
  return s.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** The sheet definition a sheet name stands for (Vietnamese or English, any case). */
export function sheetByName(name: string): SheetDef | undefined {
  const n = norm(name);
  return SHEETS.find((s) => norm(s.vi) === n || norm(s.en) === n);
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
