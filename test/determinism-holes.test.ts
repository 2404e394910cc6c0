import { describe, expect, test } from 'vitest';
import { evaluateEligibility, loadRuleBook } from '../src/index.js';
import { editableRuleFiles, nationalBook } from './support/factories.js';

// Issue 19 item 10: determinism holes.
const book = nationalBook();

const subject = (achievements: unknown[]) => ({
  kind: 'individual',
  id: 'nguoi-a',
  history: [
    { year: 2024, taskRating: 'excellent', hasGoodConduct: true },
    { year: 2025, taskRating: 'excellent', hasGoodConduct: true, achievements },
  ],
});

describe('issue 19.10: determinism holes', () => {
  test('a full and a verdicts-only report say which they are, in a field the input hash covers', async () => {
    const full = await evaluateEligibility(book, subject([]), { year: 2025 });
    const verdicts = await evaluateEligibility(book, subject([]), { year: 2025, detail: 'verdicts' });
    expect(full.ok && verdicts.ok).toBe(true);
    if (!full.ok || !verdicts.ok) return;
    expect(full.value.detail).toBe('full');
    expect(verdicts.value.detail).toBe('verdicts');
    expect(full.value.inputHash).not.toBe(verdicts.value.inputHash);
    expect(full.value.ruleBook.hash).toBe(verdicts.value.ruleBook.hash);
    const again = await evaluateEligibility(book, subject([]), { year: 2025, detail: 'full' });
    expect(again.ok && again.value.inputHash).toBe(full.value.inputHash);
  });

  test('the order of history[].achievements changes neither the input hash nor the output bytes', async () => {
    const a = [
      { kind: 'movement', scope: 'national', durationYears: 3 },
      { kind: 'field', scope: 'ministry-province' },
      { kind: 'movement', scope: 'unit' },
    ];
    const one = await evaluateEligibility(book, subject(a), { year: 2025 });
    const two = await evaluateEligibility(book, subject([a[2], a[0], a[1]]), { year: 2025 });
    expect(one.ok && two.ok).toBe(true);
    if (!one.ok || !two.ok) return;
    expect(two.value.inputHash).toBe(one.value.inputHash);
    expect(JSON.stringify(two.value)).toBe(JSON.stringify(one.value));
  });

  test('the load cache never answers ok for files with NaN (or Infinity, a Date) where a loaded valid file had null', () => {
    const files0 = editableRuleFiles();
    const [path, index] = Object.entries(files0)
      .filter(([p]) => p.endsWith('/bonuses.json'))
      .flatMap(([p, f]) => (f as { entries: { multiplier: unknown }[] }).entries.map((e, i) => [p, i, e.multiplier] as const))
      .find(([, , m]) => m === null)!;
    const valid = loadRuleBook(files0); // an UNCONFIRMED multiplier is null: valid, and now cached
    expect(valid.ok).toBe(true);
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, new Date(0)]) {
      const files = editableRuleFiles();
      (files[path] as { entries: { multiplier: unknown }[] }).entries[index]!.multiplier = bad;
      const r = loadRuleBook(files);
      expect(r.ok, String(bad)).toBe(false);
    }
    // a valid book still comes from the cache as the same frozen object
    const again = loadRuleBook(editableRuleFiles());
    expect(valid.ok && again.ok && valid.value === again.value).toBe(true);
  });
});
