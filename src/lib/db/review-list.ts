/**
 * Each course's review list, kept between visits (issue 14, scale: the first Home of a day read
 * every course's due reviews, 606 of its 714 rows on the scale bench's 10 courses, to bury
 * siblings and count them). A `settings` row `home-reviews:<courseId>` holds, compactly,
 * **every** review item of the course due before `upTo` (ms), in due order: what the course's
 * `[courseId+state+due]` range would give below `upTo`. A later read of the course's due reviews
 * takes them from the row and reads only the items due from `upTo` to the day's end (the
 * reviews that came due since: a day's arrivals, not the whole backlog), then keeps the longer
 * list. Due times are instants, so a time-zone move or a clock set back changes nothing here:
 * which of them are due now is decided as for rows read (`isReviewDueToday`).
 *
 * Who keeps the rows right, as for Home's counts (`home-counts.ts`: every rule that drops,
 * clears, exports or imports those applies to these, `isHomeCountsKey`): the
 * `indexes.ts` middleware deletes a course's row in the transaction of any write of its cards or
 * its course row; an answer puts it back without the card answered (`listAfterAnswer`, in
 * `recordAnswer`'s transaction) unless the card is due again before `upTo`; Reset and Import
 * replace `settings`; Check database clears them. Home stores the lists it read (complete ones
 * only) with its counts, if no card was written meanwhile (`storeHomeCounts`).
 */
import type { DBCoreKeyRange } from 'dexie';
import {
	CARD_STATE,
	UNRANKED,
	type CardRecord,
	type ItemRecord,
	type SettingRecord
} from './records';
import type { FlashpointDb } from './schema';

/**
 * The `settings` key prefix of the rows: beside Home's counts' (`home-counts:`), not inside it,
 * so Home reads its counts without the lists (it needs a course's list only to build it).
 */
export const REVIEW_LIST_PREFIX = 'home-reviews:';

/** The `settings` key of course `courseId`'s review list. */
export function reviewListKey(courseId: string): string {
	return `${REVIEW_LIST_PREFIX}${courseId}`;
}

/**
 * One review item as a list keeps it: question id, due (ms), fact and sentence keys, type,
 * rank (`UNRANKED` stored as null), and the item's `dueDay` and `dueStart` (null when absent).
 * What a queue build reads of a started question, no more (about 90 characters a review).
 */
export type ListedReview = [
	id: string,
	due: number,
	fact: string,
	sentence: string | null,
	type: string | null,
	rank: number | null,
	dueDay: string | null,
	dueStart: number | null
];

/** A course's review list: every review item due before `upTo` (ms), in due order, then id. */
export interface ReviewList {
	upTo: number;
	reviews: ListedReview[];
}

/** `items` (every review item of one course due before `upTo`, in range order) as a list. */
export function listOf(items: readonly ItemRecord[], upTo: number): ReviewList {
	return {
		upTo,
		reviews: items.map((item) => [
			item.id,
			item.due,
			item.fact,
			item.sentence ?? null,
			item.type ?? null,
			item.rank === UNRANKED ? null : item.rank,
			item.dueDay ?? null,
			item.dueStart ?? null
		])
	};
}

/**
 * The list's reviews as the items the range read gives (course `courseId`), with what a build
 * reads of them; the teaching-order place (`courseKey`, `position`) and the leech mark, which no
 * build of a started question reads, are left at 0 and false.
 */
export function itemsOf(courseId: string, list: ReviewList): ItemRecord[] {
	return list.reviews.map(([id, due, fact, sentence, type, rank, dueDay, dueStart]) => ({
		id,
		courseId,
		fact,
		...(sentence !== null && { sentence }),
		...(type !== null && { type }),
		rank: rank ?? UNRANKED,
		courseKey: 0,
		position: 0,
		state: CARD_STATE.review,
		due,
		...(dueDay !== null && { dueDay }),
		...(dueStart !== null && { dueStart }),
		leech: false
	}));
}

/** Whether a stored value has a list's shape (anything else is read from `items` again). */
export function isReviewList(value: unknown): value is ReviewList {
	const list = value as ReviewList | null;
	return (
		typeof list === 'object' &&
		list !== null &&
		Number.isFinite(list.upTo) &&
		Array.isArray(list.reviews) &&
		list.reviews.every(
			(row) =>
				Array.isArray(row) &&
				row.length === 8 &&
				typeof row[0] === 'string' &&
				Number.isFinite(row[1]) &&
				typeof row[2] === 'string'
		)
	);
}

/**
 * `list` after an answer wrote `after` for question `questionId` (of the list's course): without
 * that question, or undefined when its card is a review due before `upTo` again (its place and
 * its item's due day are the middleware's to work out: the row stays deleted and is read again).
 */
export function listAfterAnswer(
	list: ReviewList | undefined,
	questionId: string,
	after: Pick<CardRecord, 'state' | 'due'>
): ReviewList | undefined {
	if (!list) return undefined;
	if (after.state === CARD_STATE.review && after.due < list.upTo) return undefined;
	return { upTo: list.upTo, reviews: list.reviews.filter(([id]) => id !== questionId) };
}

/** A DBCore key range over every list's key. */
export const ALL_REVIEW_LISTS = {
	type: 2,
	lower: REVIEW_LIST_PREFIX,
	upper: `${REVIEW_LIST_PREFIX}\uffff`,
	lowerOpen: false,
	upperOpen: false
} as unknown as DBCoreKeyRange;

/** Every stored list by course id: one range of `settings` (in a transaction). */
export async function readReviewLists(db: FlashpointDb): Promise<Map<string, ReviewList>> {
	const rows: SettingRecord[] = await db.settings
		.where('key')
		.startsWith(REVIEW_LIST_PREFIX)
		.toArray();
	const lists = new Map<string, ReviewList>();
	for (const row of rows)
		if (isReviewList(row.value)) lists.set(row.key.slice(REVIEW_LIST_PREFIX.length), row.value);
	return lists;
}
