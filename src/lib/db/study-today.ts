/**
 * Today's study day as every screen and every answer counts it (`studyToday` in
 * `$lib/srs/day`): the local study day, never earlier than the day of an answer already given
 * while the clock moved forward (a time-zone change westwards). One read: the log's last key.
 */
import { studyToday, type LatestAnswer, type StudyToday } from '$lib/srs/today';
import type { FlashpointDb } from './schema';

/**
 * The latest answer in the log (highest key: the last one written), or undefined. Call inside
 * a transaction over `reviews` when the result decides a write.
 */
export function readLatestAnswer(db: FlashpointDb): PromiseLike<LatestAnswer | undefined> {
	return db.reviews
		.orderBy(':id')
		.last()
		.then((row) => row && { studyDay: row.studyDay, answeredAt: row.answeredAt });
}

/** Today's study day and its end (ms) at `now` (ms), from the log's latest answer. */
export function readStudyToday(db: FlashpointDb, now: number): PromiseLike<StudyToday> {
	return readLatestAnswer(db).then((latest) => studyToday(now, latest));
}
