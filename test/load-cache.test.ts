// The loader's content cache (src/rule-book/load/load-cache.ts): bounded, oldest out first, keyed
// only for plain JSON data. Why it cannot change a result is in docs/rule-books.md#the-load-cache.
import { describe, expect, test } from 'vitest';
import { contentKey, LoadCache } from '../src/rule-book/load/load-cache.js';
import type { RuleBook } from '../src/model/rule-book.js';

const book = (id: string): RuleBook => ({ id }) as unknown as RuleBook;

describe('LoadCache', () => {
  test('keeps at most `limit` contents, dropping the least recently stored', () => {
    const c = new LoadCache(3);
    const books = ['a', 'b', 'c', 'd'].map(book);
    c.set('a', books[0]!);
    c.set('b', books[1]!);
    c.set('c', books[2]!);
    c.set('a', books[0]!); // stored again: now the newest
    c.set('d', books[3]!);
    expect(c.size).toBe(3);
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')).toBe(books[0]);
    expect(c.get('c')).toBe(books[2]);
    expect(c.get('d')).toBe(books[3]);
    c.clear();
    expect(c.size).toBe(0);
    expect(c.get('a')).toBeUndefined();
  });

  test('only plain JSON data has a content key; equal data, equal key', () => {
    expect(contentKey({ 'awards.json': { awards: [] } })).toBe(contentKey({ 'awards.json': { awards: [] } }));
    expect(contentKey({ a: 1 })).not.toBe(contentKey({ a: 2 }));
    for (const bad of [{ a: Number.NaN }, { a: undefined }, { a: new Date(0) }, { a: -0 }, { a: new Map() }, { a: () => 1 }]) {
      expect(contentKey(bad), JSON.stringify(Object.keys(bad))).toBeUndefined();
    }
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(contentKey(cyclic)).toBeUndefined();
  });
});
