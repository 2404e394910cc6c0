/**
 * The spreadsheet layout of `thidua evaluate staff.xlsx|.csv` and `thidua template`: one row per
 * subject and achievement year, Vietnamese headers with English aliases, one sheet for individuals
 * ("Cá nhân") and one for collectives ("Tập thể"). Rows are grouped into subjects by their id; every
 * cell is checked against its column and a bad cell is reported as
 * "Sheet 'Cá nhân', row 17, column 'Xếp loại': 'great' is not one of …". Documented in docs/cli.md.
 */
import type { RuleBook } from '../model/rule-book.js';
import { makeIssue, type Issue, type IssueParamsByCode } from '../model/issue.js';
import { canonicalColumnName, canonicalSheetName, columnByHeader, columnNames, norm, type CellValue, type Column, type SheetData, type SheetSubject } from './sheet-columns.js';

export { COLLECTIVE_COLUMNS, INDIVIDUAL_COLUMNS, norm, SHEETS, sheetByName } from './sheet-columns.js';
export type { CellValue, Column, SheetData, SheetDef, SheetRow, SheetSubject } from './sheet-columns.js';

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
    const name = canonicalSheetName(sheet.def);
    const colName = (col: Column | string): string => (typeof col === 'string' ? col : canonicalColumnName(sheet.def, col));
    const cell = (row: number, col: Column | string, value: CellValue | undefined, problem: CellIssue): Issue =>
      makeIssue('invalid_cell', [file, name, row, colName(col)], {
        sheet: name,
        row,
        column: colName(col),
        ...(value !== undefined && value !== null && cellText(value) !== '' ? { value: cellText(value).slice(0, 200) } : {}),
        ...problem,
      });
    // header → column
    const cols: (Column | undefined)[] = [];
    const found = new Set<string>();
    sheet.header.forEach((hv, i) => {
      const t = cellText(hv);
      if (t === '') return;
      const c = columnByHeader(sheet.def, t);
      if (!c) {
        issues.push(cell(1, t, undefined, { problem: 'unknown-column', options: sheet.def.columns.map((c) => columnNames(sheet.def, c)) }));
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
