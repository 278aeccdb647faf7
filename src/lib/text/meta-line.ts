/**
 * The one way a line of details is written (a document's author, outlet and date; a course's
 * counts): the parts that are present, each trimmed, joined by " · ". A blank or missing part
 * leaves no separator behind (outsider teacher, issue 12: "· Year 8 History" with no author).
 * `parts`: strings, or `undefined`/`null`/`false`/`''` for an absent part; returns `''` when
 * none is present. Pure.
 */
export function metaLine(parts: readonly (string | null | undefined | false)[]): string {
	return parts
		.map((part) => (typeof part === 'string' ? part.trim() : ''))
		.filter(Boolean)
		.join(' · ');
}

/** "by Jane Doe" for a present author, `''` for a blank one (so `metaLine` drops it). Pure. */
export function byAuthor(author: string | null | undefined): string {
	const name = author?.trim() ?? '';
	return name ? `by ${name}` : '';
}
