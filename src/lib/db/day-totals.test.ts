import { describe, expect, it } from 'vitest';
import { addAnswerToDay, removeAnswerFromDay, withRetainedCounts } from './day-totals';
import { emptyDay, type CardRecord, type CardState, type RatingValue } from './records';

const card = (state: CardState): CardRecord => ({
	questionId: 'q',
	due: 0,
	stability: 3,
	difficulty: 5,
	elapsedDays: 0,
	scheduledDays: 3,
	learningSteps: 0,
	reps: 1,
	lapses: 0,
	state,
	lastReview: 0,
	leech: false
});
const answer = (state: CardState | null, rating: RatingValue, studyDay = '2026-05-12') => ({
	studyDay,
	rating,
	durationMs: 3000,
	before: state === null ? null : card(state)
});

describe('day totals', () => {
	it('counts a first answer as new, a review-state answer against the review limit', () => {
		let day = emptyDay('2026-05-12');
		day = addAnswerToDay(day, answer(null, 3));
		day = addAnswerToDay(day, answer(2, 3));
		day = addAnswerToDay(day, answer(2, 1));
		day = addAnswerToDay(day, answer(1, 4));
		expect(day).toEqual({
			day: '2026-05-12',
			answers: 4,
			newCards: 1,
			reviewCards: 2,
			again: 1,
			retained: 1,
			timeMs: 12_000
		});
	});

	it('takes an undone answer back out exactly, never below zero', () => {
		const start = addAnswerToDay(emptyDay('2026-05-12'), answer(1, 3));
		const added = addAnswerToDay(start, answer(2, 4));
		expect(removeAnswerFromDay(added, answer(2, 4))).toEqual(start);
		expect(removeAnswerFromDay(emptyDay('2026-05-12'), answer(2, 4)).retained).toBe(0);
	});

	it('counts on from a row written before `retained` existed', () => {
		const old = { ...emptyDay('2026-05-12'), retained: undefined };
		expect(addAnswerToDay(old, answer(2, 3)).retained).toBe(1);
	});

	it('recounts retained answers per day from the log, capped by the review answers', () => {
		const days = [
			{ ...emptyDay('2026-05-11'), answers: 2, reviewCards: 2, retained: 99 },
			{ ...emptyDay('2026-05-12'), answers: 1, reviewCards: 0 }
		];
		const log = [
			answer(2, 3, '2026-05-11'),
			answer(2, 1, '2026-05-11'),
			answer(2, 3, '2026-05-12')
		];
		expect(withRetainedCounts(days, log).map((row) => row.retained)).toEqual([1, 0]);
	});
});
