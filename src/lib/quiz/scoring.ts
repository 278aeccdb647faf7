import { matchesAnswer } from '$lib/content/answer-match';
import type { Answer, QuizQuestion, QuizResult, Quiz } from './types';

export function isCorrect(question: QuizQuestion, answer: Answer): boolean {
	if (answer === null) return false;
	switch (question.type) {
		case 'mcq':
			return typeof answer === 'number' && question.choices?.[answer] === question.answer;
		case 'truefalse':
			return typeof answer === 'boolean' && String(answer) === question.answer;
		default:
			return typeof answer === 'string' && matchesAnswer(answer, question);
	}
}

export interface Score {
	correct: number;
	total: number;
	perQuestion: boolean[];
}

/** Marks answers against the quiz; the only score that counts is this one, never a claimed one. */
export function scoreAnswers(quiz: Pick<Quiz, 'questions'>, answers: readonly Answer[]): Score {
	const perQuestion = quiz.questions.map((q, i) => isCorrect(q, answers[i] ?? null));
	return { correct: perQuestion.filter(Boolean).length, total: quiz.questions.length, perQuestion };
}

/** The answer as a person reads it: the choice text, "True"/"False", or what was typed. */
export function answerText(question: QuizQuestion, answer: Answer): string {
	if (answer === null || answer === '') return '(no answer)';
	if (question.type === 'mcq')
		return typeof answer === 'number' ? (question.choices?.[answer] ?? '?') : '?';
	if (question.type === 'truefalse') return answer === true ? 'True' : 'False';
	return String(answer);
}

export function correctAnswerText(question: QuizQuestion): string {
	if (question.type === 'truefalse') return question.answer === 'true' ? 'True' : 'False';
	return question.answer;
}

export function percent(correct: number, total: number): number {
	return total === 0 ? 0 : Math.round((correct / total) * 100);
}

/**
 * The order of the student's review after a quiz: indexes (0-based, into the quiz's questions)
 * of the questions missed (wrong or not answered) first, then the right ones, each group in the
 * quiz's order. `perQuestion` is `Score.perQuestion`. Outsider teacher (issue 11): with the
 * review in quiz order a student scrolled past every right answer to find what to go over.
 */
export function reviewOrder(perQuestion: readonly boolean[]): number[] {
	const indexes = perQuestion.map((_, i) => i);
	return [...indexes.filter((i) => !perQuestion[i]), ...indexes.filter((i) => perQuestion[i])];
}

/**
 * The one line above the review that says how it is ordered (`reviewOrder`), since the items no
 * longer follow the quiz: "2 missed first, then 8 right; each keeps its question number.".
 * When every answer is right, or none is, the review is simply in the quiz's order.
 */
export function reviewLead(perQuestion: readonly boolean[]): string {
	const right = perQuestion.filter(Boolean).length;
	const missed = perQuestion.length - right;
	if (!missed) return 'Every answer right, in the quiz’s order.';
	if (!right) return 'No answer right, in the quiz’s order.';
	return `Missed first (${missed}: wrong or not answered), then right (${right}); each keeps its question number.`;
}

export type { QuizResult };
