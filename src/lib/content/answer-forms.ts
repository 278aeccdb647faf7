import { americanSpelling } from './spelling-variants';

/**
 * Ways a typed answer may say the key's words differently (issue 14: "Africa and Eurasia" for
 * "African and Eurasian plates"; issue 12/14: "Cypriot" for "Cyprus"):
 *
 * - the key's **head noun left out when the question already names it** (`sameWithoutNamedHead`,
 *   accepted as right): "African and Eurasian" for "African and Eurasian plates" asked as
 *   "Which two plates …?". Only a last word the key writes in lower case (a common noun:
 *   "Kosovo" is not "Kosovo Force"), and never all of the key;
 * - a **place and its adjective or demonym** (`samePlaceForm`): "Africa" ~ "African", "Turkey"
 *   ~ "Turkish", "Cyprus" ~ "Cypriot". Not right by itself, as a place and its people are
 *   different things ("Cypriot" may be a Greek or a Turkish Cypriot): `answer-near.ts` marks it
 *   "almost", shows the key and lets the student count it;
 * - one **word in another form of its family** (`sameWordFamily`): "stabilizing",
 *   "stabilization" or "stabilize" for "stabiliser" (issue 14). Not right by itself either (a
 *   stabiliser is not stabilization): "almost".
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

/**
 * Places whose adjective or demonym no ending rule makes (folded, lower case). Source: the
 * countries and regions of the built-in course and their neighbours (ISO 3166 English names).
 */
const IRREGULAR: Record<string, readonly string[]> = {
	cyprus: ['cypriot', 'cypriots'],
	greece: ['greek', 'greeks'],
	france: ['french'],
	netherlands: ['dutch'],
	wales: ['welsh'],
	britain: ['british', 'briton', 'britons'],
	switzerland: ['swiss'],
	turkey: ['turk', 'turks'],
	serbia: ['serb', 'serbs'],
	croatia: ['croat', 'croats'],
	bosnia: ['bosniak', 'bosniaks'],
	kosovo: ['kosovar', 'kosovars', 'kosovan'],
	montenegro: ['montenegrin', 'montenegrins'],
	slovakia: ['slovak', 'slovaks'],
	czechia: ['czech', 'czechs'],
	poland: ['polish', 'pole', 'poles'],
	denmark: ['danish', 'dane', 'danes'],
	sweden: ['swedish', 'swede', 'swedes'],
	finland: ['finnish', 'finn', 'finns'],
	spain: ['spanish', 'spaniard', 'spaniards'],
	ireland: ['irish'],
	scotland: ['scottish', 'scots'],
	england: ['english'],
	iceland: ['icelandic'],
	thailand: ['thai'],
	philippines: ['filipino', 'filipinos', 'philippine'],
	afghanistan: ['afghan', 'afghans'],
	kazakhstan: ['kazakh'],
	uzbekistan: ['uzbek'],
	azerbaijan: ['azerbaijani', 'azeri'],
	arabia: ['arab', 'arabs']
};

/** Whether `adjective` is `place` with an adjective or demonym ending (or `place` itself). */
function isFormOf(adjective: string, place: string): boolean {
	if (adjective === place) return true;
	if (IRREGULAR[place]?.includes(adjective)) return true;
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
 * Whether `given` is the key `target` (both normalized) without its last word, where that word
 * is a lower-case noun the question's `prompt` (normalized) already says, and the key's
 * capitalised words (`capitalized`, normalized) are not it: "African and Eurasian" for "African
 * and Eurasian plates" asked "Which two plates …?". Equal answers are not this module's.
 */
export function sameWithoutNamedHead(
	given: string,
	target: string,
	capitalized: ReadonlySet<string>,
	prompt: string
): boolean {
	return withoutNamedHead(target, capitalized, prompt) === given;
}

/**
 * `target` (normalized) without its last word when that word is a lower-case noun the prompt
 * says (see `sameWithoutNamedHead`), else null.
 */
export function withoutNamedHead(
	target: string,
	capitalized: ReadonlySet<string>,
	prompt: string
): string | null {
	const keyWords = target.split(' ');
	const head = keyWords.at(-1)!;
	const promptWords = prompt ? prompt.split(' ') : [];
	const named =
		keyWords.length > 1 &&
		!capitalized.has(head) &&
		!/\d/.test(head) &&
		promptWords.some((word) => sameNoun(word, head));
	return named ? keyWords.slice(0, -1).join(' ') : null;
}

/**
 * Endings that make another form of one word (a verb's -ing/-ed, a doer's -er, a noun's
 * -ation/-ion/-ment, a plural), longest first so "stabilizations" loses "ations", not "s".
 */
const FAMILY_ENDINGS = [
	'ations',
	'ation',
	'ments',
	'ment',
	'ings',
	'ing',
	'ions',
	'ion',
	'ers',
	'er',
	'ed',
	'es',
	's'
];

/**
 * The shortest stem two forms may share: "stabiliz" (stabiliser, stabilizing) is a family, but
 * "corn" (corner) and "mast" (master) are other words, and so are shorter stems.
 */
const MIN_FAMILY_STEM = 5;

/** A word's stem: American spelling, one family ending, a final "e" and a doubled consonant off. */
function familyStem(word: string): string {
	let stem = americanSpelling(word);
	const ending = FAMILY_ENDINGS.find((end) => stem.endsWith(end) && stem.length > end.length + 2);
	if (ending) stem = stem.slice(0, -ending.length);
	if (stem.endsWith('e')) stem = stem.slice(0, -1);
	if (/([^aeiou])\1$/.test(stem)) stem = stem.slice(0, -1);
	return stem;
}

/**
 * Whether two different words (normalized) are forms of one word: "stabilizing" ~
 * "stabiliser" ~ "stabilization" ~ "stabilize", "settlement" ~ "settling", "plates" ~ "plate".
 * Whole words only; the caller keeps proper names out (a name has no family: "Peters" is not
 * "Peter").
 */
export function sameWordFamily(a: string, b: string): boolean {
	if (a === b || /\d/.test(a + b)) return false;
	const stem = familyStem(a);
	return stem.length >= MIN_FAMILY_STEM && stem === familyStem(b);
}
