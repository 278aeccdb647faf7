/**
 * Years in typed answers, as a history teacher marks them (outsider teacher, 2026-12-01: "in
 * 1878 AD" and "the treaty of Bucharest 1913" were marked wrong).
 *
 * - **Era marks**: "AD", "CE", "A.D." before or after a number add nothing to a year (a year
 *   without a mark is one of our era), so "1878 AD" is "1878". "BC"/"BCE" change the year: they
 *   are right only where the key says BC or BCE too ("44 BCE" for "44 BC"), and a key in BC
 *   needs the mark ("44" is not "44 BC").
 * - **A name with its year**: Moodle's short-answer question marks the whole response against
 *   each answer pattern (case folded when set, `*` as a wildcard), so without a wildcard
 *   "Treaty of Bucharest 1913" is wrong for "Treaty of Bucharest" there. We go one step
 *   further, only where the year cannot be wrong: a key that is a name (no digits) plus one
 *   year is right when the question's own explanation or source passage writes that year
 *   within four words of the name ("The Treaty of Bucharest (1913) ended…"). Any other year is
 *   wrong (there were Treaties of Bucharest in 1812, 1886, 1913 and 1918), and so is a year
 *   with no such sentence to check it against: the name alone is what was asked.
 */

/** An era as it bears on a year: BC/BCE, or none (AD, CE and no mark are the same). */
export type Era = 'bc' | null;

const ERA = String.raw`(a\.?\s?d|c\.?\s?e|b\.?\s?c(?:\.?\s?e)?)\.?`;
const ERA_AFTER = new RegExp(String.raw`(?<=\d)\s*${ERA}(?![\p{L}\p{N}])`, 'giu');
const ERA_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])${ERA}\s+(?=\d)`, 'giu');

/**
 * `text` (raw, as typed or as the key is written) without its era marks, and whether one of
 * them was BC/BCE. Only a mark beside a number is one: "AD" alone is a word.
 */
export function splitEra(text: string): { text: string; era: Era } {
	let era: Era = null;
	const mark = (_: string, found: string) => {
		if (/^b/i.test(found)) era = 'bc';
		return ' ';
	};
	const stripped = text.replace(ERA_AFTER, mark).replace(ERA_BEFORE, mark);
	return { text: stripped.replace(/\s+/g, ' ').trim(), era };
}

/** The words a year may sit among in a normalized answer: a leading "in", a bare number. */
const YEAR_AT_END = /^(.+?) (?:in )?(\d{3,4})$/;
const YEAR_AT_START = /^(?:in )?(\d{3,4}) (.+)$/;

/**
 * A normalized answer (`normalizeAnswer`, article dropped) read as a name and one year, at its
 * start or end ("treaty of bucharest 1913", "1913 treaty of bucharest"); null when it is not.
 */
export function nameAndYear(normalized: string): { name: string; year: string } | null {
	const end = YEAR_AT_END.exec(normalized);
	if (end && !/\d/.test(end[1])) return { name: end[1], year: end[2] };
	const start = YEAR_AT_START.exec(normalized);
	if (start && !/\d/.test(start[2])) return { name: start[2], year: start[1] };
	return null;
}

/** How many words from the name the year may stand in the question's own text. */
const YEAR_REACH = 4;

/**
 * Whether `context` (the question's explanation and source passage, normalized) writes `year`
 * within `YEAR_REACH` words of `name` (normalized), before or after it.
 */
export function yearBesideName(context: string, name: string, year: string): boolean {
	const words = context.split(' ');
	const nameWords = name.split(' ');
	for (let i = 0; i + nameWords.length <= words.length; i++) {
		if (!nameWords.every((word, k) => words[i + k] === word)) continue;
		const before = words.slice(Math.max(0, i - YEAR_REACH), i);
		const after = words.slice(i + nameWords.length, i + nameWords.length + YEAR_REACH);
		if ([...before, ...after].includes(year)) return true;
	}
	return false;
}
