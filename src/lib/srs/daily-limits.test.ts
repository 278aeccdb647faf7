import { describe, expect, it } from 'vitest';
import { leftAfterAsked, newLeftToday, reviewsLeftToday } from './daily-limits';

describe('newLeftToday', () => {
	const byCourse = new Map([['a', 4]]);
	it('counts a course studied alone against its own new questions only', () => {
		expect(newLeftToday({ newPerDay: 10 }, { newCards: 9 }, byCourse, 'a')).toBe(6);
		expect(newLeftToday({ newPerDay: 10 }, { newCards: 9 }, byCourse, 'b')).toBe(10);
	});
	it('counts all courses together when none is chosen, plus custom study, never below 0', () => {
		expect(newLeftToday({ newPerDay: 10 }, { newCards: 9 }, byCourse, undefined)).toBe(1);
		expect(newLeftToday({ newPerDay: 10 }, { newCards: 9 }, byCourse, undefined, 5)).toBe(6);
		expect(newLeftToday({ newPerDay: 10 }, { newCards: 12 }, undefined, 'a')).toBe(0);
	});
});

describe('reviewsLeftToday', () => {
	it('is the limit less the reviews answered, plus custom study, never below 0', () => {
		expect(reviewsLeftToday({ maxReviewsPerDay: 200 }, { reviewCards: 50 })).toBe(150);
		expect(reviewsLeftToday({ maxReviewsPerDay: 200 }, { reviewCards: 250 }, 20)).toBe(0);
		expect(reviewsLeftToday({ maxReviewsPerDay: 200 }, { reviewCards: 190 }, 20)).toBe(30);
	});
});

describe('leftAfterAsked', () => {
	it('takes the cards asked for out of what the limit leaves, never below 0', () => {
		expect(leftAfterAsked(6, 3)).toBe(3);
		expect(leftAfterAsked(2, 5)).toBe(0);
		expect(leftAfterAsked(Infinity, 5)).toBe(Infinity);
	});
});
