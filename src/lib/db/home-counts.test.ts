import { describe, expect, it } from 'vitest';
import type { QueueItem } from '$lib/srs/queue';
import { recordAnswer, undoLastAnswer } from './answers';
import { exportProgress } from './backup';
import {
	countsAt,
	entryOfQueue,
	everyCourseCounts,
	homeCountsKey,
	readHomeCounts,
	reuseEntry,
	storeHomeCounts,
	type HomeCountsEntry,
	type HomeCountsKey
} from './home-counts';
import { loadHomeViewFilling } from './home-view';
import type { CourseRecord } from './records';
import { answer, freshDb } from './test-helpers';
import { saveStudySettings } from './study-settings';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';

const key: HomeCountsKey = {
	day: '2026-05-12',
	dayStart: 1,
	dayEnd: 2,
	newPerDay: 20,
	maxReviewsPerDay: 200,
	reviewsLeft: 50,
	newLeft: 20
};

function entry(fresh: number, review: number, more: Partial<HomeCountsEntry> = {}) {
	return { ...key, fresh, review, queuedFresh: 0, queuedReview: 0, learningDue: [], ...more };
}

describe('reuseEntry', () => {
	it('holds for the same day and limits, and nothing else of the key', () => {
		expect(reuseEntry(entry(3, 4), key)).toEqual(entry(3, 4));
		expect(reuseEntry(undefined, key)).toBeUndefined();
		for (const change of [
			{ day: '2026-05-13' },
			{ dayStart: 0 },
			{ dayEnd: 3 },
			{ newPerDay: 21 },
			{ maxReviewsPerDay: 100 }
		])
			expect(reuseEntry(entry(3, 4), { ...key, ...change })).toBeUndefined();
	});

	it('reviews below the limit are every review due: they hold for any limit at or above them', () => {
		expect(reuseEntry(entry(0, 4), { ...key, reviewsLeft: 4 })?.review).toBe(4);
		expect(reuseEntry(entry(0, 4), { ...key, reviewsLeft: 500 })?.review).toBe(4);
		expect(reuseEntry(entry(0, 4), { ...key, reviewsLeft: 3 })).toBeUndefined();
		// At the limit: more may be due, and fewer taken would bury fewer new questions.
		const full = entry(0, 50);
		expect(reuseEntry(full, key)?.review).toBe(50);
		expect(reuseEntry(full, { ...key, reviewsLeft: 49 })).toBeUndefined();
		expect(reuseEntry(full, { ...key, reviewsLeft: 51 })).toBeUndefined();
	});

	it('new questions: every candidate below the limit, at least the limit at it', () => {
		expect(reuseEntry(entry(7, 0), { ...key, newLeft: 5 })?.fresh).toBe(5);
		expect(reuseEntry(entry(7, 0), { ...key, newLeft: 30 })?.fresh).toBe(7);
		expect(reuseEntry(entry(20, 0), { ...key, newLeft: 12 })?.fresh).toBe(12);
		expect(reuseEntry(entry(20, 0), { ...key, newLeft: 21 })).toBeUndefined();
	});

	it('holds only until a review read as not due yet comes due (after a move east)', () => {
		const waiting = entry(3, 4, { reviewsDueFrom: 1_000 });
		expect(reuseEntry(waiting, key, 999)).toEqual(waiting);
		expect(reuseEntry(waiting, key, 1_000)).toBeUndefined();
		expect(reuseEntry(entry(3, 4), key, 1_000)).toEqual(entry(3, 4));
	});
});

describe('entryOfQueue and countsAt', () => {
	const item = (kind: QueueItem['kind'], isNew: boolean, due: number, state?: number) =>
		({
			questionId: `q${due}`,
			kind,
			isNew,
			due,
			card: state === undefined ? undefined : { state }
		}) as QueueItem;

	it('class items as countQueue does, cards asked for apart from the limits', () => {
		const items = [
			item('queued', true, 100),
			item('queued', false, 100, 2),
			item('queued', false, 100, 1),
			item('learning', false, 100, 1),
			item('review', false, 100),
			item('new', true, 100),
			item('learning', false, 100 + 30 * 60_000, 3)
		];
		const made = entryOfQueue(key, items);
		expect(made).toMatchObject({ fresh: 1, review: 1, queuedFresh: 1, queuedReview: 1 });
		expect(countsAt(made, 100, 20)).toEqual({ fresh: 2, review: 2, learning: 2, later: 1 });
		// Half an hour on, the later step is due too; a card asked for stays due.
		expect(countsAt(made, 100 + 30 * 60_000, 20)).toEqual({
			fresh: 2,
			review: 2,
			learning: 3,
			later: 0
		});
	});
});

describe('everyCourseCounts', () => {
	const limits = { reviewsLeft: 50, newLeft: 20 };

	it('adds the courses up, new questions within the every-course limit', () => {
		const counts = everyCourseCounts(
			[entry(15, 10, { queuedFresh: 1 }), entry(12, 5, { learningDue: [0, 10 ** 15] })],
			limits,
			1000,
			20
		);
		// The card asked for takes its share of the every-course limit first: 1 + 19.
		expect(counts).toEqual({ fresh: 20, review: 15, learning: 1, later: 1 });
	});

	it('more reviews due than the limit: the limit, and new questions at their limit if they fill it', () => {
		// Each course took all its due reviews (below the shared limit), 60 together: the
		// every-course queue takes 50, which buries no more new questions than each course's did:
		// the 2 asked for first, then 48 due.
		const counts = everyCourseCounts(
			[entry(15, 30, { queuedReview: 2 }), entry(12, 30, { learningDue: [0] })],
			limits,
			1000,
			20
		);
		expect(counts).toEqual({ fresh: 20, review: 50, learning: 1, later: 0 });
	});

	it('gives up where the taken reviews could differ or a course has a lower new limit', () => {
		expect(everyCourseCounts([entry(1, 50), entry(1, 0)], limits, 0, 20)).toBeUndefined();
		expect(everyCourseCounts([entry(1, 30), entry(1, 30)], limits, 0, 20)).toBeUndefined();
		expect(
			everyCourseCounts([entry(1, 1, { newLeft: 10 }), entry(1, 1)], limits, 0, 20)
		).toBeUndefined();
	});
});

describe('stored Home counts', () => {
	const at = new Date(2026, 4, 12, 10).getTime();
	function course(id: string, size: number, installedAt: number): CourseRecord {
		const ids = Array.from({ length: size }, (_, i) =>
			id === 'builtin' ? `b${i}` : `${id}:q${i}`
		);
		return {
			id,
			title: id,
			kind: id === 'builtin' ? 'builtin' : 'user',
			hash: '',
			installedAt,
			questionCount: size,
			documentCount: 0,
			queue: ids.map((qid, i) => ({ id: qid, fact: `${id}-f${i >> 1}`, type: 'short' }))
		};
	}

	it('an answer keeps its course’s counts in its own transaction, Undo drops them; never in a backup', async () => {
		const db = freshDb();
		await db.courses.bulkAdd([course('builtin', 6, 0), course('u-a', 6, 5)]);
		await saveStudySettings({ ...DEFAULT_STUDY_SETTINGS, newPerDay: 4 }, db);
		const { fill } = await loadHomeViewFilling(at, db);
		expect([...fill.entries.keys()].sort()).toEqual(['builtin', 'u-a']);
		expect(await storeHomeCounts(fill, db)).toBe(true);
		await recordAnswer(answer('u-a:q0', 3, at + 1000), { ...DEFAULT_STUDY_SETTINGS }, db);
		const kept = await readHomeCounts(db);
		expect([...kept.keys()].sort()).toEqual(['builtin', 'u-a']);
		expect(kept.get('u-a')).toMatchObject({ fresh: 2, newLeft: 3 });
		const file = await exportProgress(db);
		expect(file.settings.some((row) => row.key.startsWith('home-counts:'))).toBe(false);
		// The next Home builds no course: the answered one's counts were kept by the answer.
		const again = await loadHomeViewFilling(at + 2000, db);
		expect([...again.fill.entries.keys()]).toEqual([]);
		expect(again.summary!.courses!.find((c) => c.id === 'u-a')!.counts).toMatchObject({
			fresh: 2,
			learning: 1
		});
		// Undo is a card write the counts do not follow: its course is built again.
		await undoLastAnswer(undefined, db);
		expect([...(await readHomeCounts(db)).keys()]).toEqual(['builtin']);
		const undone = await loadHomeViewFilling(at + 3000, db);
		expect([...undone.fill.entries.keys()]).toEqual(['u-a']);
		expect(undone.summary!.courses!.find((c) => c.id === 'u-a')!.counts).toMatchObject({
			fresh: 3,
			learning: 0
		});
		db.close();
	});

	it('what was read before a write is not stored after it', async () => {
		const db = freshDb();
		await db.courses.bulkAdd([course('builtin', 4, 0), course('u-a', 4, 5)]);
		const { fill } = await loadHomeViewFilling(at, db);
		await recordAnswer(answer('b0', 3, at + 1000), { ...DEFAULT_STUDY_SETTINGS }, db);
		expect(await storeHomeCounts(fill, db)).toBe(false);
		expect(await db.settings.get(homeCountsKey('u-a'))).toBeUndefined();
		db.close();
	});
});
