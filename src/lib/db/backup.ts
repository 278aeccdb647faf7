import { readUserCourses, restoreUserCourses } from './backup-courses';
import { CARDS_GENERATION_KEY } from './generation';
import { closeUndo, UNDO_FLOOR_KEY, undoFloorNow } from './undo-floor';
import { withRetainedCounts } from './day-totals';
import { deferIndexUpkeep } from './indexes';
import { rebuildIndexes } from './index-rows';
import { refreshRecentSiblings, withoutSiblings } from './answer-siblings';
import { getDb, SCHEMA_VERSION, type FlashpointDb } from './schema';
import { isHomeCountsKey } from './home-counts';
import { isPendingKey } from '$lib/courses/pending';
import { BUILTIN_COURSE_ID, type SettingRecord } from './records';
import { BUILTIN_REMOVED_KEY, isBuiltinRemoved } from './builtin-removed';
import { BACKUP_FORMAT, BACKUP_VERSION, type ProgressFile } from './backup-file';
import { readHoldRows } from './card-holds';

/**
 * Whether a `settings` row is the person's (study settings), not this device's bookkeeping
 * (the `cards-generation` marker, Home's stored counts): only those are exported and imported.
 */
function isProgressSetting(row: SettingRecord): boolean {
	return !DEVICE_KEYS.has(row.key) && !isPendingKey(row.key) && !isHomeCountsKey(row.key);
}

export {
	BACKUP_FORMAT,
	BACKUP_VERSION,
	parseProgressFile,
	refusalText,
	type BackupParse,
	type ProgressFile
} from './backup-file';

/** Settings rows that are this device's bookkeeping: never exported, never imported. */
// So does the Add documents screen's unsaved work (`isPendingKey`, `$lib/courses/pending.ts`).
const DEVICE_KEYS: ReadonlySet<string> = new Set([CARDS_GENERATION_KEY, UNDO_FLOOR_KEY]);

/**
 * The tables a progress backup holds: progress, study settings and the user courses' rows
 * (with their Anki note types' formats).
 */
function backupTables(db: FlashpointDb) {
	return [
		db.cards,
		db.reviews,
		db.days,
		db.settings,
		db.courses,
		db.questions,
		db.documents,
		db.ankiNoteTypes,
		db.holds
	];
}

/**
 * The tables an import or a merge of a backup writes, in one read-write transaction: the
 * backup's own (`backupTables`) and the index tables (`items`, `tallies`) rebuilt from them.
 */
export function backupWriteTables(db: FlashpointDb) {
	return [...backupTables(db), db.items, db.tallies];
}

/**
 * Everything in the progress database, as one JSON-ready object: progress, study settings and
 * the user courses (never the built-in one, which ships with the app).
 */
export async function exportProgress(
	db: FlashpointDb = getDb(),
	now: Date = new Date()
): Promise<ProgressFile> {
	return db.transaction('r', backupTables(db), async () => ({
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: now.toISOString(),
		schemaVersion: SCHEMA_VERSION,
		cards: await db.cards.toArray(),
		// Sibling keys are this device's (its courses'); an import derives them again.
		reviews: (await db.reviews.toArray()).map(withoutSiblings),
		// The streak and running totals on each day are counted again by every write (`streaks.ts`).
		days: (await db.days.toArray()).map(({ streak: _streak, sums: _sums, ...row }) => row),
		// The cards-generation marker, the undo floor and Home's stored counts are this
		// device's bookkeeping, not progress.
		settings: (await db.settings.toArray()).filter(isProgressSetting),
		...(await readUserCourses(db)),
		...(await readHoldRows(db, now.getTime()))
	}));
}

/** `flashpoint-progress-2026-05-12.json`, with the local date. */
export function backupFileName(now: Date = new Date()): string {
	const y = now.getFullYear();
	const m = String(now.getMonth() + 1).padStart(2, '0');
	const d = String(now.getDate()).padStart(2, '0');
	return `flashpoint-progress-${y}-${m}-${d}.json`;
}

/** What a backup holds, for "this will replace …" before confirming. */
export function describeProgress(
	file: Pick<ProgressFile, 'cards' | 'reviews' | 'days' | 'courses'>
): {
	questions: number;
	answers: number;
	days: number;
	/** User courses held (0 for a version 1 file). */
	courses: number;
} {
	return {
		questions: file.cards.filter((card) => card.reps > 0).length,
		answers: file.reviews.length,
		days: file.days.filter((row) => row.answers > 0).length,
		courses: file.courses?.length ?? 0
	};
}

/**
 * Rows written per request while importing on the page's thread: small enough that it keeps
 * painting between them. A worker (`backup.worker.ts`) writes bigger chunks: fewer round trips.
 */
export const IMPORT_CHUNK_ROWS = 1_000;

/** How far an import is: rows written of `total` (cards, answers and days). */
export interface ImportProgress {
	done: number;
	total: number;
}

/**
 * Writes `rows` into `table` in chunks of `IMPORT_CHUNK_ROWS`, inside the caller's
 * transaction: each chunk's `bulkAdd` is issued when the previous one has completed, so the
 * transaction stays open (a request is always pending) while the page gets a task between
 * chunks to paint and answer input. One `bulkAdd` of 100,000 answers structured-clones all of
 * them in one task: the tab froze for seconds (issue 14).
 */
async function addInChunks<T>(
	table: { bulkAdd(rows: readonly T[]): PromiseLike<unknown> },
	rows: readonly T[],
	wrote: (count: number) => void,
	chunkRows: number
): Promise<void> {
	for (let start = 0; start < rows.length; start += chunkRows) {
		const chunk = rows.slice(start, start + chunkRows);
		await table.bulkAdd(chunk);
		wrote(chunk.length);
	}
}

/**
 * Replaces all progress with the backup's and restores its user courses (each replaces the
 * course with its id; other courses stay, and the Add documents screen's unsaved work), in one
 * transaction: all of it or none of it (a
 * failure in any chunk aborts the transaction, and IndexedDB undoes every chunk before it).
 * Each day's `retained` count is recounted from the backup's answers (`withRetainedCounts`),
 * since files from before schema v5 lack it and Stats reads true retention from it.
 * `onProgress` hears after each chunk (`chunkRows` rows) how many rows (cards, answers, days)
 * are written; the
 * changes become visible to other reads only when the whole import has committed.
 */
export async function importProgress(
	file: ProgressFile,
	db: FlashpointDb = getDb(),
	onProgress?: (progress: ImportProgress) => void,
	chunkRows: number = IMPORT_CHUNK_ROWS
): Promise<void> {
	const days = withRetainedCounts(file.days, file.reviews);
	const progress: ImportProgress = {
		done: 0,
		total: file.cards.length + file.reviews.length + days.length
	};
	const wrote = (count: number) => {
		progress.done += count;
		onProgress?.({ ...progress });
	};
	await db.transaction('rw', backupWriteTables(db), async () => {
		// Everything is replaced: `items` and `tallies` are rebuilt once at the end.
		deferIndexUpkeep();
		const undoFloor = await undoFloorNow(db);
		await restoreUserCourses(db, {
			courses: file.courses ?? [],
			questions: file.questions ?? [],
			documents: file.documents ?? [],
			ankiNoteTypes: file.ankiNoteTypes ?? []
		});
		await clearProgressRows(db);
		await addInChunks(db.cards, file.cards, wrote, chunkRows);
		await addInChunks(db.reviews, file.reviews, wrote, chunkRows);
		await addInChunks(db.days, days, wrote, chunkRows);
		await db.settings.bulkAdd(file.settings.filter(isProgressSetting));
		// The file's choice about the built-in course is this device's now: removed there, it
		// goes here too (its cards and answers are the file's); kept there, a device that had
		// removed it installs it again on the next open (`ensureBuiltinCourse`).
		if (await isBuiltinRemoved(db)) await removeBuiltinRows(db);
		await db.holds.bulkAdd(file.holds ?? []);
		await rebuildIndexes(db);
		// Study's Undo never reaches into the file's answers (Anki clears undo on import).
		await closeUndo(db, undoFloor);
		// The file's answers carry no sibling keys (export leaves them out): the recent ones get
		// this device's, from the rebuilt items.
		await refreshRecentSiblings(db);
	});
}

/**
 * What the progress database holds, as `describeProgress` counts a file, from counts and key
 * reads rather than an export (the import dialog shows it; an export of 100,000 answers reads
 * and copies every row).
 */
export async function describeStoredProgress(
	db: FlashpointDb = getDb()
): Promise<ReturnType<typeof describeProgress>> {
	return db.transaction('r', [db.cards, db.reviews, db.days, db.courses], async () => {
		const [questions, answers, days, courses] = await Promise.all([
			db.cards.filter((card) => card.reps > 0).count(),
			db.reviews.count(),
			db.days.filter((row) => row.answers > 0).count(),
			db.courses.where('kind').equals('user').count()
		]);
		return { questions, answers, days, courses };
	});
}

/**
 * Empties answers, cards, study days and settings, but keeps the Add documents screen's unsaved
 * work (`isPendingKey`, a new course's and each course's additions): it is a course in the
 * making, not progress, and no dialog says Reset or Replace loses it (both deleted it with the
 * settings table). Call inside a read-write transaction over those four tables.
 */
async function clearProgressRows(db: FlashpointDb): Promise<void> {
	const pending = await db.settings.filter((row) => isPendingKey(row.key)).toArray();
	await Promise.all([
		db.cards.clear(),
		db.reviews.clear(),
		db.days.clear(),
		db.settings.clear(),
		db.holds.clear()
	]);
	if (pending.length) await db.settings.bulkPut(pending);
}

/**
 * Deletes the built-in course's rows (course, questions, documents) for an imported file that
 * removed it (`BUILTIN_REMOVED_KEY`), unless the file has no course of its own to study
 * (`ensureBuiltinCourse` would only install it again). Inside the import's transaction.
 */
async function removeBuiltinRows(db: FlashpointDb): Promise<void> {
	const others = await db.courses.where('id').notEqual(BUILTIN_COURSE_ID).count();
	if (!others) return;
	await Promise.all([
		db.questions.where('courseId').equals(BUILTIN_COURSE_ID).delete(),
		db.documents.where('courseId').equals(BUILTIN_COURSE_ID).delete(),
		db.courses.delete(BUILTIN_COURSE_ID)
	]);
}

/**
 * Deletes all study progress (answers, cards, study days) and study settings; courses of your
 * own stay, every question new again, and so does the Add documents screen's unsaved work (the
 * theme lives elsewhere). What the Reset dialog says: `resetWarning` (replace-words.ts).
 */
export async function resetProgress(db: FlashpointDb = getDb()): Promise<void> {
	const tables = [
		db.cards,
		db.reviews,
		db.days,
		db.settings,
		db.courses,
		db.items,
		db.tallies,
		db.holds
	];
	await db.transaction('rw', tables, async () => {
		deferIndexUpkeep();
		const undoFloor = await undoFloorNow(db);
		// Removing the built-in course is a choice of courses, not progress: Reset keeps it.
		const removed = await db.settings.get(BUILTIN_REMOVED_KEY);
		await clearProgressRows(db);
		if (removed) await db.settings.put(removed);
		// Every question is new again: `items` and `tallies` rebuilt from the course rows.
		await rebuildIndexes(db);
		// Undo cannot bring back an answer Reset deleted (a Study tab may still hold its key).
		await closeUndo(db, undoFloor);
		// A new marker, so every tab's cached view of the cards is dropped.
	});
}
