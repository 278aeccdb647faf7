import { describe, expect, it } from 'vitest';
import { indexBank } from '$lib/content/bank';
import { longIdQuestions, makeQuiz, seedBank, syntheticQuestions } from './fixtures.test-helpers';
import { decodeQuiz, encodeQuizRefs } from './quiz-code';
import { resolveQuiz } from './quiz-resolve';

function decodeAndResolve(code: string, bank = seedBank()) {
	const decoded = decodeQuiz(code);
	if (!decoded.ok) return decoded;
	return resolveQuiz(decoded.value, bank);
}

describe('quiz links: matching the bank by hashed ids', () => {
	const questions = longIdQuestions(20);
	const code = encodeQuizRefs(makeQuiz(questions));

	it('refuses when a question is missing from the student’s bank', () => {
		const bank = indexBank({ version: 1, documents: [], questions: questions.slice(1) });
		expect(decodeAndResolve(code, bank)).toMatchObject({ ok: false, reason: 'bank-mismatch' });
	});

	it('finds the questions whatever the order of the bank', () => {
		const bank = indexBank({ version: 1, documents: [], questions: [...questions].reverse() });
		expect(decodeAndResolve(code, bank).ok).toBe(true);
	});
});

describe('quiz links: matching the bank', () => {
	const questions = syntheticQuestions(20);
	const quiz = makeQuiz(questions);
	const code = encodeQuizRefs(quiz);

	it('refuses when the student has no bank, or one without these questions', () => {
		const decoded = decodeQuiz(code);
		expect(decoded.ok).toBe(true);
		if (!decoded.ok) return;
		expect(resolveQuiz(decoded.value, null)).toMatchObject({ ok: false, reason: 'bank-mismatch' });
		expect(resolveQuiz(decoded.value, seedBank())).toMatchObject({
			ok: false,
			reason: 'bank-mismatch'
		});
	});

	it('refuses when a question is worded differently in the student’s bank', () => {
		const edited = questions.map((q, i) =>
			i === 7 ? { ...q, prompt: q.prompt + ' (revised)' } : q
		);
		const result = decodeAndResolve(
			code,
			indexBank({ version: 1, documents: [], questions: edited })
		);
		expect(result).toMatchObject({ ok: false, reason: 'bank-mismatch' });
		expect(result.ok || result.message).toMatch(/differently/);
	});

	it('accepts a bank whose explanations were edited (the quiz is still the same)', () => {
		const edited = questions.map((q) => ({ ...q, explanation: q.explanation + ' Edited.' }));
		const result = decodeAndResolve(
			code,
			indexBank({ version: 1, documents: [], questions: edited })
		);
		expect(result.ok).toBe(true);
	});
});
