/**
 * A Map that cannot be changed after it is built: `set`, `delete` and `clear` throw a TypeError
 * (as assigning to a frozen object does in strict mode), and the object itself is frozen. For
 * exported lookup tables, so no caller can change them process-wide.
 * @internal
 */
class ReadonlyMapImpl<K, V> extends Map<K, V> {
  constructor(entries: Iterable<readonly [K, V]>) {
    super();
    for (const [k, v] of entries) Map.prototype.set.call(this, k, v);
    Object.freeze(this);
  }
  override set(): this {
    throw new TypeError('this table is read-only');
  }
  override delete(): boolean {
    throw new TypeError('this table is read-only');
  }
  override clear(): void {
    throw new TypeError('this table is read-only');
  }
}

/**
 * A frozen, read-only copy of `entries` as a Map.
 * @param entries the key/value pairs.
 * @returns a Map whose mutating methods throw.
 * @internal
 */
export function readonlyMap<K, V>(entries: Iterable<readonly [K, V]>): ReadonlyMap<K, V> {
  return new ReadonlyMapImpl(entries);
}
