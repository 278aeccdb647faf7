/**
 * Review cards after a flight, hour by hour across the rollover (outsider who travels, issue
 * 14): a card is due once its due day has begun where it was scheduled (`isReviewDueToday`),
 * so a card due at Berlin's 4 AM is due at that instant in Kiritimati instead of at
 * Kiritimati's next 4 AM, about 11 hours later; flying west, a card scheduled in Kiritimati is
 * due in Berlin when its day began there, not at Berlin's next 4 AM. Home's counts, Study's
 * queue and Stats' today agree at every hour. The process moves zone with the phone (`moveTo`).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { studyDay } from '$lib/srs/day';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { moveTo, restoreZone } from '$lib/srs/zone.test-helpers';
import { recordAnswer } from './answers';
import { loadHomeSummary } from './home-summary';
import type { FlashpointDb } from './schema';
import { loadStats } from './stats';
import { answer, reviewCard, withBuiltinCourse } from './test-helpers';
import { loadTodayQueue } from './today-queue';

const settings = DEFAULT_STUDY_SETTINGS;
const at = (iso: string) => Date.parse(iso);
const hour = 3_600_000;
const ids = Array.from({ length: 6 }, (_, i) => `t${i}`);
const everyCourse = { courseId: null };

/** Home's due reviews, Study's queued reviews and Stats' today at `now`: they must agree. */
async function dueNow(db: FlashpointDb, now: number): Promise<string[]> {
	const home = await loadHomeSummary(everyCourse, now, db);
	const queue = await loadTodayQueue(everyCourse, settings, now, db);
	const stats = await loadStats(ids, now, db);
	const reviews = queue.filter((item) => item.kind === 'review').map((item) => item.questionId);
	expect(home.counts.review).toBe(reviews.length);
	expect(stats.forecast.days[0].count).toBe(home.counts.review + home.counts.learning);
	return reviews.sort();
}

/** Every hour from `from` to `to`: which cards are due, checked against `dueAt`. */
async function hourByHour(db: FlashpointDb, from: number, to: number, dueAt: number) {
	for (let now = from; now <= to; now += hour) {
		const reviews = await dueNow(db, now);
		expect([new Date(now).toISOString(), reviews]).toEqual([
			new Date(now).toISOString(),
			now >= dueAt ? ['t0', 't1'] : []
		]);
	}
}

describe('review cards after a flight, hour by hour across the rollover', () => {
	afterEach(restoreZone);

	it('east, Berlin → Kiritimati: due at Berlin’s 4 AM, not at Kiritimati’s next one', async () => {
		moveTo('Europe/Berlin');
		const db = await withBuiltinCourse(ids);
		// Studied on 2 December in Berlin; two cards due on 3 December at 04:00 there (03:00 UTC).
		await recordAnswer(answer('t5', 3, at('2026-12-02T09:00:00Z')), settings, db);
		const berlinDay = at('2026-12-03T03:00:00Z');
		await db.cards.bulkPut([
			reviewCard('t0', berlinDay, 3),
			reviewCard('t1', berlinDay + 5 * hour, 3)
		]);
		expect((await db.items.get('t0'))?.dueStart).toBe(berlinDay);
		expect(await dueNow(db, berlinDay - hour)).toEqual([]);

		// Landed in Kiritimati (UTC+14) at 10:00 on 3 December, 13 hours before Berlin's 4 AM.
		moveTo('Pacific/Kiritimati');
		const landed = at('2026-12-02T20:00:00Z');
		expect(studyDay(landed)).toBe('2026-12-03');
		// Until 03:00 UTC (17:00 here) nothing; from then both, though Kiritimati's next 4 AM
		// (14:00 UTC) is 11 hours away; and on across that rollover.
		await hourByHour(db, landed, at('2026-12-03T16:00:00Z'), berlinDay);
		db.close();
	});

	it('west, Kiritimati → Berlin: due when its day began in Kiritimati, not at Berlin’s next 4 AM', async () => {
		moveTo('Pacific/Kiritimati');
		const db = await withBuiltinCourse(ids);
		// Studied at 10:00 on 3 December in Kiritimati (20:00 UTC on 2 December); two "1 d"
		// cards due on 4 December there, whose 4 AM is 14:00 UTC on 3 December.
		await recordAnswer(answer('t5', 3, at('2026-12-02T20:00:00Z')), settings, db);
		const kiritimatiDay = at('2026-12-03T14:00:00Z');
		await db.cards.bulkPut([
			reviewCard('t0', at('2026-12-03T20:00:00Z'), 3),
			reviewCard('t1', at('2026-12-03T21:00:00Z'), 3)
		]);
		expect((await db.items.get('t0'))?.dueStart).toBe(kiritimatiDay);

		// Landed in Berlin at 22:00 on 2 December: today stays 3 December (the day studied) until
		// Berlin's 4 AM on 4 December (03:00 UTC). The cards come at 15:00 in Berlin, when their
		// day began in Kiritimati, not 13 hours later at that rollover; and stay due across it.
		moveTo('Europe/Berlin');
		const landed = at('2026-12-02T21:00:00Z');
		expect(studyDay(landed)).toBe('2026-12-02');
		await hourByHour(db, landed, at('2026-12-04T06:00:00Z'), kiritimatiDay);
		db.close();
	});
});
