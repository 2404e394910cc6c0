/**
 * The spreadsheet layout of `thidua evaluate staff.xlsx|.csv` and `thidua template`: one row per
 * subject and achievement year, Vietnamese headers with English aliases, one sheet for individuals
 * ("Cá nhân") and one for collectives ("Tập thể"). Rows are grouped into subjects by their id; every
 * cell is checked against its column and a bad cell is reported as
 * "Sheet 'Cá nhân', row 17, column 'Xếp loại': 'great' is not one of …". Documented in docs/cli.md.
 */
import type { RuleBook } from '../model/rule-book.js';
import { makeIssue, type Issue, type IssueParamsByCode } from '../model/issue.js';

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

const cellText = (v: CellValue): string => (v instanceof Date ? v.toISOString().slice(0, 10) : v === null ? '' : String(v)).trim();

/** Build the subjects of the sheets, in order of first appearance (individuals' sheet first). */
export function subjectsFromSheets(file: string, sheets: readonly SheetData[], book: RuleBook): { subjects: SheetSubject[]; issues: Issue[] } {
  const subjects: SheetSubject[] = [];
  const issues: Issue[] = [];
  const awardIds = new Map<string, string>();
  for (const a of book.awards) {
    awardIds.set(norm(a.id), a.id);
    awardIds.set(norm(a.title.vi), a.id);
    awardIds.set(norm(a.title.en), a.id);
  }
  const seenIds = new Map<string, string>();
  for (const sheet of sheets) {
    const name = sheet.def.vi;
    const cell = (row: number, col: Column | string, value: CellValue | undefined, problem: CellIssue): Issue =>
      makeIssue('invalid_cell', [file, name, row, typeof col === 'string' ? col : col.vi], {
        sheet: name,
        row,
        column: typeof col === 'string' ? col : col.vi,
        ...(value !== undefined && value !== null && cellText(value) !== '' ? { value: cellText(value).slice(0, 200) } : {}),
        ...problem,
      });
    // header → column
    const cols: (Column | undefined)[] = [];
    const found = new Set<string>();
    sheet.header.forEach((hv, i) => {
      const t = cellText(hv);
      if (t === '') return;
      const c = sheet.def.columns.find((c) => norm(c.vi) === norm(t) || norm(c.en) === norm(t));
      if (!c) {
        issues.push(cell(1, t, undefined, { problem: 'unknown-column', options: sheet.def.columns.map((c) => ({ vi: c.vi, en: c.en })) }));
      } else if (found.has(c.key)) issues.push(cell(1, c, undefined, { problem: 'duplicate-column' }));
      else {
        found.add(c.key);
        cols[i] = c;
      }
    });
    for (const c of sheet.def.columns) if (c.required && !found.has(c.key)) issues.push(cell(1, c, undefined, { problem: 'missing-column' }));
    if (issues.length) continue;

    interface Acc {
      id: string;
      firstRow: number;
      subject: Record<string, unknown>;
      subjectFrom: Map<string, number>;
      years: Map<number, number>;
      history: Record<string, unknown>[];
      initiatives: Record<string, unknown>[];
      discipline: Record<string, unknown>[];
      votes: Record<string, unknown>[];
      issues: Issue[];
    }
    const order: (Acc | SheetSubject)[] = [];
    const byId = new Map<string, Acc>();
    for (const r of sheet.rows) {
      if (r.cells.every((v) => cellText(v) === '')) continue;
      const rowIssues: Issue[] = [];
      const vals = new Map<string, unknown>();
      cols.forEach((c, i) => {
        if (!c) return;
        const raw = r.cells[i] ?? null;
        const t = cellText(raw);
        if (t === '') {
          if (c.required) rowIssues.push(cell(r.row, c, undefined, { problem: 'empty-required' }));
          return;
        }
        const parsed = parseCell(c, raw, t, awardIds);
        if ('problem' in parsed) rowIssues.push(cell(r.row, c, raw, parsed.problem));
        else vals.set(c.key, parsed.value);
      });
      const id = vals.get('id') as string | undefined;
      if (id === undefined) {
        order.push({ id: null, issues: rowIssues.length ? rowIssues : [cell(r.row, cols.find((c) => c?.key === 'id') ?? 'Mã', undefined, { problem: 'missing-id' })], base: [file, name, r.row] });
        continue;
      }
      const other = seenIds.get(id);
      let acc = byId.get(id);
      if (!acc && other !== undefined) {
        rowIssues.push(cell(r.row, cols.find((c) => c?.key === 'id')!, id, { problem: 'id-on-other-sheet', other }));
      }
      if (!acc) {
        acc = { id, firstRow: r.row, subject: {}, subjectFrom: new Map(), years: new Map(), history: [], initiatives: [], discipline: [], votes: [], issues: [] };
        byId.set(id, acc);
        order.push(acc);
        if (other === undefined) seenIds.set(id, name);
      }
      acc.issues.push(...rowIssues);
      const year = vals.get('year') as number | undefined;
      if (year !== undefined) {
        const prev = acc.years.get(year);
        if (prev !== undefined) acc.issues.push(cell(r.row, cols.find((c) => c?.key === 'year')!, year, { problem: 'year-repeated', other: prev }));
        acc.years.set(year, r.row);
      }
      const yearRec: Record<string, unknown> = { year };
      const ini: Record<string, unknown> = {};
      const dis: Record<string, unknown> = {};
      for (const [key, value] of vals) {
        const c = sheet.def.columns.find((x) => x.key === key)!;
        if (key === 'id' || key === 'year') continue;
        if (c.level === 'subject') {
          const had = acc.subjectFrom.get(key);
          if (had !== undefined && acc.subject[key] !== value) {
            acc.issues.push(cell(r.row, c, value as CellValue, { problem: 'differs-from-row', other: had, values: [String(acc.subject[key])] }));
          } else if (had === undefined) {
            acc.subject[key] = value;
            acc.subjectFrom.set(key, r.row);
          }
        } else if (c.level === 'initiative') ini[key] = value;
        else if (c.level === 'discipline') dis[key] = value;
        else if (key === 'councilVotes') for (const v of value as { awardId: string; approvals: number; members: number }[]) acc.votes.push({ awardId: v.awardId, year, members: v.members, approvals: v.approvals });
        else if (key === 'awards') yearRec['awards'] = value;
        else yearRec[key] = value;
      }
      acc.history.push(yearRec);
      // a row whose cells were refused is not checked for completeness as well
      if (rowIssues.length) continue;
      if (Object.keys(ini).length) {
        if (ini['initiativeScope'] === undefined) acc.issues.push(cell(r.row, sheet.def.columns.find((c) => c.key === 'initiativeScope')!, undefined, { problem: 'initiative-needs-scope' }));
        else
          acc.initiatives.push({
            id: `${id}-${year}`,
            kind: ini['initiativeKind'] ?? 'initiative',
            year,
            recognisedScope: ini['initiativeScope'],
            ...(ini['initiativeApplied'] !== undefined ? { applied: ini['initiativeApplied'] } : {}),
          });
      }
      if (Object.keys(dis).length) {
        if (dis['disciplineLevel'] === undefined || dis['disciplineFrom'] === undefined) {
          const missing = dis['disciplineLevel'] === undefined ? 'disciplineLevel' : 'disciplineFrom';
          acc.issues.push(cell(r.row, sheet.def.columns.find((c) => c.key === missing)!, undefined, { problem: 'discipline-needs-level-and-start' }));
        } else acc.discipline.push({ level: dis['disciplineLevel'], from: dis['disciplineFrom'], ...(dis['disciplineTo'] !== undefined ? { to: dis['disciplineTo'] } : {}) });
      }
    }
    for (const a of order) {
      if (!('firstRow' in a)) {
        subjects.push(a);
        continue;
      }
      const base = [file, name, a.firstRow];
      if (a.issues.length) {
        subjects.push({ id: a.id, issues: a.issues, base });
        continue;
      }
      const history = [...a.history].sort((x, y) => (x['year'] as number) - (y['year'] as number));
      const value = {
        kind: sheet.def.kind,
        id: a.id,
        ...a.subject,
        history,
        ...(a.initiatives.length ? { initiatives: a.initiatives } : {}),
        ...(a.discipline.length ? { discipline: a.discipline } : {}),
        ...(a.votes.length ? { councilVotes: a.votes } : {}),
      };
      subjects.push({ id: a.id, value, issues: [], base });
    }
  }
  return { subjects, issues };
}

/** The problem of a cell: a sub-code of invalid_cell and its values. */
type CellIssue = Omit<IssueParamsByCode['invalid_cell'], 'sheet' | 'row' | 'column' | 'value'>;
type Parsed = { value: unknown } | { problem: CellIssue };

const ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const BOOLS: Readonly<Record<string, boolean>> = { có: true, x: true, yes: true, true: true, '1': true, đúng: true, 'đạt': true, không: false, no: false, false: false, '0': false, sai: false, 'không đạt': false };

/** The part of a list cell that is wrong, when it is not the whole cell. */
const partOf = (p: string, whole: string): { part?: string } => (p === whole.trim() ? {} : { part: p });

function parseCell(c: Column, raw: CellValue, t: string, awardIds: ReadonlyMap<string, string>): Parsed {
  switch (c.kind) {
    case 'id':
      return ID_RE.test(t) && t.length <= 120 ? { value: t } : { problem: { problem: 'bad-id' } };
    case 'text':
      return t.length <= 300 ? { value: t } : { problem: { problem: 'text-too-long' } };
    case 'year': {
      const n = typeof raw === 'number' ? raw : /^\d{4}$/.test(t) ? Number(t) : NaN;
      return Number.isInteger(n) && n >= 1945 && n <= 2100 ? { value: n } : { problem: { problem: 'bad-year' } };
    }
    case 'count': {
      const n = typeof raw === 'number' ? raw : /^\d{1,8}$/.test(t) ? Number(t) : NaN;
      return Number.isInteger(n) && n >= 0 && n <= 10_000_000 ? { value: n } : { problem: { problem: 'bad-count' } };
    }
    case 'bool': {
      if (typeof raw === 'boolean') return { value: raw };
      const b = BOOLS[norm(t)];
      return b === undefined ? { problem: { problem: 'bad-bool' } } : { value: b };
    }
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(t) && !Number.isNaN(Date.parse(`${t}T00:00:00Z`)) && new Date(`${t}T00:00:00Z`).toISOString().startsWith(t)
        ? { value: t }
        : { problem: { problem: 'bad-date' } };
    case 'enum': {
      const n = norm(t);
      for (const [canon, spellings] of Object.entries(c.values!)) if (n === canon || spellings.some((s) => norm(s) === n)) return { value: canon };
      return { problem: { problem: 'bad-enum', options: Object.entries(c.values!).map(([canon, spellings]) => ({ vi: spellings[0]!, en: canon })) } };
    }
    case 'awards': {
      const out: { awardId: string }[] = [];
      for (const part of t.split(/[;\n]/)) {
        const p = part.trim();
        if (!p) continue;
        const id = awardIds.get(norm(p));
        if (!id) return { problem: { problem: 'unknown-award', ...partOf(p, t) } };
        out.push({ awardId: id });
      }
      return { value: out };
    }
    case 'votes': {
      const out: { awardId: string; approvals: number; members: number }[] = [];
      for (const part of t.split(/[;\n]/)) {
        const p = part.trim();
        if (!p) continue;
        const m = /^(.+?)\s*:\s*(\d{1,5})\s*\/\s*(\d{1,5})$/.exec(p);
        const id = m ? awardIds.get(norm(m[1]!)) : undefined;
        if (!m || !id) return { problem: { problem: 'bad-vote', ...partOf(p, t) } };
        const approvals = Number(m[2]);
        const members = Number(m[3]);
        if (members < 1 || approvals > members) return { problem: { problem: 'vote-out-of-range', ...partOf(p, t) } };
        out.push({ awardId: id, approvals, members });
      }
      return { value: out };
    }
  }
}
