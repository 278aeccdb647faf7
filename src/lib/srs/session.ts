/** The study session's plain logic (no runes), used by `session.svelte.ts` and its tests. */
import type { CardRecord, RatingValue, ReviewRecord } from '$lib/db/records';
import { CARD_STATE } from '$lib/db/records';
import type { QueueItem } from './queue';
import { studyDay } from './day';

/** Longest time counted for one answer: a student who walked away is not slow. */
export const MAX_ANSWER_MS = 120_000;

/** Time spent on one answer (ms), between 0 and `MAX_ANSWER_MS`. */
export function answerDuration(shownAt: number, answeredAt: number): number {
	return Math.min(MAX_ANSWER_MS, Math.max(0, answeredAt - shownAt));
}

/** What the end-of-study screen reports; derived from the answer log, never counted by hand. */
export interface SessionSummary {
	answered: number;
	right: number;
	wrong: number;
	ratings: Record<RatingValue, number>;
	/** Answers that were a question's first (its card was new). */
	newSeen: number;
	/** Answering time (ms), each answer capped at `MAX_ANSWER_MS`. */
	timeMs: number;
}

export function emptySummary(): SessionSummary {
	return {
		answered: 0,
		right: 0,
		wrong: 0,
		ratings: { 1: 0, 2: 0, 3: 0, 4: 0 },
		newSeen: 0,
		timeMs: 0
	};
}

/** Whether an answer was the first to its question (the card was new before it). */
export function wasNew(review: Pick<ReviewRecord, 'before'>): boolean {
	return !review.before || review.before.state === CARD_STATE.new;
}

/** The summary of a list of answers (today's, from `loadTodaySummary`). */
export function summarizeReviews(
	reviews: Iterable<Pick<ReviewRecord, 'rating' | 'correct' | 'durationMs' | 'before'>>
): SessionSummary {
	const summary = emptySummary();
	for (const review of reviews) {
		summary.answered++;
		summary.ratings[review.rating]++;
		summary.timeMs += Math.min(MAX_ANSWER_MS, Math.max(0, review.durationMs));
		if (wasNew(review)) summary.newSeen++;
		if (review.correct === true) summary.right++;
		if (review.correct === false) summary.wrong++;
	}
	return summary;
}

/** The queue item that shows an undone answer's question again, with its card as it was. */
export function itemForUndone(
	undone: Pick<ReviewRecord, 'questionId' | 'before'>,
	now: number
): QueueItem {
	const before: CardRecord | null = undone.before;
	const isNew = !before || (before.state === CARD_STATE.new && before.reps === 0);
	const kind: QueueItem['kind'] = isNew
		? 'new'
		: before.state === CARD_STATE.review
			? 'review'
			: 'learning';
	return { questionId: undone.questionId, kind, isNew, card: before ?? undefined, due: now };
}

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
 * Whether leaving Study for `to` keeps a flashcard's back on screen for the return: yes for its
 * source passage (`/sources/…`, a look-up in the middle of an answer, as Anki's reviewer stays
 * on the answer while its Browse or Edit window is open) and for a reload or a closed tab (`to`
 * null); no for any other screen: coming back to Study shows the front again, as Anki's reviewer
 * does after the deck list.
 */
export function keepsBackOnLeave(to: URL | null): boolean {
	return to === null || to.pathname.startsWith('/sources/');
}
