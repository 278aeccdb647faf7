/**
 * A study day's totals (`DayRecord`), kept up to date in the same transaction as every answer,
 * undo and import, so screens read one row per day instead of the answer log (issue 14: the
 * Stats screen at 100,000 answers). The one place that says what an answer adds to its day.
 */
import { CARD_STATE, type DayRecord, type ReviewRecord } from './records';

type Counted = Pick<ReviewRecord, 'before' | 'rating' | 'durationMs'>;

/** Whether an answer introduced a new question (counts against "new per day"). */
export function isNewAnswer(review: Pick<ReviewRecord, 'before'>): boolean {
	return !review.before || review.before.state === CARD_STATE.new;
}

/**
 * Whether an answer counts as retained for true retention (Anki's definition): the card was in
 * review state before it (learning steps left out) and it was not rated Again.
 */
export function isRetainedAnswer(review: Pick<ReviewRecord, 'before' | 'rating'>): boolean {
	return review.before?.state === CARD_STATE.review && review.rating > 1;
}

/**
 * What one answer adds to its day's row, by field (each 0 or 1, `timeMs` in ms). A first
 * answer or an answer to a card still new counts as new; an answer to a card in review state
 * counts against the review limit and, not rated Again, as retained (true retention, as Anki
 * counts it: learning steps left out).
 */
function contribution(review: Counted): Required<Omit<DayRecord, 'day' | 'streak' | 'sums'>> {
	const isNew = isNewAnswer(review);
	const isReview = review.before?.state === CARD_STATE.review;
	return {
		answers: 1,
		newCards: isNew ? 1 : 0,
		reviewCards: isReview ? 1 : 0,
		again: review.rating === 1 ? 1 : 0,
		retained: isRetainedAnswer(review) ? 1 : 0,
		timeMs: review.durationMs
	};
}

const FIELDS = ['answers', 'newCards', 'reviewCards', 'again', 'retained', 'timeMs'] as const;

/** `day` with `review` counted in (a new object; `day` is left as it was). */
export function addAnswerToDay(day: DayRecord, review: Counted): DayRecord {
	const add = contribution(review);
	const next = { ...day };
	for (const field of FIELDS) next[field] = (day[field] ?? 0) + add[field];
	return next;
}

/** `day` with `review` taken out again (undo); never below zero. */
export function removeAnswerFromDay(day: DayRecord, review: Counted): DayRecord {
	const take = contribution(review);
	const next = { ...day };
	for (const field of FIELDS) next[field] = Math.max(0, (day[field] ?? 0) - take[field]);
	return next;
}

/**
 * Each day's `retained` count, recounted from the answers (`reviews`, any order): for rows that
 * were written before the field existed (schema v5) or come from a backup file, whose other
 * counters are kept as they are. Returns new rows; never more retained than review answers.
 */
export function withRetainedCounts(
	days: readonly DayRecord[],
	reviews: Iterable<Pick<ReviewRecord, 'studyDay' | 'before' | 'rating'>>
): DayRecord[] {
	const retained = new Map<string, number>();
	for (const review of reviews) {
		if (isRetainedAnswer(review))
			retained.set(review.studyDay, (retained.get(review.studyDay) ?? 0) + 1);
	}
	return days.map((row) => ({
		...row,
		retained: Math.min(row.reviewCards, retained.get(row.day) ?? 0)
	}));
}
