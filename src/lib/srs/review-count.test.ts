/**
 * `review-count.ts` against the full build (fast-check, fixed seed): on random banks with
 * sibling groups (shared facts and sentences), cards in every state due from days ago to
 * tomorrow, answers today, cards asked for, learning cards and random daily limits, the counts
 * from the contested reviews alone equal `countQueue` of the build given every due review,
 * whether the contested list is the least one or holds other due reviews too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CardRecord } from '$lib/db/records';
import { cardRecord } from '$lib/db/test-helpers';
import { buildQueue, countQueue, type QueueQuestion } from './queue';
import { questionSiblingKeys } from './siblings';
import {
	boundedQueue,
	contestedKeys,
	countBounded,
	positionsWanted,
	type DueReviewSample,
	type InputWithoutReviews
} from './review-count';

const minute = 60_000;
const now = new Date(2026, 4, 12, 10).getTime();
const dayEnd = new Date(2026, 4, 13, 4).getTime();

const world = fc.record({
	questions: fc.array(
		fc.record({
			fact: fc.nat(6),
			sentence: fc.option(fc.nat(5)),
			type: fc.constantFrom('short', 'mcq'),
			rank: fc.option(fc.nat(9))
		}),
		{ minLength: 1, maxLength: 24 }
	),
	cards: fc.array(
		fc.record({
			pick: fc.nat(30),
			state: fc.constantFrom(0, 1, 2, 2, 2, 3),
			// Due from three days ago to after today ends (minutes from now).
			dueMinutes: fc.integer({ min: -3 * 24 * 60, max: 20 * 60 }),
			queued: fc.boolean(),
			sameDue: fc.boolean()
		}),
		{ maxLength: 24 }
	),
	answered: fc.array(fc.nat(30), { maxLength: 6 }),
	limits: fc.record({
		newPerDay: fc.nat(8),
		maxReviewsPerDay: fc.nat(12),
		newCards: fc.nat(4),
		reviewCards: fc.nat(6)
	}),
	/** Due reviews listed as contested beyond the least list (indexes into them). */
	extra: fc.array(fc.nat(30), { maxLength: 5 }),
	/** New questions whose keys are read, first in teaching order (null: all). */
	newKeyed: fc.option(fc.nat(12))
});

type World = typeof world extends fc.Arbitrary<infer T> ? T : never;

function cardOf(questionId: string, state: number, due: number): CardRecord {
	return cardRecord(questionId, state as CardRecord['state'], due, {
		scheduledDays: 3,
		reps: state === 0 ? 0 : 3,
		lastReview: state === 0 ? null : now - 3 * 86_400_000
	});
}

/** The full build's input for `w`, and its due reviews in queue order. */
function inputOf(w: World): { input: InputWithoutReviews; due: string[] } {
	const questions: QueueQuestion[] = w.questions.map((q, i) => ({
		id: `q${i}`,
		fact: `f${q.fact}`,
		...(q.sentence !== null && { sentence: `s${q.sentence}` }),
		type: q.type,
		...(q.rank !== null && { rank: q.rank })
	}));
	const cards = new Map<string, CardRecord & { queued: boolean }>();
	for (const c of w.cards) {
		const id = `q${c.pick % questions.length}`;
		// Equal due times, so the id decides the order as the index does.
		const due = c.sameDue ? now - 60 * minute : now + c.dueMinutes * minute;
		cards.set(id, { ...cardOf(id, c.state, due), queued: c.queued });
	}
	const all = [...cards.values()];
	const byDue = (a: CardRecord, b: CardRecord) =>
		a.due - b.due || (a.questionId < b.questionId ? -1 : 1);
	const due = all
		.filter((card) => card.state === 2 && card.due < dayEnd)
		.sort(byDue)
		.map((card) => card.questionId);
	const input: InputWithoutReviews = {
		now,
		dayEnd,
		settings: { newPerDay: w.limits.newPerDay, maxReviewsPerDay: w.limits.maxReviewsPerDay },
		today: { newCards: w.limits.newCards, reviewCards: w.limits.reviewCards },
		learningCards: all.filter((card) => card.state === 1 || card.state === 3).sort(byDue),
		queuedCards: all.filter((card) => card.queued),
		answeredToday: w.answered.map((n) => `q${n % (questions.length + 2)}`),
		questions,
		isStarted: (id) => cards.has(id)
	};
	return { input, due };
}

/** The least contested list for `due` (and `extra` more), in queue order. */
function contestedOf(
	input: InputWithoutReviews,
	due: string[],
	extra: number[],
	newKeyed: number
): string[] {
	const keys = new Map(input.questions.map((q) => [q.id, questionSiblingKeys(q)]));
	const outside = contestedKeys(input, newKeyed);
	const seen = new Map<string, number>();
	for (const id of due)
		for (const key of keys.get(id) ?? []) seen.set(key, (seen.get(key) ?? 0) + 1);
	const more = new Set(extra.map((n) => due[n % due.length]));
	return due.filter(
		(id) =>
			more.has(id) || (keys.get(id) ?? []).some((key) => outside.has(key) || seen.get(key)! > 1)
	);
}

/**
 * The counts from the contested reviews, reading the keys of more new questions (doubling)
 * until the build looked at no more than were read, as the database does.
 */
function check(w: World, extra: number[]) {
	const { input, due } = inputOf(w);
	const full = countQueue(buildQueue({ ...input, reviewIds: due }), now, 20);
	for (let newKeyed = w.newKeyed ?? Infinity; ; newKeyed = Math.max(1, newKeyed * 2)) {
		const sample: DueReviewSample = {
			due: due.length,
			contested: contestedOf(input, due, extra, newKeyed),
			newKeyed
		};
		const positions = new Map(positionsWanted(input, sample).map((id) => [id, due.indexOf(id)]));
		const bounded = boundedQueue(input, { ...sample, positions });
		if (bounded.newExamined > newKeyed) continue;
		expect(countBounded(bounded, now, 20)).toEqual(full);
		return;
	}
}

describe('counts from the contested due reviews (issue 14, scale)', () => {
	it('equal the full build’s, with the least contested list', () => {
		fc.assert(
			fc.property(world, (w) => check(w, [])),
			{ seed: 20261203, numRuns: 3000 }
		);
	});

	it('equal the full build’s, with other due reviews listed too', () => {
		fc.assert(
			fc.property(world, (w) => check(w, w.extra)),
			{ seed: 20261204, numRuns: 3000 }
		);
	});

	it('name a position only when the limit cuts the reviews before a new sibling', () => {
		// q0 and q1 share a fact; q1 is new. Two reviews due (q0, q2), one left today.
		const questions = [
			{ id: 'q2', fact: 'f2' },
			{ id: 'q0', fact: 'f0' },
			{ id: 'q1', fact: 'f0' }
		];
		const input: InputWithoutReviews = {
			now,
			dayEnd,
			settings: { newPerDay: 5, maxReviewsPerDay: 1 },
			today: { newCards: 0, reviewCards: 0 },
			learningCards: [],
			queuedCards: [],
			answeredToday: [],
			questions,
			isStarted: (id) => id !== 'q1'
		};
		const sample = { due: 2, contested: ['q0'] };
		expect(positionsWanted(input, sample)).toEqual(['q0']);
		expect(() => boundedQueue(input, sample)).toThrow(/position/);
		// q2 is due first and takes the one review left: q1 is not buried by q0.
		const later = countBounded(
			boundedQueue(input, { ...sample, positions: new Map([['q0', 1]]) }),
			now
		);
		expect(later).toEqual({ fresh: 1, learning: 0, review: 1, later: 0 });
		const first = countBounded(
			boundedQueue(input, { ...sample, positions: new Map([['q0', 0]]) }),
			now
		);
		expect(first).toEqual({ fresh: 0, learning: 0, review: 1, later: 0 });
	});
});
