/**
 * How a sentence's date phrase becomes the blank of a year question: one job, shared by the
 * year, when and milestone kinds (`idea-year.ts`, `idea-when.ts`, `idea-milestone.ts`).
 */

const MONTH =
	'January|February|March|April|May|June|July|August|September|October|November|December';

/** "on 27 July 1214", "on July 23, 1995", "in March 1804", "in 1804": a date phrase and its year. */
const DATE_PHRASE = new RegExp(
	String.raw`\b([Oo]n|[Ii]n)\s+(?:(?:\d{1,2}\s+)?(?:${MONTH})\s+(?:\d{1,2},\s+)?)?(1\d{3}|20\d{2})\b(?!\s*[–-]\s*\d)`,
	'u'
);

/**
 * The sentence with its date phrase as "in ____" (day and month dropped), and the year; with
 * `keepDate`, only the year is blanked ("in October ____", "on 27 July ____"), for a prompt a
 * student answers: a blank must hide its answer and nothing more, and "For thirteen days in
 * ____ the United States …" hid "October 1962" for the answer "1962" (the outsider teacher's
 * handout, issue 12). Without it the phrase goes whole, for a clause rewritten without its date.
 */
export function yearBlank(
	text: string,
	keepDate = false
): { prompt: string; year: string; at: number } | undefined {
	const match = DATE_PHRASE.exec(text);
	if (!match) return undefined;
	// Other years in the sentence would bound the answer or compete with it.
	if ((text.match(/\b(?:1\d{3}|20\d{2})\b/gu) ?? []).length > 1) return undefined;
	const end = match.index + match[0].length;
	if (keepDate) {
		const start = end - match[2].length;
		return {
			prompt: `${text.slice(0, start)}____${text.slice(end)}`,
			year: match[2],
			at: match.index
		};
	}
	const word = match[1] === 'On' || match[1] === 'In' ? 'In' : 'in';
	const prompt = `${text.slice(0, match.index)}${word} ____${text.slice(end)}`;
	return { prompt, year: match[2], at: match.index };
}
