import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, nextStudyDayStart, studyDay, studyDayStart } from './day';
import { moveTo, restoreZone } from './zone.test-helpers';

describe('study days', () => {
	// Belgrade observes DST: clocks go forward on 29 March 2026 and back on 25 October 2026.
	beforeEach(() => moveTo('Europe/Belgrade'));
	// Not `process.env.TZ = saved`: with no TZ before, that set the string "undefined" (UTC) for
	// every file after this one in the same worker (`isolate: false`), not the machine's zone.
	afterEach(restoreZone);

	it('counts 03:59 as the previous day and 04:00 as the new one', () => {
		expect(studyDay(new Date(2026, 4, 12, 3, 59))).toBe('2026-05-11');
		expect(studyDay(new Date(2026, 4, 12, 4, 0))).toBe('2026-05-12');
		expect(studyDay(new Date(2026, 4, 12, 23, 59))).toBe('2026-05-12');
		expect(studyDay(new Date(2026, 4, 13, 0, 30))).toBe('2026-05-12');
	});

	it('honours another rollover hour', () => {
		expect(studyDay(new Date(2026, 4, 12, 0, 30), 0)).toBe('2026-05-12');
		expect(studyDay(new Date(2026, 4, 12, 5, 59), 6)).toBe('2026-05-11');
	});

	it('keeps the boundary at 4 AM across the spring-forward night', () => {
		// 02:00 → 03:00 on 29 March: the night is an hour short, the boundary still at 04:00.
		expect(studyDay(new Date(2026, 2, 29, 3, 30))).toBe('2026-03-28');
		expect(studyDay(new Date(2026, 2, 29, 4, 0))).toBe('2026-03-29');
		const start = studyDayStart('2026-03-29');
		expect(start.getHours()).toBe(4);
		expect(nextStudyDayStart(new Date(2026, 2, 28, 22)).getTime()).toBe(start.getTime());
		// That study day lasted 23 hours.
		expect(start.getTime() - studyDayStart('2026-03-28').getTime()).toBe(23 * 3600_000);
	});

	it('keeps the boundary at 4 AM across the fall-back night', () => {
		// 03:00 → 02:00 on 25 October: 02:30 happens twice, both in the previous study day.
		const firstHalfPast2 = new Date('2026-10-25T00:30:00Z'); // 02:30 CEST
		const secondHalfPast2 = new Date('2026-10-25T01:30:00Z'); // 02:30 CET
		expect(studyDay(firstHalfPast2)).toBe('2026-10-24');
		expect(studyDay(secondHalfPast2)).toBe('2026-10-24');
		expect(studyDay(new Date('2026-10-25T03:00:00Z'))).toBe('2026-10-25'); // 04:00 CET
		expect(studyDayStart('2026-10-25').getTime() - studyDayStart('2026-10-24').getTime()).toBe(
			25 * 3600_000
		);
	});

	it('adds calendar days across month, year and DST changes', () => {
		expect(addDays('2026-03-31', 1)).toBe('2026-04-01');
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDays('2026-03-29', -1)).toBe('2026-03-28');
		expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
	});
});
