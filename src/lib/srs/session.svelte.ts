import type { BankIndex } from '$lib/content/bank';
import { getStudySettings } from '$lib/db/study-settings';
import { replayAtStart } from '$lib/db/answer-journal';
import type { AnswerInput } from '$lib/db/answers';
import type { QuestionSource } from '$lib/db/today-queue';
import type { GradingMode, RatingValue } from '$lib/db/records';
import { studyActivity } from './activity.svelte';
import { keptFeedback, keptRevealed } from './kept-feedback';
import { markedFeedback, overruledFeedback, shownAnswerFeedback, verdictRegrade } from './feedback';
import { AUTO_RATING, autoRating, isCorrect, isSelfGraded, isTyped } from './grading';
import { keptBackPreviewAt } from './grade-preview';
import {
	answerInput,
	itemForUndone,
	NOTHING_TO_UNDO,
	PROGRESS_REPLACED,
	undoNotice,
	type ReplacedBackup
} from './session';
import { ReplacedProgress } from './replaced-progress.svelte';
import { StudyScreen } from './study-screen.svelte';
import { TodayQueue } from './today-queue.svelte';

export type { StudyPhase } from './study-screen.svelte';

export type { SessionSummary } from './session';

export type { Feedback } from './feedback';

/**
 * One study session: what the student does to the question on screen (`StudyScreen`) and the
 * answer being saved, over today's queue and summary (`StudyFeed`). Every answer is written (one
 * transaction, through `AnswerWriter`) before the next card shows; a failed write keeps the
 * answer in memory with a Retry.
 */
export class StudySession extends StudyScreen {
	readonly #source: QuestionSource;
	#pendingResponse = '';
	#advancing = false;
	/** Progress replaced wholesale: the undo floor last acted on and the backup named. */
	readonly #replaced: ReplacedProgress;

	/**
	 * `bank` holds the questions shown; `source` is what the queue is built from: the studied
	 * questions of a course scope read by index (`{ courseId }`, the Study screen: its reads do
	 * not grow with the collection), or by default the bank's own list.
	 */
	constructor(bank: BankIndex, source: QuestionSource = bank.bank.questions) {
		super(bank);
		this.#source = source;
		this.#replaced = new ReplacedProgress(this.writer, {
			notice: () => this.notice,
			say: (notice) => (this.notice = notice),
			idle: () => this.phase === 'loading' || this.phase === 'error',
			reopen: () => this.reopen()
		});
	}

	/** After "Nothing to undo": the automatic backup that holds the answers from before. */
	get replacedBackup(): ReplacedBackup | null {
		return this.#replaced.backup;
	}

	async start(): Promise<void> {
		try {
			// Read before the first question shows, which forgets them.
			const kept = keptFeedback();
			const revealed = keptRevealed();
			// An answer a closed tab left unwritten is in the log before the queue is read.
			await replayAtStart();
			this.useSettings(await getStudySettings());
			const queue = new TodayQueue(this.#source, this.settings!);
			this.follow(queue, {
				changed: () => {
					if (this.phase === 'done') this.show(queue.pick());
				},
				read: () => this.#followFloor(),
				newDay: () => void this.refresh(),
				failed: (error) => this.fail(error)
			});
			await Promise.all([this.advance(), this.writer.readSummary()]);
			this.#replaced.seeFloor();
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

	/** Flashcards: the student's own grade. */
	async grade(rating: RatingValue): Promise<void> {
		if (this.phase !== 'question' || !this.revealed || this.saving) return;
		await this.answer(async () => {
			const saved = await this.#save(rating, 'self', null);
			if (saved) await this.advance();
		});
	}

	/** Auto-graded types: check the response, save the answer, then show the feedback. */
	async submit(response: string, retry?: AnswerInput): Promise<void> {
		const question = this.question;
		if (this.phase !== 'question' || !question || isSelfGraded(question) || this.saving) return;
		if (!response.trim()) return;
		const correct = isCorrect(question, response);
		const rating = autoRating(correct);
		const card = this.current?.card;
		this.#pendingResponse = response;
		await this.answer(async () => {
			const review = await this.#save(rating, 'auto', correct, retry);
			if (!review) return;
			const preview = correct ? this.grades!.after(card, review) : null;
			this.showVerdict(markedFeedback(question, response, correct, review, preview));
		});
	}

	/**
	 * A typed question (cloze, short) the student cannot answer: the key is shown and the answer
	 * counts as Again, as Anki's type-in card shows the answer for an empty box. Nothing typed is
	 * recorded: the answer is saved as the student's own Again (`grading: 'self'`, `correct:
	 * false`), never as a wrong guess the marker judged, and "I was right" is not offered. An
	 * outsider student typed "dunno" to go on (no way to give up). Undo takes it back as any answer.
	 */
	async showAnswer(retry?: AnswerInput): Promise<void> {
		const question = this.question;
		if (this.phase !== 'question' || !question || !isTyped(question) || this.saving) return;
		this.#pendingResponse = '';
		await this.answer(async () => {
			const review = await this.#save(AUTO_RATING.wrong, 'self', false, retry);
			if (review) this.showVerdict(shownAnswerFeedback(review));
		});
	}

	/**
	 * After a right auto-marked answer: the student's own grade replaces the automatic Good
	 * (`verdictRegrade`: Again saves it as forgotten), then the next question shows. A wrong
	 * answer stays Again ("I was right" is its way back).
	 */
	async gradeFeedback(rating: RatingValue): Promise<void> {
		const feedback = this.feedback;
		if (this.phase !== 'feedback' || !feedback?.correct || this.saving) return;
		const regrade = verdictRegrade(feedback, rating);
		await this.answer(async () => {
			if (regrade) {
				const regraded = await this.#regrade(regrade.rating, regrade.grading, regrade.correct);
				if (!regraded) return;
			}
			await this.continue();
		});
	}

	/** Re-saves the latest answer with another rating; the summary follows. */
	#regrade(rating: RatingValue, grading: GradingMode, correct: boolean) {
		return this.writer.regrade({ rating, grading, correct }, this.settings!);
	}

	/** "I was right": a typed answer marked wrong counts as Good (and may then be Hard or Easy). */
	async overrule(): Promise<void> {
		const feedback = this.feedback;
		if (this.phase !== 'feedback' || !feedback?.canOverrule || this.saving) return;
		const card = this.current?.card;
		await this.answer(async () => {
			const review = await this.#regrade(autoRating(true), 'override', true);
			if (!review) return;
			this.answering = false;
			this.feedback = overruledFeedback(feedback, review, this.grades!.after(card, review));
			this.keepVerdict();
		});
	}

	async continue(): Promise<void> {
		if (this.phase !== 'feedback' || this.#advancing) return;
		this.#advancing = true;
		try {
			await this.advance();
		} finally {
			this.#advancing = false;
		}
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
		if (reviewId === null) {
			this.notice = NOTHING_TO_UNDO;
			await this.#replaced.pointToBackup();
			return;
		}
		await this.answer(async () => {
			const outcome = await this.writer.undo(reviewId);
			if (outcome === 'failed') return;
			// Refused because progress was replaced: the card on screen may be gone too.
			this.#followFloor();
			this.notice = undoNotice(outcome.kind);
			this.#replaced.backup = null;
			if (outcome.kind === 'undone') this.show(itemForUndone(outcome.review, Date.now()));
			else if (outcome.kind === 'closed') await this.#replaced.pointToBackup();
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
		return this.#replaced.replacedElsewhere(by);
	}

	async retrySave(): Promise<void> {
		const pending = this.writer.pending;
		if (!pending) return;
		if (pending.grading === 'self' && this.question && isTyped(this.question)) {
			await this.showAnswer(pending);
		} else if (pending.grading === 'self') {
			await this.answer(async () => {
				const saved = await this.#save(pending.rating, 'self', null, pending);
				if (saved) await this.advance();
			});
		} else {
			await this.submit(this.#pendingResponse, pending);
		}
	}

	async #save(
		rating: RatingValue,
		grading: AnswerInput['grading'],
		correct: boolean | null,
		retry?: AnswerInput
	) {
		const item = this.current;
		const question = this.question;
		if (!item || !question || !this.settings) return null;
		const times = { shownAt: this.shownAt, previewAt: this.grades!.at, answeredAt: Date.now() };
		const input = retry ?? answerInput(item, { rating, grading, correct }, times);
		this.notice = null;
		this.#replaced.backup = null;
		const outcome = await this.writer.record(input, this.settings);
		if (outcome.kind === 'stale') {
			const notice = await this.#replaced.staleNotice(times.shownAt);
			await this.advance();
			this.notice = notice;
			return null;
		}
		if (outcome.kind === 'failed') return null;
		return outcome.review;
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
		if (!this.#replaced.floorRose() || !this.today) return false;
		if (this.phase === 'error' || this.phase === 'loading') return false;
		this.notice = PROGRESS_REPLACED;
		this.#replaced.backup = null;
		void this.#replaced.pointToBackup();
		this.show(this.today.pick());
		return true;
	}
}
