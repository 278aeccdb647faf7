/**
 * Intervals as the grade buttons and notes show them, by Anki's rule for its answer buttons
 * (rslib `scheduler/timespan.rs`, `answer_button_time`): the largest unit that fits, a year
 * being 365 days and a month a twelfth of it; minutes and days whole, hours, months and years
 * to one decimal ("1.6 mo", "2.1 mo"). Rounding months to whole ones made an imported Anki
 * card read "Hard 1 mo / Good 2 mo / Easy 2 mo" (outsider, session 29). Pure.
 */

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;
const MONTH = YEAR / 12;

/** Units from the largest down: length (ms), label, decimals shown (Anki's). */
const UNITS = [
	{ ms: YEAR, unit: 'y', decimals: 1 },
	{ ms: MONTH, unit: 'mo', decimals: 1 },
	{ ms: DAY, unit: 'd', decimals: 0 },
	{ ms: HOUR, unit: 'h', decimals: 1 },
	{ ms: MINUTE, unit: 'min', decimals: 0 },
	{ ms: SECOND, unit: 's', decimals: 0 }
] as const;

/** The largest unit `ms` fills (index into `UNITS`); under a minute counts as minutes. */
function naturalUnit(ms: number): number {
	const at = UNITS.findIndex((u) => Math.abs(ms) >= u.ms);
	return at < 0 || at === UNITS.length - 1 ? UNITS.length - 2 : at;
}

/** `ms` in unit `level` of `UNITS`, with that unit's decimals ("1.6 mo", "30 d"). */
function inUnit(ms: number, level: number): string {
	const { ms: size, unit, decimals } = UNITS[level];
	const scale = 10 ** decimals;
	let amount = Math.round((ms / size) * scale) / scale;
	// Flashpoint's shortest step is a minute: an interval just under it reads "1 min", as before.
	if (unit === 'min') amount = Math.max(1, amount);
	return `${amount} ${unit}`;
}

/**
 * A short interval (ms) for a grade button or a note: "1 min", "10 min", "5 h", "1.5 h", "3 d",
 * "1.6 mo", "2 mo", "1.5 y" (Anki's units and decimals; under a minute reads "1 min").
 */
export function formatInterval(ms: number): string {
	return inUnit(ms, naturalUnit(ms));
}

/**
 * The labels of grade buttons' intervals (ms), in the same order: each as `formatInterval`,
 * except that buttons whose intervals differ never read the same. Anki's one decimal still
 * gives "2 mo" for 60 and 61 days; those read in the next smaller unit until they differ
 * ("60 d", "61 d"), down to seconds. Intervals within a second of each other may read alike.
 */
export function intervalLabels(intervals: readonly number[]): string[] {
	const levels = intervals.map(naturalUnit);
	for (;;) {
		const labels = intervals.map((ms, i) => inUnit(ms, levels[i]));
		let finer = false;
		labels.forEach((label, i) => {
			const clash = labels.some(
				(other, j) =>
					j !== i &&
					other === label &&
					Math.abs(intervals[j] - intervals[i]) >= SECOND &&
					levels[i] < UNITS.length - 1
			);
			if (clash) {
				levels[i]++;
				finer = true;
			}
		});
		if (!finer) return labels;
	}
}
