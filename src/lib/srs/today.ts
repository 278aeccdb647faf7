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
	/**
	 * When its study day began (ms; `ReviewRecord.dayStart`), in the zone it began in. Absent on
	 * answers written before it was kept: the day's rollover in the current zone is used then.
	 */
	dayStart?: number;
}

/**
 * Today's study day, the moment (ms) it ends (learning cards due before `end` are due today),
 * and `start` (ms): review cards whose due day had begun by then are due today
 * (`isReviewDueToday`). `start` is the last rollover here (4 AM in the current zone), or on a
 * day kept after a move west, the earliest of that day's 4 AM here, the
 * latest answer and `now`: never after `now`, so no review is due before its day began.
 */
export interface StudyToday {
	day: StudyDay;
	end: number;
	start: number;
	/** The moment (ms) it was worked out for: a review whose due day has begun by then is due. */
	now: number;
	/**
	 * When this study day began (ms), where it began: kept on each answer (`ReviewRecord.dayStart`)
	 * so that a later move east knows how long the day has lasted (`studyToday`).
	 */
	dayStart: number;
	/**
	 * Why the day is not the local one (the rollover where the device is now), when it is not:
	 * `zone`, a day begun in another time zone (a move east or west). Absent on the local day,
	 * which is always today while the clock is behind the latest answer (`studyToday`).
	 */
	kept?: 'zone';
}

/**
 * How many days ahead of the local study day the latest answer's day may be and still be
 * today after a move west (`studyToday`), or still take the next answer given with the clock
 * behind it (`answerStudyDay`): a time-zone change moves the local day by at most 26 hours
 * (UTC-12 to UTC+14), two calendar days. A log further ahead than that was written by a clock
 * that ran fast and has been corrected: the clock's day takes the answer, so a week-fast clock
 * does not file a week of answers under one day. Check database uses the same bound
 * (`clock-days.ts`).
 */
export const KEPT_DAYS_AHEAD = 2;

const HOUR_MS = 3_600_000;

/**
 * The shortest a study day is made by a move east: a day that began less than this before the
 * new zone's rollover goes on past it. A jump of up to 12 hours east (Paris to Tokyo) still
 * starts the next day at 4 AM there; a longer one (Belgrade to Kiritimati, 13 hours) would have
 * ended a day begun 11 hours before and given a second new-card allowance the same afternoon
 * (outsider student, issue 14).
 */
export const MIN_STUDY_DAY_MS = 12 * HOUR_MS;

/** The longest a study day lasts after a move east: a day, as where it began. */
const EAST_DAY_MS = 24 * HOUR_MS;

/** The first rollover (ms) in the current zone at or after `time` (ms). */
function rolloverFrom(time: number, rolloverHour: number): number {
	const day = studyDay(time, rolloverHour);
	const start = studyDayStart(day, rolloverHour).getTime();
	return start >= time ? start : studyDayStart(addDays(day, 1), rolloverHour).getTime();
}

/**
 * When the latest answer's study day began (ms): its `dayStart` when it is plausible (not after
 * the answer, at most three days before it: the longest a kept day lasts), else that day's
 * rollover in the current zone (exact unless the zone has changed since).
 */
function latestDayStart(latest: LatestAnswer, rolloverHour: number): number {
	const { dayStart, answeredAt } = latest;
	const plausible =
		dayStart !== undefined &&
		Number.isFinite(dayStart) &&
		dayStart <= answeredAt &&
		answeredAt - dayStart <= 3 * EAST_DAY_MS;
	return plausible ? dayStart : studyDayStart(latest.studyDay, rolloverHour).getTime();
}

/**
 * Whether the clock at `now` (ms) is behind `latest`: it was given after `now`, or it was filed
 * under a day that had not begun when it was given (`answerStudyDay` with the clock behind an
 * earlier answer: that one's day, and when it began, are kept on it). A day kept after a move
 * west always began before its answers, wherever it began.
 */
function behindLatest(latest: LatestAnswer, now: number): boolean {
	return latest.answeredAt > now || (latest.dayStart ?? -Infinity) > latest.answeredAt;
}

/**
 * The study day it is at `now` (ms), given the latest answer: the local study day (rollover
 * hour in the device's *current* time zone, Anki's "Next day starts at"), except that a study
 * day already begun is not begun again by a time-zone change:
 * - West: it never goes back to a day before the latest answer's (up to `KEPT_DAYS_AHEAD` days
 *   ahead of the local one). Travelling west (or a DST fall-back near the rollover) puts the
 *   local study day back by up to 26 hours; the latest answer's day lasts until the local day
 *   reaches it.
 * - The clock behind the latest answer (set back by hand, or right again after running fast):
 *   today is the clock's study day, as Anki's. The log cannot tell the two apart, and keeping
 *   the latest answer's day kept a day the student had never reached: an outsider from Anki
 *   set the clock a day forward, answered 6, set it back, and Home counted those 6 as today's
 *   but not the 28 of the real day, offered a fresh 20 new questions and counted tomorrow in
 *   the streak. Answers filed under a later day were all given by now, so today's counts
 *   include them (`todaysAnswers`, `DueCards.newLater`) and no day after today is in the
 *   streak; the next answer is still filed under the latest answer's day (`answerStudyDay`),
 *   so no day already over is re-opened. Home says the clock is behind (`clock-behind.ts`).
 * - East: the latest answer's day goes on after the local day has passed it until the first
 *   rollover here at least `MIN_STUDY_DAY_MS` after it began (`LatestAnswer.dayStart`), or a
 *   full day after it began, whichever comes first. Anki counts days in the current zone only
 *   (its answers keep no zone), so 5 answers in Belgrade and 1 in Kiritimati (13 hours east,
 *   already past 4 AM on the next date) made two days in one afternoon: back in Belgrade Home
 *   said "1 answered today" and the new-card limit had started over (outsider, issue 14).
 * Today's answers, the streak and the daily limits all go by this day. Pure; `rolloverHour` 0–23.
 */
export function studyToday(
	now: number,
	latest?: LatestAnswer,
	rolloverHour: number = DEFAULT_ROLLOVER_HOUR
): StudyToday {
	const local = studyDay(now, rolloverHour);
	const localStart = studyDayStart(local, rolloverHour).getTime();
	// The same day as the latest answer's began when that one's did.
	const localDay = (began = localStart): StudyToday => ({
		day: local,
		end: studyDayStart(addDays(local, 1), rolloverHour).getTime(),
		start: Math.min(localStart, now),
		now,
		dayStart: began
	});
	if (latest === undefined) return localDay();
	const kept = latest.studyDay;
	const dayStart = latestDayStart(latest, rolloverHour);
	if (kept === local) return localDay(dayStart);
	// The clock behind the latest answer: the clock's day (see above).
	if (behindLatest(latest, now)) return localDay();
	if (kept > local && kept <= addDays(local, KEPT_DAYS_AHEAD)) {
		const start = Math.min(studyDayStart(kept, rolloverHour).getTime(), latest.answeredAt, now);
		const end = studyDayStart(addDays(kept, 1), rolloverHour).getTime();
		return { day: kept, end, start, now, dayStart, kept: 'zone' };
	}
	if (kept < local) {
		const end = Math.min(
			dayStart + EAST_DAY_MS,
			rolloverFrom(dayStart + MIN_STUDY_DAY_MS, rolloverHour)
		);
		if (now < end)
			return { day: kept, end, start: Math.min(dayStart, now), now, dayStart, kept: 'zone' };
	}
	return localDay();
}

/**
 * The study day an answer given at `answeredAt` (ms) is filed under, and when that day began
 * (ms; `ReviewRecord.studyDay`, `dayStart`): today's (`studyToday`), except that while the
 * clock is behind the latest answer it is never a day before the latest answer's (up to
 * `KEPT_DAYS_AHEAD` days ahead of the clock's). A day already over is not re-opened: before,
 * an answer given with the clock set back a day went to the day before, and the streak read 2,
 * then 3, for one day of study (outsider, issue 14). Check database files an older log the
 * same way (`clock-days.ts`). Pure.
 */
export function answerStudyDay(
	answeredAt: number,
	latest?: LatestAnswer,
	rolloverHour: number = DEFAULT_ROLLOVER_HOUR
): Pick<StudyToday, 'day' | 'dayStart'> {
	const today = studyToday(answeredAt, latest, rolloverHour);
	if (
		latest !== undefined &&
		behindLatest(latest, answeredAt) &&
		latest.studyDay > today.day &&
		latest.studyDay <= addDays(today.day, KEPT_DAYS_AHEAD)
	)
		return { day: latest.studyDay, dayStart: latestDayStart(latest, rolloverHour) };
	return { day: today.day, dayStart: today.dayStart };
}

/** What `isReviewDueToday` needs of a review card's item (`ItemRecord`). */
export interface ReviewDue {
	/** The card's due time (ms). */
	due: number;
	/** The study day it is due on, fixed where it was scheduled (`ItemRecord.dueDay`). */
	dueDay?: StudyDay;
	/** When that day began where it was scheduled (ms; `ItemRecord.dueStart`). */
	dueStart?: number;
}

/**
 * When a review card's due day began (ms), in the zone it was scheduled in: `dueStart`; for an
 * item written before it existed, its `dueDay` (or its due time's day) in the current zone.
 */
export function reviewDueStart(
	item: ReviewDue,
	rolloverHour: number = DEFAULT_ROLLOVER_HOUR
): number {
	return (
		item.dueStart ??
		studyDayStart(item.dueDay ?? studyDay(item.due, rolloverHour), rolloverHour).getTime()
	);
}

/**
 * Whether a review card is due now (the one definition: the queue, Home's and Stats' counts,
 * Stats' forecast): its due day has begun where it was scheduled, by `today.now` (or by
 * `today.start`, never later). As Anki counts: the next day starts at the rollover hour of the
 * device's current zone (`studyToday`), and a card whose due time has come is due; in one zone
 * this is "due on or before today". After a zone change it is due when its day began in real
 * time where it was answered: a card due at Berlin's 4 AM is due at that instant in Kiritimati
 * (it waited for Kiritimati's next 4 AM, about 11 hours more: outsider who travels), and a "1 d"
 * card answered in Kiritimati does not come back at once in Honolulu (issue 14).
 */
export function isReviewDueToday(
	item: ReviewDue,
	today: Pick<StudyToday, 'start' | 'now'>
): boolean {
	return reviewDueStart(item) <= Math.max(today.start, today.now);
}

/**
 * The study day Stats' forecast counts a review card that is not due now on, as this zone counts
 * days: the first whose 4 AM is at or after its due day began where it was scheduled, and at
 * least tomorrow. After a move east, a card whose day begins later today here is due then
 * (`isReviewDueToday`) but counted tomorrow until it is: the forecast's today stays the queue's.
 */
export function reviewShownDay(
	item: ReviewDue,
	today: Pick<StudyToday, 'day'>,
	rolloverHour: number = DEFAULT_ROLLOVER_HOUR
): StudyDay {
	const dueStart = reviewDueStart(item, rolloverHour);
	let day = studyDay(dueStart, rolloverHour);
	if (studyDayStart(day, rolloverHour).getTime() < dueStart) day = addDays(day, 1);
	const tomorrow = addDays(today.day, 1);
	return day > tomorrow ? day : tomorrow;
}
