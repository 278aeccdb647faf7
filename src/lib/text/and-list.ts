/**
 * Items as an English list for a sentence: "A", "A and B", "A, B and C" (no serial comma, as the
 * app's other lists write it). Empty for none.
 */
export function andList(items: readonly string[]): string {
	return items.length > 1
		? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
		: (items[0] ?? '');
}
