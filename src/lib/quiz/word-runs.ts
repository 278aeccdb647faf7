/**
 * Runs of letters and digits, one UTF-16 code unit at a time: the words a text holds as
 * `give-away.ts`' `holdsWhole` sees them (a needle held whole starts one of the text's runs with
 * its own leading run), so a course's clashing pairs are looked up by word instead of comparing
 * every pair's words (issue 14). Pure.
 */

/** A letter or digit (one code unit: an astral letter's halves are neither). */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Whether `text`'s code unit at `i` is a letter or digit (`[\p{L}\p{N}]`), as `give-away.ts`'
 * `holdsWhole` tests a needle's edges: one code unit, so each half of an astral letter is none.
 */
function isWordUnit(text: string, i: number): boolean {
	const code = text.charCodeAt(i);
	if (code >= 128) return WORD_CHAR.test(text[i]);
	const lower = code | 32;
	return (code >= 48 && code <= 57) || (lower >= 97 && lower <= 122);
}

/**
 * The runs of letters and digits of `text`, one code unit at a time as `holdsWhole` looks at a
 * needle's edges (an astral letter's halves are no letters there, so they split runs here too).
 */
export function wordRuns(text: string): string[] {
	const runs: string[] = [];
	let start = -1;
	for (let i = 0; i <= text.length; i++) {
		const word = i < text.length && isWordUnit(text, i);
		if (word && start < 0) start = i;
		else if (!word && start >= 0) {
			runs.push(text.slice(start, i));
			start = -1;
		}
	}
	return runs;
}

/** `needle`'s leading run of letters and digits (`wordRuns`); '' when it starts with neither. */
export function leadingRun(needle: string): string {
	let end = 0;
	while (end < needle.length && isWordUnit(needle, end)) end++;
	return needle.slice(0, end);
}
