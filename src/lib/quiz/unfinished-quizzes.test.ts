import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadAttempt, loadFinishedAttempts, saveAttempt, type SavedAttempt } from './attempt-store';
import {
	discardUnfinished,
	forgetFinishedQuiz,
	listUnfinishedQuizzes,
	MAX_CODE,
	rememberQuizCode
} from './unfinished-quizzes';

/** An attempt at `quizId` by `name`, begun at `startedAt`, with `answered` of 9 answered. */
function attempt(quizId: string, name: string, startedAt: number, answered = 3): SavedAttempt {
	return {
		quizId,
		attemptId: `${name.toLowerCase()}-${startedAt}`,
		name,
		seed: startedAt,
		startedAt,
		position: answered,
		questionStartedAt: startedAt,
		answers: Array.from({ length: 9 }, (_, i) => (i < answered ? i % 2 : null)),
		answeredAt: Array.from({ length: 9 }, (_, i) => (i < answered ? startedAt + i : 0)),
		finishedAt: null,
		timedOut: false
	};
}

beforeEach(() => {
	const store = new Map<string, string>();
	vi.stubGlobal('localStorage', {
		getItem: (k: string) => store.get(k) ?? null,
		setItem: (k: string, v: string) => void store.set(k, v),
		removeItem: (k: string) => void store.delete(k),
		key: (i: number) => [...store.keys()][i] ?? null,
		get length() {
			return store.size;
		}
	});
});
afterEach(() => vi.unstubAllGlobals());

describe('unfinished quizzes on the Quiz tab', () => {
	it('lists each unfinished attempt with its quiz’s code, title and answers given, newest first', () => {
		rememberQuizCode('quiz-a', 'CODEA', 'Volcanoes');
		rememberQuizCode('quiz-b', 'K7M2QX', 'Rivers');
		saveAttempt(attempt('quiz-a', 'Cara', 1_000, 3));
		saveAttempt(attempt('quiz-b', 'Cara', 3_000, 1));
		// A classmate on the same phone: Cara's attempt at quiz A is set aside, still listed.
		saveAttempt(attempt('quiz-a', 'Dev', 2_000, 0));
		const list = listUnfinishedQuizzes();
		expect(list.map((q) => [q.title, q.name, q.answered, q.count, q.code])).toEqual([
			['Rivers', 'Cara', 1, 9, 'K7M2QX'],
			['Volcanoes', 'Dev', 0, 9, 'CODEA'],
			['Volcanoes', 'Cara', 3, 9, 'CODEA']
		]);
		expect(list[2].attempt).toBe('cara-1000');
		expect(list[2].startedAt).toBe(1_000);
	});

	it('leaves out finished attempts and quizzes whose code was never kept', () => {
		rememberQuizCode('quiz-a', 'CODEA', 'Volcanoes');
		saveAttempt({ ...attempt('quiz-a', 'Cara', 1_000, 9), finishedAt: 5_000 });
		saveAttempt(attempt('quiz-old', 'Cara', 2_000));
		expect(listUnfinishedQuizzes()).toEqual([]);
	});

	it('Discard removes that attempt only, and the code once none is left; results stay', () => {
		rememberQuizCode('quiz-a', 'CODEA', 'Volcanoes');
		saveAttempt({ ...attempt('quiz-a', 'Ana', 500, 9), finishedAt: 900 });
		saveAttempt(attempt('quiz-a', 'Cara', 1_000));
		saveAttempt(attempt('quiz-a', 'Dev', 2_000));
		discardUnfinished('quiz-a', 'cara-1000');
		expect(listUnfinishedQuizzes().map((q) => q.name)).toEqual(['Dev']);
		discardUnfinished('quiz-a', 'dev-2000');
		expect(listUnfinishedQuizzes()).toEqual([]);
		expect(loadAttempt('quiz-a')).toBeNull();
		expect(localStorage.getItem('flashpoint:quiz-opened:quiz-a')).toBeNull();
		expect(loadFinishedAttempts('quiz-a').map((a) => a.name)).toEqual(['Ana']);
	});

	it('forgets a finished quiz’s kept code, but not while another attempt is unfinished', () => {
		rememberQuizCode('q1', 'LONGCODE', 'Volcanoes');
		saveAttempt(attempt('q1', 'Ada', 1000));
		saveAttempt({ ...attempt('q1', 'Ben', 2000), finishedAt: 3000 });
		forgetFinishedQuiz('q1');
		expect(localStorage.getItem('flashpoint:quiz-opened:q1')).not.toBeNull();
		discardUnfinished('q1', listUnfinishedQuizzes()[0].attempt);
		expect(localStorage.getItem('flashpoint:quiz-opened:q1')).toBeNull();
		rememberQuizCode('q2', 'CODE2', 'Rivers');
		saveAttempt({ ...attempt('q2', 'Cy', 4000), finishedAt: 5000 });
		forgetFinishedQuiz('q2');
		expect(localStorage.getItem('flashpoint:quiz-opened:q2')).toBeNull();
		expect(loadFinishedAttempts('q2')).toHaveLength(1);
	});

	it('skips an unreadable entry and a code too long to keep', () => {
		localStorage.setItem('flashpoint:quiz-opened:quiz-x', '{"code":');
		saveAttempt(attempt('quiz-x', 'Cara', 1_000));
		rememberQuizCode('quiz-y', 'x'.repeat(MAX_CODE + 1), 'Too long');
		saveAttempt(attempt('quiz-y', 'Cara', 2_000));
		expect(listUnfinishedQuizzes()).toEqual([]);
	});

	it('never throws when storage refuses', () => {
		vi.stubGlobal('localStorage', {
			getItem: () => {
				throw new Error('blocked');
			},
			setItem: () => {
				throw new Error('full');
			},
			removeItem: () => {
				throw new Error('blocked');
			},
			key: () => null,
			get length(): number {
				throw new Error('blocked');
			}
		});
		expect(() => rememberQuizCode('quiz-a', 'CODEA', 'Volcanoes')).not.toThrow();
		expect(listUnfinishedQuizzes()).toEqual([]);
		expect(() => discardUnfinished('quiz-a', 'cara-1')).not.toThrow();
	});
});
