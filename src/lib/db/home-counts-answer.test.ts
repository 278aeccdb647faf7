import { describe, expect, it } from 'vitest';
import { entryAfterAnswer } from './home-counts-answer';
import type { HomeCountsEntry } from './home-counts';
import { CARD_STATE, type CardRecord } from './records';
import { cardRecord } from './test-helpers';

const hour = 3_600_000;
const dayStart = new Date(2026, 4, 12, 4).getTime();
const dayEnd = dayStart + 24 * hour;
const at = dayStart + 6 * hour;

const entry: HomeCountsEntry = {
	day: '2026-05-12',
	dayStart,
	dayEnd,
	newPerDay: 20,
	maxReviewsPerDay: 200,
	reviewsLeft: 200,
	newLeft: 20,
	fresh: 5,
	review: 3,
	queuedFresh: 0,
	queuedReview: 0,
	learningDue: [at - hour, at + hour],
	newIds: ['u-a:q1', 'u-a:q2', 'u-a:q3', 'u-a:q4', 'u-a:q5'],
	buriedIds: ['u-a:q9']
};

function answerTo(questionId: string, before: CardRecord | null) {
	return { questionId, studyDay: '2026-05-12', dayStart, before };
}

const review = (id: string, due = at - 2 * 24 * hour, more: Partial<CardRecord> = {}) =>
	cardRecord(id, CARD_STATE.review, due, {
		scheduledDays: 3,
		lastReview: due - 3 * 24 * hour,
		...more
	});
const later = { state: CARD_STATE.review, due: dayEnd + 2 * 24 * hour };
const relearning = { state: CARD_STATE.relearning, due: at + 10 * 60_000 };

describe('entryAfterAnswer', () => {
	it('a taken review due today: one review fewer, of the shared limit too', () => {
		expect(entryAfterAnswer(entry, answerTo('u-a:q7', review('u-a:q7')), later)).toEqual({
			...entry,
			review: 2,
			reviewsLeft: 199
		});
	});

	it('a review forgotten comes back today as a relearning card, at its due time', () => {
		const next = entryAfterAnswer(entry, answerTo('u-a:q7', review('u-a:q7')), relearning);
		expect(next).toMatchObject({ review: 2, learningDue: [...entry.learningDue, relearning.due] });
	});

	it('a new question the queue took: one new fewer, of the course’s new limit too', () => {
		const next = entryAfterAnswer(entry, answerTo('u-a:q2', null), relearning);
		expect(next).toMatchObject({
			fresh: 4,
			newLeft: 19,
			newIds: ['u-a:q1', 'u-a:q3', 'u-a:q4', 'u-a:q5'],
			learningDue: [...entry.learningDue, relearning.due]
		});
		// Easy: a review card due after today, counted nowhere.
		expect(entryAfterAnswer(entry, answerTo('u-a:q2', null), later)?.learningDue).toEqual(
			entry.learningDue
		);
	});

	it('a learning card answered: its due time moves, or leaves the counts once it graduates', () => {
		const card = cardRecord('u-a:q8', CARD_STATE.learning, at - hour);
		expect(entryAfterAnswer(entry, answerTo('u-a:q8', card), later)?.learningDue).toEqual([
			at + hour
		]);
		const step = { state: CARD_STATE.learning, due: at + 2 * hour };
		expect(entryAfterAnswer(entry, answerTo('u-a:q8', card), step)?.learningDue).toEqual([
			at + hour,
			at + 2 * hour
		]);
	});

	it('asks the item when a review’s due day began, where it was scheduled', () => {
		// Due at 6 AM here: its day here began at 4 AM, today's start; but it was scheduled in a
		// zone whose day began at 6 AM, so the queue did not count it yet (npm run fuzz, seed 2002).
		const card = review('u-a:q7', dayStart + 2 * hour);
		const item = { dueDay: '2026-05-12', dueStart: dayStart + 2 * hour };
		expect(entryAfterAnswer(entry, answerTo('u-a:q7', card), later, item)).toBeUndefined();
		expect(
			entryAfterAnswer(entry, answerTo('u-a:q7', card), later, { ...item, dueStart: dayStart })
		).toMatchObject({ review: 2 });
		// No item kept: the due time's day here, as the queue takes it.
		expect(entryAfterAnswer(entry, answerTo('u-a:q7', card), later)).toMatchObject({ review: 2 });
	});

	it('leaves the row to be built again where the queue’s change is not known from it', () => {
		const cases: [string, HomeCountsEntry | undefined, CardRecord | null, typeof later][] = [
			['no row', undefined, review('u-a:q7'), later],
			['a row stored before the ids were kept', { ...entry, newIds: undefined }, null, later],
			['a buried card', entry, review('u-a:q9'), later],
			['a card asked for', entry, review('u-a:q7', undefined, { queuedAt: at - hour }), later],
			['a new question the queue did not take', entry, null, later],
			['a review not due today', entry, review('u-a:q7', dayEnd + hour), later],
			['a review at the limit', { ...entry, review: 200 }, review('u-a:q7'), later],
			['a learning card not in the counts', entry, cardRecord('u-a:q8', 1, at + 3 * hour), later],
			[
				'a review due again before the day ends',
				entry,
				review('u-a:q7'),
				{ state: 2, due: at + hour }
			],
			['a row of another day', { ...entry, day: '2026-05-11' }, review('u-a:q7'), later]
		];
		for (const [why, row, before, after] of cases)
			expect(
				entryAfterAnswer(row, answerTo(before?.questionId ?? 'u-a:q6', before), after),
				why
			).toBeUndefined();
	});
});
