/**
 * Standard abbreviations a student types for a word of a name ("Mt Fuji" for "Mount Fuji", "St
 * Petersburg" for "Saint Petersburg", "Baker St" for "Baker Street", "Ft Worth", "No. 10"),
 * written out so a typed answer and its key compare as the same words (outsider teacher from
 * Kahoot and Moodle, issue 14: "Mt Fuji" was marked wrong against "Mount Fuji"). Only where the
 * word is unambiguous in its place: "St" before a name is Saint and after one Street; "Dr"
 * before a name is Doctor and after one Drive; a word right after a number is a unit or an
 * ordinal, never expanded ("10 ft", "50 Mt", "21 st"), and "No" is "number" only before one.
 * Abbreviations that stand for several words in the same place ("Res.", "Gen.", "Pt", "Co")
 * stay as typed: a teacher adds them as accepted answers.
 *
 * Sources: the abbreviations of place names and titles in the Chicago Manual of Style (10.4,
 * 10.17, 10.32) and of street suffixes in USPS Publication 28 (Appendix C1).
 */

/** Where a word is written out: before another word, after one, or either way. */
interface Expansion {
	/** Written out when a word follows it ("Mt Fuji", "St Petersburg"). */
	before?: string;
	/** Written out when it ends the answer after a word ("Baker St", "Martin Luther King Jr"). */
	after?: string;
	/** Written out only before a number ("No. 10"). */
	beforeNumber?: string;
}

/** Abbreviation (folded, as `normalizeAnswer` leaves it, dots gone) → the word it stands for. */
const ABBREVIATIONS: Readonly<Record<string, Expansion>> = {
	mt: { before: 'mount' },
	mts: { before: 'mountains', after: 'mountains' },
	mtn: { before: 'mountain', after: 'mountain' },
	mtns: { before: 'mountains', after: 'mountains' },
	ft: { before: 'fort' },
	st: { before: 'saint', after: 'street' },
	ste: { before: 'sainte' },
	sts: { before: 'saints' },
	dr: { before: 'doctor', after: 'drive' },
	ave: { after: 'avenue' },
	rd: { after: 'road' },
	blvd: { after: 'boulevard' },
	sq: { after: 'square' },
	jr: { after: 'junior' },
	snr: { after: 'senior' },
	sr: { after: 'senior' },
	univ: { before: 'university', after: 'university' },
	govt: { before: 'government', after: 'government' },
	dept: { before: 'department', after: 'department' },
	vs: { before: 'versus' },
	no: { beforeNumber: 'number' },
	nos: { beforeNumber: 'numbers' }
};

const isNumber = (word: string | undefined) => word !== undefined && /^[\d.,%$€£]+$/.test(word);
const isWord = (word: string | undefined) => word !== undefined && /^\p{L}/u.test(word);

/**
 * `words` (an answer as `normalizeAnswer` splits it: folded, lower case, no dots but decimals)
 * with each abbreviation written out where its place says which word it is, else kept. Which
 * word an abbreviation becomes depends only on whether its neighbours are words or numbers,
 * which writing out never changes, and no written-out word is an abbreviation: so applying it
 * twice gives what once does. Pure; a new array.
 */
export function expandAbbreviations(words: readonly string[]): string[] {
	return words.map((word, i) => {
		const expansion = Object.hasOwn(ABBREVIATIONS, word) ? ABBREVIATIONS[word] : undefined;
		if (!expansion) return word;
		const previous = words[i - 1];
		const next = words[i + 1];
		if (isNumber(previous)) return word;
		if (expansion.beforeNumber) return isNumber(next) ? expansion.beforeNumber : word;
		if (isWord(next)) return expansion.before ?? word;
		if (next === undefined && isWord(previous)) return expansion.after ?? word;
		return word;
	});
}

/**
 * Every word `word` (one word, folded) may stand for, itself first: "st" → ["st", "saint",
 * "street"]. For a check that looks at words one at a time (which words a key capitalizes).
 */
export function wordsFor(word: string): string[] {
	const expansion = Object.hasOwn(ABBREVIATIONS, word) ? ABBREVIATIONS[word] : undefined;
	if (!expansion) return [word];
	const all = [word, expansion.before, expansion.after, expansion.beforeNumber];
	return [...new Set(all.filter((w): w is string => !!w))];
}
