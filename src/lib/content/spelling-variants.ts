/**
 * British and American spellings of one word ("colour"/"color", "organisation"/"organization",
 * "centre"/"center", "defence"/"defense", "travelled"/"traveled", "catalogue"/"catalog",
 * "programme"/"program", "analyse"/"analyze"): the same answer, spelt by another convention,
 * not a slip of the keyboard (issue 12/14: the verdict called "color" a slip).
 *
 * Each rule rewrites a British ending to its American one; two words are variants when they
 * differ and agree once both are rewritten. Only word endings, and only on words long enough
 * that the ending is a suffix ("four" is not "for", "rogue" is not "rog"). Words are compared as
 * `normalizeAnswer` writes them (folded, lower case).
 */

/** [British ending, American ending, shortest word the rule applies to]. */
const RULES: readonly (readonly [RegExp, string, number])[] = [
	[/our(s|ed|ing|ite|ites|able)?$/, 'or$1', 6],
	[/is(e|es|ed|ing|er|ers|ation|ations)$/, 'iz$1', 6],
	[/ys(e|es|ed|ing)$/, 'yz$1', 6],
	[/tre(s)?$/, 'ter$1', 5],
	[/ence(s)?$/, 'ense$1', 7],
	[/ogue(s)?$/, 'og$1', 7],
	[/ell(ed|ing|er|ers)$/, 'el$1', 8],
	[/amme(s)?$/, 'am$1', 8]
];

/** A word in its American spelling, where a rule applies (else the word itself). */
export function americanSpelling(word: string): string {
	for (const [ending, replacement, minLength] of RULES)
		if (word.length >= minLength && ending.test(word)) return word.replace(ending, replacement);
	return word;
}

/**
 * Whether `given` and `target` (normalized, words separated by one space) are the same words,
 * at least one of them spelt the British way in one and the American way in the other.
 */
export function sameBySpelling(given: string, target: string): boolean {
	if (given === target) return false;
	const a = given.split(' ');
	const b = target.split(' ');
	return (
		a.length === b.length && a.every((word, i) => americanSpelling(word) === americanSpelling(b[i]))
	);
}
