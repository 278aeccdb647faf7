/**
 * The `cards-generation` marker and the per-tab cache of the rows today's queue is built from,
 * kept valid across tabs by comparing the marker (see README.md).
 */
import type { QueueQuestion } from '$lib/srs/queue';
import type { ExtraLimit } from '$lib/srs/custom-study';
import { isNewAnswer } from './day-totals';
import {
	CARD_STATE,
	courseIdOf,
	isLearningState,
	type CardRecord,
	type DayRecord,
	type ReviewRecord
} from './records';
import type { ItemRecord } from './index-records';
import { readGeneration } from './generation';
import { keepHardestAfterWrites } from './hardest';
import { keepStatsRowsAfterWrites } from './stats-rows';
import { keepWindowAfterWrites } from './forecast-window';
import type { ReviewList } from './review-list';
import type { FlashpointDb } from './schema';

let startedCache:
	| {
			db: FlashpointDb;
			token: string;
			ids: Set<string>;
			/** Per bank: every question before this position is started. */
			prefix: WeakMap<readonly QueueQuestion[], number>;
	  }
	| undefined;

/**
 * The rows today's queue is built from, as read at one `cards-generation` for one study day
 * (every write of a review or a day's totals writes a card too, so the marker covers them).
 * Review cards are kept as keys only (a prefix of the `[state+due]` range, in its order);
 * whole records are kept only for learning and queued cards and the cards loaded to be shown.
 */
export interface DueCards {
	token: string;
	/** The study day, the start of the next one, and `StudyToday.start` (reviews due by then). */
	day: string;
	dayEnd: number;
	dayStart: number;
	/**
	 * The day's totals, for the daily limits: its row, with `newCards` and `reviewCards`
	 * counting `newLater` and `reviewLater` too, so setting the clock back never frees new
	 * questions or reviews (issue 14, an outsider: a fresh 20).
	 */
	totals: DayRecord;
	/**
	 * New questions introduced by answers filed under a later study day than `day`: given
	 * before the device clock was set back (or while it ran fast). They count against today's
	 * limit until the clock reaches their day, which Home's clock note explains
	 * (`clock-behind.ts`); `newByCourse` counts them too.
	 */
	newLater: number;
	/** Review cards answered under a later study day than `day` (as `newLater`). */
	reviewLater: number;
	/**
	 * Questions answered that day (and filed under a later one: `newLater`), in answer order, each with the sibling keys its review row
	 * keeps (`ReviewRecord.siblings`, v10; absent: the queue reads its item) for sibling burying.
	 */
	answered: readonly AnsweredToday[];
	/**
	 * New questions introduced that day (and on later days, as `newLater`), by course id
	 * (`courseIdOf`): each course's limit.
	 */
	newByCourse: ReadonlyMap<string, number>;
	/** Learning and relearning cards due before `dayEnd`, by due time. */
	learning: readonly CardRecord[];
	/**
	 * Ids of the first review cards due before `dayEnd`, most overdue first (every card, for a
	 * list of questions; a course scope reads `scopeReviews` instead and leaves this empty).
	 */
	reviews: readonly string[];
	/** `reviews` holds every review card due before `dayEnd`, not just the first ones. */
	reviewsComplete: boolean;
	/**
	 * Course scopes only, by scope (`''` for every course): ids of the first studied questions
	 * whose card is a review due before `dayEnd`, in the same order as `reviews` (read from the
	 * `items` index `[courseId+state+due]` or `[state+due]`, schema v8), whether that is all
	 * of them, and when a review read but not due yet becomes due (`ScopeReviews.waitUntil`:
	 * the list is read again from then). Their items are in `items`.
	 */
	scopeReviews?: ReadonlyMap<
		string,
		{ ids: readonly string[]; complete: boolean; waitUntil?: number }
	>;
	/** Cards the student asked to study, oldest request first. */
	queued: readonly CardRecord[];
	/**
	 * Questions buried or suspended when read (`readHeldIds` at `StudyToday.now`; schema v18):
	 * the queue leaves them out. A burial ends when the study day does, and the cache with it.
	 */
	held: ReadonlySet<string>;
	/** Today's new-question limits raised by custom study (`EXTRA_NEW_KEY`), if ever. */
	extraNew?: ExtraLimit;
	/** Today's review limits raised by custom study (`EXTRA_REVIEW_KEY`), if ever. */
	extraReview?: ExtraLimit;
	/** Whole review cards already loaded (the ones shown next), by question id. */
	loaded: ReadonlyMap<string, CardRecord>;
	/**
	 * Course scopes only (`loadTodayQueue` with `{ courseId }`): the studied questions read so
	 * far by id (null: not a studied question), and per scope the first questions with no card
	 * in teaching order (`complete`: every one of them).
	 */
	items?: ReadonlyMap<string, ItemRecord | null>;
	fresh?: ReadonlyMap<string, { items: readonly ItemRecord[]; complete: boolean }>;
	/**
	 * Courses' review lists (`review-list.ts`) by course id: the stored ones Home read, and those
	 * a course's review read made (Home stores them). Dropped by any card write this tab makes.
	 */
	reviewLists?: ReadonlyMap<string, ReviewList>;
}

/** A question answered today and its sibling keys (`ReviewRecord.siblings`). */
export type AnsweredToday = Pick<ReviewRecord, 'questionId' | 'siblings'>;

/** `review` as `DueCards.answered` keeps it. */
export function answeredOf(review: ReviewRecord): AnsweredToday {
	return { questionId: review.questionId, siblings: review.siblings };
}

/** `counts` with one more new question for the course of each of `questionIds`. */
export function countNew(
	counts: ReadonlyMap<string, number>,
	questionIds: readonly string[]
): ReadonlyMap<string, number> {
	const next = new Map(counts);
	for (const id of questionIds) next.set(courseIdOf(id), (next.get(courseIdOf(id)) ?? 0) + 1);
	return next;
}

/** Per connection (tests and the bench open several). */
export const dueCaches = new WeakMap<FlashpointDb, DueCards>();

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The order of `[state+due]` ranges merged by due time: due, then state, then question id. */
export function learningOrder(a: CardRecord, b: CardRecord): number {
	return a.due - b.due || a.state - b.state || compareIds(a.questionId, b.questionId);
}

function insertSorted<T>(list: T[], item: T, order: (a: T, b: T) => number): void {
	let index = list.length;
	while (index > 0 && order(list[index - 1], item) > 0) index--;
	list.splice(index, 0, item);
}

/**
 * `cache` after card rows were written (each id's new row, or undefined when deleted), or
 * undefined when it must be re-read: a review card due today was written, whose place among
 * the review keys is unknown (the keys carry no due time). An answer never does that (it moves
 * a review card to a later day); an undo or a request to study a due review card does.
 */
function withCardWrites(
	cache: DueCards,
	writes: readonly (readonly [string, CardRecord | undefined])[],
	token: string,
	answer?: { review: ReviewRecord; totals: DayRecord }
): DueCards | undefined {
	const dueReview = (card: CardRecord | undefined) =>
		card?.state === CARD_STATE.review && card.due < cache.dayEnd;
	if (writes.some(([, card]) => dueReview(card))) return undefined;
	const ids = new Set(writes.map(([id]) => id));
	const learning = cache.learning.filter((card) => !ids.has(card.questionId));
	const reviews = cache.reviews.filter((id) => !ids.has(id));
	const scopeReviews = eachScope(cache.scopeReviews, (list) => ({
		...list,
		ids: list.ids.filter((id) => !ids.has(id))
	}));
	const queued = cache.queued.filter((card) => !ids.has(card.questionId));
	const loaded = new Map(cache.loaded);
	for (const [id, card] of writes) {
		loaded.delete(id);
		if (!card) continue;
		if (card.queuedAt !== undefined && card.queuedAt > 0)
			insertSorted(
				queued,
				card,
				(a, b) => a.queuedAt! - b.queuedAt! || compareIds(a.questionId, b.questionId)
			);
		if (card.due < cache.dayEnd && isLearningState(card.state))
			insertSorted(learning, card, learningOrder);
	}
	// An answer filed under a later day (the clock behind the latest answer) adds to a row the
	// cache only sums: read again, as rare as the clock set back.
	if (answer && answer.review.studyDay > cache.day) return undefined;
	const today = answer?.review.studyDay === cache.day ? answer : undefined;
	// A question with a card is no longer new: out of every scope's new questions.
	const fresh = eachScope(cache.fresh, (list) => ({
		...list,
		items: list.items.filter((item) => !ids.has(item.id))
	}));
	if (writes.some(([, card]) => !card) && fresh) return undefined;
	return {
		...cache,
		// A list holds only while none of its course's cards changed: read again.
		reviewLists: undefined,
		token,
		learning,
		reviews,
		scopeReviews,
		queued,
		loaded,
		fresh,
		...(today ? withAnswer(cache, today) : {})
	};
}

/**
 * A day's totals counting the answers filed under a later study day too (`newLater`,
 * `reviewLater`: the clock was set back since), as today's limits count them.
 */
export function withLaterAnswers(
	totals: DayRecord,
	{ newLater, reviewLater }: Pick<DueCards, 'newLater' | 'reviewLater'>
): DayRecord {
	return {
		...totals,
		newCards: totals.newCards + newLater,
		reviewCards: totals.reviewCards + reviewLater
	};
}

/** Each scope's list of `lists` edited by `edit`, in a new map; none without `lists`. */
function eachScope<L>(
	lists: ReadonlyMap<string, L> | undefined,
	edit: (list: L) => L
): Map<string, L> | undefined {
	return lists ? new Map([...lists].map(([scope, list]) => [scope, edit(list)])) : undefined;
}

/**
 * `cache`'s day totals, answers and new questions per course after an answer given on its day:
 * the day's row as written (`totals`) plus the answers filed under a later day that the cache
 * counts in it too (`newLater`, `reviewLater`).
 */
function withAnswer(
	cache: DueCards,
	{ review, totals }: { review: ReviewRecord; totals: DayRecord }
): Pick<DueCards, 'totals' | 'answered' | 'newByCourse'> {
	return {
		totals: withLaterAnswers(totals, cache),
		answered: [...cache.answered, answeredOf(review)],
		newByCourse: isNewAnswer(review)
			? countNew(cache.newByCourse, [review.questionId])
			: cache.newByCourse
	};
}

/**
 * After a committed write of card rows: bring this tab's caches (the queue's, and Stats'
 * hardest questions and rows, `hardest.ts` and `stats-rows.ts`) up to date without re-reading them, if they were current
 * just before the write (else the next read sees the new token).
 */
export function afterCardWrites(
	db: FlashpointDb,
	change: { before: string; after: string },
	writes: readonly (readonly [string, CardRecord | undefined])[],
	/** The answer recorded with these writes; without one, nothing was answered. */
	answer?: { review: ReviewRecord; totals: DayRecord },
	/** Whether answers or totals changed in some other way (undo): today's rows are re-read. */
	dropToday = false
): void {
	keepHardestAfterWrites(db, change, writes);
	keepStatsRowsAfterWrites(db, change, writes, dropToday ? undefined : answer);
	keepWindowAfterWrites(db, change, writes);
	if (startedCache?.db === db && startedCache.token === change.before) {
		for (const [id, card] of writes) {
			if (card) startedCache.ids.add(id);
			// A deleted card may fall inside a known all-started prefix.
			else if (startedCache.ids.delete(id)) startedCache.prefix = new WeakMap();
		}
		startedCache.token = change.after;
	}
	const due = dueCaches.get(db);
	if (due?.token !== change.before) return;
	const updated = dropToday ? undefined : withCardWrites(due, writes, change.after, answer);
	if (updated) dueCaches.set(db, updated);
	else dueCaches.delete(db);
}

/** Ids of every question with a card; call inside a transaction over `cards` and `settings`. */
export async function startedIds(
	db: FlashpointDb,
	tokenRead: Promise<string> = readGeneration(db)
): Promise<Set<string>> {
	const token = await tokenRead;
	if (startedCache?.db === db && startedCache.token === token) return startedCache.ids;
	const ids = new Set(await db.cards.toCollection().primaryKeys());
	startedCache = { db, token, ids, prefix: new WeakMap() };
	return ids;
}

/** How many leading bank questions are all started (new questions come after them). */
export function startedPrefix(
	db: FlashpointDb,
	questions: readonly QueueQuestion[],
	started: Set<string>
): number {
	const cache = startedCache?.db === db && startedCache.ids === started ? startedCache : undefined;
	let index = cache?.prefix.get(questions) ?? 0;
	while (index < questions.length && started.has(questions[index].id)) index++;
	cache?.prefix.set(questions, index);
	return index;
}
