import { describe, expect, it } from 'vitest';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { countQueue, pickNext } from '$lib/srs/queue';
import { resetProgress } from './backup';
import { queueQuestionsForStudy, recordAnswer, undoLastAnswer } from './answers';
import { loadTodayQueue } from './today-queue';
import { createDb } from './schema';
import { answer, builtinCourse } from './test-helpers';
import type { CourseRecord, RatingValue } from './records';
import { loadStudyQuestions } from '$lib/content/bank';

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

describe('every course’s new questions, read a share per course', () => {
	/** A course of `size` questions on their own facts, ranked from `firstRank` on. */
	function rankedCourse(id: string, size: number, firstRank: number): CourseRecord {
		return {
			id,
			title: id,
			kind: 'user',
			hash: '',
			installedAt: firstRank,
			questionCount: size,
			documentCount: 0,
			queue: Array.from({ length: size }, (_, i) => ({
				id: `${id}:q-${i}`,
				fact: `${id}-f${i}`,
				type: i % 2 ? 'mcq' : 'short',
				rank: firstRank + i
			}))
		};
	}

	it('takes turns between courses when one comes first in teaching order, as the list would build it', async () => {
		// Every question of u-a comes before any of the eight others by rank; studying every
		// course, each takes its turn (issue 12: the ranked built-in course took the day's 20).
		const name = `spread-${Math.random()}`;
		const db = createDb(name);
		await db.courses.bulkAdd([
			rankedCourse('u-a', 40, 0),
			...Array.from({ length: 8 }, (_, c) => rankedCourse(`u-${c}`, 40, 1000 + c * 100))
		]);
		const many = { ...settings, newPerDay: 30 };
		const queue = await loadTodayQueue({ courseId: null }, many, t0, createDb(name));
		const fresh = queue.filter((item) => item.kind === 'new').map((item) => item.questionId);
		expect(fresh).toHaveLength(30);
		const perCourse = new Map<string, number>();
		for (const id of fresh)
			perCourse.set(id.split(':')[0], (perCourse.get(id.split(':')[0]) ?? 0) + 1);
		// 30 in turns over nine courses, question types interleaved: every course's first is a
		// short answer and its second a choice, so the types pull some second turns forward
		// (by rank alone all 30 were u-a's).
		expect(Object.fromEntries(perCourse)).toEqual({
			'u-a': 4,
			'u-0': 4,
			'u-1': 4,
			'u-2': 4,
			'u-3': 4,
			'u-4': 4,
			'u-5': 2,
			'u-6': 2,
			'u-7': 2
		});
		// Each course's first ones, in its own teaching order.
		expect(fresh.filter((id) => id.startsWith('u-a:')).sort()).toEqual([
			'u-a:q-0',
			'u-a:q-1',
			'u-a:q-2',
			'u-a:q-3'
		]);
		const list = await loadStudyQuestions(db);
		expect(queue).toEqual(await loadTodayQueue(list, many, t0, createDb(name)));
		// Home reads each course's own share in full: the same queue.
		const home = await loadTodayQueue({ courseId: null }, many, t0, createDb(name), {
			freshSpread: 'each'
		});
		expect(home).toEqual(queue);
	});

	it('serves her own unranked notes beside the ranked built-in course (issue 12)', async () => {
		const name = `turns-${Math.random()}`;
		const db = createDb(name);
		const builtin = builtinCourse(Array.from({ length: 151 }, (_, i) => `b-${i}`));
		builtin.queue = builtin.queue.map((q, i) => ({ ...q, rank: i }));
		const own = (id: string, size: number, installedAt: number): CourseRecord => ({
			id,
			title: id,
			kind: 'user',
			hash: '',
			installedAt,
			questionCount: size,
			documentCount: 0,
			queue: Array.from({ length: size }, (_, i) => ({ id: `${id}:q-${i}`, fact: `${id}-f${i}` }))
		});
		await db.courses.bulkAdd([builtin, own('u-bio', 7, 1), own('u-geo', 8, 2), own('u-his', 7, 3)]);
		const queue = await loadTodayQueue({ courseId: null }, settings, t0, createDb(name));
		const perCourse: Record<string, number> = {};
		for (const item of queue) {
			const course = item.questionId.includes(':') ? item.questionId.split(':')[0] : 'builtin';
			perCourse[course] = (perCourse[course] ?? 0) + 1;
		}
		// Before: all 20 from the built-in course, two days running.
		expect(perCourse).toEqual({ builtin: 5, 'u-bio': 5, 'u-geo': 5, 'u-his': 5 });
		expect(queue).toEqual(
			await loadTodayQueue(await loadStudyQuestions(db), settings, t0, createDb(name))
		);
	});
});
