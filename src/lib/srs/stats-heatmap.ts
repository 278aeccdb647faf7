/**
 * Stats → Reviews: the calendar heatmap of answers per study day (4 AM rollover, `./day`, so a
 * session past midnight counts for the evening it began in), from the `days` rows
 * (`$lib/db/stats` reads them).
 */
import { plural } from '$lib/text/plural';
import { addDays, type StudyDay } from './day';
import { dateOf, formatDay, monthOf } from './day-label';

export const HEATMAP_WEEKS = 26;

export type HeatLevel = 0 | 1 | 2 | 3 | 4;

export interface HeatmapCell {
	day: StudyDay;
	count: number;
	level: HeatLevel;
	/** After today: drawn blank, not counted. */
	future: boolean;
	/** "12 reviews on 3 Nov". */
	label: string;
}

export interface HeatmapWeek {
	/** The Monday that starts the column. */
	start: StudyDay;
	/** Month name shown above the column where a month begins, else null. */
	month: string | null;
	/** Monday to Sunday. */
	cells: HeatmapCell[];
}

export interface HeatmapLegendItem {
	level: HeatLevel;
	/** "0", "1–3", "10+". */
	range: string;
}

export interface Heatmap {
	weeks: HeatmapWeek[];
	legend: HeatmapLegendItem[];
	/** Reviews in the window. */
	total: number;
	/** Study days in the window with at least one review. */
	studyDays: number;
	/** Busiest day in the window, or null when there were no reviews. */
	busiest: { day: StudyDay; count: number } | null;
	from: StudyDay;
	to: StudyDay;
}

/** 0 = Monday … 6 = Sunday. */
function weekdayIndex(day: StudyDay): number {
	return (dateOf(day).getDay() + 6) % 7;
}

/**
 * Reviews per study day over the last `weeks` weeks, as week columns (Monday first) ending with
 * the week that holds `today`. Shades come from even steps up to the busiest day, so the legend
 * can say in numbers what each shade means.
 */
export function buildHeatmap(
	counts: ReadonlyMap<StudyDay, number>,
	today: StudyDay,
	weeks: number = HEATMAP_WEEKS
): Heatmap {
	const firstMonday = addDays(today, -weekdayIndex(today) - (weeks - 1) * 7);
	const days: StudyDay[] = [];
	for (let i = 0; i < weeks * 7; i++) days.push(addDays(firstMonday, i));
	const past = days.filter((day) => day <= today);
	let total = 0;
	let studyDays = 0;
	let busiest: Heatmap['busiest'] = null;
	for (const day of past) {
		const count = counts.get(day) ?? 0;
		total += count;
		if (count > 0) studyDays++;
		if (count > 0 && (!busiest || count > busiest.count)) busiest = { day, count };
	}
	const step = Math.max(1, Math.ceil((busiest?.count ?? 0) / 4));
	const levelOf = (count: number): HeatLevel =>
		count <= 0 ? 0 : (Math.min(4, Math.ceil(count / step)) as HeatLevel);

	const columns: HeatmapWeek[] = [];
	for (let w = 0; w < weeks; w++) {
		const start = days[w * 7];
		const cells = days.slice(w * 7, w * 7 + 7).map((day): HeatmapCell => {
			const future = day > today;
			const count = future ? 0 : (counts.get(day) ?? 0);
			return {
				day,
				count,
				level: future ? 0 : levelOf(count),
				future,
				label: future
					? `${formatDay(day)} (not yet)`
					: `${plural(count, 'review')} on ${formatDay(day)}`
			};
		});
		// Label the column where a month's first day falls (the first column always gets one,
		// unless the next month starts within two columns and the labels would collide).
		const firstOfMonth = cells.find((cell) => cell.day.endsWith('-01'));
		let month: string | null = firstOfMonth ? monthOf(firstOfMonth.day) : null;
		if (w === 0 && !month) {
			const nextLabel = days.slice(7, 21).some((day) => day.endsWith('-01'));
			month = nextLabel ? null : monthOf(start);
		}
		columns.push({ start, month, cells });
	}

	const legend: HeatmapLegendItem[] = [{ level: 0, range: '0' }];
	for (let level = 1; level <= 4; level++) {
		const low = (level - 1) * step + 1;
		const high = level * step;
		const range = level === 4 ? `${low}+` : low === high ? `${low}` : `${low}–${high}`;
		legend.push({ level: level as HeatLevel, range });
	}

	return { weeks: columns, legend, total, studyDays, busiest, from: days[0], to: today };
}

/** Reviews per study day from the `days` table rows. */
export function countsFromDays(
	rows: Iterable<{ day: StudyDay; answers: number }>
): Map<StudyDay, number> {
	const counts = new Map<StudyDay, number>();
	for (const row of rows) if (row.answers > 0) counts.set(row.day, row.answers);
	return counts;
}

/** Answers filed under study days after today: the device clock was set back since. */
export interface DatedAhead {
	answers: number;
	days: number;
	/** The latest such day. */
	latest: StudyDay;
}

/**
 * The answers of `counts` (answers per study day) filed after `today`, or null for none. The
 * calendar ends at today, so these count in the total and on no day: an outsider student with
 * the clock set back saw "10 reviews in all" against 8 on the calendar, with no reason given.
 */
export function datedAfter(
	counts: ReadonlyMap<StudyDay, number>,
	today: StudyDay
): DatedAhead | null {
	let ahead: DatedAhead | null = null;
	for (const [day, count] of counts) {
		if (day <= today || count <= 0) continue;
		ahead ??= { answers: 0, days: 0, latest: day };
		ahead.answers += count;
		ahead.days++;
		if (day > ahead.latest) ahead.latest = day;
	}
	return ahead;
}

/** "2 reviews are dated after today (up to Fri 4 Dec): …", for the Stats screen. */
export function datedAheadSentence(ahead: DatedAhead): string {
	const one = ahead.answers === 1;
	return `${plural(ahead.answers, 'review')} ${one ? 'is' : 'are'} dated after today (up to ${formatDay(ahead.latest)}): this device's clock was set back since ${one ? 'it was' : 'they were'} given. ${one ? 'It counts' : 'They count'} in the total, and on the calendar once that day comes; Settings → Check database lists ${one ? 'it' : 'them'}.`;
}
