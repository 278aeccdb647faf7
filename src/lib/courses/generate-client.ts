import { draftCopy, type DocumentDraft } from '$lib/documents/draft';
import type { GeneratedDocument, GenerationProgress } from './generate';

/**
 * Messages to the generator worker: start on these drafts (`now`: ms), or stop, or (a worker
 * started ahead of use) build what the generator's first use builds.
 */
export type WorkerRequest =
	{ type: 'start'; drafts: DocumentDraft[]; now: number } | { type: 'cancel' } | { type: 'warm' };

/** Messages from it: progress, the drafted documents, a stop on request, or a failure. */
export type WorkerReply =
	| { type: 'progress'; progress: GenerationProgress }
	| { type: 'done'; documents: GeneratedDocument[] }
	| { type: 'cancelled' }
	| { type: 'error'; message: string };

function abortError(): DOMException {
	return new DOMException('Generation was cancelled.', 'AbortError');
}

function startWorker(): Worker {
	return new Worker(new URL('./generate.worker.ts', import.meta.url), { type: 'module' });
}

/** The worker `prepareGenerator` started, until `generateInWorker` takes it. */
let prepared: Worker | undefined;

/**
 * Starts the generator's worker ahead of use, loading the generator and building the tagger's
 * model (`warmGenerator`), so Generate does not wait for them: at 45 KB they were about half of
 * the wait before the first progress (bench/README.md). The next `generateInWorker` uses it.
 * Returns a function that ends it unless it was used (the screen is left). Where a module worker
 * cannot start or load, nothing is kept and `generateInWorker` finds its own way.
 */
export function prepareGenerator(): () => void {
	if (!prepared) {
		try {
			const worker = startWorker();
			worker.onerror = (event) => {
				event.preventDefault();
				worker.terminate();
				if (prepared === worker) prepared = undefined;
			};
			worker.postMessage({ type: 'warm' } satisfies WorkerRequest);
			prepared = worker;
		} catch {
			prepared = undefined;
		}
	}
	const mine = prepared;
	return () => {
		if (!mine || prepared !== mine) return;
		mine.terminate();
		prepared = undefined;
	};
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
		worker = prepared ?? startWorker();
		prepared = undefined;
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
		// $state proxies cannot be cloned into a worker: send plain copies (`draftCopy`, which
		// copies no text; `plain` spent 15 ms on a 1 MB text in the Generate task).
		worker.postMessage({
			type: 'start',
			drafts: drafts.map(draftCopy),
			now
		} satisfies WorkerRequest);
	});
}

async function onThisThread(
	drafts: DocumentDraft[],
	options: { onProgress?(progress: GenerationProgress): void; signal?: AbortSignal; now: number }
): Promise<GeneratedDocument[]> {
	const { generateDrafts } = await import('./generate');
	return generateDrafts(drafts, options);
}
