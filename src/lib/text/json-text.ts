/**
 * What a file chosen as one of Flashpoint's JSON files (a progress backup, a course file, a
 * classroom file) is instead, in words a person can act on, before any JSON parsing. An image
 * picked by mistake used to get "nests values far deeper than a Flashpoint backup does": its
 * bytes, read as text, are full of `[` and `{`.
 *
 * Returns null when the text opens like a JSON object (`{` after optional whitespace and a byte
 * order mark); otherwise the reason, as a clause to follow "This file is not a … file:".
 */
export function notJsonObject(text: string): string | null {
	const start = text.replace(/^\uFEFF/u, '').trimStart();
	if (start.startsWith('{')) return null;
	// A NUL, or the replacement character a failed UTF-8 decode leaves: binary, not text.
	// eslint-disable-next-line no-control-regex
	if (/[\u0000\uFFFD]/u.test(text.slice(0, 4096)))
		return 'it is not a text file (an image, a PDF or another binary file?).';
	if (start === '') return 'it is empty.';
	return 'it is text, but not JSON.';
}
