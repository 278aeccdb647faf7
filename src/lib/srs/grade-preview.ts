/**
 * The grade buttons' times (when each grade would bring a card back, ms) as plain logic (no
 * runes): used by `grade-preview.svelte.ts` and its tests.
 */
import type { RatingValue, ReviewRecord } from '$lib/db/records';
import { studyDay } from './day';

/**
 * Grade-button times for a right auto-marked answer: `preview` was computed at `previewAt`
 * (when the card was shown); moving each time by the time spent answering gives what the
 * button will save (ms).
 */
export function shiftPreview(
	preview: Record<RatingValue, number>,
	review: Pick<ReviewRecord, 'answeredAt' | 'previewAt'>
): Record<RatingValue, number> {
	const shift = review.answeredAt - previewTime(review);
	return {
		1: preview[1] + shift,
		2: preview[2] + shift,
		3: preview[3] + shift,
		4: preview[4] + shift
	};
}

/** When a review's grade buttons were computed (ms): `previewAt`, never after the answer. */
export function previewTime(review: Pick<ReviewRecord, 'answeredAt' | 'previewAt'>): number {
	return Math.min(review.previewAt ?? review.answeredAt, review.answeredAt);
}

/**
 * When to compute the grade buttons of a flashcard back shown again after a trip away (its
 * source passage, a reload): `keptAt` (ms), when they were first computed, if it is on the
 * study day of `now` (ms) and not after it; else `now`. ts-fsrs seeds its fuzz from the review
 * time, so the kept time gives the very intervals shown before the trip (an outsider from Anki
 * saw Easy change; Anki seeds its fuzz from the card, so its buttons never change either), and
 * `Scheduler.answer` saves them (it takes the preview time). A later study day counts one more
 * elapsed day, so its intervals are computed anew.
 */
export function restoredPreviewAt(keptAt: number, now: number): number {
	return keptAt <= now && studyDay(keptAt) === studyDay(now) ? keptAt : now;
}

/**
 * When to compute the grade buttons of the flashcard back kept for a trip away (`kept`, see
 * `keptRevealed`), now (`now`, ms) that question `questionId` is on screen again with its card
 * last answered at `lastReview` (ms; null if never): null when the kept back is not this
 * question's (it is not shown); the kept time (`restoredPreviewAt`) only for the card as it was
 * then, else `now` (it was answered since, in another tab, so its intervals are new).
 */
export function keptBackPreviewAt(
	kept: { questionId: string; previewAt: number } | null,
	questionId: string | undefined,
	lastReview: number | null,
	now: number
): number | null {
	if (!kept || questionId !== kept.questionId) return null;
	return lastReview === null || lastReview <= kept.previewAt
		? restoredPreviewAt(kept.previewAt, now)
		: now;
}
