import { describe, expect, it } from 'vitest';
import { reviewLead, reviewOrder } from './scoring';

describe('the student’s review order', () => {
	// Outsider teacher: the review followed the quiz, so missed questions hid among right ones.
	it('lists missed questions first, then right ones, each group in the quiz’s order', () => {
		expect(reviewOrder([true, false, true, false, false])).toEqual([1, 3, 4, 0, 2]);
	});

	it('keeps the quiz’s order when all are right or none is', () => {
		expect(reviewOrder([true, true, true])).toEqual([0, 1, 2]);
		expect(reviewOrder([false, false])).toEqual([0, 1]);
		expect(reviewOrder([])).toEqual([]);
	});

	it('says how the review is ordered in one line', () => {
		expect(reviewLead([true, false, true, false, false])).toBe(
			'Missed first (3: wrong or not answered), then right (2); each keeps its question number.'
		);
		expect(reviewLead([true, true])).toMatch(/^Every answer right/);
		expect(reviewLead([false])).toMatch(/^No answer right/);
	});
});
