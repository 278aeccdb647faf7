/**
 * A study day across a move far east and back the same real day (outsider student, an Anki
 * user, issue 14): 5 new questions in Belgrade, 1 in Kiritimati (UTC+14, already past 4 AM on
 * the next date), then back in Belgrade. Home said "1 answered today" and "New 19": the day's
 * new-card limit had started over. Every count that depends on today (Home, Study's queue and
 * summary, Stats' today, the new limit) must keep the 6 answers on one study day. The process
 * moves zone with the phone (`moveTo`); times are fixed instants.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { studyDay } from '$lib/srs/day';
import { keptDaySentence, keptStudyDay } from '$lib/srs/kept-day';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { moveTo, restoreZone } from '$lib/srs/zone.test-helpers';
import { recordAnswer } from './answers';
import { loadHomeSummary } from './home-summary';
import { CARD_STATE } from './records';
import type { FlashpointDb } from './schema';
import { loadStats } from './stats';
import { answer, withBuiltinCourse } from './test-helpers';
import { loadHomeView } from './home-view';
import { loadTodayQueue, loadTodayQueueCounted } from './today-queue';
import { loadTodaySummary } from './today-summary';

const settings = DEFAULT_STUDY_SETTINGS; // 20 new questions a day
const at = (iso: string) => Date.parse(iso);
const minute = 60_000;
const day = 24 * 60 * minute;
const ids = Array.from({ length: 40 }, (_, i) => `e${i}`);
const everyCourse = { courseId: null };

/** What Home, Study and Stats say about today at `now`; they must agree. */
async function today(db: FlashpointDb, now: number) {
	const home = await loadHomeSummary(everyCourse, now, db);
	const queue = await loadTodayQueue(everyCourse, settings, now, db);
	const study = await loadTodaySummary(now, db);
	const stats = await loadStats(ids, now, db);
	expect(study.summary.answered).toBe(home.answeredToday);
	expect(queue.filter((item) => item.kind === 'new').length).toBe(home.counts.fresh);
	return {
		day: stats.today,
		answered: home.answeredToday,
		fresh: home.counts.fresh,
		streak: home.streak
	};
}

/** Answers `count` new questions Good from `from` (ms), a minute apart, from `first` on. */
async function answerNew(db: FlashpointDb, first: number, count: number, from: number) {
	for (let i = 0; i < count; i++)
		await recordAnswer(answer(ids[first + i], 3, from + i * minute), settings, db);
}

describe('Belgrade → Kiritimati → Belgrade the same real day', () => {
	afterEach(restoreZone);

	it('is one study day: 6 answered today, 14 new left, on Home, Study and Stats alike', async () => {
		moveTo('Europe/Belgrade');
		const db = await withBuiltinCourse(ids);
		// 16:00 on 3 December in Belgrade (UTC+1): five new questions.
		await answerNew(db, 0, 5, at('2026-12-03T15:00:00Z'));
		expect(await today(db, at('2026-12-03T15:10:00Z'))).toEqual({
			day: '2026-12-03',
			answered: 5,
			fresh: 15,
			streak: 1
		});

		// Kiritimati (UTC+14), 05:30 on 4 December there: its 4 AM came 11 hours after
		// Belgrade's 3 December began, so that day goes on, with its answers and its limit.
		moveTo('Pacific/Kiritimati');
		const kiritimati = at('2026-12-03T15:30:00Z');
		expect(studyDay(kiritimati)).toBe('2026-12-04');
		expect(await today(db, kiritimati)).toEqual({
			day: '2026-12-03',
			answered: 5,
			fresh: 15,
			streak: 1
		});
		await answerNew(db, 5, 1, kiritimati);

		// Back in Belgrade, 17:00 the same real day.
		moveTo('Europe/Belgrade');
		const back = at('2026-12-03T16:00:00Z');
		expect(await today(db, back)).toEqual({
			day: '2026-12-03',
			answered: 6,
			fresh: 14,
			streak: 1
		});
		// The limit counts the day's new questions wherever they were introduced: 14 more, no 15th.
		await answerNew(db, 6, 14, back);
		expect(await today(db, back + 15 * minute)).toMatchObject({ answered: 20, fresh: 0 });
		expect((await db.days.get('2026-12-03'))?.newCards).toBe(20);
		expect(await db.days.get('2026-12-04')).toBeUndefined();

		// 4 AM on 4 December in Belgrade: a new day, as usual; the streak goes on from it.
		const next = at('2026-12-04T03:00:00Z');
		expect(await today(db, next)).toEqual({ day: '2026-12-04', answered: 0, fresh: 20, streak: 1 });
		db.close();
	});

	it('Home and Study say the day began in another zone, and when the next begins', async () => {
		moveTo('Europe/Belgrade');
		const db = await withBuiltinCourse(ids);
		await answerNew(db, 0, 5, at('2026-12-03T15:00:00Z'));
		expect((await loadHomeView(at('2026-12-03T15:10:00Z'), db))?.keptDay).toBeNull();
		// 05:30 on 4 December in Kiritimati: 3 December, begun in Belgrade, goes on to 03:00 UTC.
		moveTo('Pacific/Kiritimati');
		const kiritimati = at('2026-12-03T15:30:00Z');
		const kept = { nextStart: at('2026-12-04T03:00:00Z') };
		expect((await loadHomeView(kiritimati, db))?.keptDay).toEqual(kept);
		const queue = await loadTodayQueueCounted(everyCourse, settings, kiritimati, db);
		expect(keptStudyDay(queue.today)).toEqual(kept);
		expect(keptDaySentence(kept, kiritimati, 'en-US', 'Pacific/Kiritimati')).toBe(
			'Your study day began in another time zone; the next one starts at 5:00 PM (in 12 hours).'
		);
		// Back in Belgrade the same real day, 3 December is Belgrade's own: nothing to say.
		moveTo('Europe/Belgrade');
		expect((await loadHomeView(at('2026-12-03T16:00:00Z'), db))?.keptDay).toBeNull();
		db.close();
	});

	it('staying in Kiritimati, the day Belgrade began lasts a day, then Kiritimati’s days follow', async () => {
		moveTo('Europe/Belgrade');
		const db = await withBuiltinCourse(ids);
		await answerNew(db, 0, 5, at('2026-12-03T15:00:00Z'));
		moveTo('Pacific/Kiritimati');
		await answerNew(db, 5, 1, at('2026-12-03T15:30:00Z'));
		// 16:59 on 4 December in Kiritimati: still 3 December (it began at 03:00 UTC).
		expect(await today(db, at('2026-12-04T02:59:00Z'))).toMatchObject({
			day: '2026-12-03',
			answered: 6
		});
		// 17:00: a day after it began, 4 December begins (no date skipped: the streak goes on).
		await answerNew(db, 6, 1, at('2026-12-04T03:00:00Z'));
		expect(await today(db, at('2026-12-04T03:01:00Z'))).toEqual({
			day: '2026-12-04',
			answered: 1,
			fresh: 19,
			streak: 2
		});
		// Kiritimati's own 4 AM on 5 December starts the next, as it does for anyone there.
		expect(await today(db, at('2026-12-04T14:00:00Z'))).toMatchObject({ day: '2026-12-05' });
		db.close();
	});
});

describe('a review scheduled in a zone east of here, due after today ends here', () => {
	afterEach(restoreZone);

	it('is counted by Stats on the day Home and Study show it (London → Honolulu)', async () => {
		moveTo('Europe/London');
		const db = await withBuiltinCourse(ids);
		// 23:00 on 1 December in London, "1 d": due at 23:00 UTC on 2 December, whose day begins
		// at 04:00 UTC in London.
		const answered = at('2026-12-01T23:00:00Z');
		await recordAnswer(answer('e0', 3, answered), settings, db);
		const card = (await db.cards.get('e0'))!;
		await db.cards.put({
			...card,
			state: CARD_STATE.review,
			due: answered + day,
			scheduledDays: 1
		});
		moveTo('Pacific/Honolulu');
		// 18:50 on 1 December in Honolulu (04:50 UTC on 2 December): London's 2 December has
		// begun, but the card's due time is after Honolulu's day ends (14:00 UTC): Study shows it
		// on Honolulu's 2 December, and Stats counted it today (3 against Home's 2, then 1 here).
		for (const now of [at('2026-12-02T04:50:00Z'), at('2026-12-02T14:00:00Z')]) {
			const home = await loadHomeSummary(everyCourse, now, db);
			const stats = await loadStats(ids, now, db);
			const reviews = (await loadTodayQueue(everyCourse, settings, now, db)).filter(
				(item) => item.kind === 'review'
			);
			expect(home.counts.review).toBe(reviews.length);
			expect(stats.forecast.days[0].count).toBe(home.counts.review + home.counts.learning);
			expect(home.counts.review).toBe(now < at('2026-12-02T14:00:00Z') ? 0 : 1);
		}
		db.close();
	});
});
