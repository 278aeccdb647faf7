import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeQuiz, syntheticQuestions } from './fixtures.test-helpers';
import { QuizRun } from './run.svelte';
import { loadAttempt, loadUnfinishedAttempts, saveAttempt } from './attempt-store';
import { KEEP_UNFINISHED, setAsideAfter, unfinishedFor } from './unfinished';

const quiz = makeQuiz(syntheticQuestions(4));

function run(name: string, startedAt: number, id: string) {
	return new QuizRun(quiz, name, startedAt, 7, id);
}

describe('unfinishedFor', () => {
	it('finds the newest unfinished attempt under the same folded name, never a finished one', () => {
		const older = run('Cara Ng', 1_000, 'cara-old').snapshot();
		const newer = run('Cara Ng', 2_000, 'cara-new').snapshot();
		const done = { ...run('Cara Ng', 3_000, 'cara-done').snapshot(), finishedAt: 4_000 };
		expect(unfinishedFor([older, newer, done], 'cara ng ')?.attemptId).toBe('cara-new');
		expect(unfinishedFor([older], 'Dev Rao')).toBeNull();
		expect(unfinishedFor([done], 'Cara Ng')).toBeNull();
	});
});

describe('setAsideAfter', () => {
	it('sets aside a displaced unfinished attempt, drops the saved one, keeps a cap', () => {
		const cara = run('Cara', 1_000, 'cara-1').snapshot();
		const dev = run('Dev', 2_000, 'dev-1').snapshot();
		expect(setAsideAfter([], cara, dev).map((a) => a.attemptId)).toEqual(['cara-1']);
		// Cara continued: Dev's goes aside, Cara's leaves the list.
		expect(setAsideAfter([cara], dev, cara).map((a) => a.attemptId)).toEqual(['dev-1']);
		// The same attempt saved again, or a finished one displaced: nothing set aside.
		expect(setAsideAfter([], cara, cara)).toEqual([]);
		expect(setAsideAfter([], { ...cara, finishedAt: 5 }, dev)).toEqual([]);
		const many = Array.from({ length: KEEP_UNFINISHED + 5 }, (_, i) =>
			run(`S${i}`, i, `student-${i}`).snapshot()
		);
		expect(setAsideAfter(many, null, dev)).toHaveLength(KEEP_UNFINISHED);
	});
});

describe('saving attempts on one device (outsider teacher, session 37)', () => {
	beforeEach(() => {
		const store = new Map<string, string>();
		vi.stubGlobal('localStorage', {
			getItem: (k: string) => store.get(k) ?? null,
			setItem: (k: string, v: string) => void store.set(k, v),
			removeItem: (k: string) => void store.delete(k)
		});
	});
	afterEach(() => vi.unstubAllGlobals());

	it('a new attempt never overwrites an unfinished one: both stay to continue', () => {
		const cara = run('Cara Ng', 1_000, 'cara-1');
		cara.answer(cara.quiz.questions[cara.order[0]].type === 'short' ? 'x' : 0, 1_500);
		saveAttempt(cara.snapshot());
		saveAttempt(run('Dev Rao', 2_000, 'dev-1').snapshot());
		const unfinished = loadUnfinishedAttempts(quiz.id);
		expect(unfinished.map((a) => a.attemptId)).toEqual(['dev-1', 'cara-1']);
		const kept = unfinishedFor(unfinished, 'cara ng')!;
		expect(kept.answers).toEqual(cara.snapshot().answers);
		// Cara continues: hers is in progress again, Dev's set aside, none lost.
		saveAttempt(QuizRun.restore(quiz, kept)!.snapshot());
		expect(loadAttempt(quiz.id)?.attemptId).toBe('cara-1');
		expect(loadUnfinishedAttempts(quiz.id).map((a) => a.attemptId)).toEqual(['cara-1', 'dev-1']);
	});

	it('a finished attempt leaves the unfinished list', () => {
		saveAttempt(run('Cara', 1_000, 'cara-1').snapshot());
		const dev = run('Dev', 2_000, 'dev-1');
		saveAttempt(dev.snapshot());
		const cara = QuizRun.restore(quiz, unfinishedFor(loadUnfinishedAttempts(quiz.id), 'Cara')!)!;
		cara.finish(3_000);
		saveAttempt(cara.snapshot());
		expect(loadUnfinishedAttempts(quiz.id).map((a) => a.attemptId)).toEqual(['dev-1']);
	});
});
