import { describe, expect, it } from 'vitest';
import { countQueue, pickNext } from '$lib/srs/queue';
import type { StudySettings } from '$lib/srs/settings';
import { recordAnswer } from './answers';
import { startCustomStudy } from './custom-study';
import { loadHomeViewFilling } from './home-view';
import { day, minute, seedShape, t0, type Shape } from './queue-steps.test-helpers';
import { CARD_STATE, type RatingValue } from './records';
import type { FlashpointDb } from './schema';
import { answer, freshDb } from './test-helpers';
import { loadTodayQueue } from './today-queue';

const plain = (n: number) =>
	Array.from({ length: n }, (_, i) => ({ fact: i, sentence: null, rank: null }));

/** Two courses ('builtin': b0…b7, 'u-1': u-1:q0…q5), with `cards` and limits. */
async function seeded(cards: Shape['cards'] = [], newPerDay = 2) {
	const db = freshDb();
	const seed = await seedShape(db, {
		courses: [plain(8), plain(6)],
		cards,
		limits: { newPerDay, maxReviewsPerDay: 50 },
		steps: []
	});
	return { db, ...seed };
}

async function counts(
	db: FlashpointDb,
	courseId: string | null,
	settings: StudySettings,
	now = t0
) {
	return countQueue(await loadTodayQueue({ courseId }, settings, now, db), now, 20);
}

/** Answers the queue's next card of scope `courseId` with `rating` at `at`. */
async function answerNext(
	db: FlashpointDb,
	courseId: string | null,
	settings: StudySettings,
	rating: RatingValue,
	at: number
) {
	const next = pickNext(await loadTodayQueue({ courseId }, settings, at, db), at, 20)!;
	const card = await db.cards.get(next.questionId);
	await recordAnswer(answer(next.questionId, rating, at, card?.lastReview ?? null), settings, db);
	return next;
}

describe('startCustomStudy', () => {
	it('raises today’s new limit of the scope studied, for today only, on Home too', async () => {
		const { db, settings } = await seeded();
		expect((await counts(db, 'u-1', settings)).fresh).toBe(2);
		expect(await startCustomStudy({ kind: 'new-limit', count: 3 }, 'u-1', db, t0)).toEqual({
			count: 3
		});
		expect((await counts(db, 'u-1', settings)).fresh).toBe(5);
		// The other course and all courses keep theirs, as Anki raises the deck studied only.
		expect((await counts(db, 'builtin', settings)).fresh).toBe(2);
		expect((await counts(db, null, settings)).fresh).toBe(2);
		const { summary } = await loadHomeViewFilling(t0, db);
		expect(summary!.courses!.find((course) => course.id === 'u-1')!.counts.fresh).toBe(5);
		// Raised again: it adds up; the next study day starts from the limit again.
		await startCustomStudy({ kind: 'new-limit', count: 1 }, 'u-1', db, t0);
		expect((await counts(db, 'u-1', settings)).fresh).toBe(6);
		expect((await counts(db, 'u-1', settings, t0 + day)).fresh).toBe(2);
		db.close();
	});

	it('reviews the questions forgotten in the last days, the latest first', async () => {
		const { db, settings } = await seeded([], 3);
		// Day 1: b0 Again, b1 Good, b2 Again. Day 2: nothing forgotten.
		const forgot = [];
		for (const [i, rating] of ([1, 3, 1] as const).entries()) {
			const next = await answerNext(db, 'builtin', settings, rating, t0 + i * minute);
			if (rating === 1) forgot.push(next.questionId);
		}
		const later = t0 + day;
		expect(await startCustomStudy({ kind: 'forgotten', days: 1 }, 'builtin', db, later)).toEqual({
			count: 0
		});
		expect(await startCustomStudy({ kind: 'forgotten', days: 2 }, 'builtin', db, later)).toEqual({
			count: 2
		});
		const queue = await loadTodayQueue({ courseId: 'builtin' }, settings, later, db);
		expect(queue.filter((item) => item.kind === 'queued').map((item) => item.questionId)).toEqual(
			forgot.reverse()
		);
		db.close();
	});

	it('reviews ahead: review cards due in the next days, scheduled early by ts-fsrs', async () => {
		const { db, settings, ids } = await seeded([
			{ pick: 0, state: CARD_STATE.review, dueMinutes: 2 * 24 * 60 },
			{ pick: 1, state: CARD_STATE.review, dueMinutes: 10 * 24 * 60 },
			{ pick: 9, state: CARD_STATE.review, dueMinutes: 2 * 24 * 60 }
		]);
		expect(await startCustomStudy({ kind: 'ahead', days: 1 }, 'builtin', db, t0)).toEqual({
			count: 0
		});
		expect(await startCustomStudy({ kind: 'ahead', days: 3 }, 'builtin', db, t0)).toEqual({
			count: 1
		});
		const before = (await db.cards.get(ids[0]))!;
		const next = await answerNext(db, 'builtin', settings, 3, t0 + minute);
		expect(next).toMatchObject({ questionId: ids[0], kind: 'queued' });
		const after = (await db.cards.get(ids[0]))!;
		expect(after.reps).toBe(before.reps + 1);
		expect(after.queuedAt).toBeUndefined();
		expect(after.due).toBeGreaterThan(t0 + minute);
		expect(after.lastReview).toBe(t0 + minute);
		db.close();
	});

	it('empties the last custom study when a new one starts, as Anki does', async () => {
		const { db, settings, ids } = await seeded(
			[{ pick: 9, state: CARD_STATE.review, dueMinutes: 5 * 24 * 60 }],
			0
		);
		// Three new questions and the review card due in 5 days, then one of them answered.
		await startCustomStudy({ kind: 'state', state: 'all', count: 4 }, 'u-1', db, t0);
		expect(await counts(db, 'u-1', settings)).toMatchObject({ fresh: 3, review: 1 });
		const answered = await answerNext(db, 'u-1', settings, 3, t0 + minute);
		expect(answered.questionId).toBe(ids[9]);
		// A search that finds nothing leaves it as it was.
		await startCustomStudy({ kind: 'forgotten', days: 1 }, 'u-1', db, t0 + 2 * minute);
		expect(await counts(db, 'u-1', settings, t0 + 2 * minute)).toMatchObject({ fresh: 3 });
		// The next one: the last one's unanswered new questions are new again (no card, so New
		// per day introduces them in their turn), and only the new custom study is asked for.
		await startCustomStudy({ kind: 'state', state: 'new', count: 1 }, 'builtin', db, t0);
		for (const id of [ids[8], ids[10]]) expect(await db.cards.get(id)).toBeUndefined();
		expect(await counts(db, 'u-1', settings, t0 + 3 * minute)).toMatchObject({ fresh: 0 });
		expect(await counts(db, 'builtin', settings, t0 + 3 * minute)).toMatchObject({ fresh: 1 });
		// Every question of u-1 but the one answered is new again, to be asked for.
		expect(
			await startCustomStudy({ kind: 'state', state: 'new', count: 9 }, 'u-1', db, t0)
		).toEqual({ count: 5 });
		db.close();
	});

	it('studies by card state: new ones beyond the limit, due ones, or any', async () => {
		const { db, settings, ids } = await seeded(
			[
				{ pick: 9, state: CARD_STATE.review, dueMinutes: -60 },
				{ pick: 10, state: CARD_STATE.review, dueMinutes: 5 * 24 * 60 }
			],
			0
		);
		expect((await counts(db, 'u-1', settings)).fresh).toBe(0);
		expect(
			await startCustomStudy({ kind: 'state', state: 'new', count: 3 }, 'u-1', db, t0)
		).toEqual({ count: 3 });
		expect(await counts(db, 'u-1', settings)).toMatchObject({ fresh: 3, review: 1 });
		const due = await startCustomStudy({ kind: 'state', state: 'due', count: 10 }, 'u-1', db, t0);
		expect(due).toEqual({ count: 1 });
		// Any: the started cards by due time, then new ones in teaching order.
		const fresh = freshDb();
		await seedShape(fresh, {
			courses: [plain(8), plain(6)],
			cards: [{ pick: 10, state: CARD_STATE.review, dueMinutes: 5 * 24 * 60 }],
			limits: { newPerDay: 0, maxReviewsPerDay: 50 },
			steps: []
		});
		await startCustomStudy({ kind: 'state', state: 'all', count: 3 }, 'u-1', fresh, t0);
		const queue = await loadTodayQueue({ courseId: 'u-1' }, settings, t0, fresh);
		expect(queue.map((item) => item.questionId)).toEqual([ids[10], ids[8], ids[9]]);
		db.close();
		fresh.close();
	});
});
