import { foldText } from '$lib/text/fold';
import { percent, scoreAnswers } from './scoring';
import type { Answer, Quiz, QuizQuestion, QuizResult } from './types';

export interface StudentRow {
	/** The stored result's key when it has one (for removing it); else the name. */
	key: string;
	name: string;
	/** What the student answered, in the quiz's order. */
	answers: Answer[];
	correct: number;
	total: number;
	percent: number;
	seconds: number;
	finishedAt: number;
	perQuestion: boolean[];
}

export interface QuestionRow {
	index: number;
	question: QuizQuestion;
	correct: number;
	answered: number;
	/** Share of students who got it right, 0–100. */
	percent: number;
}

export interface ClassReport {
	students: StudentRow[];
	questions: QuestionRow[];
	/** Questions most students missed first; only those someone missed. */
	mostMissed: QuestionRow[];
	averagePercent: number;
}

export function buildReport(
	quiz: Quiz,
	results: readonly (QuizResult & { key?: string })[]
): ClassReport {
	const students = results
		.map((r) => {
			const score = scoreAnswers(quiz, r.answers);
			return {
				key: r.key ?? r.name,
				name: r.name,
				answers: quiz.questions.map((_, i) => r.answers[i] ?? null),
				correct: score.correct,
				total: score.total,
				percent: percent(score.correct, score.total),
				seconds: r.seconds,
				finishedAt: r.finishedAt,
				perQuestion: score.perQuestion
			};
		})
		.sort((a, b) => a.name.localeCompare(b.name) || a.finishedAt - b.finishedAt);
	const questions = quiz.questions.map((question, index) => {
		const correct = students.filter((s) => s.perQuestion[index]).length;
		const answered = results.filter(
			(r) => r.answers[index] !== null && r.answers[index] !== ''
		).length;
		return { index, question, correct, answered, percent: percent(correct, students.length) };
	});
	const mostMissed = students.length
		? questions
				.filter((q) => q.correct < students.length)
				.sort((a, b) => a.percent - b.percent || a.index - b.index)
				.slice(0, 5)
		: [];
	const averagePercent = students.length
		? Math.round(students.reduce((sum, s) => sum + s.percent, 0) / students.length)
		: 0;
	return { students, questions, mostMissed, averagePercent };
}

/**
 * A name folded the app's one way (`foldText`): "Đorđe Petrović", "dorde  petrovic" and
 * "Ána"/"ana " fold alike, so the teacher is asked whether two results are one pupil.
 */
export function studentKey(name: string): string {
	return foldText(name);
}
