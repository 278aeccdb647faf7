import { describe, expect, it } from 'vitest';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { countQueue, pickNext } from '$lib/srs/queue';
import { resetProgress } from './backup';
import { queueQuestionsForStudy, recordAnswer, undoLastAnswer } from './answers';
import { loadTodayQueue } from './today-queue';
import { createDb } from './schema';
import { answer } from './test-helpers';
import type { RatingValue } from './records';

const settings = DEFAULT_STUDY_SETTINGS;
const t0 = new Date(2026, 4, 12, 9, 0).getTime();
const minute = 60_000;
const day = 86_400_000;

describe('today’s queue, cached per tab', () => {
	// 60 studied questions on 30 facts (siblings), reviews spread from two days overdue to two
	// days ahead, every tenth one relearning; 20 more never studied.
	const bank = Array.from({ length: 80 }, (_, i) => ({ id: `c${i}`, fact: `f${i >> 1}` }));
	const limits = { ...settings, maxReviewsPerDay: 8, newPerDay: 3 };

	async function seeded(name: string) {
		const db = createDb(name);
		await db.cards.bulkPut(
			bank.slice(0, 60).map((q, i) => ({
				questionId: q.id,
				due: t0 + ((i * 37) % 97) * 60 * minute - 2 * day,
				stability: 5,
				difficulty: 5,
				elapsedDays: 3,
				scheduledDays: 3,
				learningSteps: 0,
				reps: 4,
				lapses: 1,
				state: i % 10 === 0 ? (3 as const) : (2 as const),
				lastReview: t0 - 5 * day,
				leech: false
			}))
		);
		db.close();
	}

	/** The queue as a new tab (a fresh connection, nothing cached) builds it. */
	async function coldQueue(name: string, now: number) {
		const db = createDb(name);
		const queue = await loadTodayQueue(bank, limits, now, db);
		db.close();
		return queue;
	}

	it('matches a fresh read after every answer, undo and request, in this tab or another', async () => {
		const name = `cached-${Math.random()}`;
		await seeded(name);
		const tab = createDb(name);
		const otherTab = createDb(name);
		let now = t0;
		const ratings: RatingValue[] = [3, 1, 4, 2, 3, 3, 1];
		for (let step = 0; step < 40; step++) {
			const queue = await loadTodayQueue(bank, limits, now, tab);
			expect(queue).toEqual(await coldQueue(name, now));
			const next = pickNext(queue, now);
			if (!next) break;
			now += 3 * minute;
			const writer = step % 9 === 4 ? otherTab : tab;
			await recordAnswer(
				answer(next.questionId, ratings[step % ratings.length], now, next.card?.lastReview ?? null),
				limits,
				writer
			);
			if (step % 11 === 6) await undoLastAnswer(undefined, step % 2 ? tab : otherTab);
			if (step === 15) await queueQuestionsForStudy(['c70', 'c3'], tab, now);
		}
		// The session ran long enough to use the daily limits and the learning cards.
		const last = await loadTodayQueue(bank, limits, now, tab);
		expect(last).toEqual(await coldQueue(name, now));
		expect((await tab.days.get('2026-05-12'))?.reviewCards).toBeGreaterThanOrEqual(8);
	});

	it('moves on to the next study day and sees another tab’s reset', async () => {
		const name = `cached-reset-${Math.random()}`;
		await seeded(name);
		const tab = createDb(name);
		const counted = countQueue(await loadTodayQueue(bank, limits, t0, tab), t0);
		expect(counted.learning + counted.review + counted.later).toBeGreaterThan(0);
		const tomorrow = t0 + day;
		expect(await loadTodayQueue(bank, limits, tomorrow, tab)).toEqual(
			await coldQueue(name, tomorrow)
		);
		await resetProgress(createDb(name));
		expect(countQueue(await loadTodayQueue(bank, limits, tomorrow + 1, tab), tomorrow + 1)).toEqual(
			{
				fresh: 3,
				learning: 0,
				review: 0,
				later: 0
			}
		);
	});
});
