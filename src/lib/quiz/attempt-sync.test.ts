import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeQuiz, syntheticQuestions } from './fixtures.test-helpers';
import { mergeAttempts } from './attempt-sync';
import { QuizRun } from './run.svelte';
import { loadAttempt, saveAttempt } from './attempt-store';

const quiz = makeQuiz(syntheticQuestions(4));
const short = quiz.questions.findIndex((q) => q.type === 'short');

/** Two tabs of one phone on the same attempt: B reopened from what A saved. */
function twoTabs() {
	const a = new QuizRun(quiz, 'Ana', 1_000, 7, 'attempt-ana');
	saveAttempt(a.snapshot());
	const b = QuizRun.restore(quiz, loadAttempt(quiz.id)!, 1_000)!;
	return { a, b };
}

function at(run: QuizRun, index: number) {
	run.position = run.order.indexOf(index);
}

describe('one attempt open in two tabs (outsider teacher, session 33)', () => {
	beforeEach(() => {
		const store = new Map<string, string>();
		vi.stubGlobal('localStorage', {
			getItem: (k: string) => store.get(k) ?? null,
			setItem: (k: string, v: string) => void store.set(k, v),
			removeItem: (k: string) => void store.delete(k)
		});
	});
	afterEach(() => vi.unstubAllGlobals());

	it('an older tab’s save never overwrites a later answer; that tab takes it in', () => {
		const { a, b } = twoTabs();
		at(a, short);
		at(b, short);
		a.answer('Newcomen', 2_000);
		saveAttempt(a.snapshot());
		b.answer('Thomas Newcomen', 3_000);
		saveAttempt(b.snapshot());
		// Tab A's clock ticks and it saves its whole attempt again, its answer older.
		a.tick(4_000);
		const saved = saveAttempt(a.snapshot());
		expect(loadAttempt(quiz.id)!.answers[short]).toBe('Thomas Newcomen');
		expect(a.adopt(saved)).toBe(true);
		expect(a.answers[short]).toBe('Thomas Newcomen');
		expect(a.result.answers[short]).toBe('Thomas Newcomen');
		// Changed again in A, later: A's answer wins, and B takes it in.
		a.answer('Newcomen', 5_000);
		saveAttempt(a.snapshot());
		expect(b.adopt(loadAttempt(quiz.id)!)).toBe(true);
		expect(b.answers[short]).toBe('Newcomen');
	});

	it('handing in in one tab hands in the other, with the later answers', () => {
		const { a, b } = twoTabs();
		at(b, short);
		b.answer('Watt', 2_000);
		b.finish(2_500);
		saveAttempt(b.snapshot());
		a.adopt(loadAttempt(quiz.id)!);
		expect(a.finished).toBe(true);
		expect(a.result).toEqual(b.result);
	});

	it('leaves another attempt, another quiz and an older save alone', () => {
		const { a } = twoTabs();
		at(a, short);
		a.answer('x', 2_000);
		const mine = a.snapshot();
		const other = { ...mine, attemptId: 'attempt-ben', answers: mine.answers.map(() => 'y') };
		const later = other.answers.map(() => 9_000);
		expect(mergeAttempts(mine, { ...other, answeredAt: later })).toBe(mine);
		expect(mergeAttempts(mine, { ...mine, quizId: 'other', answeredAt: later })).toBe(mine);
		// Saved by an older build, no times: nothing it holds is newer.
		const { answeredAt: _none, ...old } = { ...mine, answers: mine.answers.map(() => 'z') };
		expect(mergeAttempts(mine, old)).toBe(mine);
		expect(mergeAttempts(mine, null)).toBe(mine);
	});
});
