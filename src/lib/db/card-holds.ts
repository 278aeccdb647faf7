/**
 * Burying and suspending cards, Anki's `-` and `@` (issue 12, a student from Anki): a held card
 * (`CardHoldRecord`, schema v18 `holds`) is left out of today's queue and of Home's and Study's
 * counts (`buildQueueCounted`'s `held`), its schedule untouched. Buried: until the next study day
 * begins (4 AM where the student is, `studyToday`'s end, the day the queue counts); suspended:
 * until unsuspended (on the course's questions list, or by Undo). Writes bump the
 * `cards-generation` marker (`generation.ts`) and drop the course's stored Home counts, so every
 * tab reads its queue again.
 */
import { courseIdOf, SUSPENDED_UNTIL, type CardHoldRecord } from './records';
import type { Table } from 'dexie';
import type { FlashpointDb } from './schema';
import { getDb } from './schema';
import { readStudyToday } from './study-today';
import { staleKeysOfCards } from './home-counts';

/** How a card is held: buried until tomorrow, or suspended. */
export type HoldKind = CardHoldRecord['kind'];

/**
 * The ids of the questions held at `now` (ms): every suspended card and every card buried until
 * a later moment. One key range of the `until` index; call inside the queue's transaction
 * (`holdTables`). None in a database opened at a version before 18 (the upgrade tests).
 */
export function readHeldIds(db: FlashpointDb, now: number): PromiseLike<string[]> {
	if (!db.holds) return Promise.resolve([]);
	return db.holds.where('until').above(now).primaryKeys();
}

/**
 * The hold an answer to question `questionId` given at `at` (ms) meets: one made at or before
 * `at` and still in force then (`at < until`), else undefined. An answer given before the card
 * was held (a journal replay, a regrade of it) is not refused by a hold that came after. Call
 * inside the answer's transaction (`recordAnswer`, with `holdTables`), so a hold written in
 * another tab cannot slip in between the check and the write; none before version 18.
 */
export async function readHoldAt(
	db: FlashpointDb,
	questionId: string,
	at: number
): Promise<CardHoldRecord | undefined> {
	if (!db.holds) return undefined;
	const hold = await db.holds.get(questionId);
	return hold && hold.at <= at && at < hold.until ? hold : undefined;
}

/** `[db.holds]` for a transaction that builds a queue; none before version 18 (`readHeldIds`). */
export function holdTables(db: FlashpointDb): Table[] {
	return db.holds ? [db.holds] : [];
}

/**
 * Holds question `questionId` at `now` (ms): `buried` until the next study day begins, or
 * `suspended`. Replaces a hold it had (burying a suspended card buries it, as Anki does). Also
 * drops the request to study it today (`queuedAt`), which would bring it back. Returns the row.
 */
export async function holdCard(
	questionId: string,
	kind: HoldKind,
	now: number = Date.now(),
	db: FlashpointDb = getDb()
): Promise<CardHoldRecord> {
	return db.transaction('rw', [db.holds, db.cards, db.reviews, db.settings], async () => {
		const today = await readStudyToday(db, now);
		const row: CardHoldRecord = {
			questionId,
			kind,
			until: kind === 'suspended' ? SUSPENDED_UNTIL : today.end,
			at: now
		};
		// Rows whose burial is over are of no use: removed as the table is written anyway.
		await db.holds.where('until').belowOrEqual(now).delete();
		await db.holds.put(row);
		const card = await db.cards.get(questionId);
		if (card?.queuedAt !== undefined) {
			const { queuedAt: _queued, ...rest } = card;
			await db.cards.put(rest);
		}
		await db.settings.bulkDelete(staleKeysOfCards([questionId]));
		return row;
	});
}

/**
 * Releases question `questionId`: unsuspends or unburies it (the questions list's Unsuspend,
 * Study's Undo). Returns whether it was held.
 */
export async function releaseCard(
	questionId: string,
	db: FlashpointDb = getDb()
): Promise<boolean> {
	return db.transaction('rw', [db.holds, db.settings], async () => {
		const held = await db.holds.get(questionId);
		if (!held) return false;
		await db.holds.delete(questionId);
		await db.settings.bulkDelete(staleKeysOfCards([questionId]));
		return true;
	});
}

/**
 * The holds of course `courseId`'s questions in force at `now` (ms), suspended first, then by
 * when they were held: the questions list's "Suspended" filter and its Unsuspend.
 */
export async function readCourseHolds(
	courseId: string,
	now: number = Date.now(),
	db: FlashpointDb = getDb()
): Promise<CardHoldRecord[]> {
	const rows = await db.holds.where('until').above(now).toArray();
	return rows
		.filter((row) => courseIdOf(row.questionId) === courseId)
		.sort((a, b) => b.until - a.until || a.at - b.at);
}

/**
 * The holds in force at `now` (ms), for a progress backup (`ProgressFile.holds`): absent when
 * none, so a file without any is as before. Call inside the export's transaction.
 */
export async function readHoldRows(
	db: FlashpointDb,
	now: number
): Promise<{ holds?: CardHoldRecord[] }> {
	const holds = await db.holds.where('until').above(now).toArray();
	return holds.length ? { holds } : {};
}

/** Every hold in force at `now` (ms), by question id: the questions list's marks. */
export async function readHolds(
	now: number = Date.now(),
	db: FlashpointDb = getDb()
): Promise<Map<string, CardHoldRecord>> {
	const rows = await db.holds.where('until').above(now).toArray();
	return new Map(rows.map((row) => [row.questionId, row]));
}
