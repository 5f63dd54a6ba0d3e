/**
 * A table keyed by words read off the page. It has no prototype, so "constructor", "toString" or "__proto__" on a
 * page find nothing in it (on a plain object literal they find Object's own functions, and `5 constructor` was a
 * NaN figure).
 */
export function table<T>(entries: Record<string, T>): Readonly<Partial<Record<string, T>>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
