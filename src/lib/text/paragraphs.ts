/**
 * A person's text (an explanation, a feedback) as the paragraphs they wrote: cut at blank lines
 * (a line holding only spaces counts as blank), each paragraph trimmed of the spaces around it
 * and kept with its single line breaks (a list, an address), empty ones dropped. `\r\n` and `\r`
 * are line breaks. Returns `[]` for blank text. Pure; the screens show each as a `<p>` with
 * `white-space: pre-line`, never as HTML (outsider teacher, issue 12: an explanation in two
 * paragraphs ran together as one line in Study).
 */
export function textParagraphs(text: string): string[] {
	return text
		.replace(/\r\n?/g, '\n')
		.split(/\n[^\S\n]*\n/)
		.map((block) =>
			block
				.split('\n')
				.map((line) => line.trim())
				.join('\n')
				.trim()
		)
		.filter(Boolean);
}
