/**
 * The new questions (no card yet) of a study scope, read in teaching order from the `fresh`
 * table (schema v9): one course's first few, or every course's merged. Split from
 * `today-queue.ts`, which builds the day's queue from these reads and the due reviews.
 */
import { Dexie } from 'dexie';
import type { ItemRecord, TallyRecord } from './index-records';
import { HEAD_BUCKET, headId, headOf, readFromHead } from './fresh-head';
import type { FlashpointDb } from './schema';

/** New questions read for a scope: the first ones in teaching order, and whether that is all. */
export interface FreshRead {
	items: ItemRecord[];
	complete: boolean;
}

/**
 * The first `limit` questions with no card of course `courseId`, in teaching order, after
 * `after` (its last one read, when reading further): from the course's head row when it holds
 * them (v12, `fresh-head.ts`: one row), else a range of `fresh` primary keys (schema v9), which
 * holds no stale entries (see `schema.ts`, v9). `heads`: every course's head row, when the
 * caller read them already (`readHeads`; a course missing from it has none). Call inside a
 * transaction over `tallies` and `fresh`.
 */
function readCourseFresh(
	db: FlashpointDb,
	courseId: string,
	limit: number,
	after?: ItemRecord,
	heads?: ReadonlyMap<string, TallyRecord>
): Promise<FreshRead> {
	const fromRow = (row: TallyRecord | undefined): FreshRead | PromiseLike<FreshRead> => {
		const head = headOf(row);
		return (head && readFromHead(head, limit, after)) || readFreshRange(db, courseId, limit, after);
	};
	return heads
		? Dexie.Promise.resolve(fromRow(heads.get(courseId)))
		: db.tallies.get(headId(courseId)).then(fromRow);
}

/** `readCourseFresh` from the `fresh` table itself, when the head does not hold what is asked. */
async function readFreshRange(
	db: FlashpointDb,
	courseId: string,
	limit: number,
	after?: ItemRecord
): Promise<FreshRead> {
	// Rank and position are numbers: ±Infinity bound them (Dexie's minKey and maxKey are not
	// valid inside a compound key in every IndexedDB).
	const from = after ? [courseId, after.rank, after.position] : [courseId, -Infinity, -Infinity];
	const items = await db.fresh
		.where('[courseId+rank+position]')
		.between(from, [courseId, Infinity, Infinity], !after, true)
		.limit(limit)
		.toArray();
	return { items, complete: items.length < limit };
}

/**
 * Every course's head row by course id: one range of the `bucket` index, where a `get` per
 * course cost a request each (ten courses: 10 of the first queue's 21 requests; issue 14).
 */
async function readHeads(db: FlashpointDb): Promise<Map<string, TallyRecord>> {
	const rows = await db.tallies.where('bucket').equals(HEAD_BUCKET).toArray();
	return new Map(rows.map((row) => [row.courseId, row]));
}

/**
 * A new question's place when every course is studied: its turn (its place among its course's
 * new questions, counting those the course introduced today: 0 for a course's first of the
 * day), then its course (built-in first, then by install). Counting today's keeps the turns
 * going after each answer (the queue is built again): from 0 again, the built-in course's
 * next question came first every time. Courses take turns, each in its own teaching order (rank, then place).
 *
 * Before, the courses were merged by rank, and only the built-in course is ranked: a student
 * with three courses of her own notes (7, 8 and 7 questions) was served the day's 20 new
 * questions from the built-in course two days running (issue 12, outsider student). Anki's
 * "gather order: deck" reaches a deck placed after another only once that one's own limit is
 * spent, and with one preset for every course (as here) a course's limit is the day's: turns
 * give what a user of per-deck limits gets there, every deck's new cards from the first day,
 * and each course keeps within its own limit, since the day's total is that same number.
 */
/** New questions each course introduced today, by course id (`DueCards.newByCourse`). */
export type IntroducedToday = ReadonlyMap<string, number> | undefined;

interface Turn {
	turn: number;
	courseKey: number;
}

function turnOrder(a: Turn, b: Turn): number {
	return a.turn - b.turn || a.courseKey - b.courseKey;
}

/** How many of each course's new questions `readAllFresh` reads. */
export type FreshSpread =
	/** `limit` from every course: each course's own build (Home's counts) reads nothing more. */
	| 'each'
	/**
	 * The limit shared out (at least 16 each), then more only from the course whose last one read
	 * cuts the merged list short (`mergeFresh`). Study with ten courses read the limit from every
	 * course; then, sharing it out, read every course again, in three rounds, when one course
	 * came first (550 rows of `fresh` for 56 wanted; issue 14).
	 */
	| 'shared';

/**
 * Each course's read so far; the merged list in turns (`turnOrder`: items up to `bound`) and
 * what cut it: the course with more than it read whose last read turn comes first (the turns
 * after it are not known yet).
 */
function merged(reads: Map<string, FreshRead>, done: IntroducedToday) {
	let bound: { courseId: string; last: Turn } | undefined;
	const turns: { item: ItemRecord; at: Turn }[] = [];
	for (const [courseId, read] of reads) {
		const first = done?.get(courseId) ?? 0;
		read.items.forEach((item, index) =>
			turns.push({ item, at: { turn: first + index, courseKey: item.courseKey } })
		);
		const last = read.items.at(-1);
		const at = last && { turn: first + read.items.length - 1, courseKey: last.courseKey };
		if (!read.complete && at && (!bound || turnOrder(at, bound.last) < 0))
			bound = { courseId, last: at };
	}
	const items = turns
		.filter(({ at }) => !bound || turnOrder(at, bound.last) <= 0)
		.sort((a, b) => turnOrder(a.at, b.at))
		.map(({ item }) => item);
	return { items, bound };
}

/**
 * The first new questions of courses `courseIds` together, at least `need` of them unless that
 * is all: `share` from each, then, while the merged list is shorter than `need`, more only from
 * the course that cuts it (the one whose last read turn comes first among the courses with
 * more), `limit` less what the list holds, at least `share`. With no further read needed (the
 * courses interleave) this reads what sharing out the limit read before; when one course
 * comes first, it reads that course further instead of every course again.
 */
async function mergeFresh(
	db: FlashpointDb,
	courseIds: string[],
	{ limit, need, share }: { limit: number; need: number; share: number },
	heads: ReadonlyMap<string, TallyRecord>,
	done: IntroducedToday
): Promise<Map<string, FreshRead>> {
	const firsts = await Promise.all(
		courseIds.map((id) => readCourseFresh(db, id, share, undefined, heads))
	);
	const reads = new Map(courseIds.map((id, i) => [id, firsts[i]]));
	for (
		let list = merged(reads, done);
		list.bound && list.items.length < need;
		list = merged(reads, done)
	) {
		const { courseId } = list.bound;
		const read = reads.get(courseId)!;
		const more = await readCourseFresh(
			db,
			courseId,
			Math.max(share, limit - list.items.length),
			read.items.at(-1),
			heads
		);
		reads.set(courseId, { items: [...read.items, ...more.items], complete: more.complete });
	}
	return reads;
}

/**
 * The first new questions of every course together, in turns (`turnOrder`), from each course's
 * first few (`readCourseFresh`, returned too, by course id, so a course's own build may reuse
 * them; how many: `spread`). Where a course has more than it read, only the questions up to
 * its last one read are known to be the first (its others come after it), so the list stops
 * there.
 */
async function readAllFresh(
	db: FlashpointDb,
	limit: number,
	spread: FreshSpread,
	need: number,
	ids?: PromiseLike<string[]>,
	done?: IntroducedToday
): Promise<{ all: FreshRead; byCourse: Map<string, FreshRead> }> {
	const [keys, heads] = await Promise.all([
		ids ?? db.courses.toCollection().primaryKeys(),
		readHeads(db)
	]);
	const courseIds = keys as string[];
	const byCourse =
		spread === 'each'
			? new Map(
					await Promise.all(
						courseIds.map(
							async (id) => [id, await readCourseFresh(db, id, limit, undefined, heads)] as const
						)
					)
				)
			: await mergeFresh(
					db,
					courseIds,
					{
						limit,
						need,
						share: Math.max(16, Math.ceil(limit / Math.max(1, courseIds.length)))
					},
					heads,
					done
				);
	const { items, bound } = merged(byCourse, done);
	return { all: { items, complete: !bound }, byCourse };
}

/**
 * A scope's first `limit` new questions (`readAllFresh` for every course, by `spread`; with
 * `shared`, at least `need` of them, the number its caller counts as enough, unless that is all).
 * `courseIds`: every course's id, when the caller reads them already (else read here). `done`:
 * the new questions each course introduced today, where the turns of every course's list go
 * on from (`turnOrder`; none: every course from its first turn).
 */
export function readFresh(
	db: FlashpointDb,
	courseId: string | null,
	limit: number,
	spread: FreshSpread = 'each',
	need: number = limit,
	courseIds?: PromiseLike<string[]>,
	done?: IntroducedToday
): Promise<{ all: FreshRead; byCourse?: Map<string, FreshRead> }> {
	return courseId === null
		? readAllFresh(db, limit, spread, need, courseIds, done)
		: readCourseFresh(db, courseId, limit).then((all) => ({ all }));
}
