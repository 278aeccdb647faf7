import { isOwnQuestion } from './edit';
import type { Quiz, QuizQuestion } from './types';

/**
 * How a quiz question travels in a quiz link, told from the question alone: by reference (a
 * built-in question, on every student's device), as changes to its bank original (a reworded
 * one), or word for word (the teacher's own, a user course's). Kept apart from `quiz-code.ts`
 * so the screens that only show a quiz (Class quiz, Paper version, Review drafts, scoring) do
 * not load the link's encoder (qrcode, fflate, valibot) to ask it (issue 14: first-load JS).
 */

/** Id prefix of a quiz question drawn from a user course (`courseQuizId`, `course-source.ts`). */
export const COURSE_QUESTION_PREFIX = 'uc-';

/** Whether a quiz question was drawn from one of the teacher's own courses. */
export function isCourseQuestion(question: Pick<QuizQuestion, 'id'>): boolean {
	return question.id.startsWith(COURSE_QUESTION_PREFIX);
}

/**
 * Whether a question travels in the quiz link with its full text (students' devices do not have
 * it): the teacher's own or reworded questions, and every question of a user course.
 */
export function travelsInFull(question: Pick<QuizQuestion, 'id'>): boolean {
	return isOwnQuestion(question) || isCourseQuestion(question);
}

/**
 * Whether a reworded question keeps its `original`'s source passage, the one condition for it to
 * travel as changes to the original (`changesFrom`, `reworded.ts`); another passage travels word
 * for word.
 */
export function keepsSource(
	question: Pick<QuizQuestion, 'source'>,
	original: Pick<QuizQuestion, 'source'>
): boolean {
	return JSON.stringify(question.source ?? null) === JSON.stringify(original.source ?? null);
}

/**
 * Whether a question travels in a reference link word for word: the teacher's own, a user
 * course's, or one reworded before links carried changes (it has no `from`). A reworded bank
 * question travels as changes, a bank question as a reference.
 */
export function travelsWordForWord(q: QuizQuestion): boolean {
	return travelsInFull(q) && !(q.from && keepsSource(q, q.from));
}

/** Whether a question of `quiz` came without its explanation and passage (`leanQuiz`). */
export function explanationLeftOut(quiz: Pick<Quiz, 'lean'>, q: QuizQuestion): boolean {
	return !!quiz.lean && travelsWordForWord(q) && !q.explanation.trim() && !q.source.quote;
}
