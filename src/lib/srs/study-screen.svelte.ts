import type { ShownQuestions } from '$lib/content/question-shelf';
import type { Question } from '$lib/content/schema';
import type { Feedback } from './feedback';
import { GradePreview, type GradeTimes } from './grade-preview.svelte';
import { isSelfGraded } from './grading';
import { forgetFeedback, keepFeedback, keepRevealed, restorableFeedback } from './kept-feedback';
import type { KeptFeedback } from './kept-feedback';
import type { QueueItem } from './queue';
import { itemForUndone } from './session';
import type { StudySettings } from './settings';
import { Settle, type SettleCause } from './settle.svelte';
import { StudyFeed } from './study-feed.svelte';

export type StudyPhase = 'loading' | 'question' | 'feedback' | 'done' | 'error';

/**
 * What the Study screen shows of its question: the card on screen, a flashcard's back, the
 * verdict (kept for a trip to the source passage or a reload: `kept-feedback.ts`), the grade
 * buttons' times and the pause after a card appears (`Settle`). `StudySession` extends it with
 * what the student does (answer, grade, undo) and when today's queue is read again.
 */
export abstract class StudyScreen extends StudyFeed {
	phase = $state<StudyPhase>('loading');
	error = $state<string | null>(null);
	notice = $state<string | null>(null);
	current = $state<QueueItem | null>(null);
	question = $state<Question | null>(null);
	/** Flashcards: whether the back is showing. */
	revealed = $state(false);
	feedback = $state<Feedback | null>(null);

	protected readonly bank: ShownQuestions;
	protected settings: StudySettings | null = null;
	protected grades = $state<GradePreview | null>(null);
	/** When the card on screen appeared (ms). */
	protected shownAt = 0;
	/** When the grade buttons of the back on screen were computed (ms), for `keepBackForTrip`. */
	#revealedAt = 0;
	protected readonly settle = new Settle();
	/**
	 * From an answer or Undo until its outcome is on screen: set by `StudySession`, cleared the
	 * moment a card or verdict shows (`show`, `showVerdict`), so its buttons are never drawn
	 * disabled (a disabled button cannot take the focus the verdict gives it).
	 */
	protected answering = $state(false);

	constructor(bank: ShownQuestions) {
		super();
		this.bank = bank;
	}

	/**
	 * True for `SETTLE_MS` after a question, a flashcard's back or a verdict appears: the screen
	 * ignores taps (`.settling`), so the second of a double tap never acts on the buttons the
	 * first one just put there.
	 */
	get settling(): boolean {
		return this.settle.active;
	}

	/**
	 * What appeared (a question, a flashcard's back, a verdict) for `KEY_SETTLE_MS` (shorter)
	 * after the same moments, else null: the screen ignores answering keys then (`heldBack`).
	 * Not reactive: read when a key comes.
	 */
	get keysSettling(): SettleCause | null {
		return this.settle.keys;
	}

	/** When each grade would bring the current card back (ms), for the grade buttons. */
	get preview(): GradeTimes | null {
		return this.grades?.times ?? null;
	}

	/**
	 * True from an answer (or Undo) until its verdict or the next card is on screen: the write,
	 * then the summary and queue read back. The screen disables its buttons and takes no key.
	 * Only the write counted before, so the answered question stayed open while it was read
	 * back: a second tap was refused as "answered in another tab", and Space asked to choose.
	 */
	override get saving(): boolean {
		return this.writer.saving || this.answering;
	}

	/** For the update prompt: never reload while this is true. */
	get busy(): boolean {
		return this.phase === 'question' || this.phase === 'feedback' || this.saving;
	}

	/** Looks at today's queue again (done for now, and a learning card came within the limit). */
	abstract refresh(): Promise<void>;

	/** Takes `settings` for the answers to come, with the grade buttons computed by them. */
	protected useSettings(settings: StudySettings): void {
		this.settings = settings;
		this.grades = new GradePreview(settings);
	}

	/**
	 * Shows a flashcard's back with its grade buttons (`GradePreview.reveal`). `previewAt` (ms):
	 * when they were first computed, for a back shown again after a trip (`restoredPreviewAt`),
	 * so they are the same as before it.
	 */
	reveal(previewAt: number = Date.now()): void {
		if (this.phase !== 'question' || !this.question || !isSelfGraded(this.question)) return;
		this.grades!.reveal(this.current?.card, this.question.id, previewAt, Date.now());
		this.revealed = true;
		this.#revealedAt = previewAt;
		// The grade bar takes Show answer's place: a double tap must not grade the card unseen.
		this.settle.start('back');
	}

	/**
	 * Keeps the flashcard back on screen for a trip to its source passage (`keepsBackOnLeave`):
	 * the return shows it again with the same grade buttons. Only that trip keeps it: a reload,
	 * a closed tab or another screen shows the front again, as Anki does and the README says (an
	 * outsider student found the back with its grades reopened after a reload, issue 12). Does
	 * nothing on a front or a verdict (a verdict is kept by `keepVerdict`).
	 */
	keepBackForTrip(): void {
		if (this.phase !== 'question' || !this.revealed || !this.question) return;
		keepRevealed(this.question.id, this.#revealedAt);
	}

	/**
	 * Runs one answer, regrade or Undo from its write to its outcome on screen, `saving` all
	 * along (`answering`): the card it answered takes no other answer meanwhile.
	 */
	protected async answer(run: () => Promise<void>): Promise<void> {
		this.answering = true;
		try {
			await run();
		} finally {
			this.answering = false;
		}
	}

	/** Puts the verdict of a just-saved answer on screen, kept for a trip or a reload. */
	protected showVerdict(feedback: Feedback): void {
		this.answering = false;
		this.feedback = feedback;
		this.phase = 'feedback';
		// The verdict's bar comes where the answer was given: a second press must not grade it
		// or go on before the verdict is seen.
		this.settle.start('verdict');
		this.keepVerdict();
	}

	/** Keeps the verdict on screen for a trip to the source passage or a reload. */
	protected keepVerdict(): void {
		const { feedback, question, lastReviewId: reviewId } = this;
		if (feedback && question && reviewId !== null)
			keepFeedback({ reviewId, questionId: question.id, feedback });
	}

	/** Shows the kept verdict again, if its answer is still the latest one (see kept-feedback). */
	protected async restoreFeedback(kept: KeptFeedback | null): Promise<void> {
		const reading = kept && this.bank.need?.([kept.questionId]);
		if (reading) await reading;
		const found = await restorableFeedback(kept, this.lastReviewId, this.bank.questionById);
		if (!found) return;
		const { review, question, kept: shown } = found;
		this.current = itemForUndone(review, Date.now());
		this.question = question;
		this.revealed = false;
		this.grades?.clear();
		this.today?.clearNextDue();
		this.feedback = shown.feedback;
		this.phase = 'feedback';
		keepFeedback(shown);
	}

	/** Reads today's queue and shows its next card. */
	protected async advance(): Promise<void> {
		await this.today!.load();
		this.show(this.today!.pick());
	}

	/** Shows `item` (its question from the bank unless given), or "done for now" without one. */
	protected show(item: QueueItem | undefined, question?: Question): void {
		this.answering = false;
		forgetFeedback();
		this.feedback = null;
		this.revealed = false;
		const found = item && (question ?? this.bank.questionById.get(item.questionId));
		if (!item || !found) {
			this.current = null;
			this.question = null;
			this.grades?.clear();
			this.phase = 'done';
			// Done for now: look again once the next learning card is within the limit.
			this.today?.waitForNextDue(() => void this.refresh());
			return;
		}
		this.today?.clearNextDue();
		this.current = item;
		this.question = found;
		this.shownAt = Date.now();
		this.grades!.shown(item.card, found, this.shownAt);
		this.phase = 'question';
		this.settle.start('question');
	}

	protected fail(error: unknown): void {
		this.error = error instanceof Error ? error.message : String(error);
		this.phase = 'error';
	}
}
