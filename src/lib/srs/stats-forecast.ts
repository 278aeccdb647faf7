/**
 * Stats → Due in the next 30 days: cards due per study day (4 AM rollover, `./day`), from the
 * counts the `due:` tallies keep (`$lib/db/tallies`), and the chart's axis.
 */
import { addDays, studyDay, type StudyDay } from './day';

export const FORECAST_DAYS = 30;

export interface ForecastDay {
	day: StudyDay;
	/** Cards due that day; today's includes overdue cards. */
	count: number;
	/** Today only: cards that were due before today. */
	overdue: number;
}

export interface Forecast {
	days: ForecastDay[];
	/** Cards due over the whole window (today's overdue included). */
	total: number;
	overdue: number;
	/** Cards due in the next 7 study days, today included. */
	week: number;
	busiest: ForecastDay | null;
	max: number;
}

/**
 * Cards due per study day for the next `days` days, from the count of learning, review and
 * relearning cards due on each study day (`dueCountsByDay` of the `due:` tallies, any days).
 * A card is due on the study day its due time falls in (one due at 3 AM is due "today", before
 * tomorrow's 4 AM); overdue cards count today, because that is when they will be shown.
 * Unstarted (new) cards are never due. `now`: a time in ms, or today's study day as
 * `studyToday` gives it (which a time-zone change westwards can keep ahead of the local day).
 */
export function forecastFromCounts(
	counts: ReadonlyMap<StudyDay, number>,
	now: number | StudyDay,
	days: number = FORECAST_DAYS
): Forecast {
	const today = typeof now === 'string' ? now : studyDay(now);
	const list: ForecastDay[] = [];
	const index = new Map<StudyDay, ForecastDay>();
	for (let i = 0; i < days; i++) {
		const entry = { day: addDays(today, i), count: 0, overdue: 0 };
		list.push(entry);
		index.set(entry.day, entry);
	}
	for (const [day, count] of counts) {
		if (day < today) {
			list[0].count += count;
			list[0].overdue += count;
		} else {
			const entry = index.get(day);
			if (entry) entry.count += count;
		}
	}
	let busiest: ForecastDay | null = null;
	for (const entry of list)
		if (entry.count > 0 && (!busiest || entry.count > busiest.count)) busiest = entry;
	return {
		days: list,
		total: list.reduce((sum, entry) => sum + entry.count, 0),
		overdue: list[0]?.overdue ?? 0,
		week: list.slice(0, 7).reduce((sum, entry) => sum + entry.count, 0),
		busiest,
		max: busiest?.count ?? 0
	};
}

export function axisTicks(max: number, count = 3): number[] {
	if (max <= 0) return [0, 1];
	const rough = max / (count - 1);
	const magnitude = 10 ** Math.floor(Math.log10(rough));
	const nice =
		[1, 2, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= rough) ??
		10 * magnitude;
	// Counts are whole numbers: a step below 1 would repeat labels once rounded.
	const step = Math.max(1, Math.round(nice));
	const ticks: number[] = [];
	for (let value = 0; ; value += step) {
		ticks.push(value);
		if (value >= max) break;
	}
	return ticks;
}
