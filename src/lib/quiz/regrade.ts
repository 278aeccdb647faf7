import { normalizeAnswer, withoutArticle } from '$lib/content/answer-match';
import { matchesQuizAnswer } from './quiz-numeric';
import type { QuizQuestion } from './types';

/**
 * The teacher's regrade of one typed response in the class report ("Accept this answer", "Stop
 * accepting"), as Moodle's regrade of one response: it changes the mark of the responses it
 * names and of no other, and never the key or its accepted answers.
 *
 * Why a verdict per response and not an accepted answer: the marking forgives a typo
 * (`matchesAnswer`), so an accepted answer reaches past the response it came from. The outsider
 * teacher (session 33) stopped accepting Ben's "Newcommen" (one typo of the accepted "Newcomen")
 * and the old code dropped "Newcomen" from the key, marking Alice's "newcomen" wrong too; her
 * "Accept this answer" on "newcomen" then brought Ben's typo back. A verdict is keyed by
 * `responseKey`, the very key the report groups responses by (`answerOptions`), so one button
 * is one group.
 */

/**
 * The key a typed response is grouped and regraded by: folded as the marking compares
 * (`normalizeAnswer`: case, accents, punctuation, spacing), so "newcomen" and "Newcomen!" are
 * one response and "Newcommen" another. Pure.
 */
export function responseKey(typed: string): string {
	return normalizeAnswer(typed);
}

/** The teacher's verdict on `typed` for `question`: true, false, or undefined when none. */
export function teacherVerdict(
	question: Pick<QuizQuestion, 'judged'>,
	typed: string
): boolean | undefined {
	const judged = question.judged;
	if (!judged) return undefined;
	const key = responseKey(typed);
	return Object.hasOwn(judged, key) ? judged[key] : undefined;
}

/** Whether the key and its accepted answers alone mark `typed` right (no verdict of the teacher). */
function rightByKey(question: QuizQuestion, typed: string): boolean {
	return matchesQuizAnswer(question, typed);
}

function isTyped(question: QuizQuestion): boolean {
	return question.type === 'cloze' || question.type === 'short';
}

/** `question` with the verdict on `key` set (`verdict`) or cleared (undefined). */
function withVerdict(question: QuizQuestion, key: string, verdict: boolean | undefined) {
	const { judged: old, ...rest } = question;
	const judged = { ...old };
	if (verdict === undefined) delete judged[key];
	else judged[key] = verdict;
	return Object.keys(judged).length ? { ...rest, judged } : rest;
}

/**
 * "Accept this answer": `typed` and every response folded alike (`responseKey`) count as right
 * from now on, and no other response changes. A response the key marks right but the teacher
 * had stopped accepting loses that verdict. Returns a new question, or the same question when
 * the response is right already, blank, or the question is not typed.
 */
export function acceptAnswer(question: QuizQuestion, typed: string): QuizQuestion {
	const key = responseKey(typed);
	if (!key || !isTyped(question)) return question;
	const verdict = teacherVerdict(question, typed);
	if (verdict === true || (verdict === undefined && rightByKey(question, typed))) return question;
	return withVerdict(question, key, rightByKey(question, typed) ? undefined : true);
}

/**
 * "Stop accepting": `typed` and every response folded alike count as wrong from now on, and no
 * other response changes (a near match of the same accepted answer keeps its mark). Takes back
 * an "Accept this answer", or marks wrong a response the key's marking forgave (a typo, another
 * spelling, the same date written otherwise). Returns the same question when there is nothing to
 * stop: the response is wrong already, is the main answer itself (`canStopAccepting`), or the
 * question is not typed.
 */
export function unacceptAnswer(question: QuizQuestion, typed: string): QuizQuestion {
	if (!canStopAccepting(question, typed)) return question;
	return withVerdict(question, responseKey(typed), rightByKey(question, typed) ? false : undefined);
}

/**
 * Whether "Stop accepting" is offered for `typed`: a typed question's response marked right that
 * is not the main answer itself (folded, article aside); the key is changed by editing the
 * question, not from one response. Pure.
 */
export function canStopAccepting(question: QuizQuestion, typed: string): boolean {
	const key = responseKey(typed);
	if (!key || !isTyped(question)) return false;
	if (withoutArticle(key) === withoutArticle(normalizeAnswer(question.answer))) return false;
	return teacherVerdict(question, typed) ?? rightByKey(question, typed);
}
