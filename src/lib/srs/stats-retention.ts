/**
 * Stats → True retention: of the answers to cards that had graduated (review state before the
 * answer), the share not rated Again, as Anki's True Retention counts it.
 */
import { CARD_STATE, type ReviewRecord } from '$lib/db/records';

/** Window of the "recent" retention figure, in study days (today included). */
export const RECENT_DAYS = 30;

export interface RetentionTally {
	/** Answers to cards in review state (learning steps excluded). */
	answers: number;
	/** Of those, answers not rated Again. */
	retained: number;
}

export const EMPTY_TALLY: RetentionTally = { answers: 0, retained: 0 };

/**
 * True retention counts only answers to cards that had graduated (review state before the
 * answer): learning steps are meant to be easy to fail and would flatter or spoil the figure.
 */
export function isReviewAnswer(review: Pick<ReviewRecord, 'before'>): boolean {
	return review.before?.state === CARD_STATE.review;
}

export function tallyRetention(
	reviews: Iterable<Pick<ReviewRecord, 'before' | 'rating'>>,
	start: RetentionTally = EMPTY_TALLY
): RetentionTally {
	let { answers, retained } = start;
	for (const review of reviews) {
		if (!isReviewAnswer(review)) continue;
		answers++;
		if (review.rating > 1) retained++;
	}
	return { answers, retained };
}

/** Share retained (0–1), or null with nothing to rest on. */
export function retentionRate(tally: RetentionTally): number | null {
	return tally.answers === 0 ? null : tally.retained / tally.answers;
}

/** "92%". */
export function percent(share: number): string {
	return `${Math.round(share * 100)}%`;
}
