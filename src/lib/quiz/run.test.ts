import { describe, expect, it } from 'vitest';
import { makeQuiz, syntheticQuestions } from './fixtures.test-helpers';
import { QuizRun } from './run.svelte';
import { scoreAnswers } from './scoring';

const base = makeQuiz(syntheticQuestions(4));
const quiz = (settings: Partial<typeof base.settings>) => ({
	...base,
	settings: { ...base.settings, ...settings }
});

describe('taking a quiz', () => {
	it('keeps answers in the quiz’s order whatever the shuffle', () => {
		const run = new QuizRun(quiz({ shuffleQuestions: true, shuffleChoices: true }), 'Ana', 0, 99);
		for (let p = 0; p < 4; p++) {
			const q = run.question;
			if (q.type === 'mcq') run.answer(q.choices!.indexOf(q.answer));
			else if (q.type === 'truefalse') run.answer(q.answer === 'true');
			else run.answer(q.answer);
			run.next(p * 1000);
		}
		expect(run.finished).toBe(true);
		expect(scoreAnswers(base, run.result.answers).correct).toBe(4);
	});

	it('submits what is answered when the quiz time runs out', () => {
		const run = new QuizRun(
			quiz({ timer: 'quiz', seconds: 60, shuffleQuestions: false }),
			'Ana',
			0
		);
		run.answer(1);
		run.tick(30_000);
		expect(run.remaining).toBe(30);
		expect(run.finished).toBe(false);
		run.tick(60_000);
		expect(run.finished && run.timedOut).toBe(true);
		expect(run.result.answers).toEqual([1, null, null, null]);
		expect(run.result.seconds).toBe(60);
	});

	it('moves on when a question’s time runs out, and never goes back', () => {
		const run = new QuizRun(
			quiz({ timer: 'question', seconds: 10, shuffleQuestions: false, allowBack: true }),
			'Ana',
			0
		);
		run.tick(10_000);
		expect(run.position).toBe(1);
		expect(run.canGoBack).toBe(false);
		run.tick(20_000);
		run.tick(30_000);
		expect(run.isLast).toBe(true);
		run.tick(40_000);
		expect(run.finished).toBe(true);
	});

	it('allows going back only when the teacher allowed it', () => {
		const closed = new QuizRun(quiz({ allowBack: false, timer: 'none' }), 'Ana', 0);
		closed.next(1);
		expect(closed.canGoBack).toBe(false);
		const open = new QuizRun(quiz({ allowBack: true, timer: 'none' }), 'Ana', 0);
		open.next(1);
		open.back();
		expect(open.position).toBe(0);
	});

	it('resumes a saved attempt with the same order, answers and running clock', () => {
		const q = quiz({ timer: 'quiz', seconds: 600, shuffleQuestions: true, shuffleChoices: true });
		const run = new QuizRun(q, 'Ana', 0, 1234);
		run.answer(2);
		run.next(10_000);
		const saved = JSON.parse(JSON.stringify(run.snapshot()));
		const resumed = QuizRun.restore(q, saved, 70_000)!;
		expect(resumed.order).toEqual(run.order);
		expect(resumed.choiceOrder).toEqual(run.choiceOrder);
		expect(resumed.answers).toEqual(run.answers);
		expect(resumed.position).toBe(1);
		expect(resumed.remaining).toBe(530);
		expect(QuizRun.restore({ ...q, id: 'anotherQuiz' }, saved)).toBeNull();
	});

	it('ignores answers after submitting', () => {
		const run = new QuizRun(quiz({ shuffleQuestions: false }), 'Ana', 0);
		run.finish(5);
		run.answer(2);
		expect(run.result.answers[0]).toBeNull();
	});
});
