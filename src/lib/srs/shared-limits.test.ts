import { describe, expect, it } from 'vitest';
import { sharedLimits, sharedLimitsSentence } from './shared-limits';

const counts = (fresh: number, review = 0) => ({ fresh, review });

describe('sharedLimits', () => {
	it('names the new count a shared daily limit holds below its courses’ sum (20 over 20, 20, 15)', () => {
		expect(sharedLimits(counts(20), [counts(20), counts(20), counts(15)])).toEqual({
			fresh: 20,
			review: null
		});
	});

	it('is null when the rows add up to the total (every course within the limits)', () => {
		expect(sharedLimits(counts(12, 30), [counts(10, 10), counts(2, 20)])).toBeNull();
	});

	it('is null with one course: Home lists no rows to compare', () => {
		expect(sharedLimits(counts(20), [counts(20)])).toBeNull();
		expect(sharedLimits(counts(20), [])).toBeNull();
	});

	it('names a review count held by Maximum reviews per day, one limit for every course', () => {
		expect(sharedLimits(counts(5, 200), [counts(5, 150), counts(0, 150)])).toEqual({
			fresh: null,
			review: 200
		});
	});

	it('names both, and a total of 0 once today’s new questions are used up across courses', () => {
		expect(sharedLimits(counts(0, 200), [counts(10, 150), counts(10, 150)])).toEqual({
			fresh: 0,
			review: 200
		});
	});
});

describe('sharedLimitsSentence', () => {
	it('says the new limit is for all courses together and each alone has its own', () => {
		expect(sharedLimitsSentence({ fresh: 20, review: null })).toEqual({
			text: '20 new today across all your courses: “New questions per day” is one limit for them together; a course studied alone has it to itself.',
			change: 'Change it in'
		});
	});

	it('says the review limit is one for all, with counts grouped in thousands', () => {
		expect(sharedLimitsSentence({ fresh: null, review: 1200 })).toEqual({
			text: '1,200 to review today across all your courses: “Maximum reviews per day” is one limit for them all.',
			change: 'Change it in'
		});
	});

	it('says both at once, and none left in words', () => {
		expect(sharedLimitsSentence({ fresh: 0, review: 200 })).toEqual({
			text: 'No new questions and 200 to review today across all your courses: the daily limits are for them together, and a course studied alone has “New questions per day” to itself.',
			change: 'Change them in'
		});
	});
});
