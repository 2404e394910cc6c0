import { sha256Hex } from '../../_internal/sha256.js';
import type { RuleBook } from '../../model/rule-book.js';

/**
 * JSON.stringify replacer that refuses every value whose JSON text would not round-trip to the same
 * value (issue 19.10): NaN and ±Infinity (written as null), undefined, functions and symbols (dropped
 * or written as null), -0 (written as 0), and objects other than plain objects and arrays (a Date or
 * anything with toJSON, a Map). Two inputs with one cache key are then equal as data, so a file
 * with a NaN multiplier can never share the key of a valid file with null there.
 * @internal
 */
function plainJsonOnly(this: unknown, key: string, value: unknown): unknown {
  const original = key === '' ? value : (this as Record<string, unknown>)[key];
  switch (typeof original) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(original) || Object.is(original, -0)) throw new TypeError('not plain JSON');
      return value;
    case 'object': {
      if (original === null) return value;
      if (typeof (original as { toJSON?: unknown }).toJSON === 'function') throw new TypeError('not plain JSON');
      const proto = Object.getPrototypeOf(original) as unknown;
      if (proto !== Object.prototype && proto !== null && proto !== Array.prototype) throw new TypeError('not plain JSON');
      return value;
    }
    default:
      throw new TypeError('not plain JSON');
  }
}

/**
 * The content key of some rule files: the SHA-256 of their JSON text, or undefined when the files
 * are not plain JSON data (a cycle, NaN, undefined, a Date…) and so have no key (they are loaded,
 * and reported, every time). The JSON text rather than the canonical form: 2 ms instead of 14 on a
 * cold national load; files that differ only in key order get different keys and load anew (to an
 * equal book with the same hash).
 * @internal
 */
export function contentKey(files: object): string | undefined {
  try {
    return sha256Hex(JSON.stringify(files, plainJsonOnly));
  } catch {
    return undefined;
  }
}

/**
 * The loader's cache of successful loads, by content key: the one piece of module state of the
 * loader, and why it cannot change a result.
 *
 * - A key is the SHA-256 of the files' JSON text and only plain JSON data gets one, so two inputs
 *   with one key are equal as data; loading is a pure function of that data, so a hit returns the
 *   very book a fresh load would build (same content, same hash). Books are deeply frozen, so a
 *   caller cannot change a cached book under another caller.
 * - Failed loads are never cached: every bad input is validated and reported anew.
 * - Held weakly (`WeakRef`) and bounded (the last {@link LoadCache.limit} contents): the cache never
 *   keeps alive a book its callers dropped, and never grows with the number of distinct inputs.
 *
 * It exists for speed: `loadNationalRuleBook()` and the CLI load the same embedded files again and
 * again, and a hit costs one hash of the JSON text (docs/performance.md, "cached load"). Callers
 * that want every load validated call `loadRuleBookUncached`; tests can {@link LoadCache.clear} it.
 * @internal
 */
export class LoadCache {
  readonly #books = new Map<string, WeakRef<RuleBook>>();

  constructor(readonly limit: number) {}

  /** The book loaded earlier from files with this key, if it is still alive. */
  get(key: string): RuleBook | undefined {
    return this.#books.get(key)?.deref();
  }

  /** Remember a successful load (the oldest entry goes when the cache is full). */
  set(key: string, book: RuleBook): void {
    this.#books.delete(key);
    if (this.#books.size >= this.limit) this.#books.delete(this.#books.keys().next().value!);
    this.#books.set(key, new WeakRef(book));
  }

  /** Forget every entry. */
  clear(): void {
    this.#books.clear();
  }

  /** Number of entries (alive or not). */
  get size(): number {
    return this.#books.size;
  }
}

/** The cache behind `loadRuleBook` (16 contents). @internal */
export const LOAD_CACHE = new LoadCache(16);
