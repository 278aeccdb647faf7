import { describe, expect, it } from 'vitest';
import { makeQuiz, syntheticQuestions } from './fixtures.test-helpers';
import { ProjectorRun, answerScreenText } from './projector.svelte';

describe('projector mode', () => {
	it('counts down, reveals the answer at zero, then moves on to the end', () => {
		const quiz = makeQuiz(syntheticQuestions(2));
		const run = new ProjectorRun(quiz);
		expect(run.phase).toBe('join');
		run.start(0);
		expect(run.remaining).toBe(45);
		run.tick(44_000);
		expect(run.phase).toBe('question');
		run.tick(45_000);
		expect(run.phase).toBe('answer');
		run.next(50_000);
		expect(run.index).toBe(1);
		expect(run.remaining).toBe(45);
		run.reveal();
		run.next(60_000);
		expect(run.phase).toBe('end');
	});

	it.each(['none', 'quiz'] as const)(
		'has no countdown when the quiz has no per-question limit (timer %s)',
		(timer) => {
			// It showed 0:30 and revealed the answer by itself under "No time limit" (outsider).
			const quiz = makeQuiz(syntheticQuestions(2));
			const run = new ProjectorRun({
				...quiz,
				settings: { ...quiz.settings, timer, seconds: 600 }
			});
			run.start(0);
			expect(run.seconds).toBeNull();
			expect(run.remaining).toBeNull();
			run.tick(3_600_000);
			expect(run.phase).toBe('question');
			run.reveal();
			expect(run.phase).toBe('answer');
		}
	);
});

describe('the answer screen', () => {
	const source = { doc: 'd', quote: 'But Kosovo remains Vučić’s political red line.' } as never;
	it('drops the quote when the explanation already quotes it', () => {
		const q = {
			explanation: 'Balkan Insight says: “But Kosovo remains Vucic’s political red line.”',
			source
		};
		expect(answerScreenText(q, true).quote).toBeNull();
	});
	it('keeps a quote the explanation does not repeat, and none when asked', () => {
		const q = { explanation: 'Belgrade opposes it.', source };
		expect(answerScreenText(q, true).quote).toBe('But Kosovo remains Vučić’s political red line.');
		expect(answerScreenText(q, false).quote).toBeNull();
	});
});
