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

/**
 * The clause after "This backup " (or "This course file "…) for JSON text that stops before
 * its end: a download or a save cut short leaves exactly that, and "it is not JSON" sent a
 * person looking for the wrong fault (outsider student, a cut-off progress backup).
 */
export const CUT_OFF_CLAUSE =
	'seems incomplete: it was cut off while saving or downloading. Save or download it again, then import the whole file.';

/**
 * Did `JSON.parse` refuse `text` (with `error`, what it threw) only because the text stops
 * part-way, as a file cut off while saving or downloading does? Browsers say so in their own
 * words: "Unexpected end of JSON input" or an error at the text's last position (Chromium),
 * "unexpected end of data" (Firefox), "Unexpected EOF" (Safari), an unterminated string. An
 * error before the end (`{oops`, `{"a":1}}`) is other damage. A message naming no place falls
 * back to a scan: a string or an object or array still open at the end.
 */
export function cutOffJson(text: string, error: unknown): boolean {
	const message = error instanceof Error ? error.message : '';
	if (/end of|\bEOF\b|unterminated/i.test(message)) return true;
	const end = text.trimEnd().length;
	const position = /at position (\d+)/.exec(message);
	if (position) return Number(position[1]) >= end;
	const place = /at line (\d+) column (\d+)/.exec(message);
	if (place) {
		const lines = text.split('\n').slice(0, Number(place[1]) - 1);
		const offset = lines.reduce((sum, line) => sum + line.length + 1, 0) + Number(place[2]) - 1;
		return offset >= end;
	}
	return stopsOpen(text);
}

/**
 * `JSON.parse` of a file's text that never throws: the value, or whether the text was refused
 * only because it stops part-way (`cutOffJson`: say `CUT_OFF_CLAUSE`) or is other damage (say
 * it is not JSON). Call after `notJsonObject`, which names binary and empty files first.
 */
export function parseJsonText(
	text: string
): { ok: true; data: unknown } | { ok: false; cutOff: boolean } {
	try {
		return { ok: true, data: JSON.parse(text) as unknown };
	} catch (error) {
		return { ok: false, cutOff: cutOffJson(text, error) };
	}
}

/** Does JSON text end inside a string, or with an object or array still open? */
function stopsOpen(text: string): boolean {
	const scan = scanJson(text);
	return !scan.closedTooOften && (scan.inString || scan.depth > 0);
}

/**
 * How deep the JSON text nests arrays/objects (0 for a bare value): a linear scan that skips
 * strings and stops as soon as the depth passes `stopAbove`, so a 10,000-deep value costs no
 * more than its first few characters. The fuzzers count decoders' work with it.
 */
export function nestingDepth(text: string, stopAbove = Infinity): number {
	return scanJson(text, stopAbove).deepest;
}

/**
 * One pass over JSON text, strings skipped: the deepest nesting seen, the depth left open at the
 * end (or where it stopped), whether it ends inside a string, and whether a bracket closed more
 * than were open (other damage, not a cut). Stops once the depth passes `stopAbove`.
 */
function scanJson(text: string, stopAbove = Infinity) {
	let depth = 0;
	let deepest = 0;
	let inString = false;
	let closedTooOften = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 92)
				i++; // backslash: skip the escaped character
			else if (c === 34) inString = false;
		} else if (c === 34) inString = true;
		else if (c === 91 || c === 123) {
			if (++depth > deepest && (deepest = depth) > stopAbove) break;
		} else if ((c === 93 || c === 125) && --depth < 0) closedTooOften = true;
	}
	return { deepest, depth, inString, closedTooOften };
}
