/**
 * The device clock set forward, answers given, then set back (and the other way round), with
 * the clock faked (`vi.setSystemTime`): Home, Study's limits and summary, Stats and the streak
 * go by one day, the clock's (`studyToday`). An outsider student from Anki set the clock a day
 * forward, answered 6, set it back: Home counted the 6 as today's and not the 28 of the real
 * day, a fresh 20 new questions were offered and the streak counted a day still to come.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addDays, studyDay } from '$lib/srs/day';
import { countQueue } from '$lib/srs/queue';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { moveTo, restoreZone } from '$lib/srs/zone.test-helpers';
import { recordAnswer } from './answers';
import { currentStreak, loadHomeSummary } from './home-summary';
import { loadHomeView } from './home-view';
import type { FlashpointDb } from './schema';
import { loadStats } from './stats';
import { answer, reviewCard, withBuiltinCourse } from './test-helpers';
import { loadTodayQueue } from './today-queue';
import { loadTodaySummary } from './today-summary';

const settings = DEFAULT_STUDY_SETTINGS;
const ids = Array.from({ length: 60 }, (_, i) => `q${i}`);
const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
/** A local time (ms) in the zone the process is in. */
const local = (m: number, d: number, h: number, min = 0) =>
	new Date(2026, m - 1, d, h, min).getTime();

let next = 0;
/** Answers `id` now (the faked clock), as Study does: its card as last seen. */
async function answerNow(db: FlashpointDb, id: string) {
	const seen = (await db.cards.get(id))?.lastReview ?? null;
	return recordAnswer(answer(id, 3, Date.now(), seen), settings, db);
}

/** Answers `count` new questions, then each of the first `again` of them once more. */
async function study(db: FlashpointDb, count: number, again = 0) {
	const fresh = ids.slice(next, next + count);
	next += count;
	for (const id of fresh) {
		await answerNow(db, id);
		vi.advanceTimersByTime(minute);
	}
	for (const id of fresh.slice(0, again)) {
		await answerNow(db, id);
		vi.advanceTimersByTime(minute);
	}
	return fresh;
}

/** What every screen says today is, at the faked clock. */
async function screens(db: FlashpointDb) {
	const summary = (await loadTodaySummary(undefined, db)).summary;
	const home = await loadHomeSummary({ courseId: null }, undefined, db);
	const view = (await loadHomeView(undefined, db))!;
	const queue = await loadTodayQueue({ courseId: 'builtin' }, settings, undefined, db);
	const stats = await loadStats(ids, undefined, db);
	const streak = await currentStreak(undefined, db);
	return { summary, home, view, fresh: countQueue(queue, Date.now()).fresh, stats, streak };
}

/** Each study day of the log with answers, and how many. */
async function days(db: FlashpointDb) {
	const rows = await db.days.toArray();
	return Object.fromEntries(rows.filter((row) => row.answers > 0).map((r) => [r.day, r.answers]));
}

interface Case {
	name: string;
	/** When the 28 answers of the real day begin, and where the clock is set forward to for
	 * the 6 (local times in Europe/Berlin, read once the process is there). */
	times: () => { real: number; ahead: number };
}

const cases: Case[] = [
	{ name: 'a day', times: () => ({ real: local(5, 12, 14), ahead: local(5, 13, 14, 40) }) },
	{ name: 'three days', times: () => ({ real: local(5, 12, 14), ahead: local(5, 15, 14, 40) }) },
	// The study day's midnight is 4 AM: 03:20 is still 11 May's; 04:30 is 12 May's.
	{
		name: 'an hour, across 4 AM',
		times: () => ({ real: local(5, 12, 2, 50), ahead: local(5, 12, 4, 30) })
	}
];

describe('the clock set forward, answers given, then set back (outsider from Anki)', () => {
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['Date'] });
		moveTo('Europe/Berlin');
		next = 0;
	});
	afterEach(() => {
		vi.useRealTimers();
		restoreZone();
	});

	for (const { name, times } of cases)
		it(`by ${name}: today is the clock's day, with all 34 answers, no fresh 20, no day to come in the streak`, async () => {
			const { real, ahead } = times();
			const today = studyDay(real);
			const db = await withBuiltinCourse(ids);
			vi.setSystemTime(real - day);
			await study(db, 3); // yesterday: the streak is 2 with today
			vi.setSystemTime(real);
			await study(db, 14, 14); // 28 answers, 14 new
			const back = Date.now();
			vi.setSystemTime(ahead);
			const later = await study(db, 6); // 6 new, "in the future"
			vi.setSystemTime(back + 5 * minute);

			const seen = await screens(db);
			expect(seen.summary.answered).toBe(34);
			expect(seen.home.answeredToday).toBe(34);
			// The 14 and the 6 new ones took today's 20: no fresh 20 after setting the clock back.
			expect(seen.summary.newSeen).toBe(20);
			expect(seen.fresh).toBe(0);
			expect(seen.home.counts.fresh).toBe(0);
			expect(seen.streak).toBe(2);
			expect(seen.home.streak).toBe(2);
			expect(seen.stats.today).toBe(today);
			expect(seen.stats.ahead).toMatchObject({ answers: 6, latest: studyDay(ahead) });
			// Home says the clock is behind the last answer.
			expect(seen.view.clockBehind).toMatchObject({ questions: 6 });
			expect(seen.view.keptDay ?? null).toBeNull();

			// Answered again with the clock back: FSRS gets no negative elapsed time (ts-fsrs
			// throws "Invalid delta_t" for one), and the card is not due before now.
			const again = await answerNow(db, later[0]);
			const card = (await db.cards.get(later[0]))!;
			expect(card.elapsedDays).toBeGreaterThanOrEqual(0);
			expect(again.after.scheduledDays).toBeGreaterThanOrEqual(0);
			expect(card.due).toBeGreaterThanOrEqual(again.answeredAt);
			// Filed no earlier than the latest answer's day (up to two days ahead): no day already
			// over is re-opened.
			expect(again.studyDay).toBe(ahead - back > 2 * day ? today : studyDay(ahead));
			const after = await screens(db);
			expect(after.summary.answered).toBe(35);
			expect(after.home.answeredToday).toBe(35);
			expect(after.streak).toBe(2);
			expect((await loadTodaySummary(undefined, db)).lastReviewId).toBe(again.id);
			expect(Object.keys(await days(db)).sort()).toEqual(
				[addDays(today, -1), today, studyDay(ahead)].sort()
			);
			db.close();
		});

	it('through a time-zone change east and back: the day begun in Tokyo is kept, and every screen agrees', async () => {
		const db = await withBuiltinCourse(ids);
		vi.setSystemTime(local(5, 11, 22));
		await study(db, 3);
		vi.setSystemTime(local(5, 12, 22));
		await study(db, 14, 14);
		// Tokyo, seven hours east: past 05:00 on 13 May there, a new study day (12 May's had
		// lasted 18 hours). Then back in Berlin, an hour on.
		moveTo('Asia/Tokyo');
		await study(db, 6);
		moveTo('Europe/Berlin');
		vi.advanceTimersByTime(hour);

		const seen = await screens(db);
		expect(seen.stats.today).toBe('2026-05-13');
		expect(seen.summary.answered).toBe(6);
		expect(seen.home.answeredToday).toBe(6);
		expect(seen.fresh + seen.summary.newSeen).toBe(settings.newPerDay);
		expect(seen.streak).toBe(3);
		expect(seen.view.clockBehind).toBeNull();
		expect(seen.view.keptDay).not.toBeNull();
		db.close();
	});
});

describe('the daily review limit with the clock set forward and back', () => {
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['Date'] });
		moveTo('Europe/Berlin');
	});
	afterEach(() => {
		vi.useRealTimers();
		restoreZone();
	});

	it('counts the reviews given "in the future" against today’s limit, as the new ones', async () => {
		const db = await withBuiltinCourse(ids);
		const real = local(5, 12, 14);
		// Ten review cards due this morning.
		for (const id of ids.slice(0, 10)) await db.cards.put(reviewCard(id, local(5, 12, 6), 3));
		const limited = { ...settings, maxReviewsPerDay: 6 };
		const reviews = async () =>
			countQueue(await loadTodayQueue({ courseId: 'builtin' }, limited, undefined, db), Date.now())
				.review;
		vi.setSystemTime(real);
		expect(await reviews()).toBe(6);
		for (const id of ids.slice(0, 2)) await answerNow(db, id);
		expect(await reviews()).toBe(4);
		// A day forward: a new day's limit of 6 (as Anki's); 3 reviewed there.
		vi.setSystemTime(local(5, 13, 14));
		for (const id of ids.slice(2, 5)) await answerNow(db, id);
		// Back: today's limit has had the 2 and the 3.
		vi.setSystemTime(real + hour);
		expect(await reviews()).toBe(1);
		db.close();
	});
});

describe('the clock set back, answers given, then set forward again', () => {
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['Date'] });
		moveTo('Europe/Berlin');
		next = 0;
	});
	afterEach(() => {
		vi.useRealTimers();
		restoreZone();
	});

	it('files the answers under the real day: no past day is opened, the streak stays 1', async () => {
		const db = await withBuiltinCourse(ids);
		vi.setSystemTime(local(5, 10, 10));
		await study(db, 3); // two days before: no streak through 11 May
		vi.setSystemTime(local(5, 12, 14));
		await study(db, 14, 14);
		const real = Date.now();
		vi.setSystemTime(real - day);
		// The clock's day (11 May) is today, with the 28 of 12 May counted as given by now.
		const back = await screens(db);
		expect(back.stats.today).toBe('2026-05-11');
		expect(back.summary.answered).toBe(28);
		expect(back.home.answeredToday).toBe(28);
		expect(back.view.clockBehind).toMatchObject({ questions: 14 });
		// By the clock 10 May was yesterday, and the answers given by now make today studied:
		// 2, no day after today counted.
		expect(back.streak).toBe(2);
		await study(db, 6);
		expect((await screens(db)).summary.answered).toBe(34);
		vi.setSystemTime(real + 10 * minute);

		const seen = await screens(db);
		expect(await days(db)).toEqual({ '2026-05-10': 3, '2026-05-12': 34 });
		expect(seen.stats.today).toBe('2026-05-12');
		expect(seen.summary.answered).toBe(34);
		expect(seen.home.answeredToday).toBe(34);
		expect(seen.summary.newSeen).toBe(20);
		expect(seen.fresh).toBe(0);
		expect(seen.streak).toBe(1);
		expect(seen.view.clockBehind).toBeNull();
		db.close();
	});
});
