/**
 * Fields from other tools often hold HTML (Anki, Moodle). Flashpoint never renders it: this turns
 * it into plain text (tags dropped, line breaks kept, entities decoded) without a DOM, so it runs
 * in a worker and in tests. A `<script>` or `<style>` element is dropped with its content.
 */
export function htmlToText(html: string): string {
	return decodeEntities(
		html
			.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
			.replace(/<!--[\s\S]*?-->/g, '')
			.replace(/<br\s*\/?>/gi, '\n')
			.replace(/<\/(p|div|li|h[1-6]|tr)\s*>/gi, '\n')
			.replace(/<[^>]*>/g, '')
	)
		.replace(/[ \t\u00a0]+/g, ' ')
		.replace(/ *\n */g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
	ndash: '–',
	mdash: '—',
	hellip: '…',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”'
};

/** Decodes the named entities above and every numeric one; unknown names stay as written. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code =
				name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
			return Number.isInteger(code) &&
				code > 0 &&
				code <= 0x10ffff &&
				(code < 0xd800 || code > 0xdfff)
				? String.fromCodePoint(code)
				: whole;
		}
		return NAMED[name.toLowerCase()] ?? whole;
	});
}

/**
 * True when a field looks like HTML rather than text that merely contains `<` (as in
 * "x < 3" or "<in 2023>"): it has a common HTML tag or an entity.
 */
export function looksLikeHtml(text: string): boolean {
	return (
		/<\/?(p|br|b|i|u|em|strong|span|div|ul|ol|li|a|img|sub|sup|table|tr|td|th|h[1-6]|font|script|style|hr|code|pre|blockquote)\b[^>]*>/i.test(
			text
		) || /&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text)
	);
}
