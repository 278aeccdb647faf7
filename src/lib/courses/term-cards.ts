import type { Question } from '$lib/content/schema';
import { cardDistractors } from '$lib/quiz/card-wrong-choices';

/**
 * The light half of `term-choices.ts`: a key term's wrong choices among questions already at
 * hand, with nothing of the generator loaded, so a class quiz can ask a course's key-term blanks
 * as multiple choice (`quiz/blank-choices.ts`; docs30) as "Make it multiple choice" does.
 */

/** Fact kinds whose answer is a name, a place, a date or a figure: never a term's wrong choice. */
export const NOT_TERMS =
	/-(?:person|role|place|org|year|date|number|when|where|agent|milestone|happening|quote)-/u;

/** A question of a course as a card `cardDistractors` reads: its prompt, key, fact and document. */
export function card(
	id: string,
	prompt: string,
	answer: string,
	doc: string,
	quote = ''
): Question {
	return {
		id,
		type: 'flashcard',
		prompt,
		answer,
		explanation: '',
		source: { doc, quote },
		fact: id,
		topics: [],
		difficulty: 2,
		origin: 'written'
	};
}

/**
 * Up to three wrong choices for `key`, asked by `prompt` from `source`, among `others` (a
 * course's questions, or cards of the terms its documents define): the keys of questions that
 * are no true/false and ask no name, place, date or figure (`NOT_TERMS`), of the key's kind, as
 * `cardDistractors` chooses them (none of `avoid`), in the key's case. Empty when none fits. Pure.
 */
export function termChoicesAmong(
	key: string,
	prompt: string,
	source: { doc: string; quote: string },
	others: readonly Question[],
	avoid: readonly string[] = []
): string[] {
	const cards = others
		.filter((q) => q.type !== 'truefalse' && q.answer.trim() && !NOT_TERMS.test(q.fact))
		.map((q) => card(q.id, q.prompt, q.answer, q.source.doc, q.source.quote));
	const asked = card('new', prompt, key.trim(), source.doc, source.quote);
	return cardDistractors(asked, cards, 0, avoid).map((value) => likeKey(value, key.trim()));
}

export function upperFirst(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * `value` in the key's case at its start: "Hydraulic action" as "hydraulic action" for a blank
 * in mid-sentence ("called ____"), "meander" as "Meander" for one that opens it.
 */
function likeKey(value: string, key: string): string {
	if (/^\p{Lu}/u.test(key)) return upperFirst(value);
	// Lower-cased only when just its first letter is a capital (a sentence's start, not a name).
	return /^\p{Lu}[\p{Ll}'’-]*(?:\s+[\p{Ll}'’-]+)*$/u.test(value)
		? value.charAt(0).toLowerCase() + value.slice(1)
		: value;
}
