/**
 * A moment (ms since the epoch) as people of the device's language write it, with the month in
 * words: "Dec 2, 2026, 1:40 PM" in American English, "2 Dec 2026, 13:40" in British English.
 * Backups, quizzes and imports all name moments this way: the bare `toLocaleString()`
 * ("12/2/2026, 1:40:00 PM") let a student read 12 February for 2 December (outsider student),
 * and the seconds told nobody anything. `locales` and `timeZone` are for tests; the app passes
 * neither (the device's own, as it is at the call: see `formatMoment`).
 */
export function momentText(ms: number, locales?: string | string[], timeZone?: string): string {
	return formatMoment(ms, 'short', locales, timeZone);
}

/**
 * `momentText` with the seconds ("2 Dec 2026, 13:40:07"): only where two moments of one list
 * fall in the same minute and must be told apart (automatic backups taken one after another).
 */
export function momentTextToTheSecond(
	ms: number,
	locales?: string | string[],
	timeZone?: string
): string {
	return formatMoment(ms, 'medium', locales, timeZone);
}

/**
 * A day (ms since the epoch) as `momentText` writes its date, without the time: "Dec 5, 2026" in
 * American English, "5 Dec 2026" in British English. Where a list names only the day (the
 * Classroom's quizzes): `toLocaleDateString()` wrote "12/5/2026" there, beside "Dec 5, 2026" on
 * the quiz's own page (outsider teacher, session 33), and 12/5 reads as 12 May in most of the
 * world.
 */
export function dayText(ms: number, locales?: string | string[], timeZone?: string): string {
	return formatMoment(ms, 'none', locales, timeZone);
}

/** `none`: the date alone (`dayText`). */
type TimeStyle = 'short' | 'medium' | 'none';

/**
 * Formatters made so far, by locales, time style and time zone. Making one costs ~0.3 ms (ICU),
 * formatting with it ~3 µs: `toLocaleString` with options makes a new one on every call, 105 ms
 * of opening a 50-question quiz in a profile (perf43). A handful of keys in practice.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(
	style: TimeStyle,
	locales: string | string[] | undefined,
	timeZone: string
): Intl.DateTimeFormat {
	const key = JSON.stringify([style, locales ?? null, timeZone]);
	let formatter = formatters.get(key);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat(locales, {
			dateStyle: 'medium',
			...(style === 'none' ? {} : { timeStyle: style }),
			timeZone
		});
		formatters.set(key, formatter);
	}
	return formatter;
}

/**
 * The instant whose UTC fields are `date`'s local ones (NaN past what a `Date` holds). From the
 * fields, not `getTimezoneOffset`, which V8 rounds to whole minutes: St John's kept 3:30:52
 * behind UTC until 1935, and 9:29 came out 9:30.
 */
function localAsUtc(date: Date): number {
	const wall = new Date(0);
	wall.setUTCFullYear(date.getFullYear(), date.getMonth(), date.getDate());
	return wall.setUTCHours(
		date.getHours(),
		date.getMinutes(),
		date.getSeconds(),
		date.getMilliseconds()
	);
}

/** The last instant a `Date` holds (ECMA-262 §21.4.1.22, TimeClip): ±8.64e15 ms. */
const MAX_TIME_MS = 8.64e15;

/**
 * `ms` with a medium date and a `style` time. A named `timeZone` has its own formatter. The
 * device's zone can change while the app is open (travel, or a test's fake zone), and reading
 * which zone it is now costs as much as a new formatter; so it is applied through `Date`'s local
 * fields at `ms` (`localAsUtc`; `Date` follows every zone change): the wall-clock time is written
 * by a UTC formatter. These styles name no zone, so the
 * text is the same as `toLocaleString` in the device's zone (`when.test.ts` compares them across
 * zones, DST changes and zone moves). A moment a `Date` cannot hold (shifted too) goes through
 * `toLocaleString` as before ("Invalid Date" for NaN, where a formatter throws).
 */
function formatMoment(
	ms: number,
	style: TimeStyle,
	locales: string | string[] | undefined,
	timeZone: string | undefined
): string {
	const wallClock = timeZone === undefined ? localAsUtc(new Date(ms)) : ms;
	if (!(Math.abs(ms) <= MAX_TIME_MS && Math.abs(wallClock) <= MAX_TIME_MS))
		return new Date(ms).toLocaleString(locales, {
			dateStyle: 'medium',
			...(style === 'none' ? {} : { timeStyle: style }),
			timeZone
		});
	return formatterFor(style, locales, timeZone ?? 'UTC').format(wallClock);
}
