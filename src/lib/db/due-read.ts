/**
 * The due cards today's queue is built from, read for the whole collection (split from
 * `scope-read.ts`, which reads a scope's questions): the day's totals and answers, the learning
 * and queued cards, the first review keys in due order (`readDueCards`, `readDueReviews`) and
 * the learning cards' items (`readLearningItems`), each by index or key range so a read grows
 * with today's workload, not with the collection. Call inside the queue's read transaction.
 */
import { Dexie } from 'dexie';
import { EXTRA_NEW_KEY, EXTRA_REVIEW_KEY, isExtraLimit } from '$lib/srs/custom-study';
import type { StudyToday } from '$lib/srs/today';
import { readHeldIds } from './card-holds';
import { CARD_STATE, emptyDay } from './records';
import type { ItemRecord } from './index-records';
import { isNewAnswer } from './day-totals';
import {
	answeredOf,
	countNew,
	learningOrder,
	withLaterAnswers,
	type DueCards
} from './queue-cache';
import type { FlashpointDb } from './schema';

function dueRange(db: FlashpointDb, state: number, dayEnd: number) {
	return db.cards.where('[state+due]').between([state, Dexie.minKey], [state, dayEnd], true, false);
}

/** The first `limit` review cards due before `dayEnd`, as ids, in due order. */
export async function readDueReviews(
	db: FlashpointDb,
	dayEnd: number,
	limit: number
): Promise<Pick<DueCards, 'reviews' | 'reviewsComplete'>> {
	if (limit <= 0) return { reviews: [], reviewsComplete: false };
	const ids = await dueRange(db, CARD_STATE.review, dayEnd).limit(limit).primaryKeys();
	return { reviews: ids, reviewsComplete: ids.length < limit };
}

/**
 * Reads `DueCards` from the database; call inside a transaction over `cards`. `reviewLimit`
 * 0: no review keys (a course scope reads its own, `readScopeReviews`).
 */
export async function readDueCards(
	db: FlashpointDb,
	token: Promise<string>,
	today: StudyToday,
	reviewLimit: number
): Promise<DueCards> {
	const { day, end: dayEnd } = today;
	// From today on, not today alone: answers filed under a later study day (the clock was set
	// back since) were given by now, so they count against today's limits and bury today's
	// siblings as today's own (`DueCards.newLater`).
	const [
		days,
		answered,
		learning,
		relearning,
		queued,
		reviews,
		firstReview,
		tokenValue,
		extra,
		extraReview,
		held
	] = await Promise.all([
		db.days.where('day').aboveOrEqual(day).toArray(),
		db.reviews.where('studyDay').aboveOrEqual(day).toArray(),
		dueRange(db, CARD_STATE.learning, dayEnd).toArray(),
		dueRange(db, CARD_STATE.relearning, dayEnd).toArray(),
		db.cards.where('queuedAt').above(0).sortBy('queuedAt'),
		readDueReviews(db, dayEnd, reviewLimit),
		reviewLimit > 0 ? dueRange(db, CARD_STATE.review, dayEnd).first() : undefined,
		token,
		db.settings.get(EXTRA_NEW_KEY),
		db.settings.get(EXTRA_REVIEW_KEY),
		readHeldIds(db, today.now)
	]);
	const totals = days.find((row) => row.day === day) ?? emptyDay(day);
	const later = days.filter((row) => row.day > day);
	const newLater = later.reduce((sum, row) => sum + row.newCards, 0);
	const reviewLater = later.reduce((sum, row) => sum + row.reviewCards, 0);
	return {
		token: tokenValue,
		day,
		dayEnd,
		dayStart: today.start,
		totals: withLaterAnswers(totals, { newLater, reviewLater }),
		newLater,
		reviewLater,
		answered: answered.map(answeredOf),
		newByCourse: countNew(
			new Map(),
			answered.filter(isNewAnswer).map((review) => review.questionId)
		),
		learning: [...learning, ...relearning].sort(learningOrder),
		...reviews,
		queued,
		held: new Set(held),
		...(isExtraLimit(extra?.value) && { extraNew: extra.value }),
		...(isExtraLimit(extraReview?.value) && { extraReview: extraReview.value }),
		loaded: new Map(firstReview ? [[firstReview.questionId, firstReview]] : [])
	};
}

/**
 * The items of every studied question whose card is learning or relearning and due before
 * `dayEnd`: two ranges of `items` `[state+due]`, the same rows as the `cards` ranges
 * `readDueCards` read (the middleware copies each card's state and due into its item in the
 * writing transaction), in two requests instead of one `get` per card (`bulkGet` issues one
 * request a key). A learning card with no item here has none: its question is in no course.
 */
export async function readLearningItems(db: FlashpointDb, dayEnd: number): Promise<ItemRecord[]> {
	const range = (state: number) =>
		db.items.where('[state+due]').between([state, -Infinity], [state, dayEnd], true, false);
	const [learning, relearning] = await Promise.all([
		range(CARD_STATE.learning).toArray(),
		range(CARD_STATE.relearning).toArray()
	]);
	return [...learning, ...relearning];
}
