/**
 * Each course's stored review list (`review-list.ts`, issue 14): the first Home of a new day
 * reads only the reviews that came due since the list was kept, and counts what a Home with
 * nothing stored counts, across the day boundary, time-zone moves both ways and a clock set
 * back; an answer keeps the list without its card, any other card write drops it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { countQueue, type TodayCounts } from '$lib/srs/queue';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { moveTo, restoreZone } from '$lib/srs/zone.test-helpers';
import { queueQuestionsForStudy, recordAnswer } from './answers';
import { HOME_COUNTS_PREFIX, storeHomeCounts } from './home-counts';
import { loadHomeViewFilling } from './home-view';
import { countReads, resetReadCounts } from './read-counter';
import { CARD_STATE, type CardRecord, type CourseRecord } from './records';
import {
	isReviewList,
	itemsOf,
	listAfterAnswer,
	listOf,
	REVIEW_LIST_PREFIX,
	reviewListKey,
	type ReviewList
} from './review-list';
import { createDb, type FlashpointDb } from './schema';
import { saveStudySettings } from './study-settings';
import { cardRecord } from './test-helpers';
import { loadTodayQueue } from './today-queue';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
const t0 = new Date(2026, 4, 12, 10).getTime();
const settings = { ...DEFAULT_STUDY_SETTINGS, newPerDay: 3, maxReviewsPerDay: 50 };

afterEach(restoreZone);

/**
 * Two courses of 12 questions, two per fact (siblings), every question with a review card due
 * from three days ago to three days ahead, a few hours apart; one new question each.
 */
async function seeded(): Promise<{ name: string; db: FlashpointDb; ids: string[] }> {
	const name = `review-list-${Math.random()}`;
	const db = createDb(name);
	const courses: CourseRecord[] = ['u-a', 'u-b'].map((id, c) => ({
		id,
		title: id,
		kind: 'user',
		hash: '',
		installedAt: c,
		questionCount: 13,
		documentCount: 0,
		queue: Array.from({ length: 13 }, (_, i) => ({
			id: `${id}:q${i}`,
			fact: `${id}-f${Math.floor(i / 2)}`,
			type: i % 2 ? 'mcq' : 'short',
			rank: i
		}))
	}));
	await db.courses.bulkAdd(courses);
	await saveStudySettings(settings, db);
	const ids = courses.flatMap((course) => course.queue!.map((q) => q.id));
	const cards: CardRecord[] = ids
		.filter((id) => !id.endsWith(':q12'))
		.map((id, i) =>
			cardRecord(id, CARD_STATE.review, t0 - 3 * day + i * 5 * hour + (i % 3) * minute, {
				lastReview: t0 - 10 * day
			})
		);
	await db.cards.bulkPut(cards);
	return { name, db, ids };
}

/** Every scope's counts from its own queue, in a new tab (no stored row is read). */
async function expected(name: string, now: number) {
	const cold = createDb(name);
	const counts = new Map<string | null, TodayCounts>();
	for (const courseId of [null, 'u-a', 'u-b'])
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

/**
 * Home in a new tab at `now`, checked against every scope's own queue, then stored; returns the
 * rows it read from each course's due-review index.
 */
async function home(name: string, now: number): Promise<number> {
	const want = await expected(name, now);
	const tab = createDb(name);
	const reads = countReads(tab);
	resetReadCounts(reads);
	const { summary, fill } = await loadHomeViewFilling(now, tab);
	const rows = reads.rowsBy['items.[courseId+state+due]'] ?? 0;
	expect(summary!.counts).toEqual(want.get(null));
	expect(new Map(summary!.courses!.map((c) => [c.id, c.counts]))).toEqual(
		new Map([
			['u-a', want.get('u-a')],
			['u-b', want.get('u-b')]
		])
	);
	await storeHomeCounts(fill, tab);
	tab.close();
	return rows;
}

async function storedLists(db: FlashpointDb): Promise<Map<string, ReviewList>> {
	const rows = await db.settings.where('key').startsWith(REVIEW_LIST_PREFIX).toArray();
	return new Map(
		rows.map((row) => [row.key.slice(REVIEW_LIST_PREFIX.length), row.value as ReviewList])
	);
}

describe('a course review list', () => {
	it('gives back the items it was made of', () => {
		const item = {
			id: 'u-a:q1',
			courseId: 'u-a',
			fact: 'u-a-f0',
			sentence: 's1',
			type: 'mcq',
			rank: 4,
			courseKey: 0,
			position: 0,
			state: CARD_STATE.review,
			due: t0,
			dueDay: '2026-05-12',
			dueStart: t0 - 6 * hour,
			leech: false
		};
		const list = listOf([item], t0 + day);
		expect(isReviewList(list)).toBe(true);
		expect(isReviewList({ upTo: 1, reviews: [['x']] })).toBe(false);
		expect(itemsOf('u-a', list)).toEqual([item]);
	});

	it('loses the card an answer moves to a later day, and is dropped when it comes due again', () => {
		const list: ReviewList = {
			upTo: t0 + day,
			reviews: [
				['u-a:q1', t0, 'f', null, null, null, null, null],
				['u-a:q2', t0 + 1, 'g', null, null, null, null, null]
			]
		};
		expect(
			listAfterAnswer(list, 'u-a:q1', { state: CARD_STATE.review, due: t0 + 3 * day })!.reviews
		).toEqual([list.reviews[1]]);
		expect(
			listAfterAnswer(list, 'u-a:q1', { state: CARD_STATE.relearning, due: t0 + 10 * minute })!
				.reviews
		).toEqual([list.reviews[1]]);
		expect(listAfterAnswer(list, 'u-a:q1', { state: CARD_STATE.review, due: t0 + hour })).toBe(
			undefined
		);
		expect(listAfterAnswer(undefined, 'u-a:q1', { state: CARD_STATE.review, due: t0 })).toBe(
			undefined
		);
	});
});

describe('the first Home of a day with the review lists kept', () => {
	it('reads only the reviews due since, and counts as a Home with nothing stored', async () => {
		const { name, db } = await seeded();
		const cold = await home(name, t0);
		expect(cold).toBeGreaterThan(8);
		const lists = await storedLists(db);
		expect([...lists.keys()].sort()).toEqual(['u-a', 'u-b']);
		// The next day, and the one after: a day's arrivals (5 hours apart, about 5 a course).
		const next = await home(name, t0 + day);
		expect(next).toBeLessThan(cold);
		expect(next).toBeLessThanOrEqual(12);
		expect(await home(name, t0 + 2 * day)).toBeLessThanOrEqual(12);
		expect((await storedLists(db)).get('u-a')!.upTo).toBeGreaterThan(lists.get('u-a')!.upTo);
		db.close();
	});

	it('counts right after moves west and east across the day boundary', async () => {
		const { name, db } = await seeded();
		moveTo('Europe/Berlin');
		await home(name, t0);
		// West: Los Angeles, before 4 AM there on the 13th (Berlin's 13th has begun).
		moveTo('America/Los_Angeles');
		await home(name, t0 + 20 * hour);
		// East across the date line: Kiritimati, a day later.
		moveTo('Pacific/Kiritimati');
		await home(name, t0 + 44 * hour);
		moveTo('Europe/Berlin');
		await home(name, t0 + 3 * day);
		db.close();
	});

	it('counts right with the clock set back a day after a list was kept', async () => {
		const { name, db } = await seeded();
		await home(name, t0 + day);
		// The list reaches past today's end: read from it alone.
		expect(await home(name, t0)).toBe(0);
		await home(name, t0 + 2 * day);
		db.close();
	});

	it('keeps a list through an answer, without the card answered; another write drops it', async () => {
		const { name, db, ids } = await seeded();
		await home(name, t0);
		const before = (await storedLists(db)).get('u-a')!;
		const first = before.reviews[0][0];
		const card = (await db.cards.get(first))!;
		await recordAnswer(
			{
				questionId: first,
				rating: 3,
				answeredAt: t0 + minute,
				durationMs: 3000,
				grading: 'self',
				correct: null,
				seenLastReview: card.lastReview
			},
			settings,
			db
		);
		const after = (await storedLists(db)).get('u-a')!;
		expect(after.reviews.map(([id]) => id)).toEqual(before.reviews.slice(1).map(([id]) => id));
		await home(name, t0 + day);
		// Asking to study a card writes it: its course's list (and counts) go, the other's stay.
		await queueQuestionsForStudy([ids[3]], db, t0 + day + minute);
		expect(await db.settings.get(reviewListKey('u-a'))).toBeUndefined();
		expect(await db.settings.get(reviewListKey('u-b'))).toBeDefined();
		expect(await db.settings.where('key').startsWith(`${HOME_COUNTS_PREFIX}u-a`).count()).toBe(0);
		await home(name, t0 + day + 2 * minute);
		db.close();
	});
});
