import { describe, expect, it } from 'vitest';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { countQueue } from '$lib/srs/queue';
import { listLeeches } from './home-summary';
import {
	queueQuestionsForStudy,
	recordAnswer,
	regradeLastAnswer,
	StaleAnswerError,
	undoLastAnswer
} from './answers';
import { loadTodayQueue } from './today-queue';
import { createDb } from './schema';
import { answer, freshDb } from './test-helpers';

const settings = DEFAULT_STUDY_SETTINGS;
const questions = Array.from({ length: 30 }, (_, i) => ({ id: `q${i}`, fact: `f${i}` }));
const t0 = new Date(2026, 4, 12, 9, 0).getTime();
const minute = 60_000;
const day = 86_400_000;

describe('answers', () => {
	it('writes the card, the log row with the card before, and the day totals', async () => {
		const db = freshDb();
		await recordAnswer(answer('q0', 3, t0), settings, db);
		const card = await db.cards.get('q0');
		expect(card).toMatchObject({ questionId: 'q0', reps: 1, lastReview: t0 });
		const [review] = await db.reviews.toArray();
		expect(review).toMatchObject({
			questionId: 'q0',
			rating: 3,
			answeredAt: t0,
			studyDay: '2026-05-12',
			durationMs: 5000,
			before: null
		});
		expect(review.after.due).toBe(card!.due);
		expect(await db.days.get('2026-05-12')).toMatchObject({
			answers: 1,
			newCards: 1,
			timeMs: 5000
		});

		await recordAnswer(answer('q0', 1, t0 + 20 * minute, t0), settings, db);
		const second = await db.reviews.get(2);
		expect(second?.before).toEqual(card);
		expect(await db.days.get('2026-05-12')).toMatchObject({ answers: 2, newCards: 1, again: 1 });
	});

	it('counts an answer once when two tabs answer the same card', async () => {
		const name = `two-tabs-${Math.random()}`;
		const tabA = createDb(name);
		const tabB = createDb(name);
		const results = await Promise.allSettled([
			recordAnswer(answer('q0', 3, t0), settings, tabA),
			recordAnswer(answer('q0', 3, t0 + 1), settings, tabB)
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
		expect(rejected.reason).toBeInstanceOf(StaleAnswerError);
		expect(await tabA.reviews.count()).toBe(1);
		expect((await tabB.days.get('2026-05-12'))?.answers).toBe(1);
	});

	it('drops the answered card from the queue and introduces the next new one', async () => {
		const db = freshDb();
		const before = await loadTodayQueue(questions, settings, t0, db);
		expect(countQueue(before, t0)).toEqual({ fresh: 20, learning: 0, review: 0, later: 0 });
		await recordAnswer(answer('q0', 4, t0), settings, db); // Easy: graduates for days
		const after = await loadTodayQueue(questions, settings, t0 + 1000, db);
		expect(after.map((i) => i.questionId)).not.toContain('q0');
		expect(countQueue(after).fresh).toBe(19);
	});

	it('keeps an Again card in today’s queue as a learning card', async () => {
		const db = freshDb();
		await recordAnswer(answer('q0', 1, t0), settings, db);
		const queue = await loadTodayQueue(questions, settings, t0 + 2 * minute, db);
		expect(queue[0]).toMatchObject({ questionId: 'q0', kind: 'learning' });
	});

	it('starts a new day at 4 AM: yesterday’s new-card count no longer applies', async () => {
		const db = freshDb();
		const late = new Date(2026, 4, 13, 3, 30).getTime();
		for (let i = 0; i < 20; i++) await recordAnswer(answer(`q${i}`, 4, late + i), settings, db);
		expect(countQueue(await loadTodayQueue(questions, settings, late + 100, db)).fresh).toBe(0);
		const next = new Date(2026, 4, 13, 4, 0).getTime();
		expect(countQueue(await loadTodayQueue(questions, settings, next, db)).fresh).toBe(10);
	});

	it('shows a review due before 4 AM tomorrow today, and one due at 4 AM tomorrow not', async () => {
		const db = freshDb();
		await recordAnswer(answer('q0', 4, t0 - 10 * day), settings, db);
		await recordAnswer(answer('q1', 4, t0 - 10 * day), settings, db);
		const base = (await db.cards.get('q0'))!;
		await db.cards.put({ ...base, due: new Date(2026, 4, 13, 3, 59).getTime() });
		await db.cards.put({ ...base, questionId: 'q1', due: new Date(2026, 4, 13, 4, 0).getTime() });
		const queue = await loadTodayQueue(questions, { ...settings, newPerDay: 0 }, t0, db);
		expect(queue.map((i) => [i.questionId, i.kind])).toEqual([['q0', 'review']]);
		// The card to show next comes loaded, for its grade buttons and the stale-answer check.
		expect(queue[0].card?.due).toBe(new Date(2026, 4, 13, 3, 59).getTime());
	});

	it('sees questions another tab started, even with this tab’s list cached', async () => {
		const name = `started-${Math.random()}`;
		const tabA = createDb(name);
		const tabB = createDb(name);
		expect(countQueue(await loadTodayQueue(questions, settings, t0, tabA)).fresh).toBe(20);
		await recordAnswer(answer('q0', 4, t0), settings, tabB);
		await recordAnswer(answer('q1', 4, t0 + 1), settings, tabA);
		const queue = await loadTodayQueue(questions, settings, t0 + 2, tabA);
		const fresh = queue.filter((i) => i.isNew).map((i) => i.questionId);
		expect(fresh).not.toContain('q0');
		expect(fresh).not.toContain('q1');
		expect(fresh).toHaveLength(18);
		await undoLastAnswer(undefined, tabB);
		const afterUndo = await loadTodayQueue(questions, settings, t0 + 3, tabA);
		expect(afterUndo.filter((i) => i.isNew).map((i) => i.questionId)).toContain('q1');
	});

	it('buries a sibling of a question answered today', async () => {
		const db = freshDb();
		const siblings = [
			{ id: 'a1', fact: 'A' },
			{ id: 'a2', fact: 'A' },
			{ id: 'b1', fact: 'B' }
		];
		await recordAnswer(answer('a1', 4, t0), settings, db);
		const queue = await loadTodayQueue(siblings, settings, t0 + 1000, db);
		expect(queue.map((i) => i.questionId)).toEqual(['b1']);
		const tomorrow = await loadTodayQueue(siblings, settings, t0 + day, db);
		expect(tomorrow.map((i) => i.questionId)).toContain('a2');
	});

	it('flags a leech at 8 lapses and lists it', async () => {
		const db = freshDb();
		let at = t0;
		let seen: number | null = null;
		await recordAnswer(answer('q0', 3, at, seen), settings, db);
		for (let lapse = 0; lapse < 8; lapse++) {
			// Graduate, then forget it.
			for (const rating of [3, 3, 3] as const) {
				seen = (await db.cards.get('q0'))!.lastReview;
				at = Math.max(at + minute, (await db.cards.get('q0'))!.due);
				await recordAnswer(answer('q0', rating, at, seen), settings, db);
			}
			seen = (await db.cards.get('q0'))!.lastReview;
			at = (await db.cards.get('q0'))!.due;
			await recordAnswer(answer('q0', 1, at, seen), settings, db);
		}
		const card = await db.cards.get('q0');
		expect(card?.lapses).toBeGreaterThanOrEqual(8);
		expect(card?.leech).toBe(true);
		expect((await listLeeches(db)).map((c) => c.questionId)).toEqual(['q0']);
	});
});

describe('undo', () => {
	it('restores the exact card, including a late card’s due date, and the day totals', async () => {
		const db = freshDb();
		await recordAnswer(answer('q0', 4, t0), settings, db);
		const card = (await db.cards.get('q0'))!;
		const late = card.due + 5 * day; // answered five days late
		await recordAnswer(answer('q0', 3, late, card.lastReview), settings, db);
		expect((await db.cards.get('q0'))!.due).not.toBe(card.due);

		const undone = await undoLastAnswer(undefined, db);
		expect(undone?.questionId).toBe('q0');
		expect(await db.cards.get('q0')).toEqual(card);
		expect(await db.reviews.count()).toBe(1);
		const lateDay = (await db.reviews.get(1))!.studyDay;
		expect(lateDay).toBe('2026-05-12');
	});

	it('removes a first answer entirely: the question is new again', async () => {
		const db = freshDb();
		const review = await recordAnswer(answer('q3', 1, t0), settings, db);
		await undoLastAnswer(review.id, db);
		expect(await db.cards.get('q3')).toBeUndefined();
		expect(await db.reviews.count()).toBe(0);
		// The day's only answer: its totals row goes too (Check database removes a row no
		// answer backs, and the streak must not count the day).
		expect(await db.days.get('2026-05-12')).toBeUndefined();
		const queue = await loadTodayQueue(questions, settings, t0 + 1000, db);
		expect(countQueue(queue).fresh).toBe(20);
	});

	it('refuses to undo an answer that is no longer the latest', async () => {
		const db = freshDb();
		const first = await recordAnswer(answer('q0', 3, t0), settings, db);
		await recordAnswer(answer('q1', 3, t0 + 1000), settings, db);
		expect(await undoLastAnswer(first.id, db)).toBeNull();
		expect(await db.reviews.count()).toBe(2);
		expect(await undoLastAnswer(undefined, freshDb())).toBeNull();
	});
});

describe('queueQuestionsForStudy', () => {
	it('puts asked-for questions first today and changes nothing else', async () => {
		const db = freshDb();
		await recordAnswer(answer('q5', 4, t0 - 3 * day), settings, db);
		const studied = (await db.cards.get('q5'))!;
		const reviewsBefore = await db.reviews.toArray();
		const daysBefore = await db.days.toArray();

		await queueQuestionsForStudy(['q25', 'q5', 'q25'], db, t0);

		expect(await db.reviews.toArray()).toEqual(reviewsBefore);
		expect(await db.days.toArray()).toEqual(daysBefore);
		const { queuedAt, ...rest } = (await db.cards.get('q5'))!;
		expect(rest).toEqual(studied);
		expect(queuedAt).toBeGreaterThan(0);

		const queue = await loadTodayQueue(questions, { ...settings, newPerDay: 0 }, t0 + 1000, db);
		expect(queue.map((i) => [i.questionId, i.kind])).toEqual([
			['q25', 'queued'],
			['q5', 'queued']
		]);
		// Answering clears the request; the scheduled card carries on from its history.
		await recordAnswer(answer('q25', 3, t0 + 2000), settings, db);
		await recordAnswer(answer('q5', 3, t0 + 3000, studied.lastReview), settings, db);
		expect((await db.cards.get('q5'))?.queuedAt).toBeUndefined();
		expect((await db.cards.get('q5'))?.reps).toBe(studied.reps + 1);
		const after = await loadTodayQueue(questions, { ...settings, newPerDay: 0 }, t0 + 4000, db);
		expect(after.map((i) => i.questionId)).not.toContain('q5');
	});

	it('makes a queued new question new again after its answer is undone', async () => {
		const db = freshDb();
		await queueQuestionsForStudy(['q9'], db, t0);
		const review = await recordAnswer(answer('q9', 3, t0 + 1), settings, db);
		await undoLastAnswer(review.id, db);
		const queue = await loadTodayQueue(questions, settings, t0 + 2, db);
		expect(queue[0]).toMatchObject({ questionId: 'q9', kind: 'queued' });
	});
});

describe('regrading ("I was right")', () => {
	it('replaces the latest answer’s grade in one step', async () => {
		const db = freshDb();
		const wrong = await recordAnswer(
			{ ...answer('q0', 1, t0), grading: 'auto', correct: false },
			settings,
			db
		);
		const fixed = await regradeLastAnswer(
			wrong.id!,
			{ rating: 3, grading: 'override', correct: true },
			settings,
			db
		);
		expect(fixed).toMatchObject({
			questionId: 'q0',
			rating: 3,
			grading: 'override',
			correct: true
		});
		expect(await db.reviews.count()).toBe(1);
		expect(await db.days.get('2026-05-12')).toMatchObject({ answers: 1, newCards: 1, again: 0 });
		expect((await db.cards.get('q0'))?.due).toBe(t0 + 10 * minute);
	});
});
