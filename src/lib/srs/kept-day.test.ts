import { afterEach, describe, expect, it } from 'vitest';
import { keptDaySentence, keptStudyDay } from './kept-day';
import { studyToday, type LatestAnswer } from './today';
import { moveTo, restoreZone } from './zone.test-helpers';

const at = (iso: string) => Date.parse(iso);

/** An answer given at `iso` in the current zone, as `recordAnswer` writes its day. */
function answeredAt(iso: string, before?: LatestAnswer): LatestAnswer {
	const time = at(iso);
	const { day, dayStart } = studyToday(time, before);
	return { studyDay: day, answeredAt: time, dayStart };
}

describe('a study day kept from another time zone is named, with when the next begins', () => {
	afterEach(restoreZone);

	it('after a move west: the day studied in Paris goes on to 4 AM tomorrow in Los Angeles', () => {
		moveTo('Europe/Paris');
		const latest = answeredAt('2026-05-12T08:00:00Z'); // 10:00 in Paris
		moveTo('America/Los_Angeles');
		const landed = at('2026-05-12T09:30:00Z'); // 02:30 on 12 May in Los Angeles
		const kept = keptStudyDay(studyToday(landed, latest));
		// Not 4 AM in 1.5 hours, as the plain rule would have it: 4 AM on 13 May, 25.5 hours on.
		expect(kept).toEqual({ nextStart: at('2026-05-13T11:00:00Z') });
		expect(keptDaySentence(kept!, landed, 'en-US', 'America/Los_Angeles')).toBe(
			'Your study day began in another time zone; the next one starts at 4:00 AM (in 26 hours).'
		);
	});

	it('after a move east of more than 12 hours: the day began in Los Angeles lasts its day', () => {
		moveTo('America/Los_Angeles');
		const latest = answeredAt('2026-05-13T01:00:00Z'); // 18:00 on 12 May; it began 11:00 UTC
		moveTo('Asia/Tokyo');
		const landed = at('2026-05-13T02:00:00Z'); // 11:00 on 13 May in Tokyo
		const kept = keptStudyDay(studyToday(landed, latest));
		expect(kept).toEqual({ nextStart: at('2026-05-13T11:00:00Z') });
		expect(keptDaySentence(kept!, landed, 'en-US', 'Asia/Tokyo')).toBe(
			'Your study day began in another time zone; the next one starts at 8:00 PM (in 9 hours).'
		);
		expect(keptDaySentence(kept!, landed, 'en-GB', 'Asia/Tokyo')).toMatch(/starts at 20:00 \(/);
	});

	it('says nothing after a move west within the date: the next day starts at 4 AM here', () => {
		// Outsider, session 29 (README, "A study day kept after travelling"): studied at 10:00 on
		// 6 December in Istanbul, Home at 21:00 in New York. The local study day, 6 December, is
		// the day the answers were filed under; it goes on to 4 AM here as any day does, so there
		// is no other start to tell of. Its answers are today's ("10 answered today").
		moveTo('Europe/Istanbul');
		const latest = answeredAt('2026-12-06T07:00:00Z');
		moveTo('America/New_York');
		const today = studyToday(at('2026-12-07T02:00:00Z'), latest); // 21:00 on 6 December
		expect(today.day).toBe('2026-12-06');
		expect(today.end).toBe(at('2026-12-07T09:00:00Z'));
		expect(keptStudyDay(today)).toBeNull();
		// Landed before 4 AM on the 6th there, the day of the 6th is kept, and named.
		const early = studyToday(at('2026-12-06T08:00:00Z'), latest); // 03:00 on 6 December
		expect(keptStudyDay(early)).toEqual({ nextStart: at('2026-12-07T09:00:00Z') });
	});

	it('says nothing where the plain 4 AM rule holds: one zone, a short move, a clock set back', () => {
		moveTo('Europe/Paris');
		const latest = answeredAt('2026-05-12T20:00:00Z'); // 22:00 on 12 May
		expect(keptStudyDay(studyToday(at('2026-05-12T23:00:00Z'), latest))).toBeNull();
		expect(keptStudyDay(studyToday(at('2026-05-13T05:00:00Z'), latest))).toBeNull();
		expect(keptStudyDay(studyToday(at('2026-05-13T05:00:00Z')))).toBeNull();
		// Seven hours east: 12 May had lasted 17 hours by 4 AM in Tokyo, so the day is Tokyo's.
		moveTo('Asia/Tokyo');
		expect(keptStudyDay(studyToday(at('2026-05-13T05:00:00Z'), latest))).toBeNull();
		// The clock set back a day in Paris: the clock's day, and Home says the clock is behind
		// (`clockBehindSentence`).
		moveTo('Europe/Paris');
		const setBack = studyToday(at('2026-05-11T20:00:00Z'), latest);
		expect(setBack.day).toBe('2026-05-11');
		expect(setBack.kept).toBeUndefined();
		expect(keptStudyDay(setBack)).toBeNull();
	});
});
