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
 * An answer writes what it changed, not the list (perf42: rewriting the course's ~7 KB list
 * took each answer from 2,822 to 9,661 bytes written on the scale bench): beside the list, a
 * row `home-reviews:<courseId>:out` holds the questions answered out of it since (their ids
 * without the course prefix), and both carry the same `stamp`. The list holds only with its
 * out row of the same stamp; what it gives is its reviews less those answered out.
 *
 * Who keeps the rows right, as for Home's counts (`home-counts.ts`: every rule that drops,
 * clears, exports or imports those applies to these, `isHomeCountsKey`): the `indexes.ts`
 * middleware deletes a course's out row (so the list no longer holds) in the transaction of any
 * write of its cards, and both rows with any write of its course row; an answer puts the out row
 * back with the card answered added (`rowsAfterAnswer`, in `recordAnswer`'s transaction) unless
 * the card is due again before `upTo`, rewriting the list without them once they pass
 * `outLimit`; Reset and Import replace `settings`; Check database clears them. Home stores the
 * lists it read (complete ones only, `listRows`: a new stamp, no question out) with its counts,
 * if no card was written meanwhile (`storeHomeCounts`).
 */
import type { DBCoreKeyRange } from 'dexie';
import { CARD_STATE, courseIdOf, type CardRecord, type SettingRecord } from './records';
import { UNRANKED, type ItemRecord } from './index-records';
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

/** Ends the key of a list's out row (course ids hold no colon: `courseIdOf`). */
const OUT_SUFFIX = ':out';

/** The `settings` key of the row of questions answered out of course `courseId`'s list. */
export function reviewOutKey(courseId: string): string {
	return `${reviewListKey(courseId)}${OUT_SUFFIX}`;
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

/** A list as stored: with the stamp its out row must carry for it to hold. */
export interface StoredReviewList extends ReviewList {
	stamp: string;
}

/**
 * A list's out row: the questions answered out of the list of the same `stamp` since it was
 * stored, as their ids without the `<courseId>:` prefix, in answer order.
 */
export interface ReviewListOut {
	stamp: string;
	out: string[];
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
 * One listed review as the item the range read gives (course `courseId`), with what a build
 * reads of it; the teaching-order place (`courseKey`, `position`) and the leech mark, which no
 * build of a started question reads, are left at 0 and false. Absent fields stay absent. Plain
 * assignments, not conditional spreads: converting every course's list this way was the first
 * queue's largest piece of script on the scale bench (issue 14, scale50 profile).
 */
export function itemOf(courseId: string, row: ListedReview): ItemRecord {
	const [id, due, fact, sentence, type, rank, dueDay, dueStart] = row;
	const item: ItemRecord = {
		id,
		courseId,
		fact,
		rank: rank ?? UNRANKED,
		courseKey: 0,
		position: 0,
		state: CARD_STATE.review,
		due,
		leech: false
	};
	if (sentence !== null) item.sentence = sentence;
	if (type !== null) item.type = type;
	if (dueDay !== null) item.dueDay = dueDay;
	if (dueStart !== null) item.dueStart = dueStart;
	return item;
}

/** The list's reviews as the items the range read gives (course `courseId`; `itemOf`). */
export function itemsOf(courseId: string, list: ReviewList): ItemRecord[] {
	return list.reviews.map((row) => itemOf(courseId, row));
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
 * How many questions a list's out row holds before an answer rewrites the list without them,
 * for a list of `listed` reviews: an answer then writes on average `list / limit + limit · id / 2`
 * characters, least at `limit = √(2 · list / id)`; at about 90 characters a listed review and
 * 20 an id that is `√(9 · listed)` (the scale bench's 76 a course: 27, about 500 characters an
 * answer against the list's 7,000). At least 8, so a short list is not rewritten every answer.
 */
export function outLimit(listed: number): number {
	return Math.max(8, Math.ceil(Math.sqrt(9 * listed)));
}

/** A fresh stamp: unique per stored list, across tabs. */
function newStamp(): string {
	return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/** The two `settings` rows that store `list` as course `courseId`'s, none answered out yet. */
export function listRows(courseId: string, list: ReviewList): SettingRecord[] {
	const stamp = newStamp();
	const stored: StoredReviewList = { upTo: list.upTo, reviews: list.reviews, stamp };
	const out: ReviewListOut = { stamp, out: [] };
	return [
		{ key: reviewListKey(courseId), value: stored },
		{ key: reviewOutKey(courseId), value: out }
	];
}

function isOut(value: unknown): value is ReviewListOut {
	const row = value as ReviewListOut | null;
	return (
		typeof row === 'object' &&
		row !== null &&
		typeof row.stamp === 'string' &&
		Array.isArray(row.out) &&
		row.out.every((id) => typeof id === 'string')
	);
}

/**
 * The id `questionId` of course `courseId` as an out row holds it: without the `<courseId>:`
 * prefix, which the built-in course's ids do not have (`courseIdOf`).
 */
function shortId(courseId: string, questionId: string): string {
	const prefix = `${courseId}:`;
	return questionId.startsWith(prefix) ? questionId.slice(prefix.length) : questionId;
}

/**
 * The list course `courseId`'s stored rows give: its reviews less those answered out, when the
 * out row holds for it (same stamp); else undefined (read from `items` again).
 */
export function heldList(courseId: string, list: unknown, out: unknown): ReviewList | undefined {
	if (!isReviewList(list) || !isOut(out)) return undefined;
	if ((list as Partial<StoredReviewList>).stamp !== out.stamp) return undefined;
	if (!out.out.length) return { upTo: list.upTo, reviews: list.reviews };
	const gone = new Set(out.out);
	return {
		upTo: list.upTo,
		reviews: list.reviews.filter(([id]) => !gone.has(shortId(courseId, id)))
	};
}

/**
 * The `settings` rows to put after an answer wrote `after` for question `questionId`, given its
 * course's stored list and out row as read in the answer's transaction (before the card write,
 * which deletes the out row): the out row back, with the question added when the list held
 * it; or, past `outLimit`, the list rewritten without every question out and a new stamp. None
 * when no list holds, or when the card is a review due before `upTo` again (its place and its
 * item's due day are the middleware's to work out: the list stays without its out row and is
 * read again).
 */
export function rowsAfterAnswer(
	stored: { list: unknown; out: unknown },
	questionId: string,
	after: Pick<CardRecord, 'state' | 'due'>
): SettingRecord[] {
	const courseId = courseIdOf(questionId);
	const list = heldList(courseId, stored.list, stored.out);
	if (!list || !isOut(stored.out)) return [];
	if (after.state === CARD_STATE.review && after.due < list.upTo) return [];
	const outKey = reviewOutKey(courseId);
	if (!list.reviews.some(([id]) => id === questionId)) return [{ key: outKey, value: stored.out }];
	const out = [...stored.out.out, shortId(courseId, questionId)];
	if (out.length > outLimit(list.reviews.length + stored.out.out.length))
		return listRows(courseId, {
			upTo: list.upTo,
			reviews: list.reviews.filter(([id]) => id !== questionId)
		});
	const value: ReviewListOut = { stamp: stored.out.stamp, out };
	return [{ key: outKey, value }];
}

/** Course `courseId`'s stored list and out row (one request, in a transaction). */
export async function readListRows(
	db: FlashpointDb,
	courseId: string
): Promise<{ list: unknown; out: unknown }> {
	const [list, out] = await db.settings.bulkGet([reviewListKey(courseId), reviewOutKey(courseId)]);
	return { list: list?.value, out: out?.value };
}

/** A DBCore key range over every list's key. */
export const ALL_REVIEW_LISTS = {
	type: 2,
	lower: REVIEW_LIST_PREFIX,
	upper: `${REVIEW_LIST_PREFIX}\uffff`,
	lowerOpen: false,
	upperOpen: false
} as unknown as DBCoreKeyRange;

/**
 * Every list that holds (`heldList`) by course id, its questions answered out left out: one
 * range of `settings`, the lists and their out rows (in a transaction).
 */
export async function readReviewLists(db: FlashpointDb): Promise<Map<string, ReviewList>> {
	const rows: SettingRecord[] = await db.settings
		.where('key')
		.startsWith(REVIEW_LIST_PREFIX)
		.toArray();
	const byKey = new Map(rows.map((row) => [row.key, row.value]));
	const lists = new Map<string, ReviewList>();
	for (const row of rows) {
		if (row.key.endsWith(OUT_SUFFIX)) continue;
		const courseId = row.key.slice(REVIEW_LIST_PREFIX.length);
		const list = heldList(courseId, row.value, byKey.get(reviewOutKey(courseId)));
		if (list) lists.set(courseId, list);
	}
	return lists;
}
