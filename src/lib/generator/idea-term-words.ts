import type { ArticleView } from './ideas';
import { wordStem } from '$lib/text/fold';
import { fold, type Sentence } from './text';

/**
 * The word checks every defined-term rule shares (`idea-term.ts`, its handout rules in
 * `idea-term-handout.ts`, `idea-this-called.ts`): whether a term is a key term of the text,
 * whether a key names its term or points out of its sentence. Pure.
 */

/** A word that points into the text or the reader cannot resolve alone. */
export const POINTER =
	/\b(?:it|its|they|them|their|this|these|those|that\s+one|he|she|his|her|him|here|there|above|below|former|latter|such)\b/iu;

/** What makes a key a claim rather than a definition: a hedge, a rank, a time word. */
export const NOT_PLAIN =
	/\b(?:major|main|central|important|key|principal|popular|common|famous|significant|primary|leading|most|least|best|worst|largest|smallest|biggest|first|last|only|often|sometimes|usually|generally|considered|thought|believed|said|perhaps|probably|possibly|may|might|could|currently|now|today|recently|still|also|not|never|no)\b/iu;

/** A part, a side or a place in something: "the outermost layer", "the upper end". */
export const PART =
	/\b(?:layers?|rows?|columns?|parts?|sides?|ends?|surfaces?|portions?|sections?|regions?|centre|center|edges?|tops?|bottoms?|base|tips?|halves|half|interior|exterior|walls?|linings?|shell|core|inside|outside|front|back|middle|rest)$/iu;

/** A size, capacity or measure in a key: "about the size of", "can hold", "a litre". */
const SIZE =
	/\b(?:the\s+size\s+of|can\s+hold|holds?\s+(?:up\s+to|over|about|nearly)|(?:milli|centi|kilo)?(?:litres?|liters?|metres?|meters?|grams?)|tonnes?|feet|foot|inches|miles?|pounds)\b/u;

/** True when a key gives a size or capacity, a property rather than a definition (H2 S03). */
export function statesSize(key: string): boolean {
	return SIZE.test(key);
}

/** Key lengths a student can recall: at least a class noun and what sets it apart. */
const MIN_KEY_WORDS = 4;
export const MAX_KEY_WORDS = 22;

/** The first characters of a word that its other forms share ("stoma"/"stomata", "grana"/"granum"). */
export function stem(word: string): string {
	return wordStem(fold(word));
}

/** True when a term is used in a sentence other than `own` (by its head word's stem). */
export function usedAgain(term: string, own: Sentence, article: ArticleView): boolean {
	return timesUsed(term, own, article) > 0;
}

/**
 * The sentences other than `own` that use a term (by its head word's stem), and the section
 * headings that do, each once: a heading is a text's own use of its terms ("Ionic bonding" above
 * "An ionic bond is …"; before gen35 a Markdown heading reached the generator as a sentence).
 */
export function timesUsed(term: string, own: Sentence, article: ArticleView): number {
	const head = stem(term.split(/\s+/u).at(-1)!);
	const others = term.split(/\s+/u).slice(0, -1).map(fold);
	const uses = (text: string) =>
		fold(text)
			.split(/[^\p{L}\d-]+/u)
			.some(
				(w, i, all) =>
					w.startsWith(head) && others.every((o, j) => all[i - others.length + j] === o)
			);
	const headings = new Set(article.sentences.map((s) => s.section).filter(Boolean));
	return (
		article.sentences.filter((s) => s !== own && uses(s.text)).length +
		[...headings].filter(uses).length
	);
}

/** True when a word's stem is written in lower case inside a sentence ("Stomata …", "each stoma"). */
function writtenLower(word: string, article: ArticleView): boolean {
	const lower = stem(word);
	return article.sentences.some((s) =>
		s.text
			.split(/\s+/u)
			.slice(1)
			.some((w) => w.startsWith(lower))
	);
}

/**
 * True when a term is a common noun the article does not take as its subject; with `own`, the
 * subject too (a handout defines its own subject in its body: "The water cycle is …").
 */
export function keyTerm(term: string, article: ArticleView, own = false): boolean {
	const termWords = term.split(/\s+/u);
	if (termWords.some((w) => !article.isCommon(w) && !writtenLower(w, article))) return false;
	if (POINTER.test(term) || /^(?:one|some|many|each|all|both|other|another)$/iu.test(termWords[0]))
		return false;
	// "Exceptions are animals and some protists" (dev test20): a word that names no thing.
	if (
		/^(?:exceptions?|examples?|types?|kinds?|results?|reasons?|problems?|parts?|ways?|things?|others?)$/iu.test(
			termWords.at(-1)!
		)
	)
		return false;
	return own || !ownTerm(term, article);
}

/** True when the title names the term or the article takes it as its subject. */
export function ownTerm(term: string, article: ArticleView): boolean {
	const title = fold(article.title);
	const folded = fold(term);
	return (
		!!(title && (title.includes(folded) || folded.includes(title))) || article.subject.has(folded)
	);
}

/**
 * True when a key of `max` words at most could be a plain definition: at least four words, no
 * pointer, hedge, rank, figure, name or second predicate. Whether it names its term is the
 * caller's check (`namesTerm`).
 */
export function plainWords(key: string, max = MAX_KEY_WORDS): boolean {
	const n = key.split(/\s+/u).length;
	if (n < MIN_KEY_WORDS || n > max) return false;
	if (POINTER.test(key) || NOT_PLAIN.test(key) || /[:;()"“”—–]|\d/u.test(key)) return false;
	// A name in the key ties the term to this text ("A central element of Varn Is Dead").
	if (/\s\p{Lu}(?!-\p{Ll})/u.test(key)) return false;
	// "A stretchy, muscular bag that can hold over a litre of food", "a muscular organ about the
	// size of a clenched fist": a size or capacity is a property, not what sets the term apart
	// (blind review H2 S03).
	if (statesSize(key)) return false;
	// "A relatively non-toxic molecule and is excreted …": a second predicate is a second claim.
	return !/\b(?:and|but)\s+(?:is|are|was|were|has|have|can)\b|\brelatively\b/u.test(key);
}

/**
 * True when a description shares a word's first four letters with the term: "a group with a
 * hydroxyl and cyanide … is called a cyanohydrin" spells half the answer out.
 */
export function sharesRoot(text: string, term: string): boolean {
	const roots = new Set(
		term
			.split(/\s+/u)
			.filter((w) => w.length >= 5)
			.map((w) => fold(w).slice(0, 4))
	);
	return fold(text)
		.split(/[^\p{L}]+/u)
		.some((w) => w.length >= 5 && roots.has(w.slice(0, 4)));
}

/** True when a text names the term (a word sharing its stem): it gives it away or goes round. */
export function namesTerm(text: string, term: string): boolean {
	const stems = term
		.split(/\s+/u)
		.filter((t) => t.length >= 4)
		// Six letters at most: "selection" is named by "selected".
		.map((t) => stem(t).slice(0, 6));
	return fold(text)
		.split(/[^\p{L}\d-]+/u)
		.some((w) => stems.some((t) => w.startsWith(t)));
}
