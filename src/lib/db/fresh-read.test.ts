import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFresh } from './fresh-read';
import { HEAD_BUCKET, headTallies } from './fresh-head';
import { countReads } from './read-counter';
import type { CourseRecord } from './records';
import { NO_CARD, type ItemRecord } from './index-records';
import { createDb } from './schema';
import { freshDb } from './test-helpers';

/** A course's own teaching order: rank, then place. */
function byRank(a: ItemRecord, b: ItemRecord): number {
	return a.rank - b.rank || a.position - b.position;
}

/**
 * Every course's new questions in turns, as Study serves them (issue 12): each course's first
 * (in its own teaching order), in install order, then each one's second, and so on.
 */
function inTurns(items: ItemRecord[]): ItemRecord[] {
	const byCourse = new Map<number, ItemRecord[]>();
	for (const item of items)
		byCourse.set(item.courseKey, [...(byCourse.get(item.courseKey) ?? []), item]);
	const lists = [...byCourse.entries()]
		.sort(([a], [b]) => a - b)
		.map(([, list]) => list.sort(byRank));
	const longest = Math.max(0, ...lists.map((list) => list.length));
	return Array.from({ length: longest }, (_, turn) =>
		lists.flatMap((list) => list[turn] ?? [])
	).flat();
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
	return { db, items: inTurns(items) };
}

describe('readFresh for every course (shared)', () => {
	it('gives the first new questions of all courses in turns, as a full read would', async () => {
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
					// A prefix of the full order in turns, at least `need` long unless that is all.
					expect(all.items.map((item) => item.id)).toEqual(
						items.slice(0, all.items.length).map((item) => item.id)
					);
					if (all.complete) expect(all.items.length).toBe(items.length);
					else expect(all.items.length).toBeGreaterThanOrEqual(need);
				}
			),
			{ numRuns: 40, seed: 18 }
		);
		// 3.5 s alone; past the default 30 s in the whole db and srs run at load 23 on 2 cores.
	}, 120_000);

	it('reads further only from the course that cuts the list short', async () => {
		const rows = async (sizes: number[]) => {
			const filledDb = (
				await filled(
					sizes,
					sizes.map(() => [0]),
					false
				)
			).db;
			filledDb.close();
			// A new connection, counted from its start (a new tab).
			const db = createDb(filledDb.name);
			const counts = countReads(db);
			const { all } = await db.transaction('r', db.fresh, db.tallies, db.courses, () =>
				readFresh(db, null, 56, 'shared')
			);
			db.close();
			return { rows: counts.rowsBy['fresh.key'], items: all.items.length };
		};
		// Without heads (`fresh-head.ts`), from `fresh`. One course: the 56 asked for. Ten of 150:
		// a share of 16 from each, and the turns fill the list (160 rows, 151 known to come first; by rank, the first course
		// came first and was read 40 further: 200). One of 150 and nine of 2: 16 + 18 rows, the
		// nine complete, then 22 more from the first (56 in all).
		expect(await rows([150])).toEqual({ rows: 56, items: 56 });
		expect(await rows(Array(10).fill(150))).toEqual({ rows: 160, items: 151 });
		expect(await rows([150, ...Array(9).fill(2)])).toEqual({ rows: 56, items: 56 });
	});

	it('goes on with the turns from the new questions each course introduced today', async () => {
		const { db } = await filled([3, 3], [[0], [0]]);
		const done = new Map([['u-c0', 2]]);
		const { all } = await db.transaction('r', db.fresh, db.tallies, db.courses, () =>
			readFresh(db, null, 56, 'shared', 56, undefined, done)
		);
		db.close();
		// u-c0 had two turns today: u-c1's first two come before its next.
		expect(all.items.map((item) => item.id)).toEqual([
			'u-c1:q0',
			'u-c1:q1',
			'u-c0:q0',
			'u-c1:q2',
			'u-c0:q1',
			'u-c0:q2'
		]);
	});
});
