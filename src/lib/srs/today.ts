/**
 * Today's study day when the time zone may have changed since the last answer (issue 14). Its
 * own module, apart from `day.ts`, so Home's first-load JavaScript (which has `day.ts` for the
 * day watcher) does not carry it: only the database reads use it.
 */
import { addDays, DEFAULT_ROLLOVER_HOUR, studyDay, studyDayStart, type StudyDay } from './day';

/** The latest answer as far as today's study day is concerned. */
export interface LatestAnswer {
	/** The study day it was written on (fixed when written: `ReviewRecord.studyDay`). */
	studyDay: StudyDay;
	/** When it was given (ms, the device clock then). */
	answeredAt: number;
}

/** Today's study day and the moment (ms) it ends: cards due before `end` are due today. */
export interface StudyToday {
	day: StudyDay;
	end: number;
}

/**
 * The study day it is at `now` (ms), given the latest answer: the local study day (rollover
 * hour in the device's *current* time zone, Anki's "Next day starts at"), except that it never
 * goes back to a day before an answer already given while the clock moved forward. Travelling
 * west (or a DST fall-back near the rollover) puts the local study day back by up to 26 hours;
 * the day the last answer was written on then simply lasts until the next rollover in the new
 * zone, so today's answers, the streak and the daily limits stay with it. A clock set back
 * (`now` before the latest answer) is not a zone change: the local study day is used, whatever
 * the log holds. Pure; `rolloverHour` 0–23.
 */
export function studyToday(
	now: number,
	latest?: LatestAnswer,
	rolloverHour: number = DEFAULT_ROLLOVER_HOUR
): StudyToday {
	const local = studyDay(now, rolloverHour);
	// A zone change moves the local day by at most 26 hours (UTC-12 to UTC+14): two days at most.
	const kept =
		latest !== undefined &&
		latest.studyDay > local &&
		latest.answeredAt <= now &&
		latest.studyDay <= addDays(local, 2);
	const day = kept ? latest.studyDay : local;
	return { day, end: studyDayStart(addDays(day, 1), rolloverHour).getTime() };
}
