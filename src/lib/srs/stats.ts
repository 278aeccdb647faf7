/**
 * Statistics for the Stats screen, as pure functions over rows already read from the database
 * (`$lib/db/stats` does the reading). Days are study days (4 AM rollover, `./day`), so a session
 * past midnight counts for the evening it began in, on the heatmap and in the forecast alike.
 */
import { CARD_STATE, type CardRecord, type CardState, type ReviewRecord } from '$lib/db/records';
import { plural } from '$lib/text/plural';
import { addDays, studyDay, type StudyDay } from './day';
import { MONTH_ABBREVIATIONS } from '$lib/content/months';

export const HEATMAP_WEEKS = 26;
export const FORECAST_DAYS = 30;
/** Window of the "recent" retention figure, in study days (today included). */
export const RECENT_DAYS = 30;

function dateOf(day: StudyDay): Date {
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

function monthOf(day: StudyDay): string {
	return MONTH_ABBREVIATIONS[dateOf(day).getMonth()];
}

// Kept here for the Stats components that import it from this module.
export { plural };

// ---------------------------------------------------------------------------------------------
// Calendar heatmap

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

// ---------------------------------------------------------------------------------------------
// Due forecast

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
 * Cards due per study day for the next `days` days. A card is due on the study day its due
 * time falls in (so one due at 3 AM is due "today", before tomorrow's 4 AM); overdue cards are
 * counted today, because that is when they will be shown. Unstarted (new) cards are not due.
 */
export function buildForecast(
	cards: Iterable<Pick<CardRecord, 'due' | 'state'>>,
	now: number,
	days: number = FORECAST_DAYS
): Forecast {
	const counts = new Map<StudyDay, number>();
	for (const card of cards) {
		if (card.state === CARD_STATE.new) continue;
		const day = studyDay(card.due);
		counts.set(day, (counts.get(day) ?? 0) + 1);
	}
	return forecastFromCounts(counts, now, days);
}

/**
 * The forecast from cards due per study day (learning, review and relearning cards; any days,
 * earlier ones counted as overdue today): what `buildForecast` counts from cards, and Stats
 * reads from the `due:` tallies (`$lib/db/tallies`).
 */
export function forecastFromCounts(
	counts: ReadonlyMap<StudyDay, number>,
	now: number,
	days: number = FORECAST_DAYS
): Forecast {
	const today = studyDay(now);
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

// ---------------------------------------------------------------------------------------------
// True retention

export interface RetentionTally {
	/** Answers to cards in review state (learning steps excluded). */
	answers: number;
	/** Of those, answers not rated Again. */
	retained: number;
}

export const EMPTY_TALLY: RetentionTally = { answers: 0, retained: 0 };

/**
 * True retention counts only answers to cards that had graduated (review state before the
 * answer): learning steps are meant to be easy to fail and would flatter or spoil the figure.
 */
export function isReviewAnswer(review: Pick<ReviewRecord, 'before'>): boolean {
	return review.before?.state === CARD_STATE.review;
}

export function tallyRetention(
	reviews: Iterable<Pick<ReviewRecord, 'before' | 'rating'>>,
	start: RetentionTally = EMPTY_TALLY
): RetentionTally {
	let { answers, retained } = start;
	for (const review of reviews) {
		if (!isReviewAnswer(review)) continue;
		answers++;
		if (review.rating > 1) retained++;
	}
	return { answers, retained };
}

/** Share retained (0–1), or null with nothing to rest on. */
export function retentionRate(tally: RetentionTally): number | null {
	return tally.answers === 0 ? null : tally.retained / tally.answers;
}

// ---------------------------------------------------------------------------------------------
// Cards by state

export interface StateCounts {
	/** Questions in the bank not started yet (no card, or a card never answered). */
	fresh: number;
	learning: number;
	review: number;
	relearning: number;
	/** Cards flagged as leeches (also counted in their state). */
	leeches: number;
	/** Questions in the bank. */
	total: number;
}

/**
 * Every question in the bank, by where it is in learning. Cards for questions no longer in the
 * bank are left out, so the parts add up to the bank size.
 */
export function countStates(
	bankIds: Iterable<string>,
	cards: Iterable<Pick<CardRecord, 'questionId' | 'state' | 'leech'>>
): StateCounts {
	const ids = new Set(bankIds);
	const counts: StateCounts = {
		fresh: 0,
		learning: 0,
		review: 0,
		relearning: 0,
		leeches: 0,
		total: ids.size
	};
	const byState: Record<CardState, keyof StateCounts> = {
		0: 'fresh',
		1: 'learning',
		2: 'review',
		3: 'relearning'
	};
	let started = 0;
	for (const card of cards) {
		if (!ids.has(card.questionId)) continue;
		started++;
		counts[byState[card.state]]++;
		if (card.leech) counts.leeches++;
	}
	counts.fresh += ids.size - started;
	return counts;
}

// ---------------------------------------------------------------------------------------------
// Hardest questions

export interface QuestionTally {
	answers: number;
	again: number;
}

export interface HardQuestion {
	questionId: string;
	lapses: number;
	answers: number;
	again: number;
	/** Share of answers not rated Again (0–1). */
	success: number;
}

export function tallyByQuestion(
	reviews: Iterable<Pick<ReviewRecord, 'questionId' | 'rating'>>
): Map<string, QuestionTally> {
	const tallies = new Map<string, QuestionTally>();
	for (const review of reviews) {
		const tally = tallies.get(review.questionId) ?? { answers: 0, again: 0 };
		tally.answers++;
		if (review.rating === 1) tally.again++;
		tallies.set(review.questionId, tally);
	}
	return tallies;
}

/**
 * The questions that trouble the student most: forgotten most often after being learned
 * (lapses), then the lowest share of answers that were not Again. A question never answered
 * Again is not hard, however few times it was seen.
 */
export function rankHardest(
	cards: Iterable<Pick<CardRecord, 'questionId' | 'lapses'>>,
	tallies: ReadonlyMap<string, QuestionTally>,
	isInBank: (questionId: string) => boolean,
	limit = 10
): HardQuestion[] {
	const hard: HardQuestion[] = [];
	for (const card of cards) {
		const tally = tallies.get(card.questionId);
		if (!tally || tally.answers === 0 || !isInBank(card.questionId)) continue;
		if (card.lapses === 0 && tally.again === 0) continue;
		hard.push({
			questionId: card.questionId,
			lapses: card.lapses,
			answers: tally.answers,
			again: tally.again,
			success: (tally.answers - tally.again) / tally.answers
		});
	}
	hard.sort(
		(a, b) =>
			b.lapses - a.lapses ||
			a.success - b.success ||
			b.again - a.again ||
			a.questionId.localeCompare(b.questionId)
	);
	return hard.slice(0, limit);
}

/** "92%". */
export function percent(share: number): string {
	return `${Math.round(share * 100)}%`;
}
