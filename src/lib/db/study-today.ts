/**
 * Today's study day as every screen and every answer counts it (`studyToday` in
 * `$lib/srs/today`): the local study day, never earlier than the latest answer's day (a
 * time-zone change westwards, a clock set back). One read: the log's last key.
 */
import { studyToday, type LatestAnswer, type StudyToday } from '$lib/srs/today';
import { Dexie } from 'dexie';
import type { ReviewRecord } from './records';
import type { FlashpointDb } from './schema';

/**
 * The latest answer in the log (highest key: the last one written), or undefined. Call inside
 * a transaction over `reviews` when the result decides a write.
 */
export function readLatestAnswer(db: FlashpointDb): PromiseLike<LatestAnswer | undefined> {
	return db.reviews
		.orderBy(':id')
		.last()
		.then((row) => row && latestAnswerOf(row));
}

/**
 * A log row as `studyToday` reads it. A merged row's `dayStart` is left out: it says when the
 * day began on the other device, in its zone, not here.
 */
export function latestAnswerOf(row: ReviewRecord): LatestAnswer {
	const { studyDay, answeredAt, dayStart, merged } = row;
	return dayStart === undefined || merged
		? { studyDay, answeredAt }
		: { studyDay, answeredAt, dayStart };
}

/** Today's study day and its end (ms) at `now` (ms), from the log's latest answer. */
export function readStudyToday(db: FlashpointDb, now: number): PromiseLike<StudyToday> {
	return readLatestAnswer(db).then((latest) => studyToday(now, latest));
}

/**
 * The log's latest answer as already read in the caller's transaction (`latest` undefined: the
 * log is empty), handed down so one screen load reads it once (Home: the every-course queue,
 * each course's queue, the streak and today's totals all decide today from it).
 */
export interface KnownLatest {
	latest: LatestAnswer | undefined;
}

/** `known` as `KnownLatest`, or the log's latest answer read now (`readLatestAnswer`). */
export function knownLatest(db: FlashpointDb, known?: KnownLatest): PromiseLike<KnownLatest> {
	return known ? Dexie.Promise.resolve(known) : readLatestAnswer(db).then((latest) => ({ latest }));
}
