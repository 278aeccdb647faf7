/**
 * Reads for the Stats screen. Read-only, and run inside `liveQuery` after every answer, so the
 * answer log is never scanned (issue 14): answer counts and true retention come from the `days`
 * rows (one per study day, kept up to date in each answer's own transaction by
 * `day-totals.ts`), the hardest questions from the `lapses` index (60 cards and their answers),
 * cards by state and the forecast from the `tallies` rows (schema v7, `tallies.ts`: a few per
 * course and due day), so no card row is read but the hardest ones.
 */
import { addDays, studyDay, studyDayStart, type StudyDay } from '$lib/srs/day';
import {
	buildHeatmap,
	countsFromDays,
	FORECAST_DAYS,
	forecastFromCounts,
	HEATMAP_WEEKS,
	tallyRetention,
	rankHardest,
	RECENT_DAYS,
	tallyByQuestion,
	type Forecast,
	type HardQuestion,
	type Heatmap,
	type RetentionTally,
	type StateCounts
} from '$lib/srs/stats';
import {
	BUILTIN_COURSE_ID,
	NO_CARD,
	type CardRecord,
	type DayRecord,
	type ReviewRecord,
	type TallyRecord
} from './records';
import { dueBucketRange, dueCountsByDay, forecastLastDay, stateTally } from './tallies';
import { getStudySettings } from './study-settings';
import { getDb, type FlashpointDb } from './schema';

export interface StatsSnapshot {
	today: StudyDay;
	/** Every answer ever recorded (the sum of the days' answers). */
	totalReviews: number;
	heatmap: Heatmap;
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

/** Questions whose full answer history is read to rank the hardest (bounds the index reads). */
const HARDEST_CANDIDATES = 60;

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
 * The hardest questions' candidates: the `HARDEST_CANDIDATES` cards of the bank with most
 * lapses (ties in index order); when fewer cards have lapsed, also those answered Again in the
 * last `RECENT_DAYS` days (read from the log's `answeredAt` index, only then).
 */
async function hardestCandidates(
	db: FlashpointDb,
	inBank: (id: string) => boolean,
	recentFrom: number
): Promise<CardRecord[]> {
	const lapsed = await db.cards
		.where('lapses')
		.above(0)
		.reverse()
		.filter((card) => inBank(card.questionId))
		.limit(HARDEST_CANDIDATES)
		.toArray();
	if (lapsed.length >= HARDEST_CANDIDATES) return lapsed;
	const forgotten = new Set<string>();
	await db.reviews
		.where('answeredAt')
		.aboveOrEqual(recentFrom)
		.each((review) => {
			if (review.rating === 1 && inBank(review.questionId)) forgotten.add(review.questionId);
		});
	for (const card of lapsed) forgotten.delete(card.questionId);
	const more = (await db.cards.bulkGet([...forgotten])).filter((card) => card !== undefined);
	more.sort((a, b) => b.difficulty - a.difficulty);
	return [...lapsed, ...more].slice(0, HARDEST_CANDIDATES);
}

const STATE_BUCKETS = [NO_CARD, 0, 1, 2, 3].map((state) => `state:${state}`).concat('leech');

/**
 * The tally rows Stats needs for course `courseId` (null: every course): the state and leech
 * counts and the cards due per day up to the forecast's last day (earlier days are overdue).
 * Call inside a transaction over `tallies`.
 */
async function readStatsTallies(
	db: FlashpointDb,
	courseId: string | null,
	now: number
): Promise<{ states: TallyRecord[]; due: TallyRecord[] }> {
	const [from, to] = dueBucketRange(forecastLastDay(now, FORECAST_DAYS));
	if (courseId === null) {
		const [states, due] = await Promise.all([
			db.tallies.where('bucket').anyOf(STATE_BUCKETS).toArray(),
			db.tallies.where('bucket').between(from, to, true, true).toArray()
		]);
		return { states, due };
	}
	const [states, due] = await Promise.all([
		db.tallies
			.where('[courseId+bucket]')
			.anyOf(STATE_BUCKETS.map((bucket) => [courseId, bucket]))
			.toArray(),
		db.tallies
			.where('[courseId+bucket]')
			.between([courseId, from], [courseId, to], true, true)
			.toArray()
	]);
	return { states, due };
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
): Promise<Pick<StatsSnapshot, 'totalReviews' | 'heatmap' | 'recent' | 'allTime'>> {
	const reviews = await courseReviews(db, courseId);
	return {
		totalReviews: reviews.length,
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
	const today = studyDay(now);
	const heatmapFrom = addDays(today, -weeks * 7);
	const recentFrom = addDays(today, -(RECENT_DAYS - 1));
	const settings = await getStudySettings(db);
	const bank = new Set(bankIds);
	const inBank = (id: string) => bank.has(id);
	return db.transaction('r', [db.cards, db.reviews, db.days, db.tallies], async () => {
		const [dayRows, tallies, candidates, scoped] = await Promise.all([
			courseId === null ? db.days.toArray() : [],
			readStatsTallies(db, courseId, now),
			hardestCandidates(db, inBank, studyDayStart(recentFrom).getTime()),
			courseId === null
				? null
				: courseAnswerFigures(db, courseId, { today, heatmapFrom, recentFrom }, weeks)
		]);
		// One key look-up per question: `anyOf` walks a cursor, far slower on long histories.
		const candidateReviews = (
			await Promise.all(
				candidates.map((card) => db.reviews.where('questionId').equals(card.questionId).toArray())
			)
		).flat();
		return {
			today,
			totalReviews: dayRows.reduce((sum, row) => sum + row.answers, 0),
			heatmap: buildHeatmap(
				countsFromDays(dayRows.filter((row) => row.day >= heatmapFrom && row.day <= today)),
				today,
				weeks
			),
			forecast: forecastFromCounts(dueCountsByDay(tallies.due), now),
			recent: retentionFromDays(dayRows.filter((row) => row.day >= recentFrom && row.day <= today)),
			allTime: retentionFromDays(dayRows),
			states: stateTally(tallies.states),
			hardest: rankHardest(candidates, tallyByQuestion(candidateReviews), inBank),
			desiredRetention: settings.desiredRetention,
			...scoped
		};
	});
}
