import { MONTH_NAMES } from '$lib/content/months';

/**
 * Dates as an article's header writes them ("12 March 2024", "Published: March 12th, 2024",
 * "2024-03-12T09:30:00Z", "Tue 12 Mar 2024 14.00 GMT"), read as `YYYY-MM-DD` (`YYYY-MM` for a
 * month alone). A numeric date with the year last is read only when day and month cannot be
 * mixed up (`13/03/2024`, `3/13/2024`, `3/3/2024`): in `03/04/2024` they can. Pure; never throws.
 */

const MONTH =
	'(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY_NAME = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?';
const WEEKDAY = `(?:${WEEKDAY_NAME},?\\s+)?`;
const DATE_WORDS =
	/^(?:(?:published|posted|updated|last updated|last modified|modified|first published|date|dated|created)(?:\s+on)?\s*:?\s*)/i;
const DAY_MONTH_YEAR = new RegExp(
	`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`,
	'i'
);
const MONTH_DAY_YEAR = new RegExp(
	`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
	'i'
);
const MONTH_YEAR = new RegExp(`^${MONTH},?\\s+(\\d{4})\\b`, 'i');
/** Year first, with `-` or `/` (the same both times), and an ISO 8601 time after a `T` allowed. */
const YEAR_FIRST =
	/^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d/-])/;
/** Day and month (either order) before the year: read only when unambiguous (`numericDate`). */
const YEAR_LAST = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4})\b/;
/** A time after a date ("14.00 GMT", "at 9:30 a.m. EST"): part of a dateline, not read. */
const TIME =
	/^\s*(?:,\s*|at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+(?:[A-Z]{2,5}|(?:UTC|GMT)[+-]\d{1,2}))?/i;

const pad = (n: number) => String(n).padStart(2, '0');

function monthNumber(name: string): number {
	const prefix = name.slice(0, 3).toLowerCase();
	return MONTH_NAMES.findIndex((m) => m.slice(0, 3).toLowerCase() === prefix) + 1;
}

function validDay(year: number, month: number, day: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A date at the start of `line` ("Published:", a weekday allowed) and what follows it, with any
 * time and a full stop that ends the line taken off; undefined when the line opens with no date.
 */
export function leadingDate(line: string): { date: string; rest: string } | undefined {
	const text = line.trim().replace(DATE_WORDS, '');
	let year: number, month: number, day: number | undefined;
	let match = YEAR_FIRST.exec(text);
	if (match) [year, month, day] = [Number(match[1]), Number(match[3]), Number(match[4])];
	else if ((match = DAY_MONTH_YEAR.exec(text)))
		[year, month, day] = [Number(match[3]), monthNumber(match[2]), Number(match[1])];
	else if ((match = MONTH_DAY_YEAR.exec(text)))
		[year, month, day] = [Number(match[3]), monthNumber(match[1]), Number(match[2])];
	else if ((match = YEAR_LAST.exec(text))) {
		const [a, b] = [Number(match[1]), Number(match[3])];
		if (a !== b && a <= 12 && b <= 12) return undefined;
		[year, month, day] = [Number(match[4]), a > 12 ? b : a, a > 12 ? a : b];
	} else if ((match = MONTH_YEAR.exec(text)))
		[year, month, day] = [Number(match[2]), monthNumber(match[1]), undefined];
	else return undefined;
	if (year < 1000 || month < 1 || month > 12) return undefined;
	if (day !== undefined && !validDay(year, month, day)) return undefined;
	const rest = text
		.slice(match[0].length)
		.replace(TIME, '')
		.replace(/^\s*\.\s*$/, '')
		.trim();
	return {
		date: day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`,
		rest
	};
}

/**
 * A date as a dateline writes it, as `YYYY-MM-DD` (`YYYY-MM` for "March 2024"), or undefined
 * when the line holds more than a date ("Published:", a weekday, a time and a closing full stop
 * allowed).
 */
export function datelineDate(line: string): string | undefined {
	const found = leadingDate(line);
	return found && !found.rest ? found.date : undefined;
}

const DATE_WORD = new RegExp(
	`^(?:${MONTH}|(?:mon|tues?|wednes|thurs?|fri|satur|sun)(?:day)?|wed|thu|sat|today|yesterday|tomorrow)$`,
	'i'
);

/**
 * True for a word alone that names a month or a day ("March", "Monday", "today"): "By March, the
 * harbour…" and "By Monday, the troops…" open a sentence, not a byline.
 */
export function isDateWord(word: string): boolean {
	return DATE_WORD.test(word.trim());
}
