import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every .ts file below `dir`, recursively, sorted (the source scans of the architecture and locale tests). */
export function listTs(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listTs(p));
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out.sort();
}
