import { describe, expect, it } from 'vitest';
import { canGoBackInQuiz, timeLimitText } from './rules';

describe('quiz rules as people read them', () => {
	it('words the time limit in minutes when whole, else seconds', () => {
		expect(timeLimitText({ timer: 'quiz', seconds: 600 })).toBe('10 min for the whole quiz');
		expect(timeLimitText({ timer: 'quiz', seconds: 90 })).toBe('90 s for the whole quiz');
		expect(timeLimitText({ timer: 'question', seconds: 45 })).toBe('45 s per question');
		expect(timeLimitText({ timer: 'question', seconds: 120 })).toBe('2 min per question');
		expect(timeLimitText({ timer: 'none', seconds: 600 })).toBe('No time limit');
	});

	it('never lets a student back under a per-question clock', () => {
		expect(canGoBackInQuiz({ timer: 'none', allowBack: true })).toBe(true);
		expect(canGoBackInQuiz({ timer: 'quiz', allowBack: false })).toBe(false);
		expect(canGoBackInQuiz({ timer: 'question', allowBack: true })).toBe(false);
	});
});
