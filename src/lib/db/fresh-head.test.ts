/**
 * Each course's head of new questions (v12, `fresh-head.ts`): the upkeep rule against a recount
 * (fast-check, fixed seed, a small head so it fills and empties), the middleware on a course
 * bigger than the head, and the upgrade of a filled version 11 database.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { recordAnswer, undoLastAnswer } from './answers';
import {
	byFreshKey,
	HEAD_BUCKET,
	HEAD_SIZE,
	headOf,
	headTally,
	readFromHead,
	settleHead,
	updateHead,
	type FreshHead
} from './fresh-head';
import { recountIndexes } from './index-rows';
import { countReads, resetReadCounts } from './read-counter';
import { BUILTIN_COURSE_ID } from './records';
import { NO_CARD, type ItemRecord } from './index-records';
import { createDb, SCHEMA_VERSION, type FlashpointDb } from './schema';
import { answer } from './test-helpers';
import { loadTodayQueueCounted } from './today-queue';

/** A `fresh` row of course `c` at `position` (rank: `rank`). */
function row(position: number, rank = 0): ItemRecord {
	return {
		id: `c:q${position}`,
		courseId: 'c',
		fact: `f${position}`,
		rank,
		courseKey: 1,
		position,
		state: NO_CARD,
		due: 0,
		leech: false
	};
}

describe('a course head kept write by write', () => {
	it('equals the head counted from all the rows after any sequence of adds and drops', () => {
		const size = 4;
		const step = fc.record({
			add: fc.uniqueArray(fc.integer({ min: 0, max: 15 }), { maxLength: 5 }),
			drop: fc.uniqueArray(fc.integer({ min: 0, max: 15 }), { maxLength: 5 }),
			rank: fc.integer({ min: 0, max: 2 })
		});
		fc.assert(
			fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
				let rows = new Map<number, ItemRecord>();
				let head: FreshHead | undefined = headOf(headTally('c', [], size));
				for (const { add, drop, rank } of steps) {
					const dropped = drop.filter((p) => rows.has(p) && !add.includes(p));
					const added = add.filter((p) => !rows.has(p)).map((p) => row(p, (p * rank) % 3));
					rows = new Map(rows);
					for (const p of dropped) rows.delete(p);
					for (const item of added) rows.set(item.position, item);
					const update = updateHead(head, added, new Set(dropped.map((p) => `c:q${p}`)), size);
					// The rows after the head's last, as the middleware reads them from `fresh`.
					const last = update.items.at(-1);
					const after = [...rows.values()]
						.sort(byFreshKey)
						.filter((item) => !last || byFreshKey(item, last) > 0)
						.slice(0, update.read);
					head = settleHead(update, after);
					expect(head).toEqual(headOf(headTally('c', [...rows.values()], size)));
				}
			}),
			{ seed: 20261203, numRuns: 300 }
		);
	});

	it('is stored compact and read back as the same `fresh` rows', () => {
		const rows = [{ ...row(2), sentence: 's2', type: 'mcq' }, row(0), { ...row(1), type: 'cloze' }];
		const tally = headTally('c', rows, 2);
		expect(tally.head?.rows).toEqual([
			['c:q0', 'f0', 0, 0, null, null],
			['c:q1', 'f1', 0, 1, null, 'cloze']
		]);
		expect(headOf(tally)).toEqual({ items: [rows[1], rows[2]], complete: false });
		expect(headOf(headTally('c', rows))).toEqual({ items: rows.sort(byFreshKey), complete: true });
		expect(headOf(headTally('c', []))).toEqual({ items: [], complete: true });
	});

	it('reads from the head only what it holds', () => {
		const items = [0, 1, 2, 3].map((p) => row(p));
		const full = { items, complete: false };
		expect(readFromHead(full, 2)).toEqual({ items: items.slice(0, 2), complete: false });
		expect(readFromHead(full, 2, items[1])).toEqual({ items: items.slice(2), complete: false });
		// More than it holds, with others after it: read from `fresh`.
		expect(readFromHead(full, 5)).toBeUndefined();
		expect(readFromHead(full, 1, items[3])).toBeUndefined();
		// All of them: complete.
		const all = { items, complete: true };
		expect(readFromHead(all, 5)).toEqual({ items, complete: true });
		expect(readFromHead(all, 5, items[3])).toEqual({ items: [], complete: true });
	});
});

/** A course row of `count` questions (pairs share a fact: siblings), installed at `at`. */
function course(id: string, count: number, at: number) {
	const queue = Array.from({ length: count }, (_, i) => ({
		id: `${id}:q${i}`,
		fact: `f${i >> 1}`
	}));
	return {
		id,
		title: id,
		kind: id === BUILTIN_COURSE_ID ? 'builtin' : 'user',
		hash: '',
		installedAt: at,
		questionCount: count,
		documentCount: 0,
		queue
	};
}

/** The head rows of `db`, and what a recount says they should be. */
async function heads(db: FlashpointDb) {
	const stored = await db.tallies.where('bucket').equals(HEAD_BUCKET).sortBy('id');
	const counted = (await recountIndexes(db)).tallies.filter((t) => t.bucket === HEAD_BUCKET);
	return { stored, counted };
}

describe('the middleware on a course bigger than its head', () => {
	it('keeps the head equal to a recount through answers, undo and a course change', async () => {
		const db = createDb(`head-${Math.random()}`);
		const now = new Date(2026, 4, 12, 10).getTime();
		await db.courses.bulkAdd([
			course('u-a', HEAD_SIZE + 40, now - 1000),
			course('u-b', 30, now - 500)
		] as never);
		let at = now;
		for (let i = 0; i < 14; i++) {
			await recordAnswer(
				answer(`u-a:q${i * 2}`, i % 4 === 0 ? 1 : 3, (at += 60_000)),
				DEFAULT_STUDY_SETTINGS,
				db
			);
			if (i % 5 === 4) await undoLastAnswer(undefined, db);
		}
		await recordAnswer(answer('u-b:q3', 3, (at += 60_000)), DEFAULT_STUDY_SETTINGS, db);
		let { stored, counted } = await heads(db);
		expect(stored).toEqual(counted);
		expect(stored.map((t) => [t.courseId, t.count, t.head?.complete])).toEqual([
			['u-a', HEAD_SIZE, false],
			['u-b', 29, true]
		]);
		// The course shortened below the head's size: every row now in it.
		await db.courses.put(course('u-a', 40, now - 1000) as never);
		({ stored, counted } = await heads(db));
		expect(stored).toEqual(counted);
		expect(stored[0].head?.complete).toBe(true);
		db.close();
	});
});

describe('what an answer writes', () => {
	it('an answer to a new question writes its head compact: under 40% of its rows in full', async () => {
		const db = createDb(`head-bytes-${Math.random()}`);
		const counts = countReads(db);
		const now = new Date(2026, 4, 12, 10).getTime();
		await db.courses.bulkAdd([course('u-a', HEAD_SIZE + 40, now - 1000)] as never);
		const whole = JSON.stringify(await db.fresh.limit(HEAD_SIZE).toArray()).length;
		resetReadCounts(counts);
		await recordAnswer(answer('u-a:q0', 3, now), DEFAULT_STUDY_SETTINGS, db);
		// v12 stored the rows whole: 42 KB of the answer's 43.5 KB on a 650-question course.
		expect(counts.bytesBy.tallies).toBeLessThan(0.4 * whole);
		expect(counts.written).toBeGreaterThan(0);
		db.close();
	});
});

describe('schema v12', () => {
	it('upgrades a filled version 11 database: each course gets its head, the same queue read from it', async () => {
		const name = `migration-v11-${Math.random()}`;
		const v11 = createDb(name, 11);
		const now = new Date(2026, 4, 12, 10).getTime();
		await v11.courses.bulkAdd([
			course(BUILTIN_COURSE_ID, 60, 0),
			course('u-big', HEAD_SIZE + 40, now - 5000)
		] as never);
		for (let i = 0; i < 6; i++) {
			await recordAnswer(
				answer(`u-big:q${i}`, 3, now - 3_600_000 + i * 60_000),
				DEFAULT_STUDY_SETTINGS,
				v11
			);
			await recordAnswer(
				answer(`${BUILTIN_COURSE_ID}:q${i}`, 3, now - 1_800_000 + i * 60_000),
				DEFAULT_STUDY_SETTINGS,
				v11
			);
		}
		// As version 11 left them: no head rows.
		await v11.tallies.where('bucket').equals(HEAD_BUCKET).delete();
		const old = await Promise.all(
			[null, 'u-big'].map(async (courseId) => {
				const tab = createDb(name, 11);
				const queue = await loadTodayQueueCounted({ courseId }, DEFAULT_STUDY_SETTINGS, now, tab);
				tab.close();
				return queue;
			})
		);
		v11.close();

		const upgraded = createDb(name);
		const counts = countReads(upgraded);
		await upgraded.open();
		expect(upgraded.verno).toBe(SCHEMA_VERSION);
		const { stored, counted } = await heads(upgraded);
		expect(stored).toEqual(counted);
		expect(stored.map((t) => [t.courseId, t.head?.complete])).toEqual([
			[BUILTIN_COURSE_ID, true],
			['u-big', false]
		]);
		counts.requests = 0;
		counts.rowsBy = {};
		const queue = await loadTodayQueueCounted(
			{ courseId: 'u-big' },
			DEFAULT_STUDY_SETTINGS,
			now,
			upgraded
		);
		// The token and the review lists the read came across (a cache Home keeps, perf38) are no
		// part of the queue: the same queue is the same cards, counts and day.
		const same = (q: typeof queue) => ({ ...q, token: '', reviewLists: undefined });
		expect(same(queue)).toEqual(same(old[1]));
		// Its new questions came from the head row, not from `fresh`.
		expect(counts.rowsBy['fresh.key'] ?? 0).toBe(0);
		const all = await loadTodayQueueCounted(
			{ courseId: null },
			DEFAULT_STUDY_SETTINGS,
			now,
			upgraded
		);
		expect(same(all)).toEqual(same(old[0]));
		upgraded.close();
	});
});
