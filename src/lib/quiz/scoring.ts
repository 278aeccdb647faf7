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

export type { QuizResult };
