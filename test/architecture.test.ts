// The layers of src/ (docs/architecture.md) checked against the imports: a lower layer never imports
// a higher one, and Node built-ins are used only by the CLI and the worker-thread entry.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { listTs } from './support/files.js';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
const SRC = join(ROOT, 'src');

/** Rank of each top folder of src/; a file may import its own folder or a folder of a lower rank. */
export const LAYERS: Readonly<Record<string, { readonly rank: number; readonly layer: string }>> = {
  model: { rank: 0, layer: 'Model' },
  schema: { rank: 0, layer: 'Model' },
  _internal: { rank: 0, layer: 'Model' },
  _generated: { rank: 0, layer: 'Model' },
  facts: { rank: 1, layer: 'Facts' },
  operators: { rank: 1, layer: 'Facts' },
  'rule-book': { rank: 2, layer: 'RuleBook' },
  overlay: { rank: 2, layer: 'RuleBook' },
  compile: { rank: 3, layer: 'Compile' },
  reference: { rank: 3, layer: 'Reference' },
  evaluate: { rank: 4, layer: 'Evaluate' },
  rank: { rank: 5, layer: 'Rank' },
  explain: { rank: 6, layer: 'Explain' },
  cli: { rank: 7, layer: 'Cli' },
  node: { rank: 7, layer: 'Node' },
  '(entry)': { rank: 8, layer: 'Entry' },
};

/** Folders allowed to import Node built-ins (`node:…`). */
const NODE_USERS = new Set(['cli', 'node']);

interface Edge {
  readonly from: string;
  readonly to: string;
}

function topFolder(file: string): string {
  const rel = relative(SRC, file).split(/[\\/]/);
  return rel.length === 1 ? '(entry)' : rel[0]!;
}

/** Every relative import and re-export (static or dynamic) of every file in src/. */
function edges(): { imports: Edge[]; nodeImports: Edge[] } {
  const imports: Edge[] = [];
  const nodeImports: Edge[] = [];
  for (const file of listTs(SRC)) {
    const text = readFileSync(file, 'utf8');
    const from = relative(SRC, file).replace(/\\/g, '/');
    for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g)) {
      const spec = m[1]!;
      if (spec.startsWith('node:')) nodeImports.push({ from, to: spec });
      if (!spec.startsWith('.')) continue;
      const to = relative(SRC, normalize(join(dirname(file), spec))).replace(/\\/g, '/').replace(/\.js$/, '.ts');
      imports.push({ from, to });
    }
  }
  return { imports, nodeImports };
}

/**
 * Imports that break the layering today and are being removed (issue 16). The list may only shrink:
 * a listed import that no longer exists fails the test too, so an entry cannot outlive its fix.
 */
const KNOWN: readonly string[] = [
];

function violations(): string[] {
  const out = new Set<string>();
  for (const e of edges().imports) {
    const a = topFolder(join(SRC, e.from));
    const b = topFolder(join(SRC, e.to));
    if (a === b) continue;
    const la = LAYERS[a];
    const lb = LAYERS[b];
    if (la === undefined || lb === undefined) {
      out.add(`${e.from} -> ${e.to} (folder outside the layer table)`);
      continue;
    }
    if (la.layer === lb.layer) continue;
    if (lb.rank >= la.rank) out.add(`${e.from} -> ${e.to} (${la.layer} may not import ${lb.layer})`);
  }
  return [...out].sort();
}

describe('layers (docs/architecture.md)', () => {
  it('every top folder of src/ has a layer', () => {
    const folders = readdirSync(SRC, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    expect(folders.filter((f) => LAYERS[f] === undefined)).toEqual([]);
  });

  it('no file imports a layer above its own, or a sibling layer of the same rank', () => {
    const found = violations();
    expect(found.filter((v) => !KNOWN.includes(v))).toEqual([]);
    expect(KNOWN.filter((v) => !found.includes(v))).toEqual([]);
  });

  it('only the CLI and the worker-thread entry import Node built-ins', () => {
    const bad = edges().nodeImports.filter((e) => !NODE_USERS.has(topFolder(join(SRC, e.from))));
    expect(bad.map((e) => `${e.from} -> ${e.to}`)).toEqual([]);
  });

  it('the layer table of docs/architecture.md is the one this test enforces', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'architecture.md'), 'utf8');
    const table = doc.slice(doc.indexOf('<!-- layers:start -->'), doc.indexOf('<!-- layers:end -->'));
    const fromDoc: Record<string, { rank: number; layer: string }> = {};
    for (const line of table.split('\n')) {
      const cells = line.split('|').map((c) => c.trim());
      if (cells.length < 5 || !/^\d+$/.test(cells[1]!)) continue;
      for (const m of cells[3]!.matchAll(/`([^`]+)`/g)) {
        const name = m[1]!.endsWith('/') ? m[1]!.slice(0, -1) : '(entry)';
        fromDoc[name] = { rank: Number(cells[1]), layer: cells[2]! };
      }
    }
    expect(fromDoc).toEqual(Object.fromEntries(Object.entries(LAYERS).map(([k, v]) => [k, { ...v }])));
  });

  it('no file in src/ is over 300 lines without the reason stated at its top', () => {
    const long = listTs(SRC)
      .filter((f) => !relative(SRC, f).startsWith('_generated'))
      .map((f) => ({ f: relative(SRC, f), text: readFileSync(f, 'utf8') }))
      .filter(({ text }) => text.split('\n').length > 301)
      .filter(({ text }) => !/over 300 lines on purpose/i.test(text.split('\n').slice(0, 6).join('\n')))
      .map(({ f }) => f);
    expect(long).toEqual([]);
  });

  it('the checker reads the imports (it can fail)', () => {
    const all = edges().imports;
    expect(all.length).toBeGreaterThan(300);
    // a known upward edge of the real graph is seen: the CLI imports the explain layer
    expect(all.some((e) => e.from.startsWith('cli/') && e.to.startsWith('explain/'))).toBe(true);
  });
});
