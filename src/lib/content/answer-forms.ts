/**
 * Two ways a typed answer may say the key's words differently and still be the key (issue 14:
 * "Africa and Eurasia" was marked wrong for "African and Eurasian plates"):
 *
 * - a **place and its adjective or demonym**: "Africa" ~ "African", "Europe" ~ "European",
 *   "Turkey" ~ "Turkish", "Germany" ~ "German", "Japan" ~ "Japanese". Only for a word the key
 *   writes with a capital (a proper name or its adjective), so "organ" is not "organic";
 * - the key's **head noun left out when the question already names it**: "African and
 *   Eurasian" for "African and Eurasian plates" asked as "Which two plates …?". Only a last
 *   word the key writes in lower case (a common noun: "Kosovo" is not "Kosovo Force"), and
 *   never all of the key.
 *
 * Every other word must be there, in order: an answer that leaves out a place ("Africa" for
 * "African and Eurasian plates") or names another is still wrong. Words are compared as
 * `normalizeAnswer` writes them (folded, lower case), passed in by `answer-match.ts`.
 */

/** Endings a place name takes as an adjective or a people's name. */
const ENDINGS = ['n', 'an', 'ian', 'ean', 'ese', 'i', 'ish', 'ic', 'ar'];

/** The shortest stem an ending may follow ("Asia" → "asi"): shorter ones match too freely. */
const MIN_STEM = 3;

/** Stems of a place name: itself, without a final vowel or y, without a final "ey". */
function stems(place: string): string[] {
	const out = [place];
	if (/[aeiouy]$/.test(place)) out.push(place.slice(0, -1));
	if (place.endsWith('ey')) out.push(place.slice(0, -2));
	return out.filter((stem) => stem.length >= MIN_STEM);
}

/** Whether `adjective` is `place` with an adjective or demonym ending (or `place` itself). */
function isFormOf(adjective: string, place: string): boolean {
	if (adjective === place) return true;
	// "Germany" → "German": the y dropped with no ending.
	if (place.endsWith('y') && adjective === place.slice(0, -1) && adjective.length >= 4) return true;
	return stems(place).some((stem) => ENDINGS.some((ending) => adjective === stem + ending));
}

/** Whether two words are one place in two forms ("africa", "african"), either way round. */
export function samePlaceForm(a: string, b: string): boolean {
	return isFormOf(a, b) || isFormOf(b, a);
}

/** Whether two words are one noun, singular or plural ("plate", "plates", "crises"?). */
function sameNoun(a: string, b: string): boolean {
	if (a === b) return true;
	const [short, long] = a.length < b.length ? [a, b] : [b, a];
	return long === `${short}s` || long === `${short}es`;
}

/**
 * Whether `given` says the key `target` (both normalized, word by word) in other forms:
 * each word the same or, where the key capitalises it (`capitalized`, normalized words), the
 * same place in another form; the key's last word may be missing when it is a lower-case noun
 * the question's `prompt` (normalized) already says. Equal answers are not this module's.
 */
export function sameInOtherForms(
	given: string,
	target: string,
	capitalized: ReadonlySet<string>,
	prompt: string
): boolean {
	const givenWords = given.split(' ');
	const keyWords = target.split(' ');
	const head = keyWords.at(-1)!;
	const promptWords = prompt ? prompt.split(' ') : [];
	const headNamed =
		keyWords.length > 1 &&
		!capitalized.has(head) &&
		!/\d/.test(head) &&
		promptWords.some((word) => sameNoun(word, head));
	const candidates = headNamed ? [keyWords, keyWords.slice(0, -1)] : [keyWords];
	return candidates.some(
		(words) =>
			words.length === givenWords.length &&
			words.every(
				(word, i) =>
					word === givenWords[i] || (capitalized.has(word) && samePlaceForm(givenWords[i], word))
			)
	);
}
