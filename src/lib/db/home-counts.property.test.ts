/**
 * Property-based test (fast-check, fixed seed) on random small collections: two to four courses
 * with random sibling groups (shared facts and source sentences), cards in every state due
 * from days ago to days ahead, random daily limits, and a random session of answers and
 * "study these today" requests, undos and moves between time zones. After every step, Home's counts (`loadHomeViewFilling`, reusing
 * the per-course counts stored by earlier steps where they hold, `home-counts.ts`) equal the
 * counts of each scope's own queue (every course, and each course alone), read in a new tab.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { countQueue, type TodayCounts } from '$lib/srs/queue';
import type { StudySettings } from '$lib/srs/settings';
import { restoreZone } from '$lib/srs/zone.test-helpers';
import { storeHomeCounts } from './home-counts';
import { loadHomeViewFilling } from './home-view';
import {
	applyStep,
	question,
	seedShape,
	shape,
	t0,
	zoneStep,
	type Shape
} from './queue-steps.test-helpers';
import { CARD_STATE, type RatingValue } from './records';
import { createDb } from './schema';
import { loadTodayQueue } from './today-queue';

/** Each scope's counts from its own queue, in a new tab. */
async function expected(
	name: string,
	settings: StudySettings,
	scopes: (string | null)[],
	now: number
) {
	const cold = createDb(name);
	const counts = new Map<string | null, TodayCounts>();
	for (const courseId of scopes)
		counts.set(
			courseId,
			countQueue(
				await loadTodayQueue({ courseId }, settings, now, cold),
				now,
				settings.learnAheadMinutes
			)
		);
	cold.close();
	return counts;
}

async function run(shape: Shape, n: number) {
	const name = `home-counts-${n}-${Math.random()}`;
	const db = createDb(name);
	const { settings, ids, scopes } = await seedShape(db, shape);
	let now = t0;
	try {
		for (const step of [{ kind: 'later' as const, minutes: 0 }, ...shape.steps]) {
			now = await applyStep(db, step, ids, settings, now);
			const want = await expected(name, settings, scopes, now);
			// A new tab each time: only the stored counts carry over.
			const tab = createDb(name);
			const { summary, fill } = await loadHomeViewFilling(now, tab);
			expect(summary!.counts).toEqual(want.get(null));
			expect(new Map(summary!.courses!.map((c) => [c.id, c.counts]))).toEqual(
				new Map(scopes.slice(1).map((id) => [id, want.get(id)]))
			);
			await storeHomeCounts(fill, tab);
			tab.close();
		}
	} finally {
		db.close();
		restoreZone();
	}
}

/**
 * Collections with more reviews due than the day's limit in all courses together, fewer in
 * each: the every-course counts follow from the courses' (`everyCourseCounts`) once stored,
 * so steps that write nothing (time passing, a zone change) come before and after answers.
 */
const overdue: fc.Arbitrary<Shape> = fc.record({
	courses: fc.array(fc.array(question, { minLength: 3, maxLength: 9 }), {
		minLength: 2,
		maxLength: 4
	}),
	cards: fc.array(
		fc.record({
			pick: fc.nat(40),
			state: fc.constant(CARD_STATE.review),
			dueMinutes: fc.integer({ min: -3 * 24 * 60, max: 0 })
		}),
		{ minLength: 4, maxLength: 20 }
	),
	limits: fc.record({
		newPerDay: fc.integer({ min: 1, max: 4 }),
		maxReviewsPerDay: fc.integer({ min: 1, max: 5 })
	}),
	steps: fc.array(
		fc.oneof(
			{
				weight: 3,
				arbitrary: fc.record({ kind: fc.constant('later' as const), minutes: fc.nat(120) })
			},
			{
				weight: 2,
				arbitrary: fc.record({
					kind: fc.constant('answer' as const),
					rating: fc.constantFrom<RatingValue>(1, 3)
				})
			},
			{ weight: 1, arbitrary: zoneStep }
		),
		{ maxLength: 8 }
	)
});

describe('Home’s counts with stored per-course counts', () => {
	afterEach(restoreZone);

	it('equal each scope’s queue on random small collections, after every step', async () => {
		let n = 0;
		await fc.assert(
			fc.asyncProperty(shape, (s) => run(s, n++)),
			{ seed: 20261203, numRuns: 60 }
		);
	}, 400_000);

	it('equal each scope’s queue when more reviews are due than the day’s limit', async () => {
		let n = 0;
		await fc.assert(
			fc.asyncProperty(overdue, (s) => run(s, n++)),
			{ seed: 20261204, numRuns: 40 }
		);
	}, 400_000);

	it('equal the queue after a move east that keeps the study day (fuzz counterexample)', async () => {
		// npm run fuzz, seed 2002: Kiritimati's 12 May spans the very times of Honolulu's 11 May,
		// kept after the move; a new tab's queue read the 12th's (empty) day row for its limits.
		const question = { fact: 0, sentence: null, rank: null };
		await run(
			{
				courses: [[question], [question]],
				cards: [],
				limits: { newPerDay: 1, maxReviewsPerDay: 0 },
				steps: [
					{ kind: 'zone', zone: 'Pacific/Honolulu' },
					{ kind: 'answer', rating: 1 },
					{ kind: 'zone', zone: 'Pacific/Kiritimati' }
				]
			},
			0
		);
	});
});
