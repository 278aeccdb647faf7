/**
 * Join codes inside a sentence, found so a screen can keep each one whole on its line
 * (`CodeText.svelte`). A code's hyphens are break points to a browser: at 320 px the Share
 * panel's note broke "8GG-1Z0-/1GY-20B" across two lines, and a student copying it from the
 * teacher's screen read two codes (issue 14).
 */

/**
 * A join code as screens show it (`formatJoinCode`): three or four groups of three of Crockford's
 * base-32 letters and digits (no I, L, O, U), joined by hyphens, the last of four for a quiz
 * with attempts limited: "K7M-2QX-9HD", "8GG-1Z0-1GY-20B", "K7M-2QX-9HD3", "W5R-0Y0-234-20GZ".
 */
const SHOWN_CODE =
	/(?<![\w-])[0-9A-HJKMNP-TV-Z]{3}(?:-[0-9A-HJKMNP-TV-Z]{3}){1,2}-[0-9A-HJKMNP-TV-Z]{3,4}(?![\w-])/g;

/** A piece of a sentence: plain text, or a join code's groups ("8GG", "1Z0", …) in order. */
export type TextRun = { text: string } | { code: string[] };

/**
 * `text` cut into plain runs and join codes, in order; joined back (a code's groups with '-')
 * it is `text` again. Text with no code is one run; '' is none. Pure, throws nothing.
 */
export function codeRuns(text: string): TextRun[] {
	const runs: TextRun[] = [];
	let from = 0;
	for (const match of text.matchAll(SHOWN_CODE)) {
		if (match.index > from) runs.push({ text: text.slice(from, match.index) });
		runs.push({ code: match[0].split('-') });
		from = match.index + match[0].length;
	}
	if (from < text.length) runs.push({ text: text.slice(from) });
	return runs;
}
