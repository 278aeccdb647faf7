import type { Question } from '$lib/content/schema';
import type { ImportOutcome } from '$lib/courses/import';
import type {
	ImportPreviewData,
	OpenSummary,
	PreviewRequest,
	StoreRequest
} from '$lib/courses/import-session';
import type { StoreProgress } from '$lib/courses/store-progress';
import type { ImportFormatId } from './detect';
import type { ImportSource, ReadProgress } from './read';

/** What a call to the import worker asks. */
type SessionBody =
	| {
			method: 'open';
			source: ImportSource;
			format: ImportFormatId;
			/** sql.js's wasm, as the page's build names it (see `sqlite-engine.ts`). */
			sqliteWasmUrl: string;
	  }
	| { method: 'preview'; request: PreviewRequest }
	| { method: 'more'; from: number; count: number }
	| { method: 'store'; request: StoreRequest }
	/** Cancel of the store call `target` (`store-progress.ts`): answered by that call's reply. */
	| { method: 'cancel'; target: number };

/** A call to the import worker (`read.worker.ts`), numbered so its reply finds it. */
export type SessionCall = { id: number } & SessionBody;

/** The worker's replies: progress of a call, its value, or why it failed. */
export type SessionReply =
	| { id: number; type: 'progress'; progress: ReadProgress | StoreProgress }
	| { id: number; type: 'done'; value: unknown }
	| { id: number; type: 'error'; name: string; message: string };

/**
 * An import kept in a Web Worker (`read.worker.ts` hosting `ImportSession`): the file is read,
 * mapped, planned and stored there, and the page gets only what it shows. Where a module worker
 * cannot start, the same session runs on the page (loaded on demand).
 */
export interface ImportSessionClient {
	/** Reads a file (forgetting any earlier one); `onProgress` gets each report. */
	open(
		source: ImportSource,
		format: ImportFormatId,
		onProgress?: (progress: ReadProgress) => void
	): Promise<OpenSummary>;
	preview(request: PreviewRequest): Promise<ImportPreviewData>;
	more(from: number, count: number): Promise<Question[]>;
	/**
	 * Stores the previewed import, `onProgress` getting each report; `cancelStore` asks it to
	 * stop, and it then rejects with an `AbortError` having written nothing, unless it was
	 * already saving (it then resolves: the import is complete).
	 */
	store(
		request: StoreRequest,
		onProgress?: (progress: StoreProgress) => void
	): Promise<ImportOutcome>;
	cancelStore(): void;
	/** Ends the worker at once: a call in progress rejects with an `AbortError`. */
	close(): void;
}

function abortError(): DOMException {
	return new DOMException('Reading was cancelled.', 'AbortError');
}

/** The session on this thread (no module worker here). */
async function localSession() {
	const [{ ImportSession }, { loadSqlite }, { getDb }] = await Promise.all([
		import('$lib/courses/import-session'),
		import('./sqlite'),
		import('$lib/db/schema')
	]);
	return new ImportSession({ loadSqlite, db: getDb });
}

type Progress = ReadProgress | StoreProgress;

type Pending = {
	resolve(value: unknown): void;
	reject(error: unknown): void;
	onProgress?(progress: Progress): void;
};

/**
 * Starts an import session in a worker (or, failing that, on this thread). Each call resolves
 * with the session's value or rejects with its error (`name` kept: `StorageFullError`,
 * `CourseInputError`); `close` rejects what is pending with an `AbortError`.
 */
export function startImportSession(): ImportSessionClient {
	let worker: Worker | undefined;
	try {
		worker = new Worker(new URL('./read.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		worker = undefined;
	}
	let local: ReturnType<typeof localSession> | undefined = worker ? undefined : localSession();
	let nextId = 1;
	let replied = false;
	let closed = false;
	const pending = new Map<number, Pending & { call: SessionCall }>();

	/** The store on this thread's Cancel (the worker keeps its own). */
	let localStore: AbortController | undefined;
	const runLocally = async (call: SessionCall, onProgress?: (p: Progress) => void) => {
		const session = await (local ??= localSession());
		switch (call.method) {
			case 'open':
				return session.open(call.source, call.format, onProgress);
			case 'preview':
				return session.preview(call.request);
			case 'more':
				return session.more(call.from, call.count);
			case 'store': {
				localStore = new AbortController();
				return session.store(call.request, { onProgress, signal: localStore.signal });
			}
			case 'cancel':
				return localStore?.abort();
		}
	};

	if (worker) {
		worker.onmessage = (event: MessageEvent<SessionReply>) => {
			replied = true;
			const reply = event.data;
			const waiting = pending.get(reply.id);
			if (!waiting) return;
			if (reply.type === 'progress') return waiting.onProgress?.(reply.progress);
			pending.delete(reply.id);
			if (reply.type === 'done') waiting.resolve(reply.value);
			else waiting.reject(Object.assign(new Error(reply.message), { name: reply.name }));
		};
		// The worker script could not load (an old browser): the session runs here instead.
		worker.onerror = (event) => {
			event.preventDefault();
			if (replied) return;
			worker?.terminate();
			worker = undefined;
			for (const [id, waiting] of pending) {
				pending.delete(id);
				runLocally(waiting.call, waiting.onProgress).then(waiting.resolve, waiting.reject);
			}
		};
	}

	function call<T>(body: SessionBody, onProgress?: (p: Progress) => void) {
		if (closed) return Promise.reject(abortError());
		const id = nextId++;
		const message: SessionCall = { ...body, id };
		if (!worker) return runLocally(message, onProgress) as Promise<T>;
		return new Promise<T>((resolve, reject) => {
			pending.set(id, {
				call: message,
				resolve: resolve as (value: unknown) => void,
				reject,
				onProgress
			});
			worker!.postMessage(message);
		});
	}

	return {
		async open(source, format, onProgress) {
			const { sqliteWasmUrl } = await import('./sqlite');
			// The page keeps its copy of the bytes (another format may be chosen): they are copied.
			return call<OpenSummary>(
				{ method: 'open', source, format, sqliteWasmUrl: await sqliteWasmUrl() },
				onProgress as ((p: Progress) => void) | undefined
			);
		},
		preview: (request) => call<ImportPreviewData>({ method: 'preview', request }),
		more: (from, count) => call<Question[]>({ method: 'more', from, count }),
		store: (request, onProgress) =>
			call<ImportOutcome>({ method: 'store', request }, onProgress as (p: Progress) => void),
		cancelStore() {
			if (!worker) {
				localStore?.abort();
				return;
			}
			// Each store call still waiting is asked to stop; its own reply says how it ended.
			for (const [id, waiting] of pending)
				if (waiting.call.method === 'store')
					worker.postMessage({ id: nextId++, method: 'cancel', target: id } satisfies SessionCall);
		},
		close() {
			closed = true;
			worker?.terminate();
			worker = undefined;
			local = undefined;
			for (const [id, waiting] of pending) {
				pending.delete(id);
				waiting.reject(abortError());
			}
		}
	};
}
