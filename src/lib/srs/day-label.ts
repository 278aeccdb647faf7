/** Study days as the Stats screen writes them ("3 Nov", "Sat 21 Nov"). */
import { MONTH_ABBREVIATIONS } from '$lib/content/months';
import type { StudyDay } from './day';

/** Noon of a study day's calendar date, local time (no time zone or DST edge can move it). */
export function dateOf(day: StudyDay): Date {
	const [y, m, d] = day.split('-').map(Number);
	return new Date(y, m - 1, d, 12);
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "3 Nov". */
export function formatDay(day: StudyDay): string {
	const date = dateOf(day);
	return `${date.getDate()} ${MONTH_ABBREVIATIONS[date.getMonth()]}`;
}

/** "Sat 21 Nov". */
export function formatWeekdayDay(day: StudyDay): string {
	return `${WEEKDAYS[dateOf(day).getDay()]} ${formatDay(day)}`;
}

/** "Nov". */
export function monthOf(day: StudyDay): string {
	return MONTH_ABBREVIATIONS[dateOf(day).getMonth()];
}
