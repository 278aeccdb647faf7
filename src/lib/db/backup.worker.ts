// Checks and imports a progress backup off the main thread (`backup-jobs.ts`): a 100,000-answer
// file took seconds of parsing, copying and writing on it. The checked file stays here between
// the check and the job; the page terminates the worker when the dialog closes.
import { checkBackupText, runBackupJob, runRestoreJob } from './backup-jobs';
import type { BackupReply, BackupRequest } from './backup-client';
import type { ProgressFile } from './backup-file';

/** No page to keep painting here: bigger write requests, fewer round trips (22 steps for 110,000 rows). */
const WORKER_CHUNK_ROWS = 5_000;

let file: ProgressFile | undefined;
const reply = (message: BackupReply) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<BackupRequest>) => {
	const request = event.data;
	if (request.type === 'check') {
		const checked = await checkBackupText(request.text, request.now);
		file = checked.file;
		reply({ type: 'checked', check: checked.check });
		return;
	}
	if (request.type === 'restore') {
		// The page knows from here on that the script runs: a failure is no reason to retry there.
		reply({ type: 'restoring' });
		reply({ type: 'restored', end: await runRestoreJob(request.id, request.now) });
		return;
	}
	if (!file) {
		reply({ type: 'end', end: { ok: false, storage: false, message: 'no checked file' } });
		return;
	}
	const end = await runBackupJob(
		file,
		request.type,
		(progress) => reply({ type: 'progress', progress }),
		undefined,
		undefined,
		WORKER_CHUNK_ROWS
	);
	reply({ type: 'end', end });
};
