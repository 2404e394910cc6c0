/** Bounded file reading for the CLI: regular files only, at most MAX_FILE_BYTES read whole. */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { makeIssue, type FileKind, type Issue } from '../model/issue.js';

/** Largest file the CLI reads whole (rule files, overlays, cluster files, JSON objects, spreadsheets): 64 MiB. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Largest single record of a streamed input (one subject of a JSON array or one NDJSON line): 4 MiB. */
export const MAX_RECORD_BYTES = 4 * 1024 * 1024;

/** What kind of file system object a stat describes, for `not_regular_file`. */
export function fileKind(st: Stats): FileKind {
  if (st.isDirectory()) return 'directory';
  if (st.isFIFO()) return 'fifo';
  if (st.isCharacterDevice()) return 'character-device';
  if (st.isBlockDevice()) return 'block-device';
  if (st.isSocket()) return 'socket';
  return 'other';
}

/**
 * Open a regular file for reading. Devices, FIFOs and sockets are refused before any byte is read
 * (O_NONBLOCK, so opening a FIFO without a writer does not hang).
 * @returns the file descriptor and its size, or a typed issue.
 */
export function openRegular(path: string, label: string): { fd?: number; size: number; issues: Issue[] } {
  let fd: number;
  try {
    // O_RDONLY | O_NONBLOCK: a FIFO opens at once instead of waiting for a writer
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return { size: 0, issues: [makeIssue('file_read_error', [label], { file: label, reason: (e as NodeJS.ErrnoException).code ?? 'EIO' })] };
  }
  const st = fstatSync(fd);
  if (!st.isFile()) {
    closeSync(fd);
    return { size: 0, issues: [makeIssue('not_regular_file', [label], { file: label, kind: fileKind(st) })] };
  }
  return { fd, size: st.size, issues: [] };
}

/**
 * Read a whole regular file, at most {@link MAX_FILE_BYTES}: a larger file (or one that grows past
 * the limit while read) gives `file_too_large` without reading further.
 */
export function readFileCapped(path: string, label: string = path, max: number = MAX_FILE_BYTES): { bytes?: Buffer; issues: Issue[] } {
  const o = openRegular(path, label);
  if (o.fd === undefined) return { issues: o.issues };
  const fd = o.fd;
  try {
    if (o.size > max) return { issues: [makeIssue('file_too_large', [label], { file: label, size: o.size, maximum: max })] };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(1 << 20, max + 1 - total));
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      total += n;
      if (total > max) return { issues: [makeIssue('file_too_large', [label], { file: label, size: `> ${max}`, maximum: max })] };
      chunks.push(n === buf.length ? buf : buf.subarray(0, n));
    }
    return { bytes: Buffer.concat(chunks, total), issues: [] };
  } catch (e) {
    return { issues: [makeIssue('file_read_error', [label], { file: label, reason: (e as NodeJS.ErrnoException).code ?? 'EIO' })] };
  } finally {
    closeSync(fd);
  }
}
