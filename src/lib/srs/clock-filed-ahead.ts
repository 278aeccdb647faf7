/**
 * Study's note for a device clock behind the study day answers are filed under (outsider
 * student from Anki: the clock set forward, answers given, then set back). Answers given now are
 * filed under the latest answer's later day (`answerStudyDay`: no day already over is
 * re-opened) while today is the clock's (`studyToday`), and Study said nothing of it. Its own
 * module, apart from `clock-behind.ts` (Home's note), so Home's first-load JavaScript does not
 * carry `today.ts`. Pure.
 */
import { DEFAULT_ROLLOVER_HOUR, type StudyDay } from './day';
import { formatWeekdayDay } from './day-label';
import { answerStudyDay, studyToday, type LatestAnswer } from './today';
import { momentText } from '$lib/text/when';

/** Answers given now count for a later study day than the clock's. */
export interface FiledAhead {
	/** The clock (ms) when this was worked out. */
	now: number;
	/** When the latest answer was given (ms); may be before `now` (it was filed ahead too). */
	latestAt: number;
	/** The study day answers given now are filed under. */
	day: StudyDay;
}

/**
 * Whether an answer given at `now` (ms) would be filed under a later study day than the clock's
 * (`answerStudyDay` against `studyToday`, the clock rule of `today.ts`), given the log's
 * `latest` answer; null when it would not, or the log is empty. `rolloverHour`: 0–23.
 */
export function filedAhead(
	now: number,
	latest: LatestAnswer | undefined,
	rolloverHour: number = DEFAULT_ROLLOVER_HOUR
): FiledAhead | null {
	if (latest === undefined) return null;
	const { day } = answerStudyDay(now, latest, rolloverHour);
	if (day <= studyToday(now, latest, rolloverHour).day) return null;
	return { now, latestAt: latest.answeredAt, day };
}

/**
 * "Your device's clock says 3 Dec 2026, 10:00, earlier than your last answer (4 Dec 2026,
 * 10:00). Answers count for Fri 4 Dec until the clock catches up." Moments in the device's
 * language and zone (`locales`, `timeZone` for tests).
 */
export function filedAheadSentence(
	ahead: FiledAhead,
	locales?: string | string[],
	timeZone?: string
): string {
	const clock = `Your device's clock says ${momentText(ahead.now, locales, timeZone)}`;
	const day = formatWeekdayDay(ahead.day);
	const earlier =
		ahead.latestAt > ahead.now
			? `earlier than your last answer (${momentText(ahead.latestAt, locales, timeZone)})`
			: `earlier than the day your last answers count for (${day})`;
	return `${clock}, ${earlier}. Answers count for ${day} until the clock catches up.`;
}

/** The tab's storage, or null where there is none (private modes that refuse it). */
function tabStorage(): Storage | null {
	try {
		return globalThis.sessionStorage ?? null;
	} catch {
		return null;
	}
}

/** One dismissal per day answers count for: a clock set back again later says so again. */
const keyOf = (ahead: FiledAhead) => `flashpoint-clock-note-dismissed:${ahead.day}`;

/**
 * Whether the note about `ahead` was dismissed in this tab (`sessionStorage`: for the browser
 * session, as the brief asked; a new tab or visit says it again). Unreadable storage: not.
 */
export function filedAheadDismissed(
	ahead: FiledAhead,
	storage: Storage | null = tabStorage()
): boolean {
	try {
		return storage?.getItem(keyOf(ahead)) === '1';
	} catch {
		return false;
	}
}

/** Keeps the note about `ahead` away for this tab's session (`filedAheadDismissed`). */
export function dismissFiledAhead(ahead: FiledAhead, storage: Storage | null = tabStorage()): void {
	try {
		storage?.setItem(keyOf(ahead), '1');
	} catch {
		// A full or refused storage: the note goes for this screen only (the caller hides it).
	}
}
