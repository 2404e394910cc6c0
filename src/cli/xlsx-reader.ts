/**
 * The worksheets of an .xlsx file held in memory, read row by row with exceljs' streaming worksheet
 * parser, the archive opened through its central directory.
 *
 * Why not `new ExcelJS.stream.xlsx.WorkbookReader(stream)` as is: its `parse()` walks the archive in
 * one streaming pass (unzipper's `Parse`) and loses entries. The pass pauses the zip stream while
 * the caller works on a worksheet; unzipper's `Parse` emits `end` as soon as its input is consumed,
 * and whatever entries it still held are dropped without an error. With exceljs-written files (the
 * CLI's own template) `xl/workbook.xml` is the last entry: measured here, 15 of 300 reads of a
 * filled-in template failed ("Cannot read properties of undefined (reading 'sheets')"); with a slower
 * consumer up to 11 of 19 entries were lost, so a later sheet or the shared strings could go missing
 * as well. Upstream: exceljs issues #3064 and #2790, unzipper #234 (open in exceljs 4.4.0, the last
 * release).
 *
 * What this does instead (the approach of exceljs PR #3065): open the archive by its central
 * directory (`unzipper.Open.buffer`, random access, no race), parse the workbook relations, the
 * workbook, the shared strings and the styles first, then hand each worksheet's inflating stream to
 * exceljs' own worksheet parser. Rows are still parsed as they stream; only the compressed archive
 * (read whole anyway, at most 64 MiB) is in memory. The parser steps are exceljs' underscore
 * methods, pinned by the exact exceljs version in package.json; test/xlsx-reader.test.ts reads the
 * same workbook many times and fails if an entry is lost or the methods change.
 */
import type { Readable } from 'node:stream';
import type { CentralDirectoryEntry } from 'unzipper';

/** The exceljs streaming reader's parser steps used here (exceljs 4.4.0, lib/stream/xlsx/workbook-reader.js). */
interface ReaderSteps {
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: string): Iterable<{ eventType: string; value: unknown }>;
}

/** A worksheet as exceljs' streaming reader gives it: a name and its rows. */
export interface StreamedWorksheet extends AsyncIterable<{ number: number; values: unknown }> {
  readonly name: string;
}

type ExcelJs = typeof import('exceljs');

/** exceljs, imported on first use (only the CLI loads it), whichever way the bundle exposes its CommonJS export. */
export async function excel(): Promise<ExcelJs> {
  const m = (await import('exceljs')) as ExcelJs & { default?: ExcelJs };
  return m.default ?? m;
}

/** Thrown when the archive lacks a part every workbook has; the caller reports the file unreadable. */
export class XlsxStructureError extends Error {}

/**
 * The worksheets of `bytes` in sheet-file order (`sheet1.xml`, `sheet2.xml`, …), each to be iterated
 * (or drained) before the next is asked for.
 */
export async function* xlsxWorksheets(bytes: Uint8Array): AsyncGenerator<StreamedWorksheet> {
  const [ExcelJS, unzipMod] = await Promise.all([excel(), import('unzipper')]);
  const unzipper = ((unzipMod as { default?: typeof import('unzipper') }).default ?? unzipMod) as typeof import('unzipper');
  const directory = await unzipper.Open.buffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const files = new Map<string, CentralDirectoryEntry>();
  for (const f of directory.files) if (f.type === 'File') files.set(f.path, f);

  const reader = new ExcelJS.stream.xlsx.WorkbookReader(undefined as never, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' }) as unknown as ReaderSteps;
  const rels = files.get('xl/_rels/workbook.xml.rels');
  const workbook = files.get('xl/workbook.xml');
  if (!rels || !workbook) throw new XlsxStructureError('no xl/workbook.xml or xl/_rels/workbook.xml.rels');
  await reader._parseRels(rels.stream());
  await reader._parseWorkbook(workbook.stream());
  const shared = files.get('xl/sharedStrings.xml');
  if (shared) for await (const _ of reader._parseSharedStrings(shared.stream())) void _; // 'cache': fills the table, yields nothing
  const styles = files.get('xl/styles.xml');
  if (styles) await reader._parseStyles(styles.stream());

  const sheetFiles = [...files.keys()]
    .map((p) => /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(p))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ path: m[0], no: m[1]! }))
    .sort((a, b) => Number(a.no) - Number(b.no));
  for (const { path, no } of sheetFiles) {
    for (const { eventType, value } of reader._parseWorksheet(files.get(path)!.stream(), no)) {
      if (eventType === 'worksheet') yield value as StreamedWorksheet;
    }
  }
}
