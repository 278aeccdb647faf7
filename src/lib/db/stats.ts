/**
 * Reads for the Stats screen. Read-only, and run inside `liveQuery` after every answer, so the
 * answer log is never scanned (issue 14): answer counts and true retention come from the `days`
 * rows (one per study day, kept up to date in each answer's own transaction by
 * `day-totals.ts`), the hardest questions from the `lapses` index (60 cards and their answers),
 * cards by state and the forecast from the `tallies` rows (schema v7, `tallies.ts`: a few per
 * course and due day), so no card row is read but the hardest ones. Day and tally rows are kept
 * per tab (`stats-rows.ts`): after this tab's answer only the rows it changed are read again.
 */
import { addDays, type StudyDay } from '$lib/srs/day';
import {
	buildHeatmap,
	countsFromDays,
	datedAfter,
	HEATMAP_WEEKS,
	type DatedAhead,
	type Heatmap
} from '$lib/srs/stats-heatmap';
import { forecastFromCounts, type Forecast } from '$lib/srs/stats-forecast';
import { RECENT_DAYS, tallyRetention, type RetentionTally } from '$lib/srs/stats-retention';
import { rankHardest, type HardQuestion } from '$lib/srs/stats-hardest';
import { BUILTIN_COURSE_ID, type DayRecord, type DaySums, type ReviewRecord } from './records';
import { dueCountsByDay, stateTally, type StateCounts } from './tallies';
import { readHardest } from './hardest';
import { readForecastWindow, shownDueCounts } from './forecast-window';
import { holdTables } from './card-holds';
import { readSuspendedItems, withoutSuspended } from './stats-held';
import { readStatsRows } from './stats-rows';
import { getStudySettings } from './study-settings';
import { readStudyToday } from './study-today';
import { getDb, type FlashpointDb } from './schema';

export interface StatsSnapshot {
	today: StudyDay;
	/** Every answer ever recorded (the sum of the days' answers). */
	totalReviews: number;
	heatmap: Heatmap;
	/** Answers filed after today (a clock set back): in the total, on no calendar day yet. */
	ahead: DatedAhead | null;
	forecast: Forecast;
	/** True retention over the last `RECENT_DAYS` study days. */
	recent: RetentionTally;
	/** True retention over every answer. */
	allTime: RetentionTally;
	states: StateCounts;
	hardest: HardQuestion[];
	/** The student's target ("desired retention" in Settings), for context. */
	desiredRetention: number;
}

/** True retention of `rows`: review-state answers (`reviewCards`) and those not Again. */
export function retentionFromDays(rows: Iterable<DayRecord>): RetentionTally {
	let answers = 0;
	let retained = 0;
	for (const row of rows) {
		answers += row.reviewCards;
		retained += Math.min(row.reviewCards, row.retained ?? 0);
	}
	return { answers, retained };
}

/**
 * The all-time totals of the day rows `readStatsRows` gave (oldest first): the latest row's
 * running totals (`DayRecord.sums`, v12), or, when a row lacks them (every row was read), the
 * rows added up.
 */
function allTimeSums(rows: readonly DayRecord[]): DaySums {
	const latest = rows.at(-1);
	if (!latest) return { answers: 0, reviewCards: 0, retained: 0 };
	if (rows.every((row) => row.sums)) return latest.sums!;
	const { answers: reviewCards, retained } = retentionFromDays(rows);
	return { answers: rows.reduce((sum, row) => sum + row.answers, 0), reviewCards, retained };
}

/**
 * Every answer to a question of course `courseId`: a user course's by its `<courseId>:` key
 * range on `reviews.questionId`; the built-in course's (ids without a colon) by reading the log
 * (only when Stats is narrowed to the built-in course). Call inside a transaction over `reviews`.
 */
function courseReviews(db: FlashpointDb, courseId: string): Promise<ReviewRecord[]> {
	if (courseId === BUILTIN_COURSE_ID)
		return db.reviews.filter((review) => !review.questionId.includes(':')).toArray();
	return db.reviews
		.where('questionId')
		.between(`${courseId}:`, `${courseId}:\uffff`, true, true)
		.toArray();
}

/** Answers per study day (the heatmap) from answer rows, for days `from`–`to`. */
function countsFromReviews(
	reviews: readonly ReviewRecord[],
	from: StudyDay,
	to: StudyDay
): Map<StudyDay, number> {
	const counts = new Map<StudyDay, number>();
	for (const { studyDay: day } of reviews)
		if (day >= from && day <= to) counts.set(day, (counts.get(day) ?? 0) + 1);
	return counts;
}

/**
 * The answer figures (total, heatmap, recent and all-time true retention) of one course, from
 * its answers: the day totals mix every course. Days `heatmapFrom`/`recentFrom` to `today`.
 */
async function courseAnswerFigures(
	db: FlashpointDb,
	courseId: string,
	days: { today: StudyDay; heatmapFrom: StudyDay; recentFrom: StudyDay },
	weeks: number
): Promise<Pick<StatsSnapshot, 'totalReviews' | 'heatmap' | 'ahead' | 'recent' | 'allTime'>> {
	const reviews = await courseReviews(db, courseId);
	return {
		totalReviews: reviews.length,
		ahead: datedAfter(countsFromReviews(reviews, days.today, '\uffff'), days.today),
		heatmap: buildHeatmap(
			countsFromReviews(reviews, days.heatmapFrom, days.today),
			days.today,
			weeks
		),
		recent: tallyRetention(
			reviews.filter((r) => r.studyDay >= days.recentFrom && r.studyDay <= days.today)
		),
		allTime: tallyRetention(reviews)
	};
}

/**
 * Everything the Stats screen shows, read in one transaction. `bankIds` are the questions
 * counted (cards of other questions are left out); `now` in ms; `weeks` of heatmap. With
 * `courseId`, the answer figures (total, heatmap, retention) count only that course's answers,
 * read from the log by key range (`courseAnswerFigures`); without, every answer, from the days.
 */
export async function loadStats(
	bankIds: readonly string[],
	now: number = Date.now(),
	db: FlashpointDb = getDb(),
	weeks: number = HEATMAP_WEEKS,
	courseId: string | null = null
): Promise<StatsSnapshot> {
	const [settings, studyDayNow] = await Promise.all([
		getStudySettings(db),
		readStudyToday(db, now)
	]);
	const today = studyDayNow.day;
	const heatmapFrom = addDays(today, -weeks * 7);
	const recentFrom = addDays(today, -(RECENT_DAYS - 1));
	const bank = new Set(bankIds);
	const inBank = (id: string) => bank.has(id);
	const tables = [
		db.cards,
		db.reviews,
		db.days,
		db.tallies,
		db.settings,
		db.items,
		...holdTables(db)
	];
	return db.transaction('r', tables, async () => {
		const [{ days: dayRows, ...tallies }, hardest, scoped, windowRead, suspended] =
			await Promise.all([
				readStatsRows(db, courseId, today, heatmapFrom),
				readHardest(db, inBank, courseId ?? ''),
				courseId === null
					? null
					: courseAnswerFigures(db, courseId, { today, heatmapFrom, recentFrom }, weeks),
				readForecastWindow(db, courseId, studyDayNow),
				readSuspendedItems(db, courseId)
			]);
		// Suspended cards are a state of their own and never due (`stats-held.ts`).
		const { states, due, window } = withoutSuspended(
			stateTally(tallies.states),
			dueCountsByDay(tallies.due),
			windowRead,
			suspended
		);
		const sums = allTimeSums(dayRows);
		return {
			today,
			totalReviews: sums.answers,
			ahead: datedAfter(countsFromDays(dayRows), today),
			heatmap: buildHeatmap(
				countsFromDays(dayRows.filter((row) => row.day >= heatmapFrom && row.day <= today)),
				today,
				weeks
			),
			// Each card on the day the queue will show it (`shownDueCounts`), zone changes included.
			forecast: forecastFromCounts(shownDueCounts(due, window, studyDayNow), today),
			recent: retentionFromDays(dayRows.filter((row) => row.day >= recentFrom && row.day <= today)),
			allTime: { answers: sums.reviewCards, retained: sums.retained },
			states,
			hardest: rankHardest(hardest.candidates, hardest.tallies, inBank),
			desiredRetention: settings.desiredRetention,
			...scoped
		};
	});
}
