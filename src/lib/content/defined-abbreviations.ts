import { isInitials } from './answer-aside';

/**
 * Abbreviations a question's own text defines in brackets, as handouts and textbooks do:
 * "potential difference (pd)", "a light-dependent resistor (LDR)", "(p.d.)", or the other way
 * round, "LDR (light-dependent resistor)". A student who writes "pd" for the key "potential
 * difference" is right when the handout taught "pd" (a teacher from Moodle, issue 12); the same
 * letters with no definition stay wrong, as "pd" could stand for anything. An abbreviation is
 * defined only when it is the initials of the words beside it (`isInitials`: with or without
 * their small words, two letters at least), so "Kosovo (2008)" or "amps (A)" define nothing.
 */

/** One bracket and the text before it: "… potential difference (pd)" or "LDR (light … resistor)". */
const BRACKETED = /([^()[\]]*?)\s*[([]([^()[\]]{1,80})[)\]]/g;

/** The most words an abbreviation's long form is searched over, before its brackets. */
const LONGEST = 8;

/**
 * Abbreviation → its long form, both as `normalize` writes them ("pd" → "potential
 * difference"), for every definition in `text`. `normalize` is the marking's own
 * (`normalizeAnswer`), passed in so a definition and a typed answer are read alike. Pure.
 */
export function definedAbbreviations(
	text: string,
	normalize: (text: string) => string
): Map<string, string> {
	const found = new Map<string, string>();
	for (const [, before, inside] of text.matchAll(BRACKETED)) {
		const words = normalize(before).split(' ').filter(Boolean);
		const aside = normalize(inside);
		if (!aside) continue;
		if (!aside.includes(' ')) {
			// "potential difference (pd)": the shortest run of words ending at the bracket.
			for (let n = 1; n <= Math.min(LONGEST, words.length); n++) {
				const long = words.slice(-n).join(' ');
				if (n > 1 && isInitials(aside, long)) {
					found.set(aside, long);
					break;
				}
			}
		} else {
			// "LDR (light-dependent resistor)": the word right before the bracket.
			const short = words.at(-1);
			if (short && isInitials(short, aside)) found.set(short, aside);
		}
	}
	return found;
}

/**
 * `words` (normalized, one string) with each defined abbreviation written out: "the pd across
 * it" → "the potential difference across it". Pure.
 */
export function writtenOut(words: string, defined: ReadonlyMap<string, string>): string {
	if (!defined.size) return words;
	return words
		.split(' ')
		.map((word) => defined.get(word) ?? word)
		.join(' ');
}
