/**
 * Today's study summary and what Undo would take back, read from the answer log, so both
 * survive a reload, a crash or a second tab (issue 10, item 7): the log is the only record.
 */
import { studyToday } from '$lib/srs/today';
import { summarizeReviews, type SessionSummary } from '$lib/srs/session';
import { readGeneration } from './generation';
import type { StudyDay } from '$lib/srs/day';
import type { ReviewRecord } from './records';
import { getDb, type FlashpointDb } from './schema';
import { latestAnswerOf } from './study-today';
import { readUndoFloor } from './undo-floor';

export interface TodaySummary {
	/**
	 * Every answer of the current study day (4 AM rollover), as the summary shows it, and any
	 * filed under a later study day (`todaysAnswers`).
	 */
	summary: SessionSummary;
	/**
	 * The answer Undo would take back: the latest answer in the log when it was given today,
	 * lies above the undo floor and, for one course's summary, is an answer to that course's
	 * question; else null. An answer from an earlier day is not undone from today's screen, nor
	 * one from before a Reset, an Import or a Merge (`undo-floor.ts`), nor another course's: Study
	 * of the built-in course offered Undo and took back the last answer given in another course,
	 * with nothing to say which card (outsider student from Anki, session 33; Anki's Undo acts in
	 * the review on screen and names what it undid).
	 */
	lastReviewId: number | null;
	/** The undo floor (`readUndoFloor`): a key Study holds at or below it can no longer be undone. */
	undoFloor: number;
	/**
	 * The `cards-generation` marker (`generation.ts`) read in the same transaction: the summary
	 * is current while the marker is (every write of an answer writes a card too), so a reader
	 * that sees the same marker later need not read the summary again.
	 */
	token: string;
}

/**
 * The answers counted as study day `day`'s: filed under it, or under a later one. A later day
 * in the log means a clock set back since, or a fast clock corrected (`studyToday`: today is
 * then the clock's day): those answers were given by now and count against today's limits
 * (`DueCards.newLater`), so "answered today" counts them too. With the clock set back three days, Study said "New 9" beside "0 answered today"
 * (outsider student from Anki, issue 14). Call inside a transaction over `reviews`.
 */
export function todaysAnswers(db: FlashpointDb, day: StudyDay): PromiseLike<ReviewRecord[]> {
	return db.reviews.where('studyDay').aboveOrEqual(day).toArray();
}

/**
 * Of `answers`, those to questions of course `courseId` (its `items` rows; call inside a
 * transaction over `items`): a course studied alone has a summary of its own answers. Study's
 * done screen counted every course's (outsider, session 29: "You answered 13… Wrong 1" for a
 * course of 10 answers, none wrong).
 */
async function answersInCourse(
	db: FlashpointDb,
	answers: readonly ReviewRecord[],
	courseId: string
): Promise<ReviewRecord[]> {
	const ids = [...new Set(answers.map((answer) => answer.questionId))];
	const items = await db.items.bulkGet(ids);
	const inCourse = new Set(ids.filter((_, i) => items[i]?.courseId === courseId));
	return answers.filter((answer) => inCourse.has(answer.questionId));
}

/**
 * Reads today's summary: one index range over `reviews.studyDay` (today's answers only, a few
 * hundred at most), the log's last key and the `cards-generation` marker, in one transaction.
 * `courseId`: count only that course's answers (Study of one course), and offer Undo only when
 * the log's latest answer is one of them (Undo takes back the latest answer, never an earlier
 * one: card states stack); null, every answer and the latest answer whatever its course.
 */
export async function loadTodaySummary(
	now: number = Date.now(),
	db: FlashpointDb = getDb(),
	courseId: string | null = null
): Promise<TodaySummary> {
	return db.transaction('r', db.reviews, db.settings, db.items, async () => {
		const tokenRead = readGeneration(db);
		const [last, undoFloor] = await Promise.all([
			db.reviews.orderBy('id').last(),
			readUndoFloor(db)
		]);
		const day = studyToday(now, last && latestAnswerOf(last)).day;
		const today = await todaysAnswers(db, day);
		// Filed under a later day than today's: given with the clock behind, today's too.
		const undoable =
			last?.id !== undefined &&
			last.id > undoFloor &&
			last.studyDay >= day &&
			(courseId === null || (await db.items.get(last.questionId))?.courseId === courseId);
		return {
			summary: summarizeReviews(courseId ? await answersInCourse(db, today, courseId) : today),
			lastReviewId: undoable ? last!.id! : null,
			undoFloor,
			token: await tokenRead
		};
	});
}
