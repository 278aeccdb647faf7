import { afterEach, describe, expect, it } from 'vitest';
import { countQueue, pickNext } from '$lib/srs/queue';
import type { StudySettings } from '$lib/srs/settings';
import { moveTo, restoreZone } from '$lib/srs/zone.test-helpers';
import { recordAnswer } from './answers';
import { readScopeTopics, startCustomStudy } from './custom-study';
import { saveStudySettings } from './study-settings';
import { loadHomeViewFilling } from './home-view';
import { day, minute, seedShape, t0, type Shape } from './queue-steps.test-helpers';
import { CARD_STATE, type QuestionRecord, type RatingValue } from './records';
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

	it('raises today’s review limit of the scope studied, for today only, on Home too', async () => {
		// Five review cards due in u-1, two in builtin; at most 2 reviews a day in all.
		const due = (pick: number) => ({ pick, state: CARD_STATE.review, dueMinutes: -60 });
		const { db, settings } = await seeded([8, 9, 10, 11, 12, 0, 1].map(due));
		const limited = { ...settings, maxReviewsPerDay: 2 };
		await saveStudySettings(limited, db);
		expect((await counts(db, 'u-1', limited)).review).toBe(2);
		expect(await startCustomStudy({ kind: 'review-limit', count: 2 }, 'u-1', db, t0)).toEqual({
			count: 2
		});
		expect((await counts(db, 'u-1', limited)).review).toBe(4);
		// The other course and all courses keep theirs, as Anki raises the deck studied only.
		expect((await counts(db, 'builtin', limited)).review).toBe(2);
		expect((await counts(db, null, limited)).review).toBe(2);
		const { summary } = await loadHomeViewFilling(t0, db);
		const home = (id: string) => summary!.courses!.find((course) => course.id === id)!.counts;
		expect([home('u-1').review, home('builtin').review]).toEqual([4, 2]);
		// Answers count against the raised limit; raised again, it adds up (beyond the cards due,
		// it shows only what is due); the next study day starts from the limit again.
		await answerNext(db, 'u-1', limited, 3, t0 + minute);
		expect((await counts(db, 'u-1', limited, t0 + 2 * minute)).review).toBe(3);
		await startCustomStudy({ kind: 'review-limit', count: 50 }, 'u-1', db, t0 + 2 * minute);
		expect((await counts(db, 'u-1', limited, t0 + 2 * minute)).review).toBe(4);
		expect((await counts(db, 'u-1', limited, t0 + day)).review).toBe(2);
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

describe('study by card state or topic (Anki’s tags)', () => {
	/** u-1's six questions as rows with `topics` (an Anki deck's tags), q4 a draft; q1, q3 due. */
	async function tagged() {
		const { db, settings, ids } = await seeded([
			{ pick: 9, state: CARD_STATE.review, dueMinutes: -60 },
			{ pick: 11, state: CARD_STATE.review, dueMinutes: -30 }
		]);
		const topics = [['Verbs'], ['Verbs', 'Irregular'], ['Nouns'], ['Verbs'], ['Verbs'], []];
		await db.questions.bulkAdd(
			topics.map(
				(list, i) =>
					({
						id: `u-1:q${i}`,
						courseId: 'u-1',
						position: i,
						type: 'flashcard',
						prompt: `Front ${i}`,
						answer: `Back ${i}`,
						explanation: '',
						source: { doc: 'u-1:d-1', quote: '' },
						fact: `u-1-f${i}`,
						topics: list,
						difficulty: 2,
						origin: 'imported',
						...(i === 4 && { status: 'draft' })
					}) as QuestionRecord
			)
		);
		return { db, settings, ids };
	}

	it('offers the studied questions’ topics, most common first; none where there are none', async () => {
		const { db } = await tagged();
		expect(await readScopeTopics('u-1', db)).toEqual([
			{ topic: 'Verbs', count: 3 },
			{ topic: 'Irregular', count: 1 },
			{ topic: 'Nouns', count: 1 }
		]);
		expect(await readScopeTopics('builtin', db)).toEqual([]);
		db.close();
	});

	it('takes questions with a topic required and none excluded, started and new', async () => {
		const { db, settings, ids } = await tagged();
		const verbs = { include: ['Verbs'], exclude: ['Irregular'] };
		// q0 and q3 are Verbs without Irregular (q1 is left out, q4 is a draft): q3's due card
		// first, then the new q0.
		expect(
			await startCustomStudy(
				{ kind: 'state', state: 'all', count: 10, topics: verbs },
				'u-1',
				db,
				t0
			)
		).toEqual({ count: 2 });
		const queue = await loadTodayQueue({ courseId: 'u-1' }, settings, t0, db);
		expect(queue.filter((item) => item.kind === 'queued').map((item) => item.questionId)).toEqual([
			ids[11],
			ids[8]
		]);
		// Due only, Nouns: q2 has no card, so none.
		expect(
			await startCustomStudy(
				{ kind: 'state', state: 'due', count: 10, topics: { include: ['Nouns'], exclude: [] } },
				'u-1',
				db,
				t0
			)
		).toEqual({ count: 0 });
		// Excluding alone: every question but the Verbs ones, new only (q2, q5).
		expect(
			await startCustomStudy(
				{ kind: 'state', state: 'new', count: 10, topics: { include: [], exclude: ['Verbs'] } },
				'u-1',
				db,
				t0
			)
		).toEqual({ count: 2 });
		db.close();
	});
});

/**
 * A raised limit lasts the study day it was raised on, which ends at the next 4 AM where the
 * student is (`readStudyToday`), never at midnight or at UTC's: checked in zones away from UTC,
 * on an ordinary day and on both DST change days.
 */
describe('a raised limit ends at the 4 AM rollover, in the student’s zone', () => {
	afterEach(restoreZone);

	/** u-1's review count at each local time `times` (`YYYY-MM-DDTHH:mm`) after raising at `at`. */
	async function reviewsAt(zone: string, at: string, times: string[]) {
		moveTo(zone);
		const local = (text: string) => {
			const [date, time] = text.split('T');
			const [y, m, d] = date.split('-').map(Number);
			const [h, min] = time.split(':').map(Number);
			return new Date(y, m - 1, d, h, min).getTime();
		};
		const due = (pick: number) => ({ pick, state: CARD_STATE.review, dueMinutes: -90 * 24 * 60 });
		const { db, settings } = await seeded([8, 9, 10, 11].map(due));
		const limited = { ...settings, maxReviewsPerDay: 1 };
		await startCustomStudy({ kind: 'review-limit', count: 2 }, 'u-1', db, local(at));
		const found = [];
		for (const time of times) found.push((await counts(db, 'u-1', limited, local(time))).review);
		db.close();
		return found;
	}

	it('Kolkata (UTC+5:30): raised at 03:30, before the rollover, it ends at 04:00 that morning', async () => {
		expect(
			await reviewsAt('Asia/Kolkata', '2026-05-12T03:30', [
				'2026-05-12T03:59',
				'2026-05-12T04:00',
				'2026-05-12T23:59'
			])
		).toEqual([3, 1, 1]);
	});

	it('New York: raised at 23:00, it lasts past midnight until 04:00', async () => {
		expect(
			await reviewsAt('America/New_York', '2026-05-11T23:00', [
				'2026-05-12T00:30',
				'2026-05-12T03:59',
				'2026-05-12T04:00'
			])
		).toEqual([3, 3, 1]);
	});

	it('Berlin, the spring-forward day (a 23-hour day): raised at 10:00, ends at 04:00 the next day', async () => {
		// 29 March 2026: 02:00 CET became 03:00 CEST.
		expect(
			await reviewsAt('Europe/Berlin', '2026-03-29T10:00', ['2026-03-30T03:59', '2026-03-30T04:00'])
		).toEqual([3, 1]);
		// Raised at 03:30 CEST that night: still the 28th's study day, which ends half an hour later.
		expect(
			await reviewsAt('Europe/Berlin', '2026-03-29T03:30', ['2026-03-29T03:59', '2026-03-29T04:00'])
		).toEqual([3, 1]);
	});

	it('Berlin, the fall-back day (a 25-hour night): raised at 02:30, ends at 04:00', async () => {
		// 25 October 2026: 03:00 CEST became 02:00 CET; 02:30 comes twice, both before 04:00.
		expect(
			await reviewsAt('Europe/Berlin', '2026-10-25T02:30', [
				'2026-10-25T03:59',
				'2026-10-25T04:00',
				'2026-10-26T03:59'
			])
		).toEqual([3, 1, 1]);
	});
});
