import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { en, t, vi, type StudioKey } from '../studio/src/locales.js';

const SRC = join(import.meta.dirname, '..', 'studio', 'src');

describe('studio locale table', () => {
  test('should have the same keys in Vietnamese and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const k of Object.keys(vi) as StudioKey[]) {
      expect(vi[k].trim(), k).not.toBe('');
      expect(en[k].trim(), k).not.toBe('');
    }
  });

  test('should use the same placeholders in both languages', () => {
    const holes = (s: string) => [...s.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(vi) as StudioKey[]) expect(holes(en[k]), k).toEqual(holes(vi[k]));
    expect(t('vi', 'casesSummary', { passed: 3, failed: 1 })).toBe('3 đạt, 1 không đạt');
    expect(t('en', 'casesSummary', { passed: 3, failed: 1 })).toBe('3 passed, 1 failed');
  });

  test('should define every key the studio code uses, and every key should be used', () => {
    const code = readdirSync(SRC, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.ts') && f !== 'locales.ts')
      .map((f) => readFileSync(join(SRC, f), 'utf8'))
      .join('\n');
    const used = new Set([...code.matchAll(/\btr\('([a-zA-Z]+)'/g), ...code.matchAll(/\bt\((?:state\.lang|'vi'|'en'), '([a-zA-Z]+)'/g), ...code.matchAll(/\['(?:read|tighten|check)', '([a-zA-Z]+)'\]/g)].map((m) => m[1]!));
    expect(used.size).toBeGreaterThan(40);
    for (const k of used) expect(Object.keys(vi), `key ${k} used in studio/src`).toContain(k);
    for (const k of Object.keys(vi)) expect([...used], `key ${k} is never used`).toContain(k);
  });
});
