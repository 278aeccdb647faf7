/**
 * The rows of the index tables (schema v7 `items` and `tallies`, v9 `fresh`): bookkeeping
 * derived from the course rows and the cards, kept current by the middleware in `indexes.ts`,
 * rebuilt from scratch by `rebuildIndexes` (`index-rows.ts`) and never part of a backup. Every
 * other table's rows, those these are derived from included, are in `records.ts`.
 */
import type { CourseRecord } from './records';

/** `ItemRecord.state` of a studied question that has no card yet (never answered or queued). */
export const NO_CARD = -1;

/**
 * One studied question (schema v7, table `items`): what today's queue needs of it
 * (`QueueQuestion`), its place in the teaching order, and a copy of its card's state, due time
 * and leech mark, kept current in the same transaction as every card write by the DBCore
 * middleware in `indexes.ts`. Lets Home, Study and Stats read the next new questions and
 * the due questions by index instead of reading every course's question list and every card.
 * Rebuilt from the course rows and the cards by `rebuildIndexes`.
 */
export interface ItemRecord {
	/** The question id (as `cards.questionId`). */
	id: string;
	courseId: string;
	fact: string;
	sentence?: string;
	type?: string;
	/** Teaching order, first key: the question's `rank`, or `UNRANKED` (after every rank). */
	rank: number;
	/** Teaching order, second key: 0 for the built-in course, else its `installedAt` (ms). */
	courseKey: number;
	/** Teaching order, last key: the question's place in its course's queue. */
	position: number;
	/** Its card's `state` (0–3), or `NO_CARD`. */
	state: number;
	/** Its card's `due` (ms), 0 without a card. */
	due: number;
	/**
	 * With a card: the study day its `due` fell on in the time zone of the device when the item
	 * was written (its `due:` tally bucket). Kept so that the card's later write takes it out of
	 * the bucket it was counted in, whatever the zone is then (a recount in another zone once
	 * moved the count to a neighbouring day and left the first one counted for ever). Absent in
	 * rows written before it existed: the bucket is then worked out in the current zone.
	 */
	dueDay?: string;
	/**
	 * With a card: when `dueDay` began (ms), its 4 AM in the zone the item was written in. A
	 * review card is due today once that moment has passed where the device is now
	 * (`isReviewDueToday` in `$lib/srs/today`), so a zone change never brings it back sooner
	 * in real time. Absent in rows written before it existed: `dueDay`'s 4 AM here.
	 */
	dueStart?: number;
	/** Its card's leech mark. */
	leech: boolean;
}

/** `ItemRecord.rank` of a question without a rank: after every ranked one. */
export const UNRANKED = Number.MAX_SAFE_INTEGER;

/**
 * A count kept current with every card and course write (schema v7, table `tallies`, see
 * `tallies.ts`): how many studied questions of course `courseId` fall in `bucket`
 * (`state:-1` … `state:3`, `leech`, or `due:YYYY-MM-DD`, the study day a learning or review
 * card is due).
 */
export interface TallyRecord {
	/** `${courseId}\u0000${bucket}`. */
	id: string;
	courseId: string;
	bucket: string;
	count: number;
	/**
	 * Bucket `course` only: the course row without its queue, so Home lists the courses
	 * without reading every course's question list (`count` is its studied questions).
	 */
	course?: Omit<CourseRecord, 'queue'>;
	/**
	 * Bucket `head` only (v12, compact since v13, `fresh-head.ts`): the course's first new
	 * questions in teaching order (its first `fresh` rows), and whether they are all (`count` is
	 * how many it holds).
	 */
	head?: StoredHead;
}

/**
 * A course's head as stored (v13, `fresh-head.ts`): its `fresh` rows without what every one of
 * them shares (the course, its course key, no card), in teaching order.
 */
export interface StoredHead {
	complete: boolean;
	/** The course's `ItemRecord.courseKey` (0 when the head is empty). */
	courseKey: number;
	rows: HeadRow[];
}

/** One `fresh` row in a stored head: id, fact, rank, position, sentence, type (null: none). */
export type HeadRow = [string, string, number, number, string | null, string | null];
