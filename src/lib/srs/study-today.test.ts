import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { studyDay, studyDayStart } from './day';
import { answerStudyDay, MIN_STUDY_DAY_MS, studyToday, type LatestAnswer } from './today';
import { moveTo, restoreZone } from './zone.test-helpers';

const at = (iso: string) => Date.parse(iso);
const hour = 3_600_000;

/** An answer given at `iso` in the current zone, as `recordAnswer` writes its day. */
function answeredAt(iso: string, before?: LatestAnswer): LatestAnswer {
	const time = at(iso);
	const { day, dayStart } = answerStudyDay(time, before);
	return { studyDay: day, answeredAt: time, dayStart };
}

describe('studyToday: the study day never goes back while the clock moves forward', () => {
	afterEach(restoreZone);

	it('travelling west keeps the day already studied until the next 4 AM in the new zone', () => {
		moveTo('Europe/Paris');
		const latest = answeredAt('2026-05-12T08:00:00Z'); // 10:00 in Paris
		expect(latest.studyDay).toBe('2026-05-12');
		moveTo('America/Los_Angeles');
		const landed = at('2026-05-12T09:30:00Z'); // 02:30 in Los Angeles, 12 May
		expect(studyDay(landed)).toBe('2026-05-11');
		const today = studyToday(landed, latest);
		expect(today.day).toBe('2026-05-12');
		// It ends at 4 AM on 13 May, Los Angeles time (11:00 UTC): a 31-hour study day.
		expect(today.end).toBe(at('2026-05-13T11:00:00Z'));
		expect(studyToday(today.end, latest).day).toBe('2026-05-13');
		expect(studyToday(today.end - 1, latest).day).toBe('2026-05-12');
	});

	it('travelling up to 12 hours east starts the next day at 4 AM in the new zone, as usual', () => {
		moveTo('Europe/Paris');
		const latest = answeredAt('2026-05-12T20:00:00Z'); // 22:00 on 12 May
		expect(latest.studyDay).toBe('2026-05-12');
		moveTo('Asia/Tokyo'); // 7 hours east: 12 May (from 02:00 UTC) is 17 hours old at 4 AM here
		const landed = at('2026-05-13T05:00:00Z'); // 14:00 on 13 May in Tokyo
		expect(studyToday(landed, latest)).toEqual({
			day: '2026-05-13',
			end: studyDayStart('2026-05-14').getTime(),
			start: studyDayStart('2026-05-13').getTime(),
			now: landed,
			dayStart: studyDayStart('2026-05-13').getTime()
		});
	});

	it('further east, a day already begun lasts a day: not a second one the same afternoon', () => {
		moveTo('America/Los_Angeles');
		const latest = answeredAt('2026-05-13T03:00:00Z'); // 20:00 on 12 May; it began 11:00 UTC
		expect(latest.studyDay).toBe('2026-05-12');
		moveTo('Asia/Tokyo'); // 16 hours east: 4 AM on 13 May here came 8 hours into 12 May
		const landed = at('2026-05-13T05:00:00Z'); // 14:00 on 13 May in Tokyo
		expect(studyDay(landed)).toBe('2026-05-13');
		const today = studyToday(landed, latest);
		expect(today).toMatchObject({ day: '2026-05-12', end: at('2026-05-13T11:00:00Z') });
		// An answer now is on 12 May and keeps when the day began, so the next one is too.
		const here = answeredAt('2026-05-13T06:00:00Z', latest);
		expect(here).toMatchObject({ studyDay: '2026-05-12', dayStart: latest.dayStart });
		expect(studyToday(at('2026-05-13T10:59:00Z'), here).day).toBe('2026-05-12');
		// 20:00 in Tokyo, a day after it began: 13 May (no date skipped), to 4 AM here as usual.
		const next = studyToday(at('2026-05-13T11:00:00Z'), here);
		expect(next).toMatchObject({ day: '2026-05-13', end: studyDayStart('2026-05-14').getTime() });
		const after = answeredAt('2026-05-13T12:00:00Z', here);
		expect(studyToday(at('2026-05-13T19:00:00Z'), after).day).toBe('2026-05-14');
	});

	it('a 13-hour jump either way', () => {
		moveTo('Etc/GMT-12'); // UTC+12
		const east = answeredAt('2026-05-12T00:00:00Z'); // 12:00 on 12 May
		moveTo('Etc/GMT+1'); // UTC-1: 13 hours west
		const later = at('2026-05-12T02:00:00Z'); // 01:00 on 12 May: local study day 11 May
		expect(studyDay(later)).toBe('2026-05-11');
		expect(studyToday(later, east).day).toBe('2026-05-12');
		expect(studyToday(at('2026-05-13T05:00:00Z'), east).day).toBe('2026-05-13');
		// And back east, 13 hours ahead: 12 May began at 05:00 UTC at UTC-1, and the 4 AM here
		// 11 hours later does not end it; it lasts its day, to 05:00 UTC on 13 May (17:00 here).
		const west = answeredAt('2026-05-12T12:00:00Z'); // 11:00 on 12 May at UTC-1
		moveTo('Etc/GMT-12');
		expect(studyToday(at('2026-05-12T13:00:00Z'), west).day).toBe('2026-05-12'); // 01:00
		const kept = studyToday(at('2026-05-12T16:00:00Z'), west); // 04:00 on 13 May here
		expect(kept).toMatchObject({ day: '2026-05-12', end: at('2026-05-13T05:00:00Z') });
		expect(studyToday(kept.end - 1, west).day).toBe('2026-05-12');
		expect(studyToday(kept.end, west).day).toBe('2026-05-13');
	});

	it('across the date line westwards (UTC+14 to UTC-11) keeps the day for 49 hours at most', () => {
		moveTo('Pacific/Kiritimati');
		const latest = answeredAt('2026-05-11T20:00:00Z'); // 10:00 on 12 May
		expect(latest.studyDay).toBe('2026-05-12');
		moveTo('Pacific/Pago_Pago');
		const landed = at('2026-05-11T21:00:00Z'); // 10:00 on 11 May
		expect(studyDay(landed)).toBe('2026-05-11');
		const today = studyToday(landed, latest);
		expect(today.day).toBe('2026-05-12');
		expect(today.end).toBe(at('2026-05-13T15:00:00Z'));
	});

	it('DST: the fall-back night and the spring-forward night keep 4 AM and each answer’s day', () => {
		moveTo('Europe/Belgrade');
		// 25 October: 02:30 happens twice (CEST, then CET), both before the 4 AM rollover.
		const first = answeredAt('2026-10-25T00:30:00Z');
		expect(first.studyDay).toBe('2026-10-24');
		expect(studyToday(at('2026-10-25T01:30:00Z'), first).day).toBe('2026-10-24');
		const fall = studyToday(at('2026-10-25T01:30:00Z'), first);
		expect(fall.end).toBe(at('2026-10-25T03:00:00Z')); // 04:00 CET
		expect(fall.end - studyDayStart('2026-10-24').getTime()).toBe(25 * hour);
		// 29 March: 02:00 CET becomes 03:00 CEST; the day that ends there lasts 23 hours.
		const spring = answeredAt('2026-03-28T22:00:00Z'); // 23:00 CET on 28 March
		expect(spring.studyDay).toBe('2026-03-28');
		const before = studyToday(at('2026-03-29T01:30:00Z'), spring); // 03:30 CEST
		expect(before.day).toBe('2026-03-28');
		expect(before.end - studyDayStart('2026-03-28').getTime()).toBe(23 * hour);
		expect(studyToday(before.end, spring).day).toBe('2026-03-29');
	});

	it('with the clock behind the latest answer today is the clock’s day; the next answer is filed no earlier than the latest', () => {
		moveTo('Europe/Paris');
		const latest = answeredAt('2026-05-12T08:00:00Z'); // 10:00 on 12 May
		for (const back of [1, 2, 3, 7]) {
			const setBack = latest.answeredAt - back * 24 * hour;
			const today = studyToday(setBack, latest);
			// Today is the clock's day (no day the student never reached is kept: outsider from
			// Anki, a day forward and back), ending at the clock's next 4 AM.
			expect(today.day).toBe(studyDay(setBack));
			expect(today.kept).toBeUndefined();
			expect(today.end).toBe(studyDayStart('2026-05-13').getTime() - back * 24 * hour);
			expect(today.start).toBeLessThanOrEqual(setBack);
			// The answer is filed under 12 May up to two days back (no day already over is
			// re-opened: the streak stays one day); further back, the clock's day takes it.
			expect(answerStudyDay(setBack, latest).day).toBe(
				back <= 2 ? '2026-05-12' : studyDay(setBack)
			);
		}
		// An hour back across 4 AM: the clock's day is 11 May; the answer stays on 12 May.
		const early = answeredAt('2026-05-12T02:20:00Z'); // 04:20 on 12 May
		expect(studyToday(early.answeredAt - hour, early).day).toBe('2026-05-11');
		expect(answerStudyDay(early.answeredAt - hour, early).day).toBe('2026-05-12');
		// Once the clock reaches the latest answer, nothing changes: the plain rule.
		expect(studyToday(latest.answeredAt + hour, latest).day).toBe('2026-05-12');
		expect(studyToday(at('2026-05-13T02:00:00Z'), latest).day).toBe('2026-05-13');
		expect(
			studyToday(at('2026-05-12T09:00:00Z'), { studyDay: '2026-06-01', answeredAt: 0 }).day
		).toBe('2026-05-12');
	});
});

describe('studyToday under any zone changes (property, fixed seed)', () => {
	afterEach(restoreZone);

	const ZONES = [
		'Europe/Belgrade',
		'Pacific/Kiritimati',
		'Pacific/Honolulu',
		'Asia/Tokyo',
		'America/Los_Angeles',
		'Etc/GMT+12',
		'Asia/Kathmandu',
		'Australia/Lord_Howe'
	];
	const step = fc.record({
		zone: fc.integer({ min: 0, max: ZONES.length - 1 }),
		minutes: fc.integer({ min: 0, max: 30 * 60 })
	});

	it('never goes back while time goes forward, and no day a move began ends before it has lasted 12 hours', () => {
		fc.assert(
			fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), (steps) => {
				let now = at('2026-03-28T12:00:00Z'); // across DST in Europe and Lord Howe's
				let latest: LatestAnswer | undefined;
				for (const { zone, minutes } of steps) {
					moveTo(ZONES[zone]);
					now += minutes * 60_000;
					const today = studyToday(now, latest);
					expect(today.start).toBeLessThanOrEqual(now);
					expect(today.end).toBeGreaterThan(now);
					if (latest) {
						expect(today.day >= latest.studyDay).toBe(true);
						// A new study day only once the one before has lasted half a day, wherever
						// it began: the day's new-card limit is not given twice in one afternoon.
						if (today.day !== latest.studyDay)
							expect(now - latest.dayStart!).toBeGreaterThanOrEqual(MIN_STUDY_DAY_MS);
					}
					latest = { studyDay: today.day, answeredAt: now, dayStart: today.dayStart };
				}
			}),
			{ seed: 20261203, numRuns: 300 }
		);
	});
});
