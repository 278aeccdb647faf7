import { describe, expect, it } from 'vitest';
import { decodeEnvelope, MULTI_VERSIONS, encodeEnvelope } from './envelope';
import { toBase64Url } from './bytes';
import {
	decodeQuiz,
	encodeQuiz,
	encodeQuizFull,
	leanQuiz,
	qrCodeOf,
	QUIZ_LIMITS
} from './quiz-code';
import { checkResultForQuiz, decodeResult, encodeResult } from './result-code';
import { makeQuiz, syntheticQuestions } from './fixtures.test-helpers';
import { scoreAnswers } from './scoring';
import type { QuizQuestion, QuizResult } from './types';

/** The format a release before session 38 read up to: anything newer it refused as newer. */
const OLDER_RELEASE = { quiz: 4, result: 2 };
const formatOf = (code: string) => Number(/^[QR](\d+)\./.exec(code)![1]);

const NOBLE: QuizQuestion = {
	id: 'own-noble00001',
	type: 'multi',
	prompt: 'Which of these are noble gases?',
	answer: 'Neon; Argon; Helium',
	choices: ['Neon', 'Argon', 'Nitrogen', 'Helium', 'Oxygen'],
	weights: [33.33333, 33.33333, -50, 33.33333, -50],
	explanation: 'Group 18 of the periodic table.',
	source: { doc: 'teacher', quote: '' }
};

/** The questions a decoded link carries word for word (all, or the teacher's own beside refs). */
function carried(code: string): QuizQuestion[] {
	const decoded = decodeQuiz(code);
	if (!decoded.ok) throw new Error(decoded.message);
	return decoded.value.questions ?? decoded.value.refs!.own!.map((o) => o.question);
}

/** Bank questions as a quiz asks them (travelling by reference). */
const bankQuestions = (count: number) => makeQuiz(syntheticQuestions(count)).questions;

function quizWith(...questions: QuizQuestion[]) {
	return { ...makeQuiz([]), questions };
}

describe('a multiple-answer question in a quiz link (format 5, digits 6)', () => {
	it('travels with its weights and comes back the same question', () => {
		const quiz = quizWith(...bankQuestions(2), NOBLE);
		const code = encodeQuiz(quiz);
		expect(formatOf(code)).toBe(MULTI_VERSIONS.text);
		expect(carried(code).at(-1)).toEqual(NOBLE);
		expect(carried(encodeQuiz(quizWith(NOBLE)))).toEqual([NOBLE]);
	});

	it('its QR code (digits, lean rows or not) is format 6 and decodes the same', () => {
		const quiz = quizWith(...bankQuestions(3), NOBLE);
		const qr = qrCodeOf(quiz, 'https://example.org');
		expect(formatOf(qr)).toBe(MULTI_VERSIONS.digits);
		expect(carried(qr).at(-1)).toMatchObject({ weights: NOBLE.weights });
		// Beside a lean row (a teacher's own short answer), the multiple-answer row stays whole.
		const own: QuizQuestion = {
			id: 'own-short00001',
			type: 'short',
			prompt: 'Which gas is most of the air?',
			answer: 'Nitrogen',
			explanation: 'Written by your teacher.',
			source: { doc: 'teacher', quote: '' }
		};
		const lean = encodeQuizFull(leanQuiz(quizWith(own, NOBLE)));
		expect(formatOf(lean)).toBe(MULTI_VERSIONS.digits);
		expect(carried(lean)[1]).toMatchObject({ type: 'multi', weights: NOBLE.weights });
	});

	it('a phone on an older release is told to update, never shown the quiz', () => {
		const code = encodeQuiz(quizWith(NOBLE));
		// What the older release checked first (`decodeEnvelope`: version above its newest).
		expect(formatOf(code)).toBeGreaterThan(OLDER_RELEASE.quiz);
		const newer = code.replace(/^Q5\./, 'Q7.');
		const refused = decodeQuiz(newer);
		expect(refused.ok).toBe(false);
		expect(!refused.ok && refused.message).toMatch(
			/made by a newer version of Flashpoint .*Update the app/
		);
	});

	it('a quiz without one keeps its old format, so older phones still open it', () => {
		expect(formatOf(encodeQuiz(quizWith(...bankQuestions(3))))).toBe(1);
	});

	it('refuses a carried row whose weights do not fit (none positive, one missing, on another type)', () => {
		const bad = (row: unknown[]) => {
			const payload = { i: 'abcdef12', t: 'T', c: 1, s: [0, 600, 0], f: [row] };
			return decodeQuiz(encodeEnvelope('quiz', JSON.stringify(payload), MULTI_VERSIONS.text));
		};
		const row = (type: string, weights: number[], choices = ['a', 'b', 'c']) => [
			'own-x1',
			type,
			'Pick?',
			'a',
			choices,
			null,
			'',
			'teacher',
			'',
			weights
		];
		expect(bad(row('multi', [50, 50, -100])).ok).toBe(true);
		for (const wrong of [
			row('multi', [0, -50, -100]),
			row('multi', [50, 50]),
			row('mcq', [50, 50, -100]),
			row('multi', [50, 50, 0], ['a', 'a', 'c'])
		])
			expect(bad(wrong).ok).toBe(false);
	});
});

describe('a result that ticked choices (result format 3)', () => {
	const quiz = quizWith(NOBLE);
	const result: QuizResult = {
		quizId: quiz.id,
		attemptId: 'abcd1234',
		name: 'Ana',
		answers: [[0, 1]],
		seconds: 30,
		finishedAt: 1_765_000_000_000
	};

	it('carries the ticked choices and is marked 2/3 on the teacher’s device', () => {
		const code = encodeResult(result);
		expect(formatOf(code)).toBe(3);
		expect(formatOf(code)).toBeGreaterThan(OLDER_RELEASE.result);
		const decoded = decodeResult(code);
		if (!decoded.ok) throw new Error(decoded.message);
		expect(decoded.value.answers).toEqual([[0, 1]]);
		expect(checkResultForQuiz(decoded.value, quiz).ok).toBe(true);
		expect(scoreAnswers(quiz, decoded.value.answers).correct).toBe(0.67);
	});

	it('a result without ticked choices stays format 2', () => {
		expect(formatOf(encodeResult({ ...result, answers: [null] }))).toBe(2);
	});

	it('refuses ticks past the choices, twice the same, or on another type', () => {
		const check = (answers: QuizResult['answers'], q = NOBLE) =>
			checkResultForQuiz({ ...result, answers }, quizWith(q)).ok;
		expect(check([[0, 7]])).toBe(false);
		expect(check([[1, 1]])).toBe(false);
		expect(check([[0]], { ...bankQuestions(1)[0], type: 'mcq' })).toBe(false);
		expect(check([3])).toBe(false);
	});
});

describe('the envelope', () => {
	it('reads format 6 in digits and 5 in base64url', () => {
		const six = encodeEnvelope('quiz', '{"a":1}', MULTI_VERSIONS.digits);
		expect(six).toMatch(/^Q6\.\d+$/);
		expect(decodeEnvelope(six, 'quiz', QUIZ_LIMITS)).toEqual({ ok: true, value: { a: 1 } });
		const five = encodeEnvelope('quiz', '{"a":1}', MULTI_VERSIONS.text);
		expect(five.slice(3)).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(decodeEnvelope(five, 'quiz', QUIZ_LIMITS)).toEqual({ ok: true, value: { a: 1 } });
		expect(toBase64Url(new Uint8Array([1]))).toBe('AQ');
	});
});
