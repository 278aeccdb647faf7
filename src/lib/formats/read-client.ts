import type { ImportFormatId } from './detect';
import type { ImportSource, ReadOutcome, ReadProgress } from './read';

/** Messages to the import reader worker: read this file as this format. */
export interface ReadRequest {
	source: ImportSource;
	format: ImportFormatId;
	/** sql.js's wasm, as the page's build names it (see `sqlite-engine.ts`). */
	sqliteWasmUrl: string;
}

/** Messages from it: progress, then what reading gave. */
export type ReadReply =
	{ type: 'progress'; progress: ReadProgress } | { type: 'done'; outcome: ReadOutcome };

function abortError(): DOMException {
	return new DOMException('Reading was cancelled.', 'AbortError');
}

/**
 * Reads `source` as `format` in a Web Worker (`read.worker.ts`), so a 20 MB deck never freezes
 * the page; `onProgress` gets each report (notes read of the file's total). Aborting `signal`
 * ends the worker at once and rejects with an `AbortError`. Where a module worker cannot start,
 * the same `readImport` runs on this thread. Resolves as `readImport` does (never with a throw
 * for a bad file: that is `{ kind: 'error' }`).
 */
export function readInWorker(
	source: ImportSource,
	format: ImportFormatId,
	options: { onProgress?(progress: ReadProgress): void; signal?: AbortSignal } = {}
): Promise<ReadOutcome> {
	if (options.signal?.aborted) return Promise.reject(abortError());
	let worker: Worker;
	try {
		worker = new Worker(new URL('./read.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		return onThisThread(source, format, options.onProgress);
	}
	return new Promise((resolve, reject) => {
		const finish = () => {
			worker.terminate();
			options.signal?.removeEventListener('abort', cancel);
		};
		const cancel = () => {
			finish();
			reject(abortError());
		};
		options.signal?.addEventListener('abort', cancel, { once: true });
		worker.onmessage = (event: MessageEvent<ReadReply>) => {
			const message = event.data;
			if (message.type === 'progress') return options.onProgress?.(message.progress);
			finish();
			resolve(message.outcome);
		};
		// The worker script could not load (an old browser without module workers): read here.
		worker.onerror = (event) => {
			event.preventDefault();
			finish();
			onThisThread(source, format, options.onProgress).then(resolve, reject);
		};
		// The page keeps its copy of the bytes (another format may be chosen): they are copied.
		import('./sqlite')
			.then(({ sqliteWasmUrl }) => sqliteWasmUrl())
			.then((sqliteWasmUrl) =>
				worker.postMessage({
					source: { name: source.name, bytes: source.bytes },
					format,
					sqliteWasmUrl
				} satisfies ReadRequest)
			)
			.catch((error: unknown) => {
				finish();
				reject(error);
			});
	});
}

async function onThisThread(
	source: ImportSource,
	format: ImportFormatId,
	onProgress?: (progress: ReadProgress) => void
): Promise<ReadOutcome> {
	const [{ readImport }, { loadSqlite }] = await Promise.all([
		import('./read'),
		import('./sqlite')
	]);
	return readImport(source, format, loadSqlite, onProgress);
}
