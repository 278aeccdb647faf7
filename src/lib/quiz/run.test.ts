import { describe, expect, it, vi } from 'vitest';
import { makeQuiz, syntheticQuestions } from './fixtures.test-helpers';
import { QuizRun } from './run.svelte';
import { loadAttempt, loadFinishedAttempts, saveAttempt } from './attempt-store';
import { scoreAnswers } from './scoring';
import { LIMITS } from './types';

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

	it('a 60 s quiz reopened an hour later reports 60 s and ends when its clock did', () => {
		const timed = quiz({ timer: 'quiz', seconds: 60, shuffleQuestions: false });
		const run = new QuizRun(timed, 'Ana', 0, 1, 'attempt-1');
		run.answer(1);
		const restored = QuizRun.restore(timed, run.snapshot(), 3_600_000)!;
		expect(restored.finished && restored.timedOut).toBe(true);
		expect(restored.result.seconds).toBe(60);
		expect(restored.result.finishedAt).toBe(60_000);
		expect(restored.result.attemptId).toBe('attempt-1');
	});

	it('per-question time caps the whole at questions × limit', () => {
		const run = new QuizRun(quiz({ timer: 'question', seconds: 10 }), 'Ana', 0);
		run.finish(10 ** 9);
		expect(run.result.seconds).toBe(40);
	});

	it('an untimed quiz: 25 h is reported as is, a clock set back as 0, never negative', () => {
		const late = new QuizRun(quiz({ timer: 'none' }), 'Ana', 0);
		late.finish(25 * 3_600_000);
		expect(late.result.seconds).toBe(25 * 3600);
		const back = new QuizRun(quiz({ timer: 'none' }), 'Ana', 1_000_000);
		back.finish(0);
		expect(back.result.seconds).toBe(0);
	});

	it('finds the first blank question in the order shown, and goes back to it only when allowed', () => {
		const run = new QuizRun(
			quiz({ shuffleQuestions: true, allowBack: true, timer: 'none' }),
			'Ana',
			0,
			7
		);
		for (let p = 0; p < 3; p++) run.next(p);
		expect(run.position).toBe(3);
		run.answer(run.question.type === 'truefalse' ? true : 0);
		expect(run.firstUnanswered).toBe(0);
		run.goTo(run.firstUnanswered);
		expect(run.position).toBe(0);
		run.goTo(2); // never forward past where the student has been shown
		expect(run.position).toBe(0);
		const locked = new QuizRun(quiz({ allowBack: false, timer: 'none' }), 'Ana', 0);
		locked.next(1);
		locked.goTo(0);
		expect(locked.position).toBe(1);
		const perQuestion = new QuizRun(
			quiz({ allowBack: true, timer: 'question', seconds: 10 }),
			'Ana',
			0
		);
		perQuestion.next(1);
		perQuestion.goTo(0);
		expect(perQuestion.position).toBe(1);
		for (const i of run.order) run.answers[i] = 'x';
		expect(run.firstUnanswered).toBe(-1);
	});

	it('cleans the name and bounds typed answers', () => {
		const run = new QuizRun(quiz({ shuffleQuestions: false }), ' \u202Eevil\u200b ', 0);
		expect(run.name).toBe('evil');
		run.answer('x'.repeat(5000));
		expect((run.answers[0] as string).length).toBe(LIMITS.typedAnswerChars);
		expect(new QuizRun(base, 'A').attemptId).not.toBe(new QuizRun(base, 'A').attemptId);
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

describe('retakes on one device', () => {
	it('keep every finished attempt’s result reachable; a retake never overwrites one', () => {
		const store = new Map<string, string>();
		vi.stubGlobal('localStorage', {
			getItem: (k: string) => store.get(k) ?? null,
			setItem: (k: string, v: string) => void store.set(k, v)
		});
		try {
			const first = new QuizRun(base, 'Ana', 0, 1, 'firstTry');
			first.finish(1000);
			saveAttempt(first.snapshot());
			const retake = new QuizRun(base, 'Not Ana', 2000, 2, 'secondTry');
			saveAttempt(retake.snapshot());
			expect(loadAttempt(base.id)?.attemptId).toBe('secondTry');
			retake.finish(3000);
			saveAttempt(retake.snapshot());
			saveAttempt(retake.snapshot());
			const finished = loadFinishedAttempts(base.id);
			expect(finished.map((a) => a.attemptId)).toEqual(['secondTry', 'firstTry']);
			const shown = QuizRun.restore(base, finished[1])!;
			expect(shown.result).toMatchObject({ name: 'Ana', attemptId: 'firstTry' });
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
