import { describe, expect, it } from 'vitest';
import { fuzzCodes } from './code-fuzz';
import { seedBank, makeQuiz, syntheticQuestions } from './fixtures.test-helpers';
import { encodeQuiz } from './quiz-code';
import { encodeResult } from './result-code';

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
			{ kind: 'quiz', code: encodeQuiz(inline), quiz: inline }
		],
		['quiz links by bank reference', { kind: 'quiz', code: encodeQuiz(byRef), quiz: byRef }],
		['result codes', { kind: 'result', code: result, quiz: inline }]
	] as const)
		it(`${name}: 300 mutations, no uncaught error, no hang, nothing accepted that then breaks`, () => {
			// A hang is a decode that never ends in practice; the bench holds the 2 s measure.
			const figures = fuzzCodes({ ...options, bank, cases: 300, seed: 20261201, hangMs: 20_000 });
			expect(figures.failures).toEqual([]);
			expect(figures.uncaught).toBe(0);
			expect(figures.hangs).toBe(0);
			expect(figures.acceptedThenBroken).toBe(0);
			// The fuzzer must reach the checks past the envelope, not only bounce off the CRC.
			expect(figures.accepted).toBeGreaterThan(10);
			// A fixed amount of work, not a speed goal: 5 s ran out at load 13 on a 2-core machine.
		}, 60_000);
});
