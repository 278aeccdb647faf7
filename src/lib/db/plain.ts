/**
 * The one way data reaches IndexedDB from the UI: a plain deep copy. IndexedDB stores a
 * structured clone, and a Svelte `$state` object is a Proxy, which cannot be cloned (the write
 * throws `DataCloneError`, and the change is silently lost). Every repository write goes through
 * `plain`, so a caller may hand it state as it is.
 *
 * JSON is enough for what we store (strings, numbers, booleans, null, arrays, plain objects);
 * `undefined` fields are dropped, as IndexedDB would keep them but nothing reads them.
 * Throws a TypeError for a value JSON cannot hold (a cycle or a BigInt), a programming error.
 */
export function plain<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}
