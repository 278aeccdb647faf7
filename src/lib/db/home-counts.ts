/**
 * Home's per-course counts, kept between visits (issue 14, scale): each course's queue counts
 * are stored, once built, as a `settings` row (`home-counts:<courseId>`) with everything they
 * depend on besides the course's own rows (the study day, the daily limits, what is left of
 * them), so a later Home, in any tab, builds only the courses written since. The rows are
 * this device's bookkeeping, like the `cards-generation` marker: never exported or imported.
 *
 * Who keeps them right: the `indexes.ts` middleware deletes a course's row in the same
 * transaction as any write of one of its cards (answer, undo, queueing, merge, import) or of
 * its course row (`homeCountsInvalidation`); an answer whose effect on the course's queue the
 * row itself says puts it back updated (`entryAfterAnswer`, in `recordAnswer`'s transaction),
 * so studying a course does not make the next Home read its due reviews again; Reset and
 * Import clear `settings`; Check database
 * clears them all. Home stores what it built only if the `cards-generation` marker is still the
 * one it read (`storeHomeCounts`), so a write committed meanwhile is never hidden.
 *
 * Pure functions here, except `storeHomeCounts` and `readHomeCounts`.
 */
import type { DBCoreKeyRange } from 'dexie';
import { leftAfterAsked } from '$lib/srs/daily-limits';
import { countKind, type QueueItem, type TodayCounts } from '$lib/srs/queue';
import { courseIdOf, type SettingRecord } from './records';
import { readGeneration } from './generation';
import {
	listRows,
	REVIEW_LIST_PREFIX,
	reviewListKey,
	reviewOutKey,
	type ReviewList
} from './review-list';
import type { FlashpointDb } from './schema';

/** The `settings` key prefix of the rows (one per course). */
export const HOME_COUNTS_PREFIX = 'home-counts:';

/**
 * Whether a `settings` key is one of these rows or a course's review list (`review-list.ts`):
 * export and import leave them out.
 */
export function isHomeCountsKey(key: string): boolean {
	return key.startsWith(HOME_COUNTS_PREFIX) || key.startsWith(REVIEW_LIST_PREFIX);
}

/** The `settings` key of course `courseId`'s row. */
export function homeCountsKey(courseId: string): string {
	return `${HOME_COUNTS_PREFIX}${courseId}`;
}

/**
 * What one course's queue counts were built under: the study day (`StudyToday`'s `day`, `start`,
 * `end`, ms), the daily limits, and what was left of them when built (`reviewsLeft`: the shared
 * reviews left today; `newLeft`: the course's own new questions left, `newLeftToday` with the
 * course as scope).
 */
export interface HomeCountsKey {
	day: string;
	dayStart: number;
	dayEnd: number;
	newPerDay: number;
	maxReviewsPerDay: number;
	reviewsLeft: number;
	newLeft: number;
}

/**
 * One course's stored counts (`value` of its row): the new questions and review cards its
 * queue took within the daily limits (`fresh`, `review`); the cards asked for, outside the
 * limits, that count as new or review (`queuedFresh`, `queuedReview`); and the due time (ms) of
 * each other item (learning cards; 0 for a card asked for, shown at once), so the
 * learning/later split is made again at any `now` (`countsAt`).
 */
export interface HomeCountsEntry extends HomeCountsKey {
	fresh: number;
	review: number;
	queuedFresh: number;
	queuedReview: number;
	learningDue: number[];
	/**
	 * The new questions the queue took (`fresh` of them), and the cards sibling burying left out
	 * (`buildQueueCounted`'s `buriedIds`): what an answer needs to update the entry in its own
	 * transaction (`entryAfterAnswer`). Absent on rows stored before them: an answer drops those.
	 */
	newIds?: string[];
	buriedIds?: string[];
	/**
	 * When a review the build read but left out as not due yet becomes due (ms; its due day
	 * begins later in today here, only after a move east: `ScopeReviews.waitUntil`): the entry
	 * holds only before then (`reuseEntry`). Absent when every review read was due.
	 */
	reviewsDueFrom?: number;
}

/**
 * `entry` for a course's queue `items` built under `key` (as `countQueue` classes them), with
 * the cards the build buried (`buriedIds`).
 */
export function entryOfQueue(
	key: HomeCountsKey,
	items: readonly QueueItem[],
	buriedIds: readonly string[] = []
): HomeCountsEntry {
	const entry: HomeCountsEntry = {
		...key,
		fresh: 0,
		review: 0,
		queuedFresh: 0,
		queuedReview: 0,
		learningDue: [],
		newIds: [],
		buriedIds: [...buriedIds]
	};
	for (const item of items) {
		const queued = item.kind === 'queued';
		const kind = countKind(item);
		if (kind === 'fresh' && !queued) entry.newIds!.push(item.questionId);
		if (kind === 'fresh') entry[queued ? 'queuedFresh' : 'fresh']++;
		else if (kind === 'review') entry[queued ? 'queuedReview' : 'review']++;
		else entry.learningDue.push(queued ? 0 : item.due);
	}
	return entry;
}

/** `countQueue` of the queue `entry` was made from, at `now` (ms). */
export function countsAt(entry: HomeCountsEntry, now: number, learnAheadMinutes: number) {
	const horizon = now + learnAheadMinutes * 60_000;
	const learning = entry.learningDue.filter((due) => due <= horizon).length;
	return {
		fresh: entry.fresh + entry.queuedFresh,
		review: entry.review + entry.queuedReview,
		learning,
		later: entry.learningDue.length - learning
	} satisfies TodayCounts;
}

/**
 * `entry` as it would be built under `key` now, or undefined when it must be built again.
 * Same day and limits, then by the limits left (`buildQueueCounted`): reviews are the first
 * `reviewsLeft` not buried, so a count below the limit it was built with is every review due
 * and holds for any limit at or above it; at the limit, only for that limit (fewer taken would
 * free other questions from burying). New questions are `min(newLeft, candidates)`, with the
 * candidates independent of the limit: a count below its limit is every candidate; at the
 * limit, there are at least that many, which answers any limit at or below it. Never at or
 * after `now` (ms) reaches the entry's `reviewsDueFrom`.
 */
export function reuseEntry(
	entry: HomeCountsEntry | undefined,
	key: HomeCountsKey,
	now = -Infinity
): HomeCountsEntry | undefined {
	if (!entry) return undefined;
	// A review left out as not due yet has come due since (after a move east: outsider's
	// property test, Berlin after UTC, perf42): the counts are a day's, not this moment's.
	if (entry.reviewsDueFrom !== undefined && entry.reviewsDueFrom <= now) return undefined;
	const same =
		entry.day === key.day &&
		entry.dayStart === key.dayStart &&
		entry.dayEnd === key.dayEnd &&
		entry.newPerDay === key.newPerDay &&
		entry.maxReviewsPerDay === key.maxReviewsPerDay;
	if (!same) return undefined;
	// The limits as the queue's own cards see them, after the cards asked for (`ownLeft`).
	const built = ownLeft(entry);
	const current = ownLeft({ ...entry, reviewsLeft: key.reviewsLeft, newLeft: key.newLeft });
	const reviewsHold =
		current.review === built.review ||
		(entry.review < built.review && current.review >= entry.review);
	if (!reviewsHold) return undefined;
	const allCandidates = entry.fresh < built.fresh;
	if (!allCandidates && current.fresh > built.fresh) return undefined;
	return {
		...entry,
		reviewsLeft: key.reviewsLeft,
		newLeft: key.newLeft,
		fresh: Math.min(current.fresh, entry.fresh)
	};
}

/**
 * What `entry`'s limits (`reviewsLeft`, `newLeft`) leave for the queue's own reviews and new
 * questions once its cards asked for are served (`leftAfterAsked`), as its build took them.
 */
export function ownLeft(
	entry: Pick<HomeCountsEntry, 'reviewsLeft' | 'newLeft' | 'queuedReview' | 'queuedFresh'>
): { review: number; fresh: number } {
	return {
		review: leftAfterAsked(entry.reviewsLeft, entry.queuedReview),
		fresh: leftAfterAsked(entry.newLeft, entry.queuedFresh)
	};
}

/**
 * The every-course queue's counts from each course's (`entries`, all built under the current
 * limits), or undefined when they do not follow and the every-course queue must be built.
 * Courses share no sibling keys (fact and sentence keys carry the course id), so each course's
 * items are buried alike in both queues as long as the same reviews are taken: every course
 * below the review limit and all of them together within it (`reviewsLeft`). New questions:
 * the every-course limit `newLeft` (today's new answers in all courses) is at most each
 * course's own, so the count is `min(newLeft, Σ fresh)`: a course at its own limit has at least
 * that many candidates. Each limit is first what is left of it after every course's cards asked
 * for (`leftAfterAsked`), as in each course's own queue (`ownLeft`).
 */
export function everyCourseCounts(
	entries: readonly HomeCountsEntry[],
	limits: { reviewsLeft: number; newLeft: number },
	now: number,
	learnAheadMinutes: number
): TodayCounts | undefined {
	let review = 0;
	let fresh = 0;
	const asked = { fresh: 0, review: 0 };
	const counts: TodayCounts = { fresh: 0, learning: 0, review: 0, later: 0 };
	for (const entry of entries) {
		if (entry.review >= ownLeft(entry).review || entry.reviewsLeft !== limits.reviewsLeft) return;
		if (entry.newLeft < limits.newLeft) return;
		const own = countsAt(entry, now, learnAheadMinutes);
		review += entry.review;
		fresh += entry.fresh;
		asked.fresh += entry.queuedFresh;
		asked.review += entry.queuedReview;
		counts.learning += own.learning;
		counts.later += own.later;
	}
	// Cards asked for come whatever the limits, and take their share of them first.
	counts.fresh += asked.fresh;
	counts.review += asked.review;
	const reviewsLeft = leftAfterAsked(limits.reviewsLeft, asked.review);
	const newLeft = leftAfterAsked(limits.newLeft, asked.fresh);
	if (review <= reviewsLeft) {
		counts.review += review;
		counts.fresh += Math.min(newLeft, fresh);
		return counts;
	}
	// More reviews due than the limit takes: the every-course queue takes the first
	// `reviewsLeft` of them in due order that no sibling buries, and burying stays within a
	// course, so it takes exactly `reviewsLeft`. Fewer reviews taken only frees new questions
	// (one a freed question at most: its other key was already held), so at least `fresh`
	// candidates remain; when they fill the limit, the count is the limit. Else the queue is built.
	if (fresh < newLeft) return;
	counts.review += reviewsLeft;
	counts.fresh += newLeft;
	return counts;
}

/** Whether a stored value has the shape of an entry (anything else is built again). */
function isEntry(value: unknown): value is HomeCountsEntry {
	const entry = value as HomeCountsEntry | null;
	return (
		typeof entry === 'object' &&
		entry !== null &&
		typeof entry.day === 'string' &&
		[entry.dayStart, entry.dayEnd, entry.newPerDay, entry.maxReviewsPerDay].every(
			Number.isFinite
		) &&
		[entry.reviewsLeft, entry.newLeft, entry.fresh, entry.review].every(Number.isInteger) &&
		[entry.queuedFresh, entry.queuedReview].every(Number.isInteger) &&
		Array.isArray(entry.learningDue) &&
		entry.learningDue.every((due) => typeof due === 'number') &&
		[entry.newIds, entry.buriedIds].every((ids) => ids === undefined || isIdList(ids)) &&
		(entry.reviewsDueFrom === undefined || typeof entry.reviewsDueFrom === 'number')
	);
}

function isIdList(ids: unknown): boolean {
	return Array.isArray(ids) && ids.every((id) => typeof id === 'string');
}

/** Every stored entry by course id: one range of `settings` (call inside a transaction). */
export async function readHomeCounts(db: FlashpointDb): Promise<Map<string, HomeCountsEntry>> {
	const rows: SettingRecord[] = await db.settings
		.where('key')
		.startsWith(HOME_COUNTS_PREFIX)
		.toArray();
	const entries = new Map<string, HomeCountsEntry>();
	for (const row of rows)
		if (isEntry(row.value)) entries.set(row.key.slice(HOME_COUNTS_PREFIX.length), row.value);
	return entries;
}

/** The entry stored under `key` (`homeCountsKey`), if it has an entry's shape. */
export async function readHomeCountsOf(
	db: FlashpointDb,
	key: string
): Promise<HomeCountsEntry | undefined> {
	const row = await db.settings.get(key);
	return isEntry(row?.value) ? row.value : undefined;
}

/**
 * Entries built by a Home read, to store, and the `cards-generation` marker it read them at;
 * with the courses' review lists it read (`review-list.ts`), to store too.
 */
export interface HomeCountsFill {
	token: string;
	entries: Map<string, HomeCountsEntry>;
	lists?: Map<string, ReviewList>;
}

/**
 * Stores `fill`'s entries if no card or course was written since they were read (the marker is
 * unchanged; otherwise the write's own invalidation must stand). Its own read-write
 * transaction over `settings`: call it outside a live query. Resolves to whether it stored.
 */
export async function storeHomeCounts(fill: HomeCountsFill, db: FlashpointDb): Promise<boolean> {
	const lists = fill.lists ?? new Map<string, ReviewList>();
	if (!fill.entries.size && !lists.size) return false;
	return db.transaction('rw', db.settings, async () => {
		if ((await readGeneration(db)) !== fill.token) return false;
		await db.settings.bulkPut([
			...[...fill.entries].map(([courseId, value]) => ({ key: homeCountsKey(courseId), value })),
			...[...lists].flatMap(([courseId, list]) => listRows(courseId, list))
		]);
		return true;
	});
}

/** A DBCore key range over every entry's key (keys are strings: `prefix` to `prefix\uffff`). */
export const ALL_HOME_COUNTS = {
	type: 2,
	lower: HOME_COUNTS_PREFIX,
	upper: `${HOME_COUNTS_PREFIX}\uffff`,
	lowerOpen: false,
	upperOpen: false
} as unknown as DBCoreKeyRange;

/**
 * The `settings` keys a write of course `courseId`'s course row makes stale: its entry and its
 * review list with its out row (`review-list.ts`).
 */
export function staleKeysOfCourse(courseId: string): string[] {
	return [homeCountsKey(courseId), reviewListKey(courseId), reviewOutKey(courseId)];
}

/**
 * The keys a write of cards for `questionIds` makes stale: their courses' entries and their
 * lists' out rows, without which a list no longer holds (`review-list.ts`; the list itself is
 * left for the next one stored to replace, so an answer, which puts the out row back, never
 * writes it).
 */
export function staleKeysOfCards(questionIds: Iterable<string>): string[] {
	const courses = new Set<string>();
	for (const id of questionIds) courses.add(courseIdOf(id));
	return [...courses].flatMap((courseId) => [homeCountsKey(courseId), reviewOutKey(courseId)]);
}
