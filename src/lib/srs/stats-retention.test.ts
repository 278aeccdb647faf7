import { describe, expect, it } from 'vitest';
import type { CardRecord, ReviewRecord } from '$lib/db/records';
import { percent, retentionRate, tallyRetention } from './stats-retention';

describe('true retention', () => {
	const review = (rating: 1 | 2 | 3 | 4, beforeState: 0 | 1 | 2 | 3 | null) =>
		({
			rating,
			before: beforeState === null ? null : ({ state: beforeState } as CardRecord)
		}) satisfies Pick<ReviewRecord, 'before' | 'rating'>;

	it('counts only answers to cards in review state; Again is forgotten', () => {
		const tally = tallyRetention([
			review(3, 2),
			review(2, 2),
			review(4, 2),
			review(1, 2),
			review(1, null), // first answer: new
			review(1, 1), // learning step
			review(3, 3) // relearning step
		]);
		expect(tally).toEqual({ answers: 4, retained: 3 });
		expect(retentionRate(tally)).toBe(0.75);
	});

	it('has no figure without review answers', () => {
		expect(retentionRate(tallyRetention([review(3, null)]))).toBeNull();
	});

	it('adds to a previous tally', () => {
		expect(tallyRetention([review(1, 2)], { answers: 3, retained: 3 })).toEqual({
			answers: 4,
			retained: 3
		});
	});

	it('writes a share as a whole percentage', () => {
		expect(percent(0.915)).toBe('92%');
		expect(percent(0)).toBe('0%');
	});
});
