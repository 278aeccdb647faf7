import { describe, expect, it } from 'vitest';
import { answerRows, markRows } from './answer-sheets';
import { answerOptions } from './breakdown';
import { makeQuiz } from './fixtures.test-helpers';
import { quizKeyAction, type QuizKeyPress } from './quiz-keys';
import { buildReport } from './report';
import { partlyWords, shareWords } from './report-versions';
import type { QuizQuestion, QuizResult } from './types';

const NOBLE: QuizQuestion = {
	id: 'own-noble00001',
	type: 'multi',
	prompt: 'Which of these are noble gases?',
	answer: 'Neon; Argon; Helium',
	choices: ['Neon', 'Argon', 'Nitrogen', 'Helium', 'Oxygen'],
	weights: [33.33333, 33.33333, -50, 33.33333, -50],
	explanation: '',
	source: { doc: 'teacher', quote: '' }
};
const AIR: QuizQuestion = {
	id: 'own-air0000001',
	type: 'truefalse',
	prompt: 'Air is mostly nitrogen.',
	answer: 'true',
	explanation: '',
	source: { doc: 'teacher', quote: '' }
};

const result = (name: string, answers: QuizResult['answers']): QuizResult => ({
	quizId: 'quizAbc123',
	attemptId: `a-${name}`,
	name,
	answers,
	seconds: 30,
	finishedAt: 1_765_000_000_000
});

describe('the class report of a multiple-answer question (partial credit counted)', () => {
	const quiz = { ...makeQuiz([]), questions: [NOBLE, AIR] };
	// Ana: 2 of 3 right choices; Ben: all 3; Cem: one right, one wrong (0); all wrong on Air.
	const report = buildReport(quiz, [
		result('Ana', [[0, 1], false]),
		result('Ben', [[0, 1, 3], false]),
		result('Cem', [[0, 2], false])
	]);

	it('counts each student’s share and the question’s share of the marks', () => {
		expect(report.students.map((s) => [s.name, s.correct])).toEqual([
			['Ana', 0.67],
			['Ben', 1],
			['Cem', 0]
		]);
		const [noble] = report.questions;
		expect(noble).toMatchObject({ correct: 1, partly: 1, percent: 33, markPercent: 56 });
		expect(shareWords(noble)).toBe('33% right (1 of 3), 1 partly right: 56% of the marks');
		expect(partlyWords(report.questions[1])).toBe('');
	});

	it('Most missed puts the question nobody got any of first, the partly learned one after', () => {
		expect(report.mostMissed.map((q) => q.question.id)).toEqual([AIR.id, NOBLE.id]);
	});

	it('the answers list says who ticked each choice, the right ones as the key', () => {
		const options = answerOptions(
			NOBLE,
			report.students.map((s) => s.answers[0]),
			report.students.map((s) => s.name)
		);
		expect(options.map((o) => [o.label, o.count, o.isKey])).toEqual([
			['Neon', 3, true],
			['Argon', 2, true],
			['Nitrogen', 1, false],
			['Helium', 1, true],
			['Oxygen', 0, false]
		]);
		expect(options[2].names).toEqual(['Cem']);
	});
});

describe('the per-question marks of the exports (Answers CSV, Marks sheet)', () => {
	// A multiple-choice question whose other choice earns half (a Moodle fraction of 50%).
	const CAPITAL: QuizQuestion = {
		...AIR,
		id: 'own-capital001',
		type: 'mcq',
		prompt: 'Capital of Australia?',
		answer: 'Canberra',
		choices: ['Canberra', 'Sydney', 'Perth'],
		credit: { Sydney: 50 }
	};
	const quiz = { ...makeQuiz([]), questions: [NOBLE, AIR, CAPITAL] };
	const report = buildReport(quiz, [
		result('Ana', [[0, 1], true, 1]),
		result('Ben', [[0, 1, 3], false, 0]),
		result('Cem', [[0, 2], null, 2])
	]);

	it('give each question the share of the mark the report counts, adding up to Points', () => {
		// Outsider teacher: an 80% multiple-answer question exported 0 while Points said 6.8.
		const rows = answerRows(quiz, report);
		const marks = (name: string) => rows.find((r) => r[0] === name)!.slice(4);
		expect(marks('Ana')).toEqual([0.67, 1, 0.5]);
		expect(marks('Ben')).toEqual([1, 0, 1]);
		expect(marks('Cem')).toEqual([0, 0, 0]);
		for (const s of report.students)
			expect((marks(s.name) as number[]).reduce((a, b) => a + b, 0)).toBeCloseTo(s.correct, 2);
		expect(markRows(quiz, report).find((r) => r[0] === 'Ana')).toEqual(['Ana', 0.67, 1, 0.5]);
	});
});

describe('keys on a "Choose all that apply" question', () => {
	const press = (key: string): QuizKeyPress => ({
		key,
		repeat: false,
		composing: false,
		modified: false,
		target: 'other',
		asking: false
	});
	const question = { type: 'multi' as const, choices: 10, answered: false, last: false };

	it('1–9 and 0 tick the choice in that place; Enter goes on only once one is ticked', () => {
		expect(quizKeyAction(press('1'), question)).toEqual({ kind: 'choose', slot: 0 });
		expect(quizKeyAction(press('0'), question)).toEqual({ kind: 'choose', slot: 9 });
		expect(quizKeyAction(press('7'), { ...question, choices: 5 })).toBeNull();
		expect(quizKeyAction(press('Enter'), question)).toBeNull();
		expect(quizKeyAction(press('Enter'), { ...question, answered: true })).toEqual({
			kind: 'next'
		});
	});
});

describe('the Marks sheet of a multiple-answer question', () => {
	it('gives a partly right answer its share, so the marks add up to the score', async () => {
		const { markRows } = await import('./answer-sheets');
		const quiz = { ...makeQuiz([]), questions: [NOBLE, AIR] };
		const report = buildReport(quiz, [result('Ana', [[0, 1], true])]);
		const [, ana] = markRows(quiz, report);
		expect(ana.slice(-2)).toEqual([0.67, 1]);
	});
});
