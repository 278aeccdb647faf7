import { isArrowLine } from '$lib/generator/arrow-line';
import { isShortKey } from './answer-kind';

/**
 * The written form of a multiple-choice answer, beyond its typography (`likeKeyForm` mends a
 * capital and a full stop): a student's shorthand or prose, one sentence or several, a list or a
 * single thing, and its length. A wrong choice of another form than the key's is ruled out by its
 * form alone (outsider teacher, session 38: the note "Thin outer layer of the Earth, oceanic =
 * thin + dense, continental = thick + light" was a wrong choice among prose definitions in
 * several questions, plainly wrong each time). Haladyna, Downing & Rodriguez's item-writing rule
 * "keep choices homogeneous in content and grammatical structure" is the source. Pure.
 */

/** An answer's form: what a student sees at a glance before reading its words. */
export interface ChoiceForm {
	/** Written with symbols for words: =, +, ×, ÷, an arrow, "&", "vs" (`isArrowLine` and more). */
	shorthand: boolean;
	/** More than one sentence ("Cells divide. Each gets a copy."). */
	sentences: boolean;
	/** Three or more short items joined by commas, semicolons or "and" ("Sea walls, groynes and rock armour"). */
	list: boolean;
}

/** Symbols a student writes for words, beside `isArrowLine`'s arrows and equals sign. */
const SYMBOLS = /(?:^|\s)[+×÷&](?:\s|$)|\bvs\.?(?:\s|$)|\s\/\s/u;

/** A sentence's end followed by another sentence's start, never an abbreviation's ("e.g. sea"). */
const SENTENCE_BREAK = /\p{Ll}{2,}[.!?]\s+\p{Lu}/u;

/** Most words of one item of a list: past this an item is a clause, the text a sentence. */
const LIST_ITEM_WORDS = 3;

/** The form of `text`, a choice or a key (`ChoiceForm`). */
export function choiceForm(text: string): ChoiceForm {
	const t = text.trim();
	return {
		shorthand: isArrowLine(t) || SYMBOLS.test(t),
		sentences: SENTENCE_BREAK.test(t),
		list: isList(t)
	};
}

/** Whether `text` lists three or more things of at most `LIST_ITEM_WORDS` words each. */
function isList(text: string): boolean {
	const items = text
		.replace(/[.!?]$/, '')
		.split(/\s*[;,]\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/i)
		.map((item) => item.trim())
		.filter(Boolean);
	return items.length >= 3 && items.every((item) => item.split(/\s+/).length <= LIST_ITEM_WORDS);
}

/**
 * How many times longer (in characters) a wrong choice may be than the key, or the key than it,
 * before one of them stands out beside the other: the key's own length cue (`lengthCue`) looks at
 * all the choices at once; this keeps each one near the key ("A group of cells in the wall of the
 * right atrium that controls …", 128 characters, beside "The place where an organism lives", 33).
 */
export const FORM_LENGTH = 3;

/**
 * Why `choice` is of another form than `key` (`choiceForm`, or a length beyond `FORM_LENGTH`
 * either way when the longer is more than a term: `isShortKey`, as "Sea" beside "Floodplain" is
 * no cue), or null when it is of the key's form. A wrong choice with a reason is ruled out by its
 * form alone, so none is offered.
 */
export function formClash(
	key: string,
	choice: string
): 'shorthand' | 'sentences' | 'list' | 'length' | null {
	const [k, c] = [choiceForm(key), choiceForm(choice)];
	if (k.shorthand !== c.shorthand) return 'shorthand';
	if (k.sentences !== c.sentences) return 'sentences';
	if (k.list !== c.list) return 'list';
	const [a, b] = [key.trim(), choice.trim()];
	const longer = a.length >= b.length ? a : b;
	if (!isShortKey(longer) && longer.length > FORM_LENGTH * Math.min(a.length, b.length))
		return 'length';
	return null;
}
