import type { ArticleView, Idea } from './ideas';
import { namesSubject, subjectText } from './idea-text';
import { findWhole, type Sentence } from './text';

/**
 * Kind 4, what the article's subject did: "Lister successfully introduced ____ to sterilise
 * surgical instruments and to clean wounds" → carbolic acid (phenol accepted, as the article
 * gives it). The actor is named (the subject, never a passer-by) and the blank is the thing
 * done, which is what the article is about; a place or a date beside it is not (blind reviews
 * U1–U3 failed "Hertfordshire", "Lyon", "Scotland").
 */

/** Verbs of a deed an article is written about. */
const DEED =
	'discovered|invented|developed|founded|co-founded|proved|introduced|won|identified|isolated|established|created|designed|devised|pioneered|formulated|coined|patented|built|described|named|proposed|conquered|defeated|captured|synthesi[sz]ed|produced';

/** The object of a deed ends before a comma, a parenthesis or a preposition of place or time. */
const OBJECT_END =
	/\s*[,;:()]|\s+(?:to|in|at|for|from|while|when|as|with|by|during|after|before|on|under|between|and\s+(?=\p{Ll}+ed\b)|which|who|that)\s|[.!]?$/u;

/** Words that frame a deed's object ("the idea of", "the use of"): kept in the prompt. */
const FRAME =
	/^(?:the|a|an)\s+(?:idea|concept|use|formation|creation|development|principle|method|technique|theory|practice|study)\s+of\s+/u;

/** Longest object a typed blank may ask, in words: a longer one has no one way to type it. */
export const MAX_OBJECT_WORDS = 5;

/** "(now known as phenol)", "(also called …)": the article's other name for the object. */
const ALIAS = /^\s*\((?:now |also |then )?(?:known as|called|or)\s+([^)]{2,40})\)/u;

/** The actor's deed in `text`: where the object starts, the object, and its other names. */
export function deedOf(
	text: string,
	isActor: (phrase: string) => boolean
): { start: number; object: string; accept: string[] } | undefined {
	const match = new RegExp(
		String.raw`^((?:[^,]{0,60},\s+)?)((?:The\s+)?\p{Lu}[\p{L}’'–-]*(?:\s+\p{Lu}[\p{L}’'–-]*){0,4})\s+(?:(?:successfully|first|later|independently|famously|jointly)\s+)?(?:${DEED})\s+`,
		'u'
	).exec(text);
	if (!match || !isActor(match[2])) return undefined;
	const start = match[0].length;
	const rest = text.slice(start);
	const end = OBJECT_END.exec(rest);
	const object = (end ? rest.slice(0, end.index) : rest).trim();
	const n = object.split(/\s+/).length;
	if (
		!object ||
		n > MAX_OBJECT_WORDS ||
		/^(?:it|them|this|that|these|those|him|her|a|an|the)$/iu.test(object)
	)
		return undefined;
	// "discovered that …", "proved how …": a clause, not a thing done.
	if (/^(?:that|how|why|whether|what)\b/u.test(object)) return undefined;
	const alias = ALIAS.exec(rest.slice(object.length));
	return { start, object, accept: alias ? [alias[1].trim()] : [] };
}

/** The deed idea of one sentence: the thing done, blanked, with the actor named. */
export function deedIdea(sentence: Sentence, article: ArticleView): Idea | undefined {
	const text = subjectText(sentence, article);
	const isActor = (phrase: string) => namesSubject(phrase, article);
	const deed = deedOf(text, isActor);
	if (!deed) return undefined;
	const alias = ALIAS.exec(text.slice(deed.start + deed.object.length));
	const after = text.slice(deed.start + deed.object.length + (alias ? alias[0].length : 0));
	// "the idea of sterile surgery": the idea is what is asked, the frame stays in the prompt.
	const frame = FRAME.exec(deed.object)?.[0] ?? '';
	const object = deed.object.slice(frame.length);
	const start = findWhole(sentence.text, object);
	return {
		kind: 'deed',
		sentence,
		type: 'cloze',
		prompt: `${text.slice(0, deed.start)}${frame}____${after}`,
		answer: object,
		...(deed.accept.length && { accept: deed.accept }),
		start: Math.max(0, start),
		context: text,
		weight: 2
	};
}

/** Every deed of the article's subject, outside its aside sections. */
export function deedIdeas(article: ArticleView): Idea[] {
	return article.sentences
		.filter((s) => article.marks(s)?.score !== 0)
		.map((s) => deedIdea(s, article))
		.filter((i): i is Idea => i !== undefined);
}
