/**
 * Today's counts agree with each other whatever the device clock does (issue 14, an outsider
 * from Anki: with the clock set back, Study said "New 9" beside "0 answered today"). The new
 * questions left today and the answers counted as today's are one day's: answers filed under a
 * later study day than the clock's (the clock set back since, or a fast clock corrected) count
 * against today's new-question limit (`DueCards.newLater`), so they are today's answers too.
 * Fixed instants in a zone with DST; ts-fsrs scheduling is not looked at.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { countQueue } from '$lib/srs/queue';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { moveTo, restoreZone } from '$lib/srs/zone.test-helpers';
import { recordAnswer } from './answers';
import { loadHomeSummary } from './home-summary';
import { answer, withBuiltinCourse } from './test-helpers';
import { loadTodayQueue } from './today-queue';
import { loadTodaySummary } from './today-summary';

const settings = { ...DEFAULT_STUDY_SETTINGS, newPerDay: 20 };
const ids = Array.from({ length: 60 }, (_, i) => `q${i}`);
const hour = 3_600_000;
/** A local time in Berlin (the process is moved there), as ms. */
const berlin = (y: number, m: number, d: number, h: number, min = 0) =>
	new Date(y, m - 1, d, h, min).getTime();

interface Case {
	name: string;
	/** When the 11 new questions were answered (ms), a minute apart. */
	answeredAt: number;
	/** The clock afterwards (ms). */
	now: number;
}

const cases: Case[] = [
	{ name: 'forward a day', answeredAt: berlin(2026, 5, 12, 9), now: berlin(2026, 5, 13, 9) },
	{ name: 'back a day', answeredAt: berlin(2026, 5, 12, 9), now: berlin(2026, 5, 11, 9) },
	{ name: 'back three days', answeredAt: berlin(2026, 5, 12, 9), now: berlin(2026, 5, 9, 9) },
	{ name: 'back a week', answeredAt: berlin(2026, 5, 12, 9), now: berlin(2026, 5, 5, 9) },
	{
		name: 'back one hour across 4 AM',
		answeredAt: berlin(2026, 5, 12, 4, 20),
		now: berlin(2026, 5, 12, 4, 20) - hour
	},
	{
		name: 'DST spring forward, then set back past 4 AM',
		answeredAt: berlin(2026, 3, 29, 4, 5),
		now: berlin(2026, 3, 29, 4, 5) - 2 * hour
	},
	{
		name: 'DST fall back (25-hour day), then set back three days',
		answeredAt: berlin(2026, 10, 25, 4, 30),
		now: berlin(2026, 10, 22, 4, 30)
	},
	{
		name: 'DST fall back, forward across the long night',
		answeredAt: berlin(2026, 10, 24, 23, 0),
		now: berlin(2026, 10, 25, 3, 59)
	}
];

describe('today’s counts agree when the clock moves (issue 14)', () => {
	afterEach(restoreZone);

	for (const { name, answeredAt, now } of cases)
		it(name, async () => {
			moveTo('Europe/Berlin');
			const db = await withBuiltinCourse(ids);
			for (let i = 0; i < 11; i++)
				await recordAnswer(answer(ids[i], 4, answeredAt + i * 60_000), settings, db);
			const summary = (await loadTodaySummary(now, db)).summary;
			const home = await loadHomeSummary({ courseId: null }, now, db);
			for (const courseId of ['builtin', null]) {
				const fresh = countQueue(await loadTodayQueue({ courseId }, settings, now, db), now).fresh;
				// What today's limit took is what today's answers show: "New 9" beside "11 answered".
				expect(fresh + summary.newSeen, `${name}, ${courseId}`).toBe(settings.newPerDay);
			}
			expect(home.answeredToday).toBe(summary.answered);
			expect([0, 11]).toContain(summary.answered);
			db.close();
		});
});
