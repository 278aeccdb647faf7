import type { PendingWork } from '$lib/courses/pending';

/** How long typing may pause before what is in the paste box is kept (ms). */
const QUIET_MS = 400;

/**
 * Keeps the Add documents screen's unsaved work on the device as it changes (`savePending`, a
 * write a `QUIET_MS` pause after the last change, so a long paste is written once, not per
 * keystroke). The store loads with `import()` on the first write; Home never pays for it.
 * `onError` hears a failed write (a full disk), so the screen can warn before a reload.
 * `courseId`: the course the documents are being added to (none: a new course), read at each
 * write, so each is kept apart (`pendingKey`).
 */
export function pendingKeeper(
	onError: (error: unknown) => void,
	courseId: () => string | undefined = () => undefined
) {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let latest: PendingWork | undefined;
	let writing: Promise<void> = Promise.resolve();

	async function write(work: PendingWork) {
		const [{ savePending }, { getDb }] = await Promise.all([
			import('$lib/courses/pending'),
			import('$lib/db/schema')
		]);
		await savePending(getDb(), work, Date.now(), courseId());
	}

	function flush(): Promise<void> {
		clearTimeout(timer);
		timer = undefined;
		const work = latest;
		latest = undefined;
		if (work) writing = writing.then(() => write(work)).catch(onError);
		return writing;
	}

	let keptDocuments = '';
	return {
		/**
		 * Keeps `work` after the next pause, or at once when a document came or went: the pause is
		 * for typing, and a shared or picked document must not be lost to a reload within it (the
		 * share-target test reloaded inside the pause and lost both shared documents, 2 runs in 6).
		 */
		keep(work: PendingWork) {
			latest = work;
			clearTimeout(timer);
			const documents = [...work.documents.map((d) => d.name), ...(work.questionFiles ?? [])].join(
				'\n'
			);
			if (documents !== keptDocuments) {
				keptDocuments = documents;
				void flush();
			} else timer = setTimeout(flush, QUIET_MS);
		},
		/** Writes what is waiting now (before leaving the page). */
		flush,
		/** Whether a change is not yet written. */
		get unsaved() {
			return latest !== undefined;
		},
		/** Forgets the kept work and anything waiting (the course was saved, or discarded). */
		async forget() {
			clearTimeout(timer);
			latest = undefined;
			keptDocuments = '';
			await writing;
			const [{ forgetPending }, { getDb }] = await Promise.all([
				import('$lib/courses/pending'),
				import('$lib/db/schema')
			]);
			await forgetPending(getDb(), courseId());
		}
	};
}
