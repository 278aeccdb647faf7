/**
 * Study days. A study day starts at a fixed local hour (4 AM by default), not at midnight, so a
 * session that runs past midnight still counts for the evening it began in, and "due today"
 * means "due before tomorrow's 4 AM".
 */

export const DEFAULT_ROLLOVER_HOUR = 4;

/** A study day as a sortable local date, `YYYY-MM-DD`. */
export type StudyDay = string;

function format(date: Date): StudyDay {
	const y = date.getFullYear();
	const m = String(date.getMonth() + 1).padStart(2, '0');
	const d = String(date.getDate()).padStart(2, '0');
	return `${y}-${m}-${d}`;
}

/**
 * The study day a moment belongs to. Works on local calendar fields rather than subtracting
 * hours, so a DST change (a 23- or 25-hour day) never moves the boundary off the rollover hour.
 */
export function studyDay(
	date: Date | number,
	rolloverHour: number = DEFAULT_ROLLOVER_HOUR
): StudyDay {
	const local = new Date(date);
	if (local.getHours() < rolloverHour) local.setDate(local.getDate() - 1);
	return format(local);
}

/** The local moment a study day begins (its rollover hour, or the first valid time after it). */
export function studyDayStart(day: StudyDay, rolloverHour: number = DEFAULT_ROLLOVER_HOUR): Date {
	const [y, m, d] = day.split('-').map(Number);
	return new Date(y, m - 1, d, rolloverHour, 0, 0, 0);
}

/** The moment the study day containing `date` ends: cards due before it are due "today". */
export function nextStudyDayStart(
	date: Date | number,
	rolloverHour: number = DEFAULT_ROLLOVER_HOUR
): Date {
	return studyDayStart(addDays(studyDay(date, rolloverHour), 1), rolloverHour);
}

/** Calendar arithmetic on study days (`addDays('2026-03-31', 1) === '2026-04-01'`). */
export function addDays(day: StudyDay, days: number): StudyDay {
	const [y, m, d] = day.split('-').map(Number);
	// Noon keeps the arithmetic clear of any DST jump.
	return format(new Date(y, m - 1, d + days, 12));
}

const DAY_MS = 86_400_000;

/**
 * A moment (ms) on the "study clock", whose UTC calendar days are study days: the study day's
 * date at UTC midnight plus the time since that day's rollover (at most a day less 1 ms, so the
 * extra hour of a 25-hour day stays inside it). ts-fsrs counts elapsed days between UTC dates
 * (`dateDiffInDays`), so given study-clock times it counts study days, whatever the hour and
 * the time zone (issue 10: two answers in one study day always give the same card).
 */
export function toStudyClock(ms: number, rolloverHour: number = DEFAULT_ROLLOVER_HOUR): number {
	const day = studyDay(ms, rolloverHour);
	const start = studyDayStart(day, rolloverHour).getTime();
	const [y, m, d] = day.split('-').map(Number);
	return Date.UTC(y, m - 1, d) + Math.min(Math.max(0, ms - start), DAY_MS - 1);
}

/**
 * The real moment (ms) of a study-clock time: that study day's rollover plus the offset, kept
 * inside the day when it is shorter (a 23-hour day), so the mapping never runs backwards and
 * an order of intervals on the study clock is the same order in real time.
 */
export function fromStudyClock(
	clock: number,
	rolloverHour: number = DEFAULT_ROLLOVER_HOUR
): number {
	const date = new Date(clock);
	const midnight = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
	const day = format(new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 12));
	const start = studyDayStart(day, rolloverHour).getTime();
	const length = studyDayStart(addDays(day, 1), rolloverHour).getTime() - start;
	return start + Math.min(clock - midnight, length - 1);
}
