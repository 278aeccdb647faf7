/**
 * Whether a text reads as English: the share of its words that are among English's most common
 * function words. English prose runs at about 40–50%; other languages written in Latin letters
 * (Serbian, Turkish, German, French) stay under 10% on this list. Source of the words: the most
 * frequent words of the British National Corpus, less those shared with the other languages.
 */
const FUNCTION_WORDS = new Set(
	'the of and to a in is that it was for on are as with his they be at one have this from or had by but what some we can were all there when your which their said if do will each about how up out them then she many so these would other into has her him see could no than been who its now did my over down only way may'.split(
		' '
	)
);

/**
 * Whether `word` (lower case) is one of English's most common function words ("the", "what",
 * "which"): a word any two English texts share, so sharing it says nothing about what they are on.
 */
export function isFunctionWord(word: string): boolean {
	return FUNCTION_WORDS.has(word);
}

/** The share (0–1) of words in the first 5,000 words that are English function words. */
export function englishShare(text: string): number {
	const words = firstWords(text);
	if (!words.length) return 0;
	return words.filter((w) => FUNCTION_WORDS.has(w)).length / words.length;
}

/**
 * The commonest short words of the other languages people paste in Latin letters (French,
 * German, Spanish, Italian, Portuguese, Dutch, Serbian/Croatian/Bosnian, Polish, Turkish,
 * Swedish), less any that is also an English word ("a", "in", "die", "war", "to"): the words that
 * say a text is in another language whatever its shape. Chosen by hand from each language's
 * commonest articles, pronouns, conjunctions, prepositions and auxiliaries.
 */
const OTHER_FUNCTION_WORDS = new Set(
	(
		'le la les des du et est une dans qui que sur aux avec ce cette il elle ils nous vous ne se sont ont été ' +
		'der das und ist ein eine nicht mit dem sich auf für von zu auch es wird sind wurde nach bei aus oder ' +
		'el los las es por para una como más pero su sus fue muy ' +
		'di che è della nel alla gli anche più ' +
		'os da em uma não mais foi são pelo pela ao ' +
		'het een en niet zijn voor ook te dat aan bij wordt ' +
		'je u na se za od koji koja koje su sa ili ali kao iz po što biti bila ' +
		'w z nie jest się że jak tak czy ' +
		've bir bu için ile olarak olan çok daha gibi ' +
		'och att som för på av inte har om'
	).split(' ')
);

/**
 * The share (0–1) of words in the first 5,000 words that are another language's commonest words
 * (`OTHER_FUNCTION_WORDS`) or written in another script (Cyrillic, Greek, Arabic, …).
 */
export function otherLanguageShare(text: string): number {
	const words = firstWords(text);
	if (!words.length) return 0;
	return (
		words.filter((w) => OTHER_FUNCTION_WORDS.has(w) || !/^[\p{Script=Latin}'’-]+$/u.test(w))
			.length / words.length
	);
}

/** The first 5,000 words (runs of letters), lower case. */
function firstWords(text: string): string[] {
	// 5,000 words fit in 100,000 characters: the rest of a 1 MB text is never lowercased and
	// split (half a second on the page, issue 12).
	return (
		text
			.slice(0, 100_000)
			.toLowerCase()
			.match(/\p{L}+/gu)
			?.slice(0, 5000) ?? []
	);
}

/**
 * Fewer words than this are too few to judge: "Rivers are nice. I like geography." has one
 * function word in six (0.17), and was called not English (outsider teacher, issue 12). Such a
 * text goes to the generator, which says plainly when no sentence of it passes its checks.
 */
export const MIN_WORDS_JUDGED = 12;

/** English prose: this share of its words or more are English function words. */
const PROSE_SHARE = 0.2;
/** Fewer English function words than this share is no evidence of English at all. */
const SOME_ENGLISH = 0.03;

/**
 * True when the text reads as English, judged by its words, not by its shape: English prose
 * (function words ≥ `PROSE_SHARE`), or a text of another shape — a table, a timeline, a list of
 * terms — that uses some English function words ("of", "on": `SOME_ENGLISH`) and at least twice
 * as many of them as of other languages' words (`otherLanguageShare`). A pasted table of dates,
 * events and countries in English (4 function words in 31) was called not English (outsider
 * teacher, session 33). Too short to judge (under `MIN_WORDS_JUDGED` words): true.
 */
export function looksEnglish(text: string): boolean {
	const words = text.slice(0, 2_000).match(/\p{L}+/gu)?.length ?? 0;
	if (words < MIN_WORDS_JUDGED) return true;
	const english = englishShare(text);
	if (english >= PROSE_SHARE) return true;
	return english >= SOME_ENGLISH && english >= 2 * otherLanguageShare(text);
}

/**
 * A sentence: four words or more on one line, the last ending on a full stop, question or
 * exclamation mark ("ok see you TODO 1. ..." is none: a number, not a word, ends it).
 */
const SENTENCE = /(?:\p{L}[\p{L}'’-]*[,;]?[ \t]+){3,}\p{L}[\p{L}'’-]*[.!?]/u;

/** More of another language's words than this share, and a text is that language's. */
const OTHER_LANGUAGE = 0.05;

/**
 * True for a text with no sentence on any line (`SENTENCE`) and next to no other language's
 * words (`otherLanguageShare`): a timetable, a list of words. Such a text gives no question and
 * is no evidence of a language: an English timetable was called "not English" (outsider teacher,
 * session 38). Reads the first 100,000 characters.
 */
export function sentenceless(text: string): boolean {
	return !SENTENCE.test(text.slice(0, 100_000)) && otherLanguageShare(text) < OTHER_LANGUAGE;
}
