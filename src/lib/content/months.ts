/**
 * English month names, fixed rather than taken from Intl: the course and the interface are in
 * English, the generator must give the same output on every machine, and ICU versions disagree
 * on abbreviations ("Sep" or "Sept").
 */
export const MONTH_NAMES = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

/** "Jan" … "Dec". */
export const MONTH_ABBREVIATIONS = MONTH_NAMES.map((name) => name.slice(0, 3));
