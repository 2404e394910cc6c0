/**
 * Spreadsheet files for the CLI: .xlsx through exceljs, .csv through csv-parse / csv-stringify. The
 * libraries are imported dynamically, so only the CLI loads them (never the library core).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { makeIssue, type Issue } from '../model/issue.js';
import { readFileCapped } from './read-file.js';
import { excel, xlsxWorksheets } from './xlsx-reader.js';
import { issueMessage } from '../explain/issue-message.js';
import { SHEETS, sheetByName, type CellValue, type SheetData, type SheetDef, type SheetRow } from './sheet-layout.js';
import { columnByHeader, sheetNames } from './sheet-columns.js';

/** Spreadsheet formats by file extension. */
export function sheetFormatOf(path: string): 'xlsx' | 'csv' | undefined {
  const m = /\.(xlsx|csv)$/i.exec(path);
  return m ? (m[1]!.toLowerCase() as 'xlsx' | 'csv') : undefined;
}

/** A cell of exceljs (rich text, formulas, hyperlinks, dates) as a plain value. */
function plain(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
    if ('result' in o) return plain(o.result);
    if (typeof o.text === 'string') return o.text;
    if (o.error !== undefined) return String(o.error);
  }
  return String(v);
}

/**
 * Read the layout's sheets of a spreadsheet file (at most 64 MiB). For .xlsx the sheets named
 * "Cá nhân"/"Individuals" and "Tập thể"/"Collectives" (other sheets, e.g. the template's example,
 * are ignored); a .csv holds one sheet, the collectives' when its header has "Loại tập thể"
 * (collectiveKind), the individuals' otherwise.
 */
export async function readSheets(path: string, label: string): Promise<{ sheets?: SheetData[]; issues: Issue[] }> {
  const read = readFileCapped(path, label);
  if (!read.bytes) return { issues: read.issues };
  if (sheetFormatOf(path) === 'csv') {
    const { parse } = await import('csv-parse/sync');
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
    } catch {
      return { issues: [makeIssue('invalid_format', [label], { format: 'csv-not-utf8' })] };
    }
    let records: { record: string[]; info: { lines: number } }[];
    try {
      records = parse(text, { bom: true, info: true, relax_column_count: true }) as unknown as typeof records;
    } catch (e) {
      return { issues: [makeIssue('invalid_format', [label], { format: 'csv-syntax', ...(typeof (e as { lines?: unknown }).lines === 'number' ? { line: (e as { lines: number }).lines } : {}) })] };
    }
    if (records.length === 0) return { issues: [makeIssue('invalid_format', [label], { format: 'csv-no-header' })] };
    const header = records[0]!.record;
    // a CSV holds one sheet: the collectives' when a header names its collective-kind column
    const def: SheetDef = header.some((h) => columnByHeader(SHEETS[1], h)?.key === 'collectiveKind') ? SHEETS[1] : SHEETS[0];
    const rows: SheetRow[] = records.slice(1).map((r) => ({ row: r.info.lines, cells: r.record }));
    return { sheets: [{ def, header, rows }], issues: [] };
  }
  // exceljs' streaming worksheet parser: rows become plain arrays as they are parsed, the workbook
  // model (cells, styles per cell) is never built (6-8× less memory than Workbook.load on large
  // sheets); the archive is opened by its central directory (xlsx-reader.ts says why)
  const sheets: SheetData[] = [];
  try {
    for await (const ws of xlsxWorksheets(read.bytes)) {
      const def = sheetByName(ws.name);
      if (!def || sheets.some((s) => s.def === def)) {
        for await (const _row of ws) void _row; // drain
        continue;
      }
      let header: CellValue[] = [];
      const rows: SheetRow[] = [];
      for await (const row of ws) {
        const values = (row.values as unknown[]).slice(1).map(plain);
        if (row.number === 1) header = values;
        else rows.push({ row: row.number, cells: values });
      }
      sheets.push({ def, header, rows });
    }
  } catch {
    return { issues: [makeIssue('invalid_format', [label], { format: 'xlsx-unreadable' })] };
  }
  if (!sheets.length) return { issues: [makeIssue('invalid_format', [label], { format: 'xlsx-no-sheet', values: [...sheetNames(SHEETS[0]), ...sheetNames(SHEETS[1])] })] };
  sheets.sort((a, b) => SHEETS.indexOf(a.def) - SHEETS.indexOf(b.def));
  return { sheets, issues: [] };
}

/** A table written row by row: .csv streamed with csv-stringify, .xlsx with exceljs' streaming writer. */
export interface TableWriter {
  row(cells: readonly (string | number)[]): Promise<void>;
  close(): Promise<void>;
}

/** Open a results table for writing. */
export async function openTableWriter(path: string, sheetName: string, header: readonly string[]): Promise<TableWriter> {
  if (sheetFormatOf(path) === 'csv') {
    const { stringify } = await import('csv-stringify');
    const out = createWriteStream(path);
    const s = stringify({ bom: true });
    s.pipe(out);
    const write = async (cells: readonly (string | number)[]): Promise<void> => {
      if (!s.write([...cells])) await once(s, 'drain');
    };
    await write(header);
    return {
      row: write,
      close: async () => {
        s.end();
        await once(out, 'finish');
      },
    };
  }
  const ExcelJS = await excel();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = header.map((h) => ({ header: h, width: Math.min(60, Math.max(12, h.length + 4)) }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  // exceljs compresses in the background (archiver, zlib on the thread pool) and takes rows
  // without backpressure: every 100 rows, give the event loop a turn so that the compressed data
  // reaches the file instead of piling up in memory
  let n = 0;
  return {
    row: async (cells) => {
      ws.addRow([...cells]).commit();
      if (++n % 100 === 0) await new Promise<void>((r) => setImmediate(r));
    },
    close: async () => {
      ws.commit();
      await wb.commit();
    },
  };
}

/** Write a whole workbook (template): sheets of rows, the first row bold. */
export async function writeWorkbook(path: string, sheets: readonly { name: string; rows: readonly (readonly (string | number)[])[] }[]): Promise<void> {
  const ExcelJS = await excel();
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    for (const r of s.rows) ws.addRow([...r]);
    ws.getRow(1).font = { bold: true };
    ws.columns.forEach((c) => {
      c.width = 22;
    });
  }
  await wb.xlsx.writeFile(path);
}

/** Write a CSV file in one go (template). */
export async function writeCsv(path: string, rows: readonly (readonly (string | number)[])[]): Promise<void> {
  const w = await openTableWriter(path, '', rows[0]!.map(String));
  for (const r of rows.slice(1)) await w.row(r);
  await w.close();
}

/** Read back a results table (tests, round trips): header and rows as strings. */
export async function readTable(path: string): Promise<string[][]> {
  const read = readFileCapped(path);
  if (!read.bytes) throw new Error(issueMessage(read.issues[0]!, 'en'));
  if (sheetFormatOf(path) === 'csv') {
    const { parse } = await import('csv-parse/sync');
    return parse(new TextDecoder().decode(read.bytes), { bom: true, relax_column_count: true }) as string[][];
  }
  const ExcelJS = await excel();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(read.bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const out: string[][] = [];
  ws.eachRow((row) => {
    const cells: string[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const v = plain(row.getCell(c).value);
      cells.push(v === null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
    }
    out.push(cells);
  });
  return out;
}
