/**
 * The review questions due today of a study scope, read from `items` (schema v8's
 * `[state+due]` and `[courseId+state+due]`): one scope's first ones (`readScopeReviews`), or
 * every course's by course and merged (`readEachScopeReviews`, Home). Split from
 * `scope-read.ts`; call inside the queue's read transaction.
 */
import { isReviewDueToday, reviewDueStart, type StudyToday } from '$lib/srs/today';
import { CARD_STATE } from './records';
import type { ItemRecord } from './index-records';
import {
	itemOf,
	itemsOf,
	listOf,
	readReviewLists,
	type ListedReview,
	type ReviewList
} from './review-list';
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
	limit: number,
	stored?: ReviewList
): Promise<ScopeReviews> {
	const read = await readReviewRange(db, courseId, today.end, limit, stored);
	return { ...dueToday(read.items, limit, today), ...(read.list && { list: read.list }) };
}

/**
 * A scope's first review items due before `dayEnd`, unfiltered (`readScopeReviews`). A course
 * whose review list is stored (`stored`, `review-list.ts`) takes its reviews from it and reads
 * only those due from its `upTo` on: every listed one comes before them in due order. `list`:
 * the course's reviews due before `dayEnd` as a list to keep, when they are all here and more
 * than the stored list holds.
 */
async function readReviewRange(
	db: FlashpointDb,
	courseId: string | null,
	dayEnd: number,
	limit: number,
	stored?: ReviewList
): Promise<{ items: ItemRecord[]; list?: ReviewList }> {
	const review = CARD_STATE.review;
	if (courseId === null)
		return {
			items: await db.items
				.where('[state+due]')
				.between([review, -Infinity], [review, dayEnd], true, false)
				.limit(limit)
				.toArray()
		};
	const range = (from: number) =>
		db.items
			.where('[courseId+state+due]')
			.between([courseId, review, from], [courseId, review, dayEnd], true, false)
			.limit(limit)
			.toArray();
	const kept = (items: ItemRecord[]) =>
		items.length < limit ? { items, list: listOf(items, dayEnd) } : { items };
	if (!stored) return kept(await range(-Infinity));
	// Only the rows a build takes become items (`itemOf`), not the whole list.
	const items = (rows: readonly ListedReview[]) => rows.map((row) => itemOf(courseId, row));
	// A day already listed (a clock set back, a move west): nothing to read or keep.
	if (stored.upTo >= dayEnd) return { items: items(listedBefore(stored, dayEnd, limit)) };
	if (stored.reviews.length >= limit) return { items: items(stored.reviews.slice(0, limit)) };
	return kept([...itemsOf(courseId, stored), ...(await range(stored.upTo))].slice(0, limit));
}

/** The first `limit` reviews of `list` due before `dayEnd` (ms), in the list's order. */
function listedBefore(list: ReviewList, dayEnd: number, limit: number): ListedReview[] {
	return list.reviews.filter((row) => row[1] < dayEnd).slice(0, limit);
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
	 * A course scope whose reviews due before the day's end were all read (fewer than the limit):
	 * them as a list to keep (`review-list.ts`), unless a stored list already held them.
	 */
	list?: ReviewList;
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
	limit: number,
	stored?: ReadonlyMap<string, ReviewList>
): Promise<{ all: ScopeReviews; byCourse: Map<string, ScopeReviews> }> {
	const reads = await Promise.all(
		courseIds.map((id) => readReviewRange(db, id, today.end, limit, stored?.get(id)))
	);
	const merged = reads.flatMap((read) => read.items).sort(reviewOrder);
	const all = dueToday(merged.slice(0, limit), limit, today);
	return {
		all: { ...all, complete: merged.length < limit },
		byCourse: new Map(
			courseIds.map((id, i) => [
				id,
				{
					...dueToday(reads[i].items, limit, today),
					...(reads[i].list && { list: reads[i].list })
				}
			])
		)
	};
}

/**
 * Every course's review items due today for the every-course queue (Study's first build in a
 * tab): from the courses' review lists (`review-list.ts`) when every course of `courseIds` has
 * one that holds, as `readEachScopeReviews` does for Home, so only the reviews due since each
 * list was kept are read; else the one `[state+due]` range (`readScopeReviews`). The same items
 * either way: a held list is every review of its course due before its `upTo`, less those
 * answered out (no longer due before it), and the merge keeps the range's order (issue 14,
 * perf43: the first queue read 231 of its 275 rows from that range on the scale bench). Only
 * the first `limit` of the merge become items (`mergeFirst`); `byCourse` holds only the courses
 * whose list ended before the day does, read further (`readReviewRange`), with their longer list.
 * `known`: the lists the tab's cache holds (`DueCards.reviewLists`), read again unless they
 * cover every course. `lists`: the held lists used, for the cache.
 */
export async function readAllReviews(
	db: FlashpointDb,
	courseIds: Promise<readonly string[]>,
	today: Pick<StudyToday, 'start' | 'end' | 'now'>,
	limit: number,
	known?: ReadonlyMap<string, ReviewList>
): Promise<{
	all: ScopeReviews;
	byCourse?: Map<string, ScopeReviews>;
	lists?: ReadonlyMap<string, ReviewList>;
}> {
	// In parallel with the course ids, unless the cache holds lists (Home read them).
	const [ids, read] = await Promise.all([courseIds, known ? undefined : readReviewLists(db)]);
	const covers = (lists: ReadonlyMap<string, ReviewList>) => ids.every((id) => lists.has(id));
	const lists = read ?? (known && covers(known) ? known : await readReviewLists(db));
	if (!ids.length || !covers(lists))
		return { all: await readScopeReviews(db, null, today, limit), lists };
	// A list that ends before the day does gives its items and reads the rest
	// (`readReviewRange`), kept by course with the longer list; the others stay rows.
	const sources = await Promise.all(
		ids.map(async (id): Promise<MergeSource> => {
			const list = lists.get(id)!;
			if (list.upTo >= today.end)
				return { courseId: id, rows: listedBefore(list, today.end, limit) };
			return { courseId: id, ...(await readReviewRange(db, id, today.end, limit, list)) };
		})
	);
	const ranged = sources.filter((source) => source.items);
	const merged = mergeFirst(sources, limit);
	return {
		all: { ...dueToday(merged.items, limit, today), complete: merged.total < limit },
		...(ranged.length && {
			byCourse: new Map(
				ranged.map((source) => [
					source.courseId,
					{
						...dueToday(source.items!, limit, today),
						...(source.list && { list: source.list })
					}
				])
			)
		}),
		lists
	};
}

/**
 * One course's reviews due before the day's end, in due order: listed rows (`rows`, made items
 * only if taken) or items read (`items`, with the longer `list` to keep when there is one).
 */
interface MergeSource {
	courseId: string;
	rows?: readonly ListedReview[];
	items?: ItemRecord[];
	list?: ReviewList;
}

/**
 * The first `limit` reviews of `sources` in `[state+due]` order (due time, then id:
 * `reviewOrder`), as items, and how many the sources hold in all. A merge of sorted runs: only
 * the reviews taken become items. The first queue of every course made items of every course's
 * whole list (760 on the scale bench's 10 courses) and sorted them for the first 220: that and
 * its garbage collection were most of what the full database's build cost over a fresh one
 * (issue 14, scale50: Chromium's profiler, 200 builds each).
 */
function mergeFirst(
	sources: readonly MergeSource[],
	limit: number
): { items: ItemRecord[]; total: number } {
	const length = (s: MergeSource) => (s.rows ? s.rows.length : s.items!.length);
	const due = (s: MergeSource, i: number) => (s.rows ? s.rows[i][1] : s.items![i].due);
	const id = (s: MergeSource, i: number) => (s.rows ? s.rows[i][0] : s.items![i].id);
	const at = sources.map(() => 0);
	const items: ItemRecord[] = [];
	while (items.length < limit) {
		let best = -1;
		for (let k = 0; k < sources.length; k++) {
			const s = sources[k];
			if (at[k] >= length(s)) continue;
			if (best < 0) {
				best = k;
				continue;
			}
			const b = sources[best];
			const d = due(s, at[k]) - due(b, at[best]);
			if (d < 0 || (d === 0 && id(s, at[k]) < id(b, at[best]))) best = k;
		}
		if (best < 0) break;
		const s = sources[best];
		const i = at[best]++;
		items.push(s.rows ? itemOf(s.courseId, s.rows[i]) : s.items![i]);
	}
	return { items, total: sources.reduce((sum, s) => sum + length(s), 0) };
}
