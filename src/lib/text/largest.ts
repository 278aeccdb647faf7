/**
 * Long lists without the call stack. `Math.max(...values)` and `target.push(...items)` pass
 * every element as an argument, and a browser worker's stack holds far fewer arguments than
 * Node's: a 10 MB sheet of 79,740 rows failed with "Maximum call stack size exceeded" in the
 * import screen's worker (outsider student, issue 12) while 5 MB worked. Every list whose
 * length a file or the database decides goes through these.
 */

/** The largest of `values`, or `floor` when none is larger (so `floor` for an empty list). */
export function largest(values: Iterable<number>, floor = -Infinity): number {
	let most = floor;
	for (const value of values) if (value > most) most = value;
	return most;
}

/** Appends `items` to `target` in place, one by one (any length); returns `target`. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
	for (const item of items) target.push(item);
	return target;
}
