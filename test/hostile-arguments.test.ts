import { describe, expect, test } from 'vitest';
import { issueMessage } from '../src/explain/issue-message.js';
import * as api from '../src/index.js';
import * as advanced from '../src/advanced.js';
import { nationalBook } from './support/factories.js';

// Issue 19 items 2 and 7, issue 16: every exported function of both entries (thidua and
// thidua/advanced, read from the export lists, so a new function is covered automatically) validates
// its arguments at run time. With any
// hostile argument it returns typed issues ({ ok: false }) or, for the few functions that return
// plain values (renderers, toJsonSchema…), throws a ThiduaError with a code — never a TypeError,
// RangeError or stack overflow.

const book = nationalBook();
const deep = (n: number): unknown => {
  let v: unknown = { leaf: true };
  for (let i = 0; i < n; i++) v = { all: [v] };
  return v;
};
const deepNot = (n: number): unknown => {
  let v: unknown = { name: 'x', fact: 'isLawAbiding', operator: 'equal', value: true };
  for (let i = 0; i < n; i++) v = { name: `n${i}`, not: v };
  return v;
};
const cyclic: Record<string, unknown> = { a: 1 };
cyclic['self'] = cyclic;
const subject = { kind: 'individual', id: 'a', history: [{ year: 2025, taskRating: 'good' }] };

const HOSTILE: unknown[] = [{ ok: true, value: book }, { ok: false, issues: [] },undefined, null, 0, -1, Number.NaN, 5, 'x', '__proto__', 'constructor', true, [], [1], {}, { year: 2025 }, Symbol('s'), () => 1, 10n, cyclic, deep(100_000), deepNot(10_000), new Date(0), new Map()];
const OPTIONS: unknown[] = [
  { year: 2025, bogus: 1 },
  { year: '2024' },
  { year: 2025, lang: 'en', regime: [] },
  { year: 2025, awards: 'x' },
  { year: 2025, awards: [1] },
  { year: 2025, regime: 5 },
  { year: 2025, detail: 1 },
  { year: '2025' },
  { lang: 'fr' },
  { lang: 'en', format: 1 },
  { year: 2025, awards: [null] },
  null,
  'x',
  deep(100_000),
];

/** Argument lists for a function of `arity` parameters: hostile values in each slot, valid-looking values elsewhere. */
function argLists(arity: number): unknown[][] {
  const lists: unknown[][] = [[]];
  const n = Math.max(arity, 1);
  for (let slot = 0; slot < n; slot++) {
    for (const h of [...HOSTILE, ...(slot > 0 ? OPTIONS : [])]) {
      const args: unknown[] = [book, subject, { year: 2025 }].slice(0, n);
      args[slot] = h;
      lists.push(args);
    }
  }
  return lists;
}

async function call(fn: (...a: unknown[]) => unknown, args: unknown[]): Promise<unknown> {
  const r = fn(...args);
  if (r && typeof (r as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function') {
    const out: unknown[] = [];
    for await (const x of r as AsyncIterable<unknown>) out.push(x);
    return out;
  }
  return await r;
}

/** Exported functions exempt from this test: none (the history and cycle helpers are exported through src/facts/checked.ts). */
const OUTSIDE_THIS_CHANGE = new Set<string>([]);
const functions = [...Object.entries(api), ...Object.entries(advanced)].filter(([name, v]) => typeof v === 'function' && !/Schema$/.test(name) && name !== 'ThiduaError' && !OUTSIDE_THIS_CHANGE.has(name)) as [string, (...a: unknown[]) => unknown][];

describe('issue 19.7: every exported function refuses hostile arguments with typed issues', () => {
  test('the export list is covered', () => {
    expect(functions.length + OUTSIDE_THIS_CHANGE.size).toBeGreaterThan(40);
  });

  for (const [name, fn] of functions) {
    test(name, async () => {
      for (const args of argLists(fn.length)) {
        try {
          const r = await call(fn, args);
          if (r && typeof r === 'object' && 'ok' in (r as object) && (r as { ok: unknown }).ok === false) {
            const issues = (r as { issues: api.Issue[] }).issues;
            expect(issues.length).toBeGreaterThan(0);
            for (const i of issues) expect(typeof i.code === 'string' && issueMessage(i, 'vi').length > 0 && issueMessage(i, 'en').length > 0).toBe(true);
          }
        } catch (e) {
          const what = `${name}(${args.map((a) => (typeof a === 'object' && a !== null ? (a === book ? 'book' : Array.isArray(a) ? 'array' : 'object') : String(a))).join(', ')})`;
          expect(e instanceof api.ThiduaError, `${what} threw ${String(e)}`).toBe(true);
        }
      }
    });
  }

  test('the examples of the issue give { ok: false } with invalid_option', async () => {
    for (const options of [{ year: 2025, awards: 'x' }, { year: 2025, regime: 5 }, { year: 2025, awards: [1] }]) {
      const r = await api.evaluateEligibility(book, subject, options as never);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues[0].code).toBe('invalid_option');
    }
    expect(api.resolveRegime(book, null as never).ok).toBe(false);
    expect((await api.proposeAwards(null as never, {}, book, {} as never)).ok).toBe(false);
    expect(() => api.diffRuleBooks(book, null as never)).toThrow(api.ThiduaError);
    expect(() => api.renderDiff(api.diffRuleBooks(book, book), { lang: 'fr' as never })).toThrow(api.ThiduaError);
    expect(() => api.toJsonSchema('__proto__' as never)).toThrow(api.ThiduaError);
  });
});
