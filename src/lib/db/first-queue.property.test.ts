/**
 * Property-based test (fast-check, fixed seed): Study's first queue in a tab, built with every
 * course's due reviews from the courses' stored review lists (`readAllReviews`, perf43), is the
 * queue a build without them gives (the `items` `[state+due]` range): the same cards in the
 * same order, and the same buried. On random small collections and sessions (answers, requests,
 * undos, time passing, the clock set back, moves between time zones), after every step, with
 * the lists as Home stores them (`storeHomeCounts`).
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { restoreZone } from '$lib/srs/zone.test-helpers';
import { storeHomeCounts } from './home-counts';
import { loadHomeViewFilling } from './home-view';
import { applyStep, seedShape, shape, t0, type Shape, type Step } from './queue-steps.test-helpers';
import { readReviewLists, REVIEW_LIST_PREFIX } from './review-list';
import { createDb, type FlashpointDb } from './schema';
import { loadTodayQueueCounted } from './today-queue';
import type { StudySettings } from '$lib/srs/settings';

/** The every-course queue of a new tab, as Study builds it first. */
async function firstQueue(name: string, settings: StudySettings, now: number) {
	const tab = createDb(name);
	try {
		const queue = await loadTodayQueueCounted({ courseId: null }, settings, now, tab);
		return {
			items: queue.items,
			buried: queue.buried,
			buriedIds: queue.buriedIds,
			newBuried: queue.newBuried
		};
	} finally {
		tab.close();
	}
}

/** The same, built with no review list stored (the rows taken out, then put back). */
async function withoutLists(db: FlashpointDb, name: string, settings: StudySettings, now: number) {
	const rows = await db.settings.where('key').startsWith(REVIEW_LIST_PREFIX).toArray();
	await db.settings.bulkDelete(rows.map((row) => row.key));
	try {
		return await firstQueue(name, settings, now);
	} finally {
		await db.settings.bulkPut(rows);
	}
}

/** Steps `sessions` inserts: the clock set back by up to two days. */
const clockBack = fc.record({
	at: fc.nat(14),
	minutes: fc.integer({ min: -2 * 24 * 60, max: -1 })
});

const sessions: fc.Arbitrary<Shape> = fc
	.tuple(shape, fc.array(clockBack, { maxLength: 2 }))
	.map(([s, backs]) => {
		const steps: Step[] = [...s.steps];
		for (const back of backs)
			steps.splice(back.at % (steps.length + 1), 0, { kind: 'later', minutes: back.minutes });
		return { ...s, steps };
	});

let fromLists = 0;
let builds = 0;

async function run(shape: Shape, n: number) {
	const name = `first-queue-${n}-${Math.random()}`;
	const db = createDb(name);
	const { settings, ids, scopes } = await seedShape(db, shape);
	let now = t0;
	try {
		for (const step of [{ kind: 'later' as const, minutes: 0 }, ...shape.steps]) {
			now = await applyStep(db, step, ids, settings, now);
			// Home in a new tab stores its counts and the courses' review lists.
			const home = createDb(name);
			await storeHomeCounts((await loadHomeViewFilling(now, home)).fill, home);
			home.close();
			const lists = await db.transaction('r', db.settings, () => readReviewLists(db));
			if (scopes.slice(1).every((id) => lists.has(id!))) fromLists++;
			builds++;
			expect(await firstQueue(name, settings, now)).toEqual(
				await withoutLists(db, name, settings, now)
			);
		}
	} finally {
		db.close();
		restoreZone();
	}
}

describe('Study’s first queue from the courses’ review lists', () => {
	afterEach(restoreZone);

	it('is the queue a build without them gives, after every step', async () => {
		let n = 0;
		await fc.assert(
			fc.asyncProperty(sessions, (s) => run(s, n++)),
			{ seed: 20261205, numRuns: 30 }
		);
		// The lists served most builds (else this would test the range against itself).
		expect(fromLists / builds).toBeGreaterThan(0.5);
	}, 400_000);
});
