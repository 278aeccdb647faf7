import { normalizeAnswer } from '$lib/content/answer-match';
import type { Question } from '$lib/content/schema';
import { statementOf } from '$lib/formats/front-back';
import { BUILTIN_COURSE_ID, courseIdOf } from '$lib/db/records';

/**
 * Whether a flashcard's wrong choices are fair (teach49, issue 12: Quizlet's Test turns a
 * term-definition set's long answers into multiple choice with other cards' answers; done here
 * only where a student cannot pick the key without knowing it). Three rules beside
 * `card-questions.ts`'s (same kind, not near-equal, none the front names, no halves):
 * - no wrong choice is also right for the prompt (`alsoRight`): another card asking the same
 *   question with another answer, or an answer that holds the key or that the key holds; nor
 *   plainly wrong by naming the term the prompt defines (`askedTerm`);
 * - the key is not the one far longer or far shorter than the rest (`lengthCue`): a test-wise
 *   student picks the longest, most careful answer (Haladyna's item-writing rules: choices of
 *   about one length);
 * - the key is not the one opening with an article when none of the others do, or the reverse
 *   (`formCue`); a capital and a closing full stop are made the key's (`likeKeyForm`) instead.
 * Pure.
 */

/** Why a card's wrong choices would be unfair: its key stands out by its length or its form. */
export type ChoiceCue = { by: 'length'; longer: boolean } | { by: 'form'; article: boolean };

/**
 * How much longer (in characters) the key may be than the longest wrong choice before its length
 * alone picks it out: a definition of 60 characters among three of 20–30 is the one a student
 * takes (the longest, most careful answer is the test-wise guess).
 */
export const LENGTH_CUE = 1.5;

/**
 * How much shorter the key may be than the shortest wrong choice: looser, as a short answer among
 * long ones is a weaker cue than a long one among short ("A bend in a river channel", 25
 * characters, among definitions of 38–44 is asked; at 1.5 it was refused).
 */
export const SHORT_CUE = 2;

/** The course a question comes from, by its document's id (`courseIdOf`). */
export function courseOf(q: Pick<Question, 'source'>): string {
	return courseIdOf(q.source.doc);
}

/**
 * Whether two questions may be each other's wrong choices by their courses (`courseOf`): of one
 * course, or either of a document that names no user course (a draft's card, a test's).
 */
export function sameCourse(a: Pick<Question, 'source'>, b: Pick<Question, 'source'>): boolean {
	const [x, y] = [courseOf(a), courseOf(b)];
	return x === BUILTIN_COURSE_ID || y === BUILTIN_COURSE_ID || x === y;
}

/** A prompt as a question to compare: its "True or false:" lead-in off, lower case, one space. */
function promptKey(prompt: string): string {
	return statementOf(prompt).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Whether `other`'s key would also be a right answer to `card`'s prompt: `other` asks the same
 * question (two handouts define "delta" in their own words), or one key holds the other's words
 * whole ("Confluence" and "Confluence of two rivers": the longer is no wrong answer). Keys are
 * compared as the typed-answer marking compares them (`normalized`, `normalizeAnswer` memoized).
 */
export function alsoRight(
	card: Pick<Question, 'prompt' | 'answer'>,
	other: Pick<Question, 'prompt' | 'answer'>,
	normalized: (text: string) => string = normalizeAnswer
): boolean {
	if (promptKey(card.prompt) === promptKey(other.prompt)) return true;
	const [x, y] = [normalized(card.answer.trim()), normalized(other.answer.trim())];
	if (!x || !y) return false;
	return ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `);
}

/** "What is a meander?", "Who were the Luddites?": the term a front asks to define. */
const ASKED_TERM = /^\s*(?:what|who)\s+(?:is|are|was|were)\s+(?:an?\s+|the\s+)?(.+?)\s*\??\s*$/i;

/** "What is meant by the term “current”?" (outsider teacher, issue 12): the quoted term. */
const MEANT_TERM =
	/^\s*what\s+is\s+meant\s+by\s+(?:the\s+(?:term|word|phrase)\s+)?["“‘']?(.+?)["”’']?\s*\??\s*$/i;

/**
 * The term `prompt` asks to define, normalized as keys are (`normalized`), or '' when it asks
 * no "What is …?" / "Who were …?": a wrong choice naming it ("A curved lake formed when a meander
 * is cut off" for "What is a meander?") is plainly no definition of it, so a student rules it
 * out by its words alone.
 */
export function askedTerm(prompt: string, normalized: (text: string) => string = normalizeAnswer) {
	const term = MEANT_TERM.exec(prompt)?.[1] ?? ASKED_TERM.exec(prompt)?.[1];
	return term ? normalized(term) : '';
}

/**
 * Whether `key` stands out by its length among `wrong`: the longest by `LENGTH_CUE` over the
 * next, or the shortest by `SHORT_CUE` under the next. Null when it does not.
 */
export function lengthCue(key: string, wrong: readonly string[]): ChoiceCue | null {
	if (!wrong.length) return null;
	const size = key.trim().length;
	const sizes = wrong.map((w) => w.trim().length);
	if (size >= LENGTH_CUE * Math.max(...sizes)) return { by: 'length', longer: true };
	if (size * SHORT_CUE <= Math.min(...sizes)) return { by: 'length', longer: false };
	return null;
}

/** A leading article: "A curved lake", "The high land". */
const ARTICLE = /^(?:a|an|the)\s/i;

/**
 * Whether `key` stands out by its form among `wrong`: the only one opening with an article ("A
 * curved lake …" among "Wide bend …", "Land …"), or the only one without. Null when it does not.
 */
export function formCue(key: string, wrong: readonly string[]): ChoiceCue | null {
	if (!wrong.length) return null;
	const article = ARTICLE.test(key.trim());
	return wrong.every((w) => ARTICLE.test(w.trim()) !== article) ? { by: 'form', article } : null;
}

/** The first cue `key` gives among `wrong` (`lengthCue`, then `formCue`), or null. */
export function choiceCue(key: string, wrong: readonly string[]): ChoiceCue | null {
	return lengthCue(key, wrong) ?? formCue(key, wrong);
}

/**
 * `value` (a wrong choice) in the key's form where the form is only typography: a capital at its
 * start when the key has one, an article lower-cased when the key's is, and a closing full stop
 * when and only when the key has one ("a curved lake formed when a meander is cut off." among
 * answers without one picked itself out). A name's capital is kept.
 */
export function likeKeyForm(value: string, key: string): string {
	let out = value.trim();
	const k = key.trim();
	if (/^\p{Lu}/u.test(k)) out = out.charAt(0).toUpperCase() + out.slice(1);
	else if (/^\p{Ll}/u.test(k) && /^(?:A|An|The)\s/.test(out))
		out = out.charAt(0).toLowerCase() + out.slice(1);
	const stop = /\.$/.test(k);
	if (stop && !/[.!?]$/.test(out)) out = `${out}.`;
	// A sentence's full stop, never an abbreviation's ("Washington D.C.").
	if (!stop && /\p{Ll}{2}\.$/u.test(out) && out.split(/\s+/).length > 3) out = out.slice(0, -1);
	return out;
}

/** A cue in words for a teacher: why the card's answer would give itself away among the others. */
export function cueWords(cue: ChoiceCue): string {
	if (cue.by === 'length')
		return cue.longer
			? 'its answer would be far longer than every wrong choice of its kind the course has, so its length would give it away'
			: 'its answer would be far shorter than every wrong choice of its kind the course has, so its length would give it away';
	return cue.article
		? 'its answer would be the only choice opening with “a”, “an” or “the”, so its form would give it away'
		: 'its answer would be the only choice not opening with “a”, “an” or “the”, so its form would give it away';
}
