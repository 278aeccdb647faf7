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
