/**
 * The page's side of importing a progress backup: the file is read, checked and written in a
 * Web Worker (`backup.worker.ts`), so the page keeps painting (and its progress bar moving)
 * while a 100,000-answer backup goes in. Where a module worker cannot start, the same jobs
 * (`backup-jobs.ts`) run on this thread.
 */
import type { ImportProgress } from './backup';
import {
	checkBackupText,
	runBackupJob,
	runRestoreJob,
	type BackupCheck,
	type BackupJobEnd,
	type RestoreEnd
} from './backup-jobs';
import type { ProgressFile } from './backup-file';

/** Messages to the worker: check this text, then run one job on it. */
export type BackupRequest =
	| { type: 'check'; text: string; now: number }
	| { type: 'replace' | 'merge' }
	| { type: 'restore'; id: number; now: number };

/** Messages from it: the check; during a job its progress, then its end. */
export type BackupReply =
	| { type: 'checked'; check: BackupCheck }
	| { type: 'progress'; progress: ImportProgress }
	| { type: 'end'; end: BackupJobEnd }
	| { type: 'restoring' }
	| { type: 'restored'; end: RestoreEnd };

/** A chosen backup file, checked: its summary, and the jobs it allows (each at most once). */
export interface BackupSession {
	check: BackupCheck;
	/** Replaces all progress with the file's (`onProgress`: rows written so far). */
	replace(onProgress?: (progress: ImportProgress) => void): Promise<BackupJobEnd>;
	merge(): Promise<BackupJobEnd>;
	/** Lets the file go (ends the worker). */
	close(): void;
}

/**
 * Checks backup `text` (at `now`, ms) off the main thread and returns the session to import it.
 * Never rejects for a bad file (that is `check.ok === false`); a job's failure is its end.
 */
export function openBackupText(text: string, now: number = Date.now()): Promise<BackupSession> {
	let worker: Worker;
	try {
		worker = new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		return onThisThread(text, now);
	}
	let listener: ((reply: BackupReply) => void) | undefined;
	worker.onmessage = (event: MessageEvent<BackupReply>) => listener?.(event.data);
	const job = (type: 'replace' | 'merge', onProgress?: (progress: ImportProgress) => void) =>
		new Promise<BackupJobEnd>((resolve) => {
			listener = (reply) => {
				if (reply.type === 'progress') onProgress?.(reply.progress);
				else if (reply.type === 'end') resolve(reply.end);
			};
			// The worker died mid-job: its transaction never committed, so nothing changed.
			worker.onerror = (event) => {
				event.preventDefault();
				resolve({ ok: false, storage: false, message: 'the import stopped unexpectedly' });
			};
			worker.postMessage({ type } satisfies BackupRequest);
		});
	return new Promise((resolve) => {
		listener = (reply) => {
			if (reply.type !== 'checked') return;
			resolve({
				check: reply.check,
				replace: (onProgress) => job('replace', onProgress),
				merge: () => job('merge'),
				close: () => worker.terminate()
			});
		};
		// The worker script could not load (no module workers, no IndexedDB in workers): here.
		worker.onerror = (event) => {
			event.preventDefault();
			worker.terminate();
			listener = undefined;
			onThisThread(text, now).then(resolve);
		};
		worker.postMessage({ type: 'check', text, now } satisfies BackupRequest);
	});
}

/**
 * Restores automatic backup `id` (`runRestoreJob`, at `now` ms) in a Web Worker, like an
 * import: reading, checking and writing a 100,000-answer copy would freeze the page for
 * seconds. On this thread where a module worker cannot start. Never rejects.
 */
export function restoreBackupOffThread(id: number, now: number = Date.now()): Promise<RestoreEnd> {
	let worker: Worker;
	try {
		worker = new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		return runRestoreJob(id, now);
	}
	return new Promise<RestoreEnd>((resolve) => {
		let started = false;
		worker.onmessage = (event: MessageEvent<BackupReply>) => {
			if (event.data.type === 'restoring') started = true;
			if (event.data.type !== 'restored') return;
			worker.terminate();
			resolve(event.data.end);
		};
		worker.onerror = (event) => {
			event.preventDefault();
			worker.terminate();
			// The script could not load: here. Once it ran, its transaction never committed.
			if (!started) runRestoreJob(id, now).then(resolve);
			else
				resolve({
					ok: false,
					error: 'Nothing was changed: the restore stopped unexpectedly.',
					problems: []
				});
		};
		worker.postMessage({ type: 'restore', id, now } satisfies BackupRequest);
	});
}

async function onThisThread(text: string, now: number): Promise<BackupSession> {
	const checked = await checkBackupText(text, now);
	let file: ProgressFile | undefined = checked.file;
	const run = (type: 'replace' | 'merge', onProgress?: (progress: ImportProgress) => void) => {
		const taken = file;
		file = undefined;
		return taken
			? runBackupJob(taken, type, onProgress)
			: Promise.resolve<BackupJobEnd>({ ok: false, storage: false, message: 'no checked file' });
	};
	return {
		check: checked.check,
		replace: (onProgress) => run('replace', onProgress),
		merge: () => run('merge'),
		close: () => (file = undefined)
	};
}
