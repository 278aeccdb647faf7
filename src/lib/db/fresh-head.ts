/**
 * Each course's head of new questions (schema v12, issue 14, scale): its first `HEAD_SIZE`
 * `fresh` rows in teaching order, kept in one `tallies` row (bucket `head`) by the card-write
 * middleware (`indexes.ts`) in the same transaction as the `fresh` rows themselves, rebuilt
 * with the other indexes (`recountIndexes`: upgrade, import, reset, merge, Check database) and,
 * like every tally, never exported. A queue that needs a course's first new questions reads
 * this one row instead of up to `HEAD_SIZE` (`fresh-read.ts`): Home on the first visit of a
 * day read every course's first 56 (216 at 100 a day) to find which siblings today buries.
 *
 * The head holds rows, not a count: which new questions a day can show depends on today's
 * answers and due cards (burying), which change with the clock and the 4 AM rollover, so the
 * queue still decides, from the same rows as before. Pure functions here.
 *
 * Stored compact (v13): the row is rewritten on every answer to a new question, and a head of
 * whole `fresh` rows made that write 42 KB of the answer's 43 KB (216 rows of ~196 characters;
 * the rest of the answer ~1.2 KB). A `fresh` row's card fields are fixed (no card) and its
 * course and course key are the head's, so each is kept as its id, fact, rank, position,
 * sentence and type (`HeadRow`), about a third of the characters.
 */
import { cmp } from 'dexie';
import { freshKey } from './index-rows';
import { NO_CARD, type ItemRecord, type StoredHead, type TallyRecord } from './index-records';
import { tallyId } from './tallies';

/**
 * Rows a head keeps: what a queue reads of a course's new questions at a new-per-day limit of
 * up to 100 (`readScope` reads twice its want, the limit plus 8). A bigger limit reads `fresh`.
 */
export const HEAD_SIZE = 216;

/** The tally bucket of a course's head. */
export const HEAD_BUCKET = 'head';

/** A course's first new questions, and whether they are all it has. */
export interface FreshHead {
	items: ItemRecord[];
	complete: boolean;
}

/** The tally row id of course `courseId`'s head. */
export function headId(courseId: string): string {
	return tallyId(courseId, HEAD_BUCKET);
}

/** Teaching order within a course (the `fresh` key). */
export function byFreshKey(a: ItemRecord, b: ItemRecord): number {
	return cmp(freshKey(a), freshKey(b));
}

/**
 * The head row of course `courseId` whose `fresh` rows are `fresh` (any order): `count` is how
 * many the head holds. `size`: `HEAD_SIZE` (tests use smaller).
 */
export function headTally(
	courseId: string,
	fresh: readonly ItemRecord[],
	size = HEAD_SIZE
): TallyRecord {
	const items = [...fresh].sort(byFreshKey).slice(0, size);
	return headRow(courseId, { items, complete: fresh.length <= size });
}

/** The tally row that stores `head` for course `courseId` (compact: `StoredHead`). */
export function headRow(courseId: string, head: FreshHead): TallyRecord {
	const stored: StoredHead = {
		complete: head.complete,
		courseKey: head.items[0]?.courseKey ?? 0,
		rows: head.items.map((item) => [
			item.id,
			item.fact,
			item.rank,
			item.position,
			item.sentence ?? null,
			item.type ?? null
		])
	};
	return {
		id: headId(courseId),
		courseId,
		bucket: HEAD_BUCKET,
		count: head.items.length,
		head: stored
	};
}

/**
 * The head stored in tally row `row` as `fresh` rows again (each as `fresh` holds it: no card),
 * or undefined when the row has none.
 */
export function headOf(row: TallyRecord | undefined): FreshHead | undefined {
	const stored = row?.head;
	if (!stored) return undefined;
	const { courseId } = row;
	const items = stored.rows.map(([id, fact, rank, position, sentence, type]): ItemRecord => {
		const item: ItemRecord = {
			id,
			courseId,
			fact,
			rank,
			courseKey: stored.courseKey,
			position,
			state: NO_CARD,
			due: 0,
			leech: false
		};
		if (sentence !== null) item.sentence = sentence;
		if (type !== null) item.type = type;
		return item;
	});
	return { items, complete: stored.complete };
}

/** The head rows of every course in `courseIds`, from all their `fresh` rows. */
export function headTallies(
	courseIds: Iterable<string>,
	fresh: readonly ItemRecord[]
): TallyRecord[] {
	const byCourse = new Map<string, ItemRecord[]>();
	for (const id of courseIds) byCourse.set(id, []);
	for (const item of fresh) byCourse.get(item.courseId)?.push(item);
	return [...byCourse].map(([courseId, items]) => headTally(courseId, items));
}

/**
 * A head after `fresh` rows of its course were `added` and others `dropped` (by id), before
 * reading further: the rows kept, and how many to read after the last of them (`read`: the
 * rows missing plus one, to tell whether there are others; 0 when settled, `complete` then
 * final). `head`: the stored one (undefined: none, so it is read whole); `size` as `headTally`.
 */
export function updateHead(
	head: FreshHead | undefined,
	added: readonly ItemRecord[],
	dropped: ReadonlySet<string>,
	size = HEAD_SIZE
): { items: ItemRecord[]; complete: boolean; read: number } {
	if (!head) return { items: [], complete: false, read: size + 1 };
	const last = head.items.at(-1);
	// An added row after the head's last belongs after rows not in the head: not kept here.
	const inside = added.filter((item) => head.complete || !last || byFreshKey(item, last) < 0);
	const items = [...head.items.filter((item) => !dropped.has(item.id)), ...inside].sort(byFreshKey);
	if (items.length > size) return { items: items.slice(0, size), complete: false, read: 0 };
	// With every row in the head, it still has them all; else the rows after it (even a full
	// head's: one dropped beyond it may have been the last) are read again.
	if (head.complete) return { items, complete: true, read: 0 };
	return { items, complete: false, read: size - items.length + 1 };
}

/** `updateHead`'s result with the `read` rows read after its last (`more`), as stored. */
export function settleHead(
	update: { items: ItemRecord[]; complete: boolean; read: number },
	more: readonly ItemRecord[]
): FreshHead {
	if (!update.read) return { items: update.items, complete: update.complete };
	const room = update.read - 1;
	return { items: [...update.items, ...more.slice(0, room)], complete: more.length <= room };
}

/**
 * What a read of course `courseId`'s first `limit` new questions (after `after`, if given)
 * returns from its head, as `readCourseFresh` would from `fresh`; undefined when the head does
 * not hold them all (the caller reads `fresh`).
 */
export function readFromHead(
	head: FreshHead,
	limit: number,
	after?: ItemRecord
): { items: ItemRecord[]; complete: boolean } | undefined {
	let start = 0;
	if (after) {
		start = head.items.findIndex((item) => byFreshKey(item, after) > 0);
		if (start < 0) {
			if (!head.complete) return undefined;
			start = head.items.length;
		}
	}
	const items = head.items.slice(start, start + limit);
	if (items.length === limit) return { items, complete: false };
	return head.complete ? { items, complete: true } : undefined;
}
