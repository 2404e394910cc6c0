/** The part of unzipper (0.10, no bundled types) that xlsx-reader.ts uses: the central-directory reader. */
declare module 'unzipper' {
  import type { Readable } from 'node:stream';
  export interface CentralDirectoryEntry {
    readonly path: string;
    readonly type: 'File' | 'Directory';
    stream(): Readable;
  }
  export const Open: { buffer(data: Buffer): Promise<{ readonly files: readonly CentralDirectoryEntry[] }> };
}
