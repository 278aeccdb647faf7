/**
 * Items as an English list for a sentence: "A", "A and B", "A, B and C" (no serial comma, as the
 * app's other lists write it). Empty for none.
 */
export function andList(items: readonly string[]): string {
	return joinList(items, 'and');
}

/** Items as a list of alternatives, as `andList` writes it: "A", "A or B", "A, B or C". */
export function orList(items: readonly string[]): string {
	return joinList(items, 'or');
}

function joinList(items: readonly string[], word: 'and' | 'or'): string {
	return items.length > 1
		? `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)}`
		: (items[0] ?? '');
}
