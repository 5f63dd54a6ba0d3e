/**
 * A table keyed by words read off the page. A Map, not an object: "constructor", "toString" or "__proto__" on a
 * page find nothing in it (on a plain object literal they find Object's own functions, and `5 constructor` was a
 * NaN figure), and a page's word, a string V8 has not interned, is looked up by its hash alone, where an object's
 * keyed lookup first searches the engine's string table for it (measured: most of the time of the per-token
 * lookups).
 */
export function table<T>(entries: Record<string, T>): ReadonlyMap<string, T> {
  return new Map(Object.entries(entries));
}
