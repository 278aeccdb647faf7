import type { ShownQuestions } from '$lib/content/question-shelf';
import type { AnswerInput } from '$lib/db/answers';
import type { GradingMode, RatingValue } from '$lib/db/records';
import { markedFeedback, overruledFeedback, shownAnswerFeedback, verdictRegrade } from './feedback';
import { AUTO_RATING, autoRating, isCorrect, isSelfGraded, isTyped } from './grading';
import { ReplacedProgress } from './replaced-progress.svelte';
import { answerInput, heldElsewhereNotice } from './session';
import { StudyScreen } from './study-screen.svelte';

/**
 * What the student does to the question on screen, and the answer being saved: a flashcard's
 * grade, a typed or chosen answer marked, "Show answer" on a typed question, the grade after a
 * verdict, "I was right", Retry after a failed write. Every answer is written (one transaction,
 * through `AnswerWriter`) before the next card shows; a failed write keeps the answer in memory
 * with a Retry. `StudySession` adds the queue's start, Undo and reading today again.
 */
export abstract class StudyAnswers extends StudyScreen {
	#pendingResponse = '';
	#advancing = false;
	/**
	 * The card before the one on screen was skipped, not answered here: its answer was refused
	 * as stale (answered in another tab, or progress replaced) and the next card came at once,
	 * under the keys still being pressed. Study then keeps the focus off the new card's answer
	 * field, and an Enter in that empty field soon after is not a Show answer (`answerFieldAction`):
	 * a habitual second Enter counted the new card Again (two tabs, outsider student, session 34).
	 * Cleared by the next answer saved.
	 */
	skipped = $state(false);
	/** Progress replaced wholesale: the undo floor last acted on and the backup named. */
	protected readonly replaced: ReplacedProgress;

	constructor(bank: ShownQuestions) {
		super(bank);
		this.replaced = new ReplacedProgress(this.writer, {
			notice: () => this.notice,
			say: (notice) => (this.notice = notice),
			idle: () => this.phase === 'loading' || this.phase === 'error',
			reopen: () => this.reopen()
		});
	}

	/** Reads today's queue, summary and Undo again: what the screen holds may be stale. */
	abstract reopen(): Promise<void>;

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
			const review = await this.#save(rating, 'auto', correct, retry, response);
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

	/** After a verdict: the next card, once however often it is pressed while it comes. */
	async continue(): Promise<void> {
		if (this.phase !== 'feedback' || this.#advancing) return;
		this.#advancing = true;
		try {
			await this.advance();
		} finally {
			this.#advancing = false;
		}
	}

	/** After a failed write: writes the held answer again, as the student first gave it. */
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

	/**
	 * Writes the answer to the card on screen (`retry`: the held one as it was). Resolves to its
	 * review, or `null`: nothing on screen to answer; stale (the card was answered, buried or
	 * suspended elsewhere, or progress replaced: the next card shows, with why, and `skipped` is
	 * set); failed (the writer
	 * holds it for Retry). `typed`: a typed answer, said back if it is not saved as stale.
	 */
	async #save(
		rating: RatingValue,
		grading: AnswerInput['grading'],
		correct: boolean | null,
		retry?: AnswerInput,
		typed = ''
	) {
		const item = this.current;
		const question = this.question;
		if (!item || !question || !this.settings) return null;
		const times = { shownAt: this.shownAt, previewAt: this.grades!.at, answeredAt: Date.now() };
		const input = retry ?? answerInput(item, { rating, grading, correct }, times);
		this.notice = null;
		this.replaced.backup = null;
		const outcome = await this.writer.record(input, this.settings);
		if (outcome.kind === 'stale') {
			const notice = outcome.held
				? heldElsewhereNotice(outcome.held, typed)
				: await this.replaced.staleNotice(times.shownAt, typed);
			this.skipped = true;
			await this.advance();
			this.notice = notice;
			return null;
		}
		if (outcome.kind === 'failed') return null;
		this.skipped = false;
		return outcome.review;
	}
}
