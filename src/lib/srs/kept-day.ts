/**
 * Why today's study day is not the one the plain rule gives (issue 14, an outsider student who
 * came from Anki): after a move east or west `studyToday` keeps the day that began in the other
 * zone (`StudyToday.kept`), so no second day of new questions starts the same afternoon and a
 * day already studied is not taken back. Anki starts a day at 4 AM where you are, and the
 * student waited in vain for cards to come due at 4 AM; Home and Study's done screen now say
 * which day is kept and when the next one begins, in local time. Pure.
 */
import { plural } from '$lib/text/plural';
import type { StudyToday } from './today';

/** A study day kept from another time zone: when the next one begins (ms). */
export interface KeptStudyDay {
	nextStart: number;
}

/**
 * The kept day of `today`, or null when today is the plain one (the rollover hour where the
 * device is now; with the clock behind the latest answer it always is, and Home says that
 * apart: `clockBehindSentence`).
 */
export function keptStudyDay(today: Pick<StudyToday, 'kept' | 'end'>): KeptStudyDay | null {
	return today.kept === 'zone' ? { nextStart: today.end } : null;
}

/**
 * "Your study day began in another time zone; the next one starts at 4:00 AM (in 9 hours)."
 * `now` (ms); the time in the device's zone and language (`locales`, `timeZone` for tests).
 */
export function keptDaySentence(
	kept: KeptStudyDay,
	now: number,
	locales?: string | string[],
	timeZone?: string
): string {
	const at = new Date(kept.nextStart).toLocaleTimeString(locales, {
		hour: 'numeric',
		minute: '2-digit',
		timeZone
	});
	return `Your study day began in another time zone; the next one starts at ${at} (in ${hoursAway(kept.nextStart - now)}).`;
}

/** "9 hours", "26 hours", "40 minutes": a kept day ends within about 31 hours, told in hours. */
function hoursAway(ms: number): string {
	const minutes = Math.max(1, Math.round(ms / 60_000));
	return minutes < 60 ? plural(minutes, 'minute') : plural(Math.round(minutes / 60), 'hour');
}
