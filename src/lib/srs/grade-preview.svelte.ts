import type { Question } from '$lib/content/schema';
import type { CardRecord, RatingValue, ReviewRecord } from '$lib/db/records';
import { previewTime, shiftPreview } from './grade-preview';
import { isSelfGraded } from './grading';
import { Scheduler } from './scheduler';
import type { StudySettings } from './settings';

/** When each grade (1 Again … 4 Easy) would bring a card back (ms since the epoch). */
export type GradeTimes = Record<RatingValue, number>;

/**
 * The grade buttons of the card on screen: when each grade would bring it back (`times`, ms)
 * and when they were computed (`at`, ms), which the answer saves as its `previewAt` so each
 * button saves exactly the card it shows (`Scheduler.answer` takes that time).
 */
export class GradePreview {
	/** The grade buttons' times for the card on screen; null when no button shows them. */
	times = $state<GradeTimes | null>(null);
	/** When the times on screen were computed (ms): the saved answer's `previewAt`. */
	at = 0;
	readonly #scheduler: Scheduler;

	/** `settings`: the study settings the times are computed with (steps, retention). */
	constructor(settings: StudySettings) {
		this.#scheduler = new Scheduler(settings);
	}

	/**
	 * A question appears at `now` (ms): a flashcard gets its times (shown with its back), a
	 * marked question none until its answer is right (`after`).
	 */
	shown(card: CardRecord | undefined, question: Question, now: number): void {
		this.at = now;
		this.times = isSelfGraded(question) ? this.#scheduler.preview(card, now, question.id) : null;
	}

	/**
	 * A flashcard's back shows. Its times are computed now, not when the card appeared: a card
	 * left on screen for 25 minutes would otherwise show intervals already past. `previewAt`
	 * (ms): when they were first computed, for a back shown again after a trip
	 * (`restoredPreviewAt`); the times are moved by the time since then, as the answer moves
	 * what it saves, so the buttons read what they read before the trip.
	 */
	reveal(card: CardRecord | undefined, questionId: string, previewAt: number, now: number): void {
		this.at = previewAt;
		this.times = shiftPreview(this.#scheduler.preview(card, previewAt, questionId), {
			previewAt,
			answeredAt: now
		});
	}

	/**
	 * After a right auto-marked answer: when each grade would bring the card back had it been
	 * given for this answer, computed as the answer was saved (at its `previewAt`, moved by the
	 * time spent answering), so Hard, Good or Easy saves exactly what its button shows.
	 */
	after(
		card: CardRecord | undefined,
		review: Pick<ReviewRecord, 'answeredAt' | 'previewAt' | 'questionId'>
	): GradeTimes {
		return shiftPreview(
			this.#scheduler.preview(card, previewTime(review), review.questionId),
			review
		);
	}

	/** No card on screen, or a verdict that carries its own times. */
	clear(): void {
		this.times = null;
	}
}
