/**
 * Progress and Cancel while an import is stored (`importAsNewCourse`, `importIntoCourse`): a
 * 40,000-card deck showed only "Importing…" for about 80 s, with no count and no way out
 * (outsider student, session 33). The store stays one IndexedDB transaction, so it is all or
 * nothing; it writes in chunks, reporting after each, and checks for Cancel between them. A
 * Cancel seen there throws an `AbortError` inside the transaction, which Dexie aborts: nothing
 * the import wrote is kept and every row stored before is as it was. A new course's questions
 * are checked before the transaction opens (`courseRowsInSteps`), pausing between chunks, so
 * Cancel is seen there too. Once the last write is issued the transaction commits, and Cancel
 * can no longer stop it (stage `saving`).
 */

/** What storing is doing: `done` of `total` in a counted stage (`total` 0 when not counted). */
export interface StoreProgress {
	/**
	 * `checking`: a new course's questions checked, or the course the questions join read;
	 * `writing`: questions written; `queue`: a new course's study queue written (`total` cards;
	 * one write, 16 s for 40,000 in Chromium); `replay`: the file's answers replayed into cards
	 * (`total` cards; one computation); `history`: those cards written; `saving`: the last writes
	 * issued, the transaction committing (no longer cancellable).
	 */
	stage: 'checking' | 'writing' | 'queue' | 'replay' | 'history' | 'saving';
	done: number;
	total: number;
}

/** Questions written per chunk: a report and a Cancel check each (a few hundred ms in Chromium). */
export const STORE_CHUNK = 2000;

/** The least time between two reports of one stage (ms), so a fast store floods no one. */
export const REPORT_EVERY_MS = 100;

/** How a store reports and is cancelled; both optional. */
export interface StoreHooks {
	onProgress?(progress: StoreProgress): void;
	/** Aborted by Cancel; checked between chunks. */
	signal?: AbortSignal;
	/** The clock for `REPORT_EVERY_MS` (ms); default `performance.now`. */
	clock?(): number;
	/**
	 * Rows per chunk (default `STORE_CHUNK`). Tests pass a small one, so a Cancel between chunks
	 * needs a deck of a few hundred notes, not thousands: 2,500 notes of an .apkg stored twice
	 * took 5 s of CPU in fake-indexeddb and sql.js, past 30 s of wall time at load 30.
	 */
	chunk?: number;
}

/** The error a cancelled store throws (and rejects with): a DOMException named `AbortError`. */
export function storeCancelled(): DOMException {
	return new DOMException('The import was cancelled.', 'AbortError');
}

/** Whether `error` is a cancelled store's (`storeCancelled`, or any `AbortError`). */
export function isCancelled(error: unknown): boolean {
	return (
		(error instanceof DOMException || error instanceof Error) &&
		(error as { name: string }).name === 'AbortError'
	);
}

/**
 * The steps of one store: `step` reports (a new stage, the last of a stage, or `REPORT_EVERY_MS`
 * after the last report) and throws `storeCancelled()` when the signal is aborted; once
 * `saving` is reported there is no step left, and the import completes.
 */
export class StoreSteps {
	#last = { stage: '', at: -Infinity };
	constructor(private readonly hooks: StoreHooks = {}) {}

	/** Rows per chunk: `StoreHooks.chunk`, else `STORE_CHUNK`. */
	get chunk(): number {
		return this.hooks.chunk ?? STORE_CHUNK;
	}

	/** Throws `storeCancelled()` if Cancel was pressed. */
	check(): void {
		if (this.hooks.signal?.aborted) throw storeCancelled();
	}

	/**
	 * Yields to the event loop (a macrotask), so a Cancel message can arrive, then checks for it.
	 * Never inside a transaction: IndexedDB commits one that waits on no request.
	 */
	async pause(): Promise<void> {
		await new Promise((resolve) => setTimeout(resolve, 0));
		this.check();
	}

	/**
	 * Reports `done` of `total` in `stage`, after a Cancel check: the step into `saving` is the
	 * last at which Cancel stops the import (nothing is committed before it).
	 */
	step(stage: StoreProgress['stage'], done = 0, total = 0): void {
		this.check();
		const at = (this.hooks.clock ?? (() => performance.now()))();
		const due =
			stage !== this.#last.stage || done >= total || at - this.#last.at >= REPORT_EVERY_MS;
		if (!due) return;
		this.#last = { stage, at };
		this.hooks.onProgress?.({ stage, done, total });
	}

	/**
	 * Writes `rows` with `write` in chunks of `size`, reporting `writing` with `offset` +
	 * rows written of `total` after each chunk (Cancel checked before each).
	 */
	async inChunks<T>(
		rows: readonly T[],
		write: (chunk: T[]) => Promise<unknown>,
		progress: { offset?: number; total?: number; size?: number } = {}
	): Promise<void> {
		const { offset = 0, total = rows.length, size = this.chunk } = progress;
		for (let from = 0; from < rows.length; from += size) {
			this.step('writing', offset + from, total);
			await write(rows.slice(from, from + size));
		}
		this.step('writing', offset + rows.length, total);
	}
}
