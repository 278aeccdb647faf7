/**
 * Statements lifted from a story that keep what only the story around them resolves (blind
 * reviews 12a/12b, a Magna Carta handout: "The final blow came in July 1216, when John's allies
 * …", "John eventually submitted to the Pope in 1213.", "Louis landed in 1214 …"; both reviewers
 * failed all three as not self-contained). Refused, never mended by guess: which "John" a text
 * means is certain only to a reader of the text.
 */

/** Words that place a deed in the story's order, not on a date: after what? */
const SEQUENCE =
	/\b(?:eventually|finally|subsequently|thereafter|afterwards?|meanwhile|in\s+the\s+end|at\s+last|by\s+then|at\s+that\s+point)\b/iu;

/** A subject that is a step of the story: "The final blow", "The next attempt", "The last straw". */
const STORY_STEP =
	/^(?:(?:In|On|By)\s+[^,]*?\d{4},?\s+)?The\s+(?:final|last|next|decisive|same)\s+(?!and\b|or\b)\p{Ll}+\b/u;

/**
 * A comparison with, or a part of, what an earlier sentence said: "Britain and Russia reached a
 * similar agreement", "the Convention went further", "control of that western third" (gen30,
 * long handouts h33, h34).
 */
const COMPARED =
	/\b(?:an?|the)\s+similar\s+\p{L}|\b(?:went|go|goes|going|gone)\s+further\b|\b(?:of|in|at|on|to|from|by|over)\s+that\s+(?:\p{Ll}+\s+)?(?:part|third|half|quarter|area|region|land|territory|colony|country|city|town|island|side|period|war|treaty)\b/iu;

/** Titles a text puts before a ruler's or noble's one name: "King John", "Prince Louis". */
const TITLE =
	'King|Queen|Prince|Princess|Pope|Emperor|Empress|Saint|St|Lord|Lady|Duke|Duchess|Count|Countess|Earl|Tsar|Tsarina|Sultan|Sir|Archbishop|Bishop|Cardinal';

/** Capitalised words of `text` standing alone: no capitalised word joined before or after. */
function loneNames(text: string): string[] {
	return [
		...text.matchAll(/(?<![\p{Lu}][\p{L}'’-]*\s)\b(\p{Lu}\p{Ll}{2,})\b(?!\s+(?:of\s+)?\p{Lu})/gu)
	].map((m) => m[1]);
}

/**
 * True when a statement names a person by one name that the text elsewhere gives with a title
 * ("John" of "King John of England", "Louis" of "Prince Louis of France"): a student who reads
 * the statement alone cannot tell who it is. `whole` is the document's text. A name the
 * statement gives with its title passes; a fuller form elsewhere ("Babur" beside "Babur of
 * Ferghana", "Persian" beside "Persian Empire") is not read, adjectives and places share it.
 */
export function bareName(text: string, whole: string): boolean {
	return loneNames(text).some((name) => {
		const titled = new RegExp(`\\b(?:${TITLE})\\s+${name}\\b`, 'u');
		return titled.test(whole) && !titled.test(text);
	});
}

/**
 * True when a statement needs the story around it to be read: a word of sequence ("eventually",
 * "finally"), a step of the story as its subject ("The final blow"), a comparison with an earlier
 * sentence (`COMPARED`), or a person's bare name (`bareName`). `whole` is the document's text.
 * Pure.
 */
export function storyBound(text: string, whole: string): boolean {
	return (
		SEQUENCE.test(text) || STORY_STEP.test(text) || COMPARED.test(text) || bareName(text, whole)
	);
}
