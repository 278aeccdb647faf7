/**
 * One request to a fresh module worker and its one reply, for work that must not block the
 * page (a long paste read, a document's lexicon, the built-in course's install). The clients
 * kept the same 25 lines each (documents/read-client.ts, courses/lexicon-client.ts,
 * content/bank.ts); this is them once. A worker that reports progress or takes a cancel
 * (generate, import, backup, suggestions) keeps its own client.
 */

/** The part of a `Worker` used here (a fake one in tests). */
export type OnceWorker = Pick<Worker, 'postMessage' | 'terminate'> & {
	onmessage: ((event: MessageEvent) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
};

/**
 * Posts `request` to the worker `start` makes, resolves with `settle(reply)` or rejects with
 * what it throws, and terminates the worker after its one reply. Where a module worker cannot
 * start (`start` throws) or fails to load or crashes (`onerror`), `fallback(request)` does the
 * same work on this thread. `start` stays in the caller as `new Worker(new URL('./x.worker.ts',
 * import.meta.url), { type: 'module' })`: that is the form Vite finds and bundles.
 */
export function runOnce<Request, Reply, Result>(
	start: () => OnceWorker,
	request: Request,
	settle: (reply: Reply) => Result,
	fallback: (request: Request) => Promise<Result>
): Promise<Result> {
	let worker: OnceWorker;
	try {
		worker = start();
	} catch {
		return fallback(request);
	}
	return new Promise((resolve, reject) => {
		worker.onmessage = (event: MessageEvent<Reply>) => {
			worker.terminate();
			try {
				resolve(settle(event.data));
			} catch (error) {
				reject(error);
			}
		};
		worker.onerror = (event) => {
			event.preventDefault();
			worker.terminate();
			fallback(request).then(resolve, reject);
		};
		worker.postMessage(request);
	});
}
