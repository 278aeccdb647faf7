import type { BankIndex } from '$lib/content/bank';
import type { QuestionShelf } from '$lib/content/question-shelf';
import { getStudySettings } from '$lib/db/study-settings';
import { replayAtStart } from '$lib/db/answer-journal';
import type { QuestionSource } from '$lib/db/today-queue';
import { studyActivity } from './activity.svelte';
import { keptFeedback, keptRevealed } from './kept-feedback';
import { keptBackPreviewAt } from './grade-preview';
import { holdCard, readHoldAt, releaseCard, type HoldKind } from '$lib/db/card-holds';
import { getDb } from '$lib/db/schema';
import {
	heldElsewhereNotice,
	holdNotice,
	itemForUndone,
	NOTHING_TO_UNDO,
	releaseNotice,
	PROGRESS_REPLACED,
	undoNotice,
	type ReplacedBackup
} from './session';
import { StudyAnswers } from './study-answers.svelte';
import { TodayQueue } from './today-queue.svelte';

export type { StudyPhase } from './study-screen.svelte';

export type { SessionSummary } from './session';

export type { Feedback } from './feedback';

/**
 * One study session over today's queue and summary (`StudyFeed`): its start and stop, Undo, and
 * reading today again when the database changed under it (a new study day, the back-forward
 * cache, progress replaced in any tab). What the student does to the question on screen and
 * the answer being saved are `StudyAnswers`'; every answer is written (one transaction, through
 * `AnswerWriter`) before the next card shows, and a failed write keeps it in memory with a Retry.
 */
export class StudySession extends StudyAnswers {
	readonly #source: QuestionSource;
	/**
	 * The card this screen buried or suspended last (`hold`), with the latest answer when it
	 * did (`afterReview`): Undo takes the hold back while no answer came after it.
	 */
	#lastHold = $state<{
		questionId: string;
		kind: HoldKind;
		prompt: string;
		afterReview: number | null;
		/** Held on its verdict: its answer stands after Undo. */
		answered: boolean;
	} | null>(null);

	/**
	 * `bank` holds the questions shown, or reads them as the queue comes to them (a
	 * `QuestionShelf`, the Study screen's: not every question of the course); `source` is what
	 * the queue is built from: the studied questions of a course scope read by index
	 * (`{ courseId }`: its reads do not grow with the collection), by default a shelf's scope or
	 * the bank's own list.
	 */
	constructor(
		bank: BankIndex | QuestionShelf,
		source: QuestionSource = 'bank' in bank ? bank.bank.questions : { courseId: bank.courseId }
	) {
		super(bank);
		this.#source = source;
		// The done screen counts the answers of the course studied, not every course's.
		if (!Array.isArray(source))
			this.writer.scope = (source as { courseId: string | null }).courseId;
	}

	/** After "Nothing to undo": the automatic backup that holds the answers from before. */
	get replacedBackup(): ReplacedBackup | null {
		return this.replaced.backup;
	}

	async start(): Promise<void> {
		try {
			// Read before the first question shows, which forgets them.
			const kept = keptFeedback();
			const revealed = keptRevealed();
			// An answer a closed tab left unwritten is in the log before the queue is read.
			await replayAtStart();
			this.useSettings(await getStudySettings());
			const need = this.bank.need && ((ids: readonly string[]) => this.bank.need!(ids));
			const queue = new TodayQueue(this.#source, this.settings!, need);
			this.follow(queue, {
				changed: () => {
					if (this.phase === 'done') this.show(queue.pick());
					else void this.#leaveHeld();
				},
				read: () => this.#followFloor(),
				newDay: () => void this.refresh(),
				failed: (error) => this.fail(error)
			});
			await Promise.all([this.advance(), this.writer.readSummary()]);
			this.replaced.seeFloor();
			await this.restoreFeedback(kept);
			const lastReview = this.current?.card?.lastReview ?? null;
			const at = keptBackPreviewAt(revealed, this.question?.id, lastReview, Date.now());
			if (at !== null) this.reveal(at);
		} catch (error) {
			this.fail(error);
		}
	}

	stop(): void {
		this.today?.stop();
		this.settle.end();
		// Leaving the screen abandons an answer that could not be saved; it no longer holds updates.
		studyActivity.unsaved = false;
	}

	/** Whether Undo has something to take back: the latest answer, or a card just held. */
	get canUndo(): boolean {
		return this.lastReviewId !== null || this.#holdUndoable();
	}

	#holdUndoable(): boolean {
		return this.#lastHold !== null && this.#lastHold.afterReview === this.lastReviewId;
	}

	/**
	 * Buries the card on screen until tomorrow (Anki's `-`) or suspends it (`@`), then shows the
	 * next card; the notice says where it went, and Undo brings it back (issue 12, a student
	 * from Anki). On the question or on its verdict, as Anki lets you at any point: a card just
	 * answered keeps its answer (saved already, a second Undo takes it back) and moves on. A
	 * student from Anki wanted to suspend a bad multiple-choice card after answering it, and the
	 * menu and keys were gone there (session 37).
	 */
	async hold(kind: HoldKind): Promise<void> {
		const item = this.current;
		const prompt = this.question?.prompt ?? '';
		if (this.saving || (this.phase !== 'question' && this.phase !== 'feedback') || !item) return;
		const answered = this.phase === 'feedback';
		await this.answer(async () => {
			try {
				await holdCard(item.questionId, kind);
			} catch (error) {
				this.fail(error);
				return;
			}
			this.#lastHold = {
				questionId: item.questionId,
				kind,
				prompt,
				afterReview: this.lastReviewId,
				answered
			};
			await this.advance();
			this.notice = holdNotice(kind, prompt);
		});
	}

	/**
	 * The unanswered card on screen was buried or suspended in another tab (the live read left it
	 * out as held): the next card shows, and the notice says why, as after an answer refused as
	 * stale (`skipped`: keys still coming do not act on the new card). Tab B kept showing a card
	 * tab A had just buried, to be answered there (a student from Anki, session 36). A verdict on
	 * screen stays (its answer is saved). The hold's kind is read; a failed read changes nothing:
	 * an answer to the card is still refused in its own transaction (`HeldAnswerError`).
	 */
	async #leaveHeld(): Promise<void> {
		const item = this.current;
		const onScreen = () => this.current === item && this.phase === 'question' && !this.saving;
		if (!item || !onScreen() || !this.today?.isHeld(item.questionId)) return;
		const hold = await readHoldAt(getDb(), item.questionId, Date.now()).catch(() => undefined);
		if (!hold || !onScreen()) return;
		this.skipped = true;
		this.show(this.today.pick());
		this.notice = heldElsewhereNotice(hold.kind);
	}

	/** Takes the latest hold back and shows its card again (`undo`, while no answer came after). */
	async #undoHold(): Promise<void> {
		const held = this.#lastHold!;
		await this.answer(async () => {
			await releaseCard(held.questionId);
			this.#lastHold = null;
			await this.today!.load();
			// The card comes back on screen, as Anki's undo brings it back.
			const item = this.today!.items.find((i) => i.questionId === held.questionId);
			this.show(item ?? this.today!.pick());
			// Held on its verdict and not due again today: the answer stands, and Undo still says so.
			this.notice = item || held.answered ? releaseNotice(held.kind, held.prompt, !!item) : null;
		});
	}

	/**
	 * Undoes the latest answer (today's, from the log: it works after a reload too) and shows
	 * that question again with its card as it was. The notice says what the database did
	 * (`UndoOutcome`), never what the key asked for: after a Reset or an Import → Replace the
	 * held answer is gone, so it says nothing can be undone, and Undo is no longer offered.
	 */
	async undo(): Promise<void> {
		const reviewId = this.lastReviewId;
		if (this.saving) return;
		if (this.#holdUndoable()) return this.#undoHold();
		if (reviewId === null) {
			this.notice = NOTHING_TO_UNDO;
			await this.replaced.pointToBackup();
			return;
		}
		await this.answer(async () => {
			const outcome = await this.writer.undo(reviewId);
			if (outcome === 'failed') return;
			// Refused because progress was replaced: the card on screen may be gone too.
			this.#followFloor();
			this.notice = undoNotice(outcome.kind);
			this.replaced.backup = null;
			if (outcome.kind === 'undone') {
				// Answered before this page read it (a reload, another tab): its question is read.
				const reading = this.bank.need?.([outcome.review.questionId]);
				if (reading) await reading;
				this.show(itemForUndone(outcome.review, Date.now()));
				this.notice = undoNotice('undone', this.question?.prompt);
			} else if (outcome.kind === 'closed') await this.replaced.pointToBackup();
		});
	}

	/**
	 * Reads today's queue, summary and Undo again because what the screen holds may be stale:
	 * the page came back from the back-forward cache (`pageshow` with `persisted`), or progress
	 * was replaced in any tab (Reset, Import, Merge: the live read saw the undo floor rise).
	 * Undo is dropped at once (so a stale one cannot be pressed during the read) and offered
	 * again only for what the log holds; the card or verdict on screen is replaced by the
	 * queue's next card when the database changed meanwhile (an outsider saw a pre-Reset
	 * question with Undo after Back). Unchanged, the screen stays as it was.
	 */
	async reopen(): Promise<void> {
		if (!this.settings || !this.today || this.saving) return;
		const readAt = this.writer.readAt;
		this.writer.lastReviewId = null;
		try {
			await Promise.all([this.today.load(), this.writer.readSummary()]);
			if (this.#followFloor() || this.phase === 'error' || this.phase === 'loading') return;
			if (readAt !== this.writer.readAt || this.phase === 'done') this.show(this.today.pick());
		} catch (error) {
			this.fail(error);
		}
	}

	/**
	 * Settings in another tab replaced the progress (`by`, from `progress-channel.ts`): reads
	 * today again and says so (`ReplacedProgress.replacedElsewhere`).
	 */
	replacedElsewhere(by: 'backup' | 'automatic-backups' | 'check'): Promise<void> {
		return this.replaced.replacedElsewhere(by);
	}

	/**
	 * Shows the queue's first card now: custom study has just asked for cards (they come first)
	 * or raised today's new limit. An unanswered card on screen gives way to it, as Anki opens
	 * the custom study session; a verdict on screen stays (its answer is saved; Next goes on).
	 */
	async showNext(): Promise<void> {
		if (this.saving || !this.today || (this.phase !== 'question' && this.phase !== 'done')) return;
		try {
			await this.advance();
		} catch (error) {
			this.fail(error);
		}
	}

	/**
	 * Looks at today's queue again: a learning card came within the learn-ahead limit, a new
	 * study day began (4 AM), or the app came back to the foreground. With nothing on screen the
	 * next card shows; with a card or a verdict on screen it stays, and only the queue (and so
	 * the counts in the header) moves to the new day.
	 */
	async refresh(): Promise<void> {
		if (this.saving || !this.settings) return;
		try {
			const onScreen = this.phase === 'question' || this.phase === 'feedback';
			if (this.phase !== 'done' && !onScreen) return;
			// The summary too: a Study screen left open across 4 AM kept yesterday's "answered
			// today" and offered to undo yesterday's answer (outsider student).
			await Promise.all([
				onScreen ? this.today?.load() : this.advance(),
				this.writer.readSummary()
			]);
			this.#followFloor();
		} catch (error) {
			this.fail(error);
		}
	}

	/**
	 * After a read: if the undo floor rose since this session last looked (progress replaced
	 * wholesale by a Reset, Import or Merge in any tab), the card or verdict on screen may be
	 * gone, so the queue's next card shows and the notice says why. Returns whether it did. The
	 * floor is compared here, not by the read that saw it rise, so no read can swallow it.
	 */
	#followFloor(): boolean {
		if (!this.replaced.floorRose() || !this.today) return false;
		if (this.phase === 'error' || this.phase === 'loading') return false;
		this.notice = PROGRESS_REPLACED;
		this.replaced.backup = null;
		void this.replaced.pointToBackup();
		this.show(this.today.pick());
		return true;
	}
}
