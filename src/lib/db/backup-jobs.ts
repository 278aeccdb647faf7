/**
 * Import progress (Settings → Import → Replace or Merge, and restoring an automatic backup) as
 * jobs on a backup file's text, run
 * the same way in `backup.worker.ts` (the app) or on the calling thread (`backup-client.ts`,
 * where a module worker cannot start, and the tests): reading and checking the file, keeping
 * the automatic backup and writing 100,000 answers would otherwise freeze the page for seconds
 * (issue 14). The checked file stays with the job's runner; the page only gets its summary.
 */
import {
	BackupStorageError,
	replaceProgressWithBackup,
	restoreAutomaticBackup,
	type BackupsDb
} from './auto-backup';
import { isStorageFullError } from './answers';
import { describeProgress, describeStoredProgress, type ImportProgress } from './backup';
import { parseProgressFile, type ProgressFile } from './backup-file';
import { mergeProgress, type MergeResult } from './merge';
import { getDb, type FlashpointDb } from './schema';
import { countCoursesOnDevice } from './backup-courses';

/** What a file holds or holds now (`describeProgress`): questions, answers, days, courses. */
export type ProgressCounts = ReturnType<typeof describeProgress>;

/** The check of a chosen file: refused with sentences, or its summary and this device's. */
export type BackupCheck =
	| { ok: false; error: string; problems: string[] }
	| {
			ok: true;
			exportedAt: string;
			file: ProgressCounts;
			current: ProgressCounts;
			/** Courses of the file that are on this device too: Replace puts the file's copy. */
			sharedCourses: number;
	  };

/** A job's end: done (a merge says what it added), or failed with the sentence to show. */
export type BackupJobEnd =
	{ ok: true; merged?: MergeResult } | { ok: false; message: string; storage: boolean };

/**
 * Reads and checks `text` (`parseProgressFile`, at `now` ms) and counts this device's progress.
 * Returns the check and, when it passed, the file to run a job on.
 */
export async function checkBackupText(
	text: string,
	now: number,
	db?: FlashpointDb
): Promise<{ check: BackupCheck; file?: ProgressFile }> {
	const parsed = parseProgressFile(text, now);
	if (!parsed.ok) return { check: { ok: false, error: parsed.error, problems: parsed.problems } };
	return {
		check: {
			ok: true,
			exportedAt: parsed.value.exportedAt,
			file: describeProgress(parsed.value),
			current: await describeStoredProgress(db),
			sharedCourses: await countCoursesOnDevice(
				db ?? getDb(),
				(parsed.value.courses ?? []).map((course) => course.id)
			)
		},
		file: parsed.value
	};
}

/**
 * A restore's end: done (`keptCopy`: whether a copy of the progress before was kept; none of an
 * empty one), or refused or failed (nothing changed) with the sentences to show.
 */
export type RestoreEnd =
	{ ok: true; keptCopy: boolean } | { ok: false; error: string; problems: string[] };

/**
 * Restores automatic backup `id` (`restoreAutomaticBackup`: read, checked, a copy of the
 * current progress kept, then written), at `now` (ms). Never throws: a refusal or a failure
 * (nothing changed: the copy comes first, the replacement is one transaction) comes back as
 * the sentence to show.
 */
export async function runRestoreJob(
	id: number,
	now: number,
	db?: FlashpointDb,
	backups?: BackupsDb
): Promise<RestoreEnd> {
	try {
		const parsed = await restoreAutomaticBackup(id, { db, backups, now });
		return parsed.ok
			? { ok: true, keptCopy: parsed.keptCopy ?? false }
			: { ok: false, error: parsed.error, problems: parsed.problems };
	} catch (error) {
		const sentence =
			error instanceof BackupStorageError
				? error.message
				: isStorageFullError(error)
					? 'Nothing was changed: this device is out of storage.'
					: `Nothing was changed: the restore failed (${error instanceof Error ? error.message : String(error)}).`;
		return { ok: false, error: sentence, problems: [] };
	}
}

/**
 * Replaces (`onProgress`: rows written) or merges this device's progress with `file`, after
 * the automatic backup. Never throws: a failure (nothing changed, as both are one transaction)
 * comes back with its message; `storage` when the device had no room for the copy.
 */
export async function runBackupJob(
	file: ProgressFile,
	job: 'replace' | 'merge',
	onProgress?: (progress: ImportProgress) => void,
	db?: FlashpointDb,
	backups?: BackupsDb,
	/** Rows per write request of a Replace (`importProgress`; its default on the page). */
	chunkRows?: number
): Promise<BackupJobEnd> {
	try {
		if (job === 'merge') return { ok: true, merged: await mergeProgress(file, { db, backups }) };
		await replaceProgressWithBackup(file, { db, backups, onProgress, chunkRows });
		return { ok: true };
	} catch (error) {
		const storage = error instanceof BackupStorageError;
		return {
			ok: false,
			storage,
			message: error instanceof Error ? error.message : String(error)
		};
	}
}
