import {
	HeldAnswerError,
	isStorageFullError,
	recordAnswer,
	regradeLastAnswer,
	StaleAnswerError,
	undoAnswer,
	type AnswerInput,
	type UndoOutcome
} from '$lib/db/answers';
import { forgetAnswer, journalAnswer, writingAnswer } from '$lib/db/answer-journal';
import { uuidv7 } from '$lib/db/uuid';
import type { GradingMode, RatingValue, ReviewRecord } from '$lib/db/records';
import type { HoldKind } from '$lib/db/card-holds';
import { loadTodaySummary } from '$lib/db/today-summary';
import type { StudySettings } from './settings';
import { studyActivity } from './activity.svelte';
import { emptySummary, type SessionSummary } from './session';

const STORAGE_FULL_MESSAGE =
	'Your device is out of storage space, so this answer is not saved yet. It is kept on this ' +
	'screen: free some space (delete files or other apps’ data), then press Retry.';

/**
 * What `record` did: saved the answer, found it already answered elsewhere (`stale`; `held`:
 * buried or suspended there before the answer, `HeldAnswerError`), or failed.
 */
export type RecordOutcome =
	{ kind: 'saved'; review: ReviewRecord } | { kind: 'stale'; held?: HoldKind } | { kind: 'failed' };

/**
 * The study screen's writes to the answer log (record, regrade, undo), one at a time, and what
 * it reads back after each: today's summary and the answer Undo takes back. While a write runs,
 * `saving` is true (the screen disables its buttons and the update prompt waits); a failed
 * write leaves a message a person can act on in `saveError` and, for a new answer, keeps that
 * answer in `pending` for Retry, so nothing the student did is lost (issue 14).
 */
export class AnswerWriter {
	saving = $state(false);
	/** Set when a write failed; cleared by the next write. */
	saveError = $state<string | null>(null);
	/** The answer that could not be saved, kept for Retry (null when none). */
	pending: AnswerInput | null = null;
	/**
	 * The course studied alone (Study of one course), whose answers alone `summary` counts;
	 * null for all courses.
	 */
	scope: string | null = null;
	/** Today's answers (the whole study day, read back from the log: it survives a reload). */
	summary = $state<SessionSummary>(emptySummary());
	/** The answer Undo takes back: the log's latest, when given today (survives a reload). */
	lastReviewId = $state<number | null>(null);
	/** The `cards-generation` marker `summary` was read at (`TodaySummary.token`). */
	#readAt: string | null = null;
	/**
	 * The undo floor at the last read (`TodaySummary.undoFloor`; null before the first). It
	 * rises only when progress is replaced wholesale (Reset, Import, Merge, a Check database
	 * that changed something, in any tab): the study session compares it with the one it saw.
	 */
	undoFloor: number | null = null;
	/** The latest summary read started, while it runs; `#started` counts them. */
	#reading: Promise<unknown> | null = null;
	#started = 0;

	/**
	 * Reads today's summary and (with `withUndo`, the default) the answer Undo would take back
	 * from the answer log. Another tab's answer re-reads without it: Undo keeps meaning this
	 * tab's last answer, unless a Reset, Import or Merge closed it (`undo-floor.ts`). Of two
	 * reads at once, the one started last is kept (with `undoFloor`).
	 */
	readSummary(withUndo = true): Promise<void> {
		const started = ++this.#started;
		const reading = loadTodaySummary(Date.now(), undefined, this.scope).then((today) => {
			if (started !== this.#started) return;
			this.undoFloor = today.undoFloor;
			this.summary = today.summary;
			if (withUndo) this.lastReviewId = today.lastReviewId;
			// A Reset, Import or Merge (here or in another tab) closed Undo on the answer held.
			else if (this.lastReviewId !== null && this.lastReviewId <= today.undoFloor)
				this.lastReviewId = null;
			this.#readAt = today.token;
		});
		this.#reading = reading;
		return reading.finally(() => {
			if (this.#reading === reading) this.#reading = null;
		});
	}

	/** The `cards-generation` marker the summary was last read at (null before the first read). */
	get readAt(): string | null {
		return this.#readAt;
	}

	/**
	 * The live queue read saw the database at marker `token` (`TodayQueue.watch`): re-reads the
	 * summary without Undo, unless it was read at that marker already. So this tab's own answer
	 * is read back once, by the write (`record`, `regrade`, `undo`), not a second time when the
	 * live read sees it; another tab's answer changes the marker and is read. While a write runs
	 * nothing is read: the read after it covers the change. Throws what the read throws.
	 */
	async followLive(token: string): Promise<void> {
		if (this.saving) return;
		// A read under way may be the one after this tab's own write: wait for its marker.
		await this.#reading?.catch(() => undefined);
		if (token === this.#readAt || this.saving) return;
		await this.readSummary(false);
	}

	/**
	 * Saves one answer (one transaction, see `recordAnswer`), then reads the summary back.
	 * 'stale' means another tab answered the same card since it was shown: the answer is
	 * dropped, not retried.
	 */
	async record(answer: AnswerInput, settings: StudySettings): Promise<RecordOutcome> {
		// The id is fixed at the tap and kept for Retry, and the answer is journaled before the
		// transaction starts (synchronously): a tab closed before it commits loses nothing, the
		// next start replays it (`answer-journal.ts`). A failed write stays journaled too.
		const input = { ...answer, uuid: answer.uuid ?? uuidv7(answer.answeredAt) };
		journalAnswer(input);
		const writing = writingAnswer(input.uuid);
		this.pending = input;
		this.saveError = null;
		const review = await this.#run(() => recordAnswer(input, settings), true);
		writing.done();
		if (review instanceof StaleAnswerError) {
			forgetAnswer(input.uuid);
			this.pending = null;
			return review instanceof HeldAnswerError
				? { kind: 'stale', held: review.kind }
				: { kind: 'stale' };
		}
		if (!review) return { kind: 'failed' };
		forgetAnswer(input.uuid);
		this.pending = null;
		studyActivity.unsaved = false;
		this.lastReviewId = review.id ?? null;
		await this.readSummary();
		return { kind: 'saved', review };
	}

	/**
	 * Re-saves the latest answer (`lastReviewId`) with another rating, then reads the summary
	 * back; null when there is none, or it failed or is gone.
	 */
	async regrade(
		change: { rating: RatingValue; grading: GradingMode; correct: boolean },
		settings: StudySettings
	): Promise<ReviewRecord | null> {
		const reviewId = this.lastReviewId;
		if (reviewId === null) return null;
		const found = await this.#run(() => regradeLastAnswer(reviewId, change, settings), false);
		const review = found instanceof StaleAnswerError ? null : (found ?? null);
		if (!review) return null;
		this.lastReviewId = review.id ?? null;
		await this.readSummary();
		return review;
	}

	/**
	 * Takes back the latest answer (`reviewId`), then reads the summary and Undo back from the
	 * log (so a refused Undo is no longer offered). Returns what the database did
	 * (`UndoOutcome`), or 'failed' when the write failed (the message is in `saveError`; nothing
	 * is read back).
	 */
	async undo(reviewId: number): Promise<UndoOutcome | 'failed'> {
		const outcome = await this.#run(() => undoAnswer(reviewId), false);
		if (outcome === null || outcome instanceof StaleAnswerError) return 'failed';
		await this.readSummary();
		return outcome;
	}

	/**
	 * Runs `write` with `saving` set. A refused answer (`keepsAnswer`: a `StaleAnswerError`) is
	 * returned, for `record` to say why; any other failure is said in `saveError` (null).
	 */
	async #run<T>(
		write: () => Promise<T>,
		keepsAnswer: boolean
	): Promise<T | StaleAnswerError | null> {
		this.saving = true;
		studyActivity.saving = true;
		try {
			return await write();
		} catch (error) {
			if (keepsAnswer && error instanceof StaleAnswerError) return error;
			this.saveError = describeSaveError(error);
			if (keepsAnswer) studyActivity.unsaved = true;
			return null;
		} finally {
			this.saving = false;
			studyActivity.saving = false;
		}
	}
}

/** A failed write, said so a person can act on it (full storage gets its own advice). */
export function describeSaveError(error: unknown): string {
	if (isStorageFullError(error)) return STORAGE_FULL_MESSAGE;
	const detail = error instanceof Error ? error.message : String(error);
	return `This answer could not be saved (${detail}). It is kept on this screen: press Retry.`;
}
