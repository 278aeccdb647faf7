/**
 * Reads for the Stats screen. Read-only, and cheap enough to run inside `liveQuery`: the review
 * log (which can hold 100,000 rows) is only read through index ranges (the last 30 days by
 * `answeredAt`, a few questions by `questionId`, new rows by primary key); `cards` holds one row
 * per started question and `days` one per study day, so those are read whole.
 */
import { addDays, studyDay, studyDayStart, type StudyDay } from '$lib/srs/day';
import {
	buildForecast,
	buildHeatmap,
	countStates,
	countsFromDays,
	EMPTY_TALLY,
	HEATMAP_WEEKS,
	rankHardest,
	RECENT_DAYS,
	tallyByQuestion,
	tallyRetention,
	type Forecast,
	type HardQuestion,
	type Heatmap,
	type RetentionTally,
	type StateCounts
} from '$lib/srs/stats';
import { BUILTIN_COURSE_ID, type ReviewRecord } from './records';
import { getStudySettings } from './study-settings';
import { getDb, type FlashpointDb } from './schema';

export interface StatsSnapshot {
	today: StudyDay;
	/** Every answer ever recorded. */
	totalReviews: number;
	heatmap: Heatmap;
	forecast: Forecast;
	/** True retention over the last `RECENT_DAYS` study days. */
	recent: RetentionTally;
	states: StateCounts;
	hardest: HardQuestion[];
	/** The student's target ("desired retention" in Settings), for context. */
	desiredRetention: number;
	/** All-time true retention, when the figures are for one course (else `updateAllTimeRetention`). */
	allTime?: RetentionTally;
}

/**
 * Every answer to a question of course `courseId`: a user course's by its `<courseId>:` key
 * range on `reviews.questionId`; the built-in course's (ids without a colon) by reading the
 * log. Call inside a transaction over `reviews`.
 */
function courseReviews(db: FlashpointDb, courseId: string): Promise<ReviewRecord[]> {
	if (courseId === BUILTIN_COURSE_ID)
		return db.reviews.filter((review) => !review.questionId.includes(':')).toArray();
	return db.reviews
		.where('questionId')
		.between(`${courseId}:`, `${courseId}:\uffff`, true, true)
		.toArray();
}

/** Answers per study day (for the heatmap), from answer rows. */
function countsFromReviews(reviews: readonly ReviewRecord[]): Map<StudyDay, number> {
	const counts = new Map<StudyDay, number>();
	for (const review of reviews) counts.set(review.studyDay, (counts.get(review.studyDay) ?? 0) + 1);
	return counts;
}

/** Questions whose full answer history is read to rank the hardest (bounds the index reads). */
const HARDEST_CANDIDATES = 60;

/**
 * The Stats screen's figures for questions `bankIds`. With `courseId`, the heatmap, the review
 * total and both retention figures count only that course's answers (`allTime` is filled);
 * without, they count every answer (the day totals and the recent log).
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
	const recentFrom = studyDayStart(addDays(today, -(RECENT_DAYS - 1))).getTime();
	const settings = await getStudySettings(db);
	return db.transaction('r', db.cards, db.reviews, db.days, async () => {
		const scoped = courseId === null ? null : await courseReviews(db, courseId);
		const [totalReviews, dayCounts, cards, recentReviews] = await Promise.all([
			scoped ? scoped.length : db.reviews.count(),
			scoped
				? countsFromReviews(scoped.filter((r) => r.studyDay >= heatmapFrom))
				: db.days
						.where('day')
						.between(heatmapFrom, today, true, true)
						.toArray()
						.then(countsFromDays),
			db.cards.toArray(),
			scoped
				? scoped.filter((review) => review.answeredAt >= recentFrom)
				: db.reviews.where('answeredAt').aboveOrEqual(recentFrom).toArray()
		]);
		const inBank = new Set(bankIds);

		// Hardest: questions forgotten after learning, or answered Again lately; most lapses first.
		const forgottenLately = new Set(
			recentReviews.filter((review) => review.rating === 1).map((review) => review.questionId)
		);
		const candidates = cards
			.filter(
				(card) =>
					inBank.has(card.questionId) && (card.lapses > 0 || forgottenLately.has(card.questionId))
			)
			.sort((a, b) => b.lapses - a.lapses || b.difficulty - a.difficulty)
			.slice(0, HARDEST_CANDIDATES);
		// One key look-up per question: `anyOf` walks a cursor, far slower on long histories.
		const candidateReviews = (
			await Promise.all(
				candidates.map((card) => db.reviews.where('questionId').equals(card.questionId).toArray())
			)
		).flat();

		return {
			today,
			totalReviews,
			heatmap: buildHeatmap(dayCounts, today, weeks),
			forecast: buildForecast(
				cards.filter((card) => inBank.has(card.questionId)),
				now
			),
			recent: tallyRetention(recentReviews),
			states: countStates(bankIds, cards),
			hardest: rankHardest(candidates, tallyByQuestion(candidateReviews), (id) => inBank.has(id)),
			desiredRetention: settings.desiredRetention,
			...(scoped && { allTime: tallyRetention(scoped) })
		};
	});
}

/** All-time true retention, plus where the count stopped so the next update reads only new rows. */
export interface AllTimeRetention extends RetentionTally {
	/** Highest review id counted. */
	lastId: number;
	/** Review rows counted (all of them, not only review-state answers). */
	rows: number;
}

const START: AllTimeRetention = { ...EMPTY_TALLY, lastId: 0, rows: 0 };

/**
 * All-time true retention needs every answer once, so it is counted once (in chunks, by primary
 * key) and then brought up to date from the rows added since. If rows were removed meanwhile
 * (undo, a restored backup), the count no longer matches and it starts again from scratch.
 */
export async function updateAllTimeRetention(
	previous: AllTimeRetention | null,
	db: FlashpointDb = getDb(),
	chunk = 10_000
): Promise<AllTimeRetention> {
	return db.transaction('r', db.reviews, async () => {
		const total = await db.reviews.count();
		const stillThere =
			previous !== null &&
			previous.rows <= total &&
			(previous.lastId === 0 || (await db.reviews.get(previous.lastId)) !== undefined);
		const count = async (from: AllTimeRetention): Promise<AllTimeRetention> => {
			let state = { ...from };
			for (;;) {
				const rows = await db.reviews.where(':id').above(state.lastId).limit(chunk).toArray();
				if (rows.length === 0) break;
				const tally = tallyRetention(rows, state);
				state = {
					...tally,
					lastId: rows[rows.length - 1].id ?? state.lastId,
					rows: state.rows + rows.length
				};
				if (rows.length < chunk) break;
			}
			return state;
		};
		if (stillThere) {
			const updated = await count(previous);
			if (updated.rows === total) return updated;
		}
		return count(START);
	});
}
