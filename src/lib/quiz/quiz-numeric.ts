import { matchesAnswer } from '$lib/content/answer-match';
import { numericAccepts, numericText, type NumericAnswer } from '$lib/content/numeric';
import type { QuizQuestion } from './types';

/** A number as `numericText` writes it: `String(n)` of a finite number, without exponent. */
const NUMBER = String.raw`-?\d+(?:\.\d+)?`;
const RANGE = new RegExp(`^(${NUMBER}) to (${NUMBER})$`);
const TOLERANCE = new RegExp(`^(${NUMBER}) ± (${NUMBER})$`);
const PLAIN = new RegExp(`^${NUMBER}$`);

/**
 * The numerical answer a quiz question's key and accepted answers stand for, and its own
 * accepted answers without those that stand for the number; null when they stand for none.
 *
 * A quiz link carries a numerical answer (Moodle's `{#20:0.5}`, `{#25..35}`) as text, as it has
 * since quizzes took them (`toQuizQuestion`): the key as `numericText` writes it ("20 ± 0.5",
 * "25 to 35", "20") with `numericAccepts` (the value or middle, then each whole number within
 * the bounds) last among its accepted answers. Read back here, the student's device and the
 * teacher's export mark and write it as the number it is ("27.5" right for 25..35), while an
 * older Flashpoint, and the link's bytes and content hash, stay as they were. Both must agree
 * exactly (the key re-written by `numericText` and the accepted list's tail), so a short answer
 * that only looks like a number is never read as one. Teacher outsider of session 36.
 */
export function recoverNumeric(
	answer: string,
	accept: readonly string[] | undefined
): { numeric: NumericAnswer; accept: string[] } | null {
	const numeric = numericOfText(answer);
	if (!numeric || numericText(numeric) !== answer) return null;
	const tail = numericAccepts(numeric);
	const given = accept ?? [];
	const own = given.slice(0, given.length - tail.length);
	const same = given.length >= tail.length && tail.every((t, i) => given[own.length + i] === t);
	return same ? { numeric, accept: own } : null;
}

/** "25 to 35", "20 ± 0.5", "20" as a numerical answer; null for any other text. */
function numericOfText(text: string): NumericAnswer | null {
	const range = RANGE.exec(text);
	if (range) {
		const [min, max] = [Number(range[1]), Number(range[2])];
		return min <= max ? { min, max } : null;
	}
	const tolerance = TOLERANCE.exec(text);
	if (tolerance) return { value: Number(tolerance[1]), tolerance: Number(tolerance[2]) };
	return PLAIN.test(text) ? { value: Number(text), tolerance: 0 } : null;
}

/**
 * The numerical answer of a typed quiz question (`short`, `cloze`): its own `numeric` (a
 * question the teacher's device made from the bank or a file), else the one its key and
 * accepted answers stand for (`recoverNumeric`: a question read from a link, or a quiz saved
 * before quizzes kept `numeric`); undefined for any other question.
 */
export function quizNumeric(
	q: Pick<QuizQuestion, 'type' | 'answer' | 'accept' | 'numeric'>
): NumericAnswer | undefined {
	if (q.type !== 'short' && q.type !== 'cloze') return undefined;
	return q.numeric ?? recoverNumeric(q.answer, q.accept)?.numeric;
}

/** `q`'s accepted answers without those standing for its numerical answer (`recoverNumeric`). */
export function ownAccepts(q: Pick<QuizQuestion, 'type' | 'answer' | 'accept'>): string[] {
	if (q.type !== 'short' && q.type !== 'cloze') return [...(q.accept ?? [])];
	return recoverNumeric(q.answer, q.accept)?.accept ?? [...(q.accept ?? [])];
}

/**
 * Whether `typed` is right for a typed quiz question by its key alone (no verdict of the
 * teacher): `matchesAnswer` with its numerical answer (`quizNumeric`), so "27.5" is right for
 * 25..35 wherever the quiz is marked (the student's screen, the class report, a regrade).
 */
export function matchesQuizAnswer(question: QuizQuestion, typed: string): boolean {
	return matchesAnswer(typed, { ...question, numeric: quizNumeric(question) });
}
