/**
 * A typed answer with an aside in brackets: "the Justice and Development Party (AKP)", "AKP
 * (Justice and Development Party)". Students from Anki and Quizlet write a name with its
 * abbreviation, as textbooks do (issue 14, an outsider student: marked plainly wrong, since the
 * brackets were read as one more word). `answer-match.ts` counts it right when both parts are
 * right (or the aside is the initials of the rest); `answer-near.ts` calls it "almost" when the
 * answer outside the brackets is right and the aside is not an answer the question lists.
 */

/** The parts of a bracketed answer: the text outside the brackets, and inside. */
export interface AnswerAside {
	main: string;
	aside: string;
}

/**
 * The answer outside one pair of round or square brackets and the text inside (trimmed), or
 * null when there is no such pair, more than one, or either part is empty: "Camp Bondsteel
 * (US base)" → { main: "Camp Bondsteel", aside: "US base" }.
 */
export function splitAside(input: string): AnswerAside | null {
	const found = /^([^()[\]]*)[([]([^()[\]]*)[)\]]([^()[\]]*)$/.exec(input.trim());
	if (!found) return null;
	const main = `${found[1]} ${found[3]}`.replace(/\s+/g, ' ').trim();
	const aside = found[2].trim();
	return main && aside ? { main, aside } : null;
}

/** Words an abbreviation leaves out ("Kosovo Liberation Army" → KLA, "Party of Justice" → PJ). */
const UNABBREVIATED = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'a', 'an']);

/**
 * Whether `short` (normalized, one word) is the initials of `long` (normalized words), with or
 * without its small words: "kla" of "kosovo liberation army", "jdp" of "justice and development
 * party". Two letters at least.
 */
export function isInitials(short: string, long: string): boolean {
	if (!/^\p{L}{2,}$/u.test(short)) return false;
	const words = long.split(' ');
	const all = words.map((word) => word[0]).join('');
	const content = words
		.filter((word) => !UNABBREVIATED.has(word))
		.map((word) => word[0])
		.join('');
	return short === all || short === content;
}
