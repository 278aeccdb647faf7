/**
 * Automatic backups, as Anki keeps them: before Import, Reset or a restore replaces progress,
 * a copy of what is there is kept, the last `KEEP_BACKUPS` of them, each restorable and
 * downloadable from Settings.
 *
 * They live in their own database, `flashpoint-backups`, not in a table of `flashpoint`:
 * five copies of a 100,000-answer collection are ~200 MB, which the study database's
 * transactions, exports and checks never need to see; a separate database needs no schema
 * bump of `flashpoint` (no migration risk for the rows that matter); and if `flashpoint`
 * itself is ever damaged beyond repair and deleted, the copies survive it. The cost: the copy
 * and the replacement are two transactions, so the copy is committed first and the
 * replacement only starts once it is safely stored.
 */
import { momentText, momentTextToTheSecond } from '$lib/text/when';
import { Dexie, type EntityTable } from 'dexie';
import { isStorageFullError } from './answers';
import {
	backupFileName,
	describeProgress,
	exportProgress,
	importProgress,
	resetProgress,
	type ImportProgress
} from './backup';
import { parseProgressFile, type BackupParse, type ProgressFile } from './backup-file';
import { getDb, type FlashpointDb } from './schema';
import { STUDY_SETTINGS_KEY } from './study-settings';

export const BACKUPS_DB_NAME = 'flashpoint-backups';
/** How many automatic backups are kept (Anki keeps a number of recent ones, too). */
export const KEEP_BACKUPS = 5;

/** Why a copy was made: what was about to replace the progress. */
export type BackupReason = 'import' | 'reset' | 'restore' | 'merge';

/** One automatic backup, as listed (its file text is kept apart, in `files`). */
export interface AutoBackupInfo {
	id?: number;
	/** When it was made (ms). */
	createdAt: number;
	reason: BackupReason;
	/** Size of the backup file (bytes of UTF-8 JSON). */
	bytes: number;
	/** What it holds (`describeProgress`). */
	questions: number;
	answers: number;
	days: number;
	/** Courses of your own it holds (absent on backups listed before they were counted). */
	courses?: number;
}

interface BackupFileRow {
	id: number;
	/** The backup file's JSON text, exactly as Export would download it. */
	text: string;
}

export type BackupsDb = Dexie & {
	backups: EntityTable<AutoBackupInfo, 'id'>;
	files: EntityTable<BackupFileRow, 'id'>;
};

/** Opens (lazily) the automatic-backups database. */
export function createBackupsDb(name: string = BACKUPS_DB_NAME): BackupsDb {
	const db = new Dexie(name) as BackupsDb;
	db.version(1).stores({ backups: '++id, createdAt', files: 'id' });
	return db;
}

let shared: BackupsDb | undefined;

/** The app's one connection to the automatic-backups database. */
export function getBackupsDb(): BackupsDb {
	shared ??= createBackupsDb();
	return shared;
}

/** The device had no room for the copy: the Import, Reset or restore did not happen. */
export class BackupStorageError extends Error {
	constructor(cause: unknown) {
		super(
			'Nothing was changed: this device has no room for the automatic backup Flashpoint keeps before replacing your progress. Free some space (or delete other sites’ data), then try again.',
			{ cause }
		);
		this.name = 'BackupStorageError';
	}
}

function byteLength(text: string): number {
	return new TextEncoder().encode(text).length;
}

/**
 * Whether a copy holds progress (`describeProgress`'s answers or user courses), as opposed to
 * only the study settings the student saved. Cards never answered (questions queued with "Study
 * these", `queuedAt`) are no progress: they hold an order, not a memory.
 */
function holdsProgress(info: Pick<AutoBackupInfo, 'answers' | 'courses'>): boolean {
	return info.answers > 0 || (info.courses ?? 0) > 0;
}

/**
 * The ids (newest first, as `rows` is ordered) to keep: the newest `KEEP_BACKUPS` copies that
 * hold progress (`holdsProgress`), and the newest copy of saved study settings alone, which
 * counts in neither direction: an outsider's Replace into an unstudied device kept a copy of
 * nothing, and five such copies would have pushed out every backup with answers. `protect`
 * (the one being restored) is always kept.
 */
function idsToKeep(
	rows: readonly Pick<AutoBackupInfo, 'id' | 'answers' | 'courses'>[],
	protect?: number
): Set<number> {
	const full = rows.filter(holdsProgress).slice(0, KEEP_BACKUPS);
	const light = rows.find((row) => !holdsProgress(row));
	const keep = new Set([...full, ...(light ? [light] : [])].map((row) => row.id!));
	if (protect !== undefined) keep.add(protect);
	return keep;
}

/**
 * Keeps a copy of the progress now in `db` (`reason` says what is about to replace it) and
 * drops the copies no longer kept (`idsToKeep`: the last `KEEP_BACKUPS` with answers or courses
 * of your own and the latest of study settings alone; never `protect`, the one being restored).
 * Returns null when there is nothing to keep: no answers, no user course and no saved study
 * settings (Anki likewise skips backing up an unchanged collection). Throws
 * `BackupStorageError` when the disk is full (nothing kept, nothing dropped), or what IndexedDB
 * throws.
 */
export async function keepAutomaticBackup(
	reason: BackupReason,
	options: { db?: FlashpointDb; backups?: BackupsDb; now?: number; protect?: number } = {}
): Promise<AutoBackupInfo | null> {
	const { db = getDb(), backups = getBackupsDb(), now = Date.now(), protect } = options;
	const file = await exportProgress(db, new Date(now));
	const info: AutoBackupInfo = { createdAt: now, reason, bytes: 0, ...describeProgress(file) };
	// Nothing to lose: no progress and no study settings of the student's own (an outsider's
	// saved settings vanished on Replace into an unstudied device, with no copy kept).
	const ownSettings = file.settings.some((row) => row.key === STUDY_SETTINGS_KEY);
	if (!holdsProgress(info) && !ownSettings) return null;
	const text = JSON.stringify(file);
	info.bytes = byteLength(text);
	try {
		await backups.transaction('rw', backups.backups, backups.files, async () => {
			const id = await backups.backups.add(info);
			info.id = id;
			await backups.files.add({ id, text });
			const rows = await backups.backups.orderBy('createdAt').reverse().toArray();
			const keep = idsToKeep(rows, protect);
			const old = rows.map((row) => row.id!).filter((key) => !keep.has(key));
			await backups.backups.bulkDelete(old);
			await backups.files.bulkDelete(old);
		});
	} catch (error) {
		if (isStorageFullError(error)) throw new BackupStorageError(error);
		throw error;
	}
	return info;
}

/**
 * The automatic backups kept (`idsToKeep`: up to `KEEP_BACKUPS` with progress and one of study
 * settings alone), newest first (metadata only; the files are not read).
 */
export async function listAutomaticBackups(
	backups: BackupsDb = getBackupsDb()
): Promise<AutoBackupInfo[]> {
	const rows = await backups.backups.orderBy('createdAt').reverse().toArray();
	const keep = idsToKeep(rows);
	return rows.filter((row) => keep.has(row.id!));
}

/** One automatic backup's file text (for Download and Restore), or undefined if gone. */
export async function readAutomaticBackup(
	id: number,
	backups: BackupsDb = getBackupsDb()
): Promise<string | undefined> {
	return (await backups.files.get(id))?.text;
}

/**
 * Replaces all progress with `file` (Import → Replace) after keeping a copy of the current
 * progress. Throws `BackupStorageError` (nothing changed) when the copy cannot be stored.
 */
export async function replaceProgressWithBackup(
	file: ProgressFile,
	options: {
		db?: FlashpointDb;
		backups?: BackupsDb;
		now?: number;
		reason?: BackupReason;
		/** Rows written so far (`importProgress`), after the copy is kept. */
		onProgress?: (progress: ImportProgress) => void;
		/** Rows per write request (`importProgress`). */
		chunkRows?: number;
	} = {}
): Promise<void> {
	await keepAutomaticBackup(options.reason ?? 'import', options);
	await importProgress(file, options.db, options.onProgress, options.chunkRows);
}

/** Reset, after keeping a copy. Throws `BackupStorageError` (nothing deleted) when it cannot. */
export async function resetProgressWithBackup(
	options: { db?: FlashpointDb; backups?: BackupsDb; now?: number } = {}
): Promise<void> {
	await keepAutomaticBackup('reset', options);
	await resetProgress(options.db);
}

/**
 * Restores automatic backup `id`: its file is read and checked again like any import (it may
 * predate today's rules), except that cards out of the FSRS ranges are repaired as Check
 * database would (the copy keeps whatever the database held), a copy of the current progress is kept (never dropping `id`; none of
 * an empty one, `keepAutomaticBackup`), then it replaces the progress. Returns the parse, with
 * `keptCopy` (whether a copy was kept) when it passed: `ok: false` (with sentences) changes nothing.
 */
export async function restoreAutomaticBackup(
	id: number,
	options: { db?: FlashpointDb; backups?: BackupsDb; now?: number } = {}
): Promise<BackupParse & { keptCopy?: boolean }> {
	const backups = options.backups ?? getBackupsDb();
	const [text, info] = await Promise.all([
		readAutomaticBackup(id, backups),
		backups.backups.get(id)
	]);
	if (text === undefined)
		return {
			ok: false,
			error: 'Nothing was changed: this automatic backup is no longer kept.',
			problems: []
		};
	// The copy holds the database as it was, damaged cards included: repaired, not refused.
	// Its dates are checked against when it was made, if that is later than the clock: a clock
	// set back since then makes its last answers look "in the future", which is not damage.
	const checkAt = Math.max(options.now ?? Date.now(), info?.createdAt ?? 0);
	const parsed = parseProgressFile(text, checkAt, { repair: true });
	if (!parsed.ok) return parsed;
	const kept = await keepAutomaticBackup('restore', { ...options, protect: id });
	await importProgress(parsed.value, options.db);
	return { ...parsed, keptCopy: kept !== null };
}

/**
 * What Settings says after restoring the backup titled `title`: where the copy of the progress
 * before it is, or, when none was kept (`keptCopy` false), why. As Anki's automatic backups
 * skip an unchanged collection, an empty one is not copied: the copy would hold nothing and
 * push a real backup out of the last `KEEP_BACKUPS` (issue 14: an outsider restored onto an
 * empty device and looked in vain for "Before a restore").
 */
export function restoredMessage(title: string, keptCopy: boolean): string {
	const restored = `Progress restored from the backup of ${title}.`;
	return keptCopy
		? `${restored} A copy of your progress from before is at the top of this list (Before a restore).`
		: `${restored} No copy of the progress before it was kept: there was none (no answers, courses or study settings of your own), and an empty copy would push a real backup out of the last ${KEEP_BACKUPS}.`;
}

/** A size for people: "812 bytes", "34 KB", "1.2 MB" (1 KB = 1,000 bytes, as file managers show). */
export function formatBytes(bytes: number): string {
	if (bytes < 1000) return `${bytes} bytes`;
	if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
	return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

const REASONS: Record<BackupReason, string> = {
	import: 'Before an import',
	reset: 'Before a reset',
	restore: 'Before a restore',
	merge: 'Before a merge'
};

/** "Before a reset", for the list. */
export function reasonLabel(reason: BackupReason): string {
	return REASONS[reason] ?? 'Automatic';
}

/** `flashpoint-progress-2026-05-12-before-reset.json`, with the backup's local date. */
export function automaticBackupFileName(info: AutoBackupInfo): string {
	return backupFileName(new Date(info.createdAt)).replace('.json', `-before-${info.reason}.json`);
}

/**
 * A title for each listed backup (same order), all different, so no two rows or their buttons
 * read alike (an outsider saw two backups labelled with one minute): the moment (`momentText`),
 * with seconds when another backup of the list falls in the same minute, then what it was
 * taken before ("2 Dec 2026, 13:40 · Before an import"); a backup still alike (same second,
 * same reason) gets its place among them, oldest first: "… (2 of 2)". `locales`/`timeZone` are
 * for tests.
 */
export function backupTitles(
	list: readonly Pick<AutoBackupInfo, 'createdAt' | 'reason'>[],
	locales?: string | string[],
	timeZone?: string
): string[] {
	const minutes = list.map((info) => momentText(info.createdAt, locales, timeZone));
	const titles = list.map((info, i) => {
		const sameMinute = minutes.some((minute, j) => j !== i && minute === minutes[i]);
		const moment = sameMinute
			? momentTextToTheSecond(info.createdAt, locales, timeZone)
			: minutes[i];
		return `${moment} · ${reasonLabel(info.reason)}`;
	});
	return titles.map((title, i) => {
		const alike = list
			.map((info, j) => ({ j, at: info.createdAt }))
			.filter(({ j }) => titles[j] === title)
			.sort((a, b) => a.at - b.at || a.j - b.j);
		if (alike.length < 2) return title;
		return `${title} (${alike.findIndex(({ j }) => j === i) + 1} of ${alike.length})`;
	});
}
