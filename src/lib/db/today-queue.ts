/** Today's study queue, read from the database (through the per-tab cache) and built by `$lib/srs/queue`. */
import { Dexie } from 'dexie';
import { nextStudyDayStart, studyDay } from '$lib/srs/day';
import {
	buildQueue,
	newQuestionOrder,
	pickNext,
	type QueueItem,
	type QueueQuestion
} from '$lib/srs/queue';
import type { StudySettings } from '$lib/srs/settings';
import { CARD_STATE, emptyDay } from './records';
import { dueCaches, learningOrder, startedIds, startedPrefix, type DueCards } from './queue-cache';
import { readGeneration } from './generation';
import { getDb, type FlashpointDb } from './schema';

function dueRange(db: FlashpointDb, state: number, dayEnd: number) {
	return db.cards.where('[state+due]').between([state, Dexie.minKey], [state, dayEnd], true, false);
}

/** The first `limit` review cards due before `dayEnd`, as ids, in due order. */
async function readDueReviews(
	db: FlashpointDb,
	dayEnd: number,
	limit: number
): Promise<Pick<DueCards, 'reviews' | 'reviewsComplete'>> {
	if (limit <= 0) return { reviews: [], reviewsComplete: false };
	const ids = await dueRange(db, CARD_STATE.review, dayEnd).limit(limit).primaryKeys();
	return { reviews: ids, reviewsComplete: ids.length < limit };
}

/** Reads `DueCards` from the database; call inside a transaction over `cards`. */
async function readDueCards(
	db: FlashpointDb,
	token: Promise<string>,
	day: string,
	dayEnd: number,
	reviewLimit: number
): Promise<DueCards> {
	const [totals, answered, learning, relearning, queued, reviews, firstReview, tokenValue] =
		await Promise.all([
			db.days.get(day),
			db.reviews.where('studyDay').equals(day).toArray(),
			dueRange(db, CARD_STATE.learning, dayEnd).toArray(),
			dueRange(db, CARD_STATE.relearning, dayEnd).toArray(),
			db.cards.where('queuedAt').above(0).sortBy('queuedAt'),
			readDueReviews(db, dayEnd, reviewLimit),
			dueRange(db, CARD_STATE.review, dayEnd).first(),
			token
		]);
	return {
		token: tokenValue,
		day,
		dayEnd,
		totals: totals ?? emptyDay(day),
		answered: answered.map((review) => review.questionId),
		learning: [...learning, ...relearning].sort(learningOrder),
		...reviews,
		queued,
		loaded: new Map(firstReview ? [[firstReview.questionId, firstReview]] : [])
	};
}

/**
 * Today's queue, read in one transaction so counts and cards agree. Every read is bounded by
 * the daily limits, not by the size of the history: review cards come as a range of keys on
 * `[state+due]` (only as many as today's limit), learning cards as a range per state, today's
 * answers from the `studyDay` index. What is read (the started questions, today's due cards,
 * totals and answers) is cached per tab and re-read only when any tab wrote a card row since
 * (this tab's own answers update the cache in place); the queue is built afresh every time.
 * The card to show next is loaded whole.
 */
export async function loadTodayQueue(
	questions: readonly QueueQuestion[],
	settings: StudySettings,
	now: number = Date.now(),
	db: FlashpointDb = getDb()
): Promise<QueueItem[]> {
	const today = studyDay(now);
	const dayEnd = nextStudyDayStart(now).getTime();
	// The review range asks for the most the daily limit could need plus a few for buried
	// siblings.
	const firstLimit = settings.maxReviewsPerDay + 20;
	const cachedToday = dueCaches.get(db);
	const cached = cachedToday?.dayEnd === dayEnd ? cachedToday : undefined;
	return db.transaction('r', db.cards, db.reviews, db.days, db.settings, async () => {
		const tokenRead = readGeneration(db);
		// One round of parallel reads: with no usable cache, the card reads go out at once;
		// with one, only the cards about to be shown, if not loaded yet.
		const nextReview = cached?.reviews[0];
		const [token, started, read, nextCard] = await Promise.all([
			tokenRead,
			startedIds(db, tokenRead),
			cached ? undefined : readDueCards(db, tokenRead, today, dayEnd, firstLimit),
			nextReview !== undefined && !cached?.loaded.has(nextReview)
				? db.cards.get(nextReview)
				: undefined
		]);
		let due: DueCards;
		if (read) due = read;
		else if (cached?.token === token) {
			due = cached;
			if (nextCard)
				due = { ...due, loaded: new Map(due.loaded).set(nextCard.questionId, nextCard) };
		} else due = await readDueCards(db, tokenRead, today, dayEnd, firstLimit);
		const totals = due.totals;
		const reviewsLeft = Math.max(0, settings.maxReviewsPerDay - totals.reviewCards);
		const newFrom = startedPrefix(db, newQuestionOrder(questions), started);
		const build = () =>
			buildQueue({
				now,
				dayEnd,
				settings,
				today: totals,
				learningCards: due.learning,
				reviewIds: due.reviews,
				queuedCards: due.queued,
				answeredToday: due.answered,
				questions,
				isStarted: (id) => started.has(id),
				newFrom
			});
		let queue = build();
		// Burying used up the spare keys: read further (rare: many siblings due on one day).
		while (
			!due.reviewsComplete &&
			queue.filter((item) => item.kind === 'review').length < reviewsLeft
		) {
			const limit = Math.max(firstLimit, due.reviews.length) * 2;
			due = { ...due, ...(await readDueReviews(db, dayEnd, limit)) };
			queue = build();
		}
		const head = pickNext(queue, now, settings.learnAheadMinutes);
		if (head && !head.card && !head.isNew) {
			head.card = due.loaded.get(head.questionId) ?? (await db.cards.get(head.questionId));
			if (head.card) due = { ...due, loaded: new Map(due.loaded).set(head.questionId, head.card) };
		}
		// Every use checks the token first, so even a copy outdated by a write that committed
		// meanwhile is safe to keep: it costs one re-read.
		dueCaches.set(db, due);
		return queue;
	});
}
