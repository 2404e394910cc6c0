import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadNationalRuleBook, type RuleBook } from '../../src/index.js';
import { readRuleDir } from '../../src/cli/read-rule-dir.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const RULES_DIR = join(ROOT, 'rules');

/** The national rule book as embedded in the package. */
export function nationalBook(): RuleBook {
  const r = loadNationalRuleBook();
  if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 2));
  return r.value;
}

/** The rules/ folder read from disk (what `thidua validate` sees). */
export function ruleFilesFromDisk(): Record<string, unknown> {
  const r = readRuleDir(RULES_DIR);
  if (r.issues.length) throw new Error(JSON.stringify(r.issues));
  return r.files;
}

/** Rule-book files without tests/schema, deep-cloned so a test may edit them. */
export function editableRuleFiles(): Record<string, unknown> {
  const all = ruleFilesFromDisk();
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(all)) {
    if (k.startsWith('schema/') || k.includes('/tests/')) continue;
    out[k] = structuredClone(v);
  }
  return out;
}

export function readJson(rel: string): unknown {
  return JSON.parse(readFileSync(join(ROOT, rel), 'utf8'));
}

/** A civil servant who holds LĐTT and CSTĐCS for 2023–2025, with a provincial initiative and votes for 2025. */
export function strongCandidate(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'individual' as const,
    id: 'tran-thi-lan',
    name: 'Trần Thị Lan',
    history: [2023, 2024, 2025].map((year) => ({
      year,
      taskRating: 'excellent' as const,
      hasGoodConduct: true,
      awards: [{ awardId: 'lao-dong-tien-tien' }, { awardId: 'chien-si-thi-dua-co-so' }],
    })),
    initiatives: [{ id: 'sk-1', kind: 'initiative' as const, year: 2025, recognisedScope: 'ministry-province' as const }],
    councilVotes: [
      { awardId: 'chien-si-thi-dua-co-so', year: 2025, members: 10, approvals: 8 },
      { awardId: 'chien-si-thi-dua-tinh', year: 2025, members: 10, approvals: 9 },
    ],
    ...overrides,
  };
}

/** Deep-freeze helper for no-mutation tests. */
export function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
  }
  return v;
}

/** Fisher–Yates with a seeded LCG (deterministic shuffles in tests). */
export function shuffled<T>(arr: readonly T[], seed: number): T[] {
  const a = [...arr];
  let s = seed >>> 0 || 1;
  for (let i = a.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/** Run the CLI in-process from the repository root; returns the exit code and what it printed. */
export async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const { main } = await import('../../src/cli/main.js');
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: ROOT }, '0.1.0');
  return { code, out, err };
}

/** Every own key, recursively, in order, with its value: stricter than JSON (explicit undefined keys and key order count). */
export function shapeOf(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(shapeOf);
  if (v !== null && typeof v === 'object') return Object.keys(v).map((k) => [k, shapeOf((v as Record<string, unknown>)[k])]);
  return v;
}
