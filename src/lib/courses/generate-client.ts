import { plain } from '$lib/db/plain';
import type { DocumentDraft } from '$lib/documents/draft';
import type { GeneratedDocument, GenerationProgress } from './generate';

/** Messages to the generator worker: start on these drafts (`now`: ms), or stop. */
export type WorkerRequest =
	{ type: 'start'; drafts: DocumentDraft[]; now: number } | { type: 'cancel' };

/** Messages from it: progress, the drafted documents, a stop on request, or a failure. */
export type WorkerReply =
	| { type: 'progress'; progress: GenerationProgress }
	| { type: 'done'; documents: GeneratedDocument[] }
	| { type: 'cancelled' }
	| { type: 'error'; message: string };

function abortError(): DOMException {
	return new DOMException('Generation was cancelled.', 'AbortError');
}

/**
 * Drafts questions from `drafts` in a Web Worker (`generate.worker.ts`), so the page stays
 * responsive; `onProgress` gets each report. Aborting `signal` ends the worker at once and
 * rejects with an `AbortError`. Where a module worker cannot start (an old browser), the same
 * code runs on this thread, loaded on demand, yielding between batches. Rejects with an `Error`
 * carrying the generator's message if it fails.
 */
export function generateInWorker(
	drafts: DocumentDraft[],
	options: {
		onProgress?(progress: GenerationProgress): void;
		signal?: AbortSignal;
		now?: number;
	} = {}
): Promise<GeneratedDocument[]> {
	const now = options.now ?? Date.now();
	if (options.signal?.aborted) return Promise.reject(abortError());
	let worker: Worker;
	try {
		worker = new Worker(new URL('./generate.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		return onThisThread(drafts, { ...options, now });
	}
	return new Promise((resolve, reject) => {
		const finish = () => {
			worker.terminate();
			options.signal?.removeEventListener('abort', cancel);
		};
		const cancel = () => {
			// Terminating stops even a batch in progress; the message is for a worker that outlives it.
			worker.postMessage({ type: 'cancel' } satisfies WorkerRequest);
			finish();
			reject(abortError());
		};
		options.signal?.addEventListener('abort', cancel, { once: true });
		worker.onmessage = (event: MessageEvent<WorkerReply>) => {
			const message = event.data;
			if (message.type === 'progress') return options.onProgress?.(message.progress);
			finish();
			if (message.type === 'done') resolve(message.documents);
			else if (message.type === 'cancelled') reject(abortError());
			else reject(new Error(message.message));
		};
		// The worker script could not load (an old browser without module workers): run here.
		worker.onerror = (event) => {
			event.preventDefault();
			finish();
			onThisThread(drafts, { ...options, now }).then(resolve, reject);
		};
		// $state proxies cannot be cloned into a worker: send plain copies.
		worker.postMessage({ type: 'start', drafts: plain(drafts), now } satisfies WorkerRequest);
	});
}

async function onThisThread(
	drafts: DocumentDraft[],
	options: { onProgress?(progress: GenerationProgress): void; signal?: AbortSignal; now: number }
): Promise<GeneratedDocument[]> {
	const { generateDrafts } = await import('./generate');
	return generateDrafts(drafts, options);
}
