import { describe, expect, it } from 'vitest';
import { fuzzCodes } from './code-fuzz';
import { seedBank, makeQuiz, syntheticQuestions } from './fixtures.test-helpers';
import { encodeQuiz, encodeQuizFull, QUIZ_LIMITS } from './quiz-code';
import { encodeResult, RESULT_LIMITS } from './result-code';

const bank = seedBank();
// A quiz carried in full (small) and one by reference to the bank, as teachers share them.
const inline = makeQuiz(syntheticQuestions(3));
const byRef = makeQuiz(
	bank.bank.questions.filter((q) => q.type !== 'flashcard').slice(0, 20),
	'quizRef12345'
);
const result = encodeResult({
	quizId: inline.id,
	attemptId: 'attempt12345',
	name: 'Đorđe Petrović',
	answers: inline.questions.map((q, i) => (q.type === 'truefalse' ? true : i === 0 ? 0 : 'Ankara')),
	seconds: 300,
	finishedAt: Date.UTC(2026, 10, 21, 10)
});

describe('quiz link and result code fuzzer (fixed seed)', () => {
	for (const [name, options] of [
		[
			'quiz links carrying their questions',
			{ kind: 'quiz', code: encodeQuizFull(inline), quiz: inline }
		],
		['quiz links by bank reference', { kind: 'quiz', code: encodeQuiz(byRef), quiz: byRef }],
		['result codes', { kind: 'result', code: result, quiz: inline }]
	] as const)
		it(`${name}: 300 mutations, no uncaught error, bounded work, nothing accepted that then breaks`, () => {
			// Counted work, not time (bench/fuzz.ts times each decode against 2 s).
			const figures = fuzzCodes({ ...options, bank, cases: 300, seed: 20261201 });
			expect(figures.failures).toEqual([]);
			expect(figures.uncaught).toBe(0);
			expect(figures.acceptedThenBroken).toBe(0);
			// Counted work: each decode parses once, no more than the limit allows, and its
			// refusal is one short sentence (a 100,000-character id was once quoted whole).
			const limits = options.kind === 'quiz' ? QUIZ_LIMITS : RESULT_LIMITS;
			expect(figures.work.mostParses).toBeLessThanOrEqual(1);
			expect(figures.work.mostParsedChars).toBeLessThanOrEqual(limits.maxJsonBytes);
			expect(figures.work.longestRefusal).toBeLessThanOrEqual(400);
			// The fuzzer must reach the checks past the envelope, not only bounce off the CRC.
			expect(figures.accepted).toBeGreaterThan(10);
			// A fixed amount of work, not a speed goal: 5 s ran out at load 13 on a 2-core machine.
		}, 60_000);
});
