/**
 * A moment (ms since the epoch) as people of the device's language write it, with the month in
 * words: "Dec 2, 2026, 1:40 PM" in American English, "2 Dec 2026, 13:40" in British English.
 * Backups, quizzes and imports all name moments this way: the bare `toLocaleString()`
 * ("12/2/2026, 1:40:00 PM") let a student read 12 February for 2 December (outsider student),
 * and the seconds told nobody anything. `locales` and `timeZone` are for tests; the app passes
 * neither (the device's own).
 */
export function momentText(ms: number, locales?: string | string[], timeZone?: string): string {
	return new Date(ms).toLocaleString(locales, {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone
	});
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
	return new Date(ms).toLocaleString(locales, {
		dateStyle: 'medium',
		timeStyle: 'medium',
		timeZone
	});
}
