import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFresh } from './fresh-read';
import { HEAD_BUCKET, headTallies } from './fresh-head';
import { countReads } from './read-counter';
import { NO_CARD, type CourseRecord, type ItemRecord } from './records';
import { createDb } from './schema';
import { freshDb } from './test-helpers';

/** Teaching order as the queue states it: rank, then course (install order), then place. */
function byTeachingOrder(a: ItemRecord, b: ItemRecord): number {
	return a.rank - b.rank || a.courseKey - b.courseKey || a.position - b.position;
}

/**
 * A database with `sizes[c]` new questions in course `c`, ranks drawn from `ranks`, and each
 * course's head (`fresh-head.ts`) as the middleware keeps it; `heads` false: none, so every
 * read goes to `fresh` (as with a new-per-day limit beyond what a head holds).
 */
async function filled(sizes: number[], ranks: number[][], heads = true) {
	const db = freshDb();
	const items: ItemRecord[] = sizes.flatMap((size, c) =>
		Array.from({ length: size }, (_, position) => ({
			id: `u-c${c}:q${position}`,
			courseId: `u-c${c}`,
			fact: `u-c${c}:f${position}`,
			rank: ranks[c][position % ranks[c].length],
			courseKey: 1000 + c,
			position,
			state: NO_CARD,
			due: 0,
			leech: false
		}))
	);
	await db.courses.bulkPut(
		sizes.map((_, c) => ({ id: `u-c${c}`, kind: 'user', queue: [] }) as unknown as CourseRecord)
	);
	await db.fresh.bulkPut(items);
	// The rows were written around the middleware: their heads too.
	await db.tallies.where('bucket').equals(HEAD_BUCKET).delete();
	if (heads)
		await db.tallies.bulkPut(
			headTallies(
				sizes.map((_, c) => `u-c${c}`),
				items
			)
		);
	return { db, items: items.sort(byTeachingOrder) };
}

describe('readFresh for every course (shared)', () => {
	it('gives the first new questions of all courses merged, as a full read would', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.nat(40), { minLength: 1, maxLength: 6 }),
				fc.array(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 5 }), {
					minLength: 6,
					maxLength: 6
				}),
				fc.integer({ min: 1, max: 80 }),
				fc.integer({ min: 1, max: 80 }),
				fc.boolean(),
				async (sizes, ranks, limit, needed, heads) => {
					const need = Math.min(needed, limit);
					const { db, items } = await filled(sizes, ranks, heads);
					const { all } = await db.transaction('r', db.fresh, db.tallies, db.courses, () =>
						readFresh(db, null, limit, 'shared', need)
					);
					db.close();
					// A prefix of the full teaching order, at least `need` long unless that is all.
					expect(all.items.map((item) => item.id)).toEqual(
						items.slice(0, all.items.length).map((item) => item.id)
					);
					if (all.complete) expect(all.items.length).toBe(items.length);
					else expect(all.items.length).toBeGreaterThanOrEqual(need);
				}
			),
			{ numRuns: 40, seed: 18 }
		);
	});

	it('reads further only from the course that cuts the list short', async () => {
		// No ranks: teaching order is course by course, so the first course gives them all.
		const rows = async (courses: number) => {
			const filledDb = (await filled(Array(courses).fill(150), Array(courses).fill([0]), false)).db;
			filledDb.close();
			// A new connection, counted from its start (a new tab).
			const db = createDb(filledDb.name);
			const counts = countReads(db);
			await db.transaction('r', db.fresh, db.tallies, db.courses, () =>
				readFresh(db, null, 56, 'shared')
			);
			db.close();
			return counts.rowsBy['fresh.key'];
		};
		// Without heads (`fresh-head.ts`), from `fresh`. One course: the 56 asked for. Ten: a share
		// of 16 from each, then 40 more from the first (it read 550: 16 from each, then all ten
		// again twice).
		expect(await rows(1)).toBe(56);
		expect(await rows(10)).toBe(200);
	});
});
