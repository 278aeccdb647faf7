import { describe, expect, it } from 'vitest';
import { toQuizQuestion } from '$lib/quiz/build';
import { isCorrect } from '$lib/quiz/scoring';
import { fixtureQuestion } from '$lib/courses/fixtures.test-helpers';
import { matchesNumeric, numericAccepts, numericText, typedNumbers } from './numeric';

describe('numerical answers (issue 12)', () => {
	it('reads a typed number in its common spellings, and nothing else', () => {
		expect(typedNumbers('1858')).toEqual([1858]);
		expect(typedNumbers('−2,5')).toEqual([-2.5]);
		expect(typedNumbers('1,858')).toEqual([1858, 1.858]);
		expect(typedNumbers('in 1858')).toEqual([1858]);
		expect(typedNumbers('1858 or 1859')).toBeNull();
		expect(typedNumbers('many')).toBeNull();
	});

	it('marks within the bounds, ends included', () => {
		expect(
			['9.5', '10.5', '10.6'].map((t) => matchesNumeric(t, { value: 10, tolerance: 0.5 }))
		).toEqual([true, true, false]);
		expect(numericText({ min: 1850, max: 1860 })).toBe('1850 to 1860');
	});

	it('a classroom quiz, which marks text, accepts the whole numbers within the bounds', () => {
		expect(numericAccepts({ value: 1858, tolerance: 2 })).toEqual([
			'1858',
			'1856',
			'1857',
			'1859',
			'1860'
		]);
		expect(numericAccepts({ min: 0, max: 1000 })).toEqual(['500']);
		const question = toQuizQuestion(
			fixtureQuestion('q-n', 'short', {
				prompt: 'Survey year, within two?',
				answer: '1858 ± 2',
				numeric: { value: 1858, tolerance: 2 }
			})
		);
		expect(['1857', '1860', '1861'].map((typed) => isCorrect(question, typed))).toEqual([
			true,
			true,
			false
		]);
	});
});
