/**
 * The review questions due today of a study scope, read from `items` (schema v8's
 * `[state+due]` and `[courseId+state+due]`): one scope's first ones (`readScopeReviews`), or
 * every course's by course and merged (`readEachScopeReviews`, Home). Split from
 * `scope-read.ts`; call inside the queue's read transaction.
 */
import { isReviewDueToday, reviewDueStart, type StudyToday } from '$lib/srs/today';
import { CARD_STATE, type ItemRecord } from './records';
import type { FlashpointDb } from './schema';

/**
 * The first `limit` studied questions of a scope whose card is a review due today, as items, in
 * due order (then id, as the `cards` range orders them). Schema v8's `[state+due]` and
 * `[courseId+state+due]` on `items`: cards of questions no course has, and other courses' cards,
 * are never read. Read up to `dayEnd` by due time, then kept only if due now by
 * `isReviewDueToday` (its due day began, where it was scheduled, by `today.now`): after a zone
 * change a due time can fall inside today here before its day has begun in real time; the
 * earliest such day start is `waitUntil`, when the read is out of date.
 */
export async function readScopeReviews(
	db: FlashpointDb,
	courseId: string | null,
	today: Pick<StudyToday, 'start' | 'end' | 'now'>,
	limit: number
): Promise<ScopeReviews> {
	return dueToday(await readReviewRange(db, courseId, today.end, limit), limit, today);
}

/** A scope's first review items due before `dayEnd`, unfiltered (`readScopeReviews`). */
function readReviewRange(
	db: FlashpointDb,
	courseId: string | null,
	dayEnd: number,
	limit: number
): Promise<ItemRecord[]> {
	const review = CARD_STATE.review;
	const range =
		courseId === null
			? db.items.where('[state+due]').between([review, -Infinity], [review, dayEnd], true, false)
			: db.items
					.where('[courseId+state+due]')
					.between([courseId, review, -Infinity], [courseId, review, dayEnd], true, false);
	return range.limit(limit).toArray();
}

/** `readScopeReviews`'s result from the rows a range of at most `limit` returned. */
function dueToday(
	items: ItemRecord[],
	limit: number,
	today: Pick<StudyToday, 'start' | 'end' | 'now'>
): ScopeReviews {
	const due: ItemRecord[] = [];
	let waitUntil: number | undefined;
	for (const item of items) {
		if (isReviewDueToday(item, today)) due.push(item);
		else waitUntil = Math.min(waitUntil ?? Infinity, reviewDueStart(item));
	}
	return {
		items: due,
		complete: items.length < limit,
		...(waitUntil !== undefined && { waitUntil })
	};
}

/** A scope's review items due now, and whether that is all of them (`readScopeReviews`). */
export interface ScopeReviews {
	items: ItemRecord[];
	complete: boolean;
	/**
	 * The earliest moment (ms) a review read but not due yet becomes due (its due day begins
	 * where it was scheduled, later in today here: only after a move east): the read is out of
	 * date from then on. Absent when every review read was due.
	 */
	waitUntil?: number;
}

/** `[state+due]` order: due time, then question id (the primary key after the index key). */
function reviewOrder(a: ItemRecord, b: ItemRecord): number {
	return a.due - b.due || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Every course's review items due today (`readScopeReviews` for `courseId` null) read as each
 * course's own range and merged, with each course's list for that course's own build: Home,
 * which counts every course next, so reads each due review once (2026-12-01, scale bench: the
 * every-course range read 220 of the same rows again). The first `limit` of the merge are the
 * first `limit` of the every-course range: a course read short of its end gave `limit` rows,
 * all at or before its last one, so nothing it did not give can come before them.
 */
export async function readEachScopeReviews(
	db: FlashpointDb,
	courseIds: readonly string[],
	today: Pick<StudyToday, 'start' | 'end' | 'now'>,
	limit: number
): Promise<{ all: ScopeReviews; byCourse: Map<string, ScopeReviews> }> {
	const reads = await Promise.all(courseIds.map((id) => readReviewRange(db, id, today.end, limit)));
	const merged = reads.flat().sort(reviewOrder);
	const all = dueToday(merged.slice(0, limit), limit, today);
	return {
		all: { ...all, complete: merged.length < limit },
		byCourse: new Map(courseIds.map((id, i) => [id, dueToday(reads[i], limit, today)]))
	};
}
