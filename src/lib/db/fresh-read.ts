/**
 * The new questions (no card yet) of a study scope, read in teaching order from the `fresh`
 * table (schema v9): one course's first few, or every course's merged. Split from
 * `today-queue.ts`, which builds the day's queue from these reads and the due reviews.
 */
import type { ItemRecord } from './records';
import type { FlashpointDb } from './schema';

/** New questions read for a scope: the first ones in teaching order, and whether that is all. */
export interface FreshRead {
	items: ItemRecord[];
	complete: boolean;
}

/**
 * The first `limit` questions with no card of course `courseId`, in teaching order: a range of
 * `fresh` primary keys (schema v9), which holds no stale entries (see `schema.ts`, v9).
 */
async function readCourseFresh(
	db: FlashpointDb,
	courseId: string,
	limit: number
): Promise<FreshRead> {
	// Rank and position are numbers: ±Infinity bound them (Dexie's minKey and maxKey are not
	// valid inside a compound key in every IndexedDB).
	const items = await db.fresh
		.where('[courseId+rank+position]')
		.between([courseId, -Infinity, -Infinity], [courseId, Infinity, Infinity], true, true)
		.limit(limit)
		.toArray();
	return { items, complete: items.length < limit };
}

/** Teaching order across courses: rank, then course (built-in first, then by install), then place. */
function teachingOrder(a: ItemRecord, b: ItemRecord): number {
	const by = (x: number, y: number) => (x < y ? -1 : x > y ? 1 : 0);
	return by(a.rank, b.rank) || by(a.courseKey, b.courseKey) || by(a.position, b.position);
}

/** How many of each course's new questions `readAllFresh` reads. */
export type FreshSpread =
	/** `limit` from every course: each course's own build (Home's counts) reads nothing more. */
	| 'each'
	/**
	 * `limit` shared out among the courses (at least 16 each): the merged list needs about
	 * `limit` in all, not `limit` from every course (Study with ten courses read ten times as
	 * many rows as it used). When the list falls short, the queue asks again for more.
	 */
	| 'shared';

/**
 * The first new questions of every course together, in teaching order, from each course's
 * first few (`readCourseFresh`, returned too, by course id, so a course's own build may reuse
 * them; how many: `spread`). Where a course has more than it read, only the questions up to
 * its last one read are known to be the first (its others come after it), so the list stops
 * there.
 */
async function readAllFresh(
	db: FlashpointDb,
	limit: number,
	spread: FreshSpread
): Promise<{ all: FreshRead; byCourse: Map<string, FreshRead> }> {
	const courseIds = (await db.courses.toCollection().primaryKeys()) as string[];
	const each =
		spread === 'each' ? limit : Math.max(16, Math.ceil(limit / Math.max(1, courseIds.length)));
	const reads = await Promise.all(courseIds.map((id) => readCourseFresh(db, id, each)));
	const byCourse = new Map(courseIds.map((id, i) => [id, reads[i]]));
	const lasts = reads.filter((read) => !read.complete).map((read) => read.items.at(-1)!);
	const bound = lasts.sort(teachingOrder)[0];
	const items = reads
		.flatMap((read) => read.items)
		.filter((item) => !bound || teachingOrder(item, bound) <= 0)
		.sort(teachingOrder);
	return { all: { items, complete: !bound }, byCourse };
}

/** A scope's first `limit` new questions (`readAllFresh` for every course, by `spread`). */
export function readFresh(
	db: FlashpointDb,
	courseId: string | null,
	limit: number,
	spread: FreshSpread = 'each'
): Promise<{ all: FreshRead; byCourse?: Map<string, FreshRead> }> {
	return courseId === null
		? readAllFresh(db, limit, spread)
		: readCourseFresh(db, courseId, limit).then((all) => ({ all }));
}
