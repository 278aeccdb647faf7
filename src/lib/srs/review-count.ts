/**
 * Today's queue counted without listing every due review (issue 14, scale): the queue of
 * `buildQueueCounted` needs each due review's id only to bury siblings, and a due review that
 * shares no sibling key with another due review, with a question answered today, with a card
 * asked for, with a learning card or with a new question the build may introduce is taken
 * while the daily limit lasts and buries nothing. So the counts follow from how many reviews
 * are due and the few "contested" ones: those are run through the same build, the others only
 * counted. Proved against the full build by `review-count.test.ts` (fast-check). Pure.
 */
import { leftAfterAsked, reviewsLeftToday } from './daily-limits';
import {
	buildQueueCounted,
	countQueue,
	newQuestionOrder,
	type QueueInput,
	type QueueItem,
	type QueueQuestion,
	type TodayCounts
} from './queue';
import { questionSiblingKeys } from './siblings';

/** A build's input without its due reviews (what a bounded count reads besides them). */
export type InputWithoutReviews = Omit<QueueInput, 'reviewIds'>;

/** What a bounded count knows of a scope's due review cards. */
export interface DueReviewSample {
	/** How many review cards are due today in the scope: the full build's `reviewIds.length`. */
	due: number;
	/**
	 * Due reviews in queue order (due time, then id): at least every one that shares a sibling
	 * key with another due review or has a key of `contestedKeys` (a card asked for has its
	 * own); any other due review may be listed too.
	 */
	contested: readonly string[];
	/**
	 * Each review's position (0-based) among all due reviews, for at least the ids
	 * `positionsWanted` names (none when the daily limit takes every review).
	 */
	positions?: ReadonlyMap<string, number>;
	/**
	 * How many new questions, first in teaching order, `contested` covers the keys of
	 * (`contestedKeys`' `newCount`; default all). Enough when `boundedQueue`'s `newExamined` is
	 * at most this: else read again for more.
	 */
	newKeyed?: number;
}

/** The sibling keys of the questions of `input` by id (first one wins, as the bank's map). */
function keysById(questions: readonly QueueQuestion[]): Map<string, string[]> {
	const keys = new Map<string, string[]>();
	for (const question of questions)
		if (!keys.has(question.id)) keys.set(question.id, questionSiblingKeys(question));
	return keys;
}

/** The first `count` new questions of `input` in teaching order (all by default). */
function firstNew(input: InputWithoutReviews, count = Infinity): QueueQuestion[] {
	const order = newQuestionOrder(input.questions);
	const found: QueueQuestion[] = [];
	for (let i = input.newFrom ?? 0; i < order.length && found.length < count; i++)
		if (!input.isStarted(order[i].id)) found.push(order[i]);
	return found;
}

/**
 * The sibling keys a due review must not share to be left out of `DueReviewSample.contested`:
 * those of today's answers, the cards asked for, the learning cards due today and the first
 * `newCount` new questions of `input.questions` in teaching order (default all), the
 * questions the build buries by or may introduce. Questions missing from `input.questions`
 * have none (a build skips them).
 */
export function contestedKeys(input: InputWithoutReviews, newCount = Infinity): Set<string> {
	const keys = keysById(input.questions);
	const ids = [
		...input.answeredToday,
		...input.queuedCards.map((card) => card.questionId),
		...input.learningCards.filter((card) => card.due < input.dayEnd).map((c) => c.questionId),
		...firstNew(input, newCount).map((q) => q.id)
	];
	const found = new Set<string>();
	for (const id of ids) for (const key of keys.get(id) ?? []) found.add(key);
	return found;
}

/**
 * Reviews left today under the daily limit for the queue's own, after `askedReviews` review
 * cards asked for (`buildQueueCounted`'s `left.review`).
 */
function reviewsLeft(input: InputWithoutReviews, askedReviews: number): number {
	return leftAfterAsked(
		reviewsLeftToday(input.settings, input.today, input.extraReview),
		askedReviews
	);
}

/**
 * The contested reviews the build would take with no daily limit (`counted`), and how many due
 * reviews it would take in all (`taken`, before the limit): a review left out of `contested`
 * is always taken and owns keys no contested one has.
 */
function unlimited(input: InputWithoutReviews, sample: DueReviewSample) {
	const built = buildQueueCounted({
		...input,
		settings: { ...input.settings, maxReviewsPerDay: Infinity },
		reviewIds: sample.contested
	});
	const counted = new Set(
		built.items.filter((item) => item.kind === 'review').map((item) => item.questionId)
	);
	return {
		counted,
		taken: sample.due - sample.contested.length + counted.size,
		left: reviewsLeft(input, built.asked.review)
	};
}

/**
 * Contested reviews whose position among all due reviews the count needs
 * (`DueReviewSample.positions`): when the daily limit cuts the reviews, those taken without it
 * that share a key with a new question (whether the limit reaches them decides whether that
 * question is buried). Usually none.
 */
export function positionsWanted(input: InputWithoutReviews, sample: DueReviewSample): string[] {
	const { counted, taken, left } = unlimited(input, sample);
	if (taken <= left || left === 0) return [];
	const keys = keysById(input.questions);
	const fresh = new Set<string>();
	for (const question of firstNew(input, sample.newKeyed))
		for (const key of keys.get(question.id)!) fresh.add(key);
	return sample.contested.filter(
		(id) => counted.has(id) && (keys.get(id) ?? []).some((key) => fresh.has(key))
	);
}

/**
 * `buildQueueCounted(input with every due review)`'s items, but for the due reviews only the
 * contested ones it takes (`items`), and how many reviews it takes in all (`reviews`): count
 * with `countBounded`. Exact when `newExamined` (the new questions the build looked at) is at
 * most `sample.newKeyed`. Throws when a position `positionsWanted` names is missing.
 */
export function boundedQueue(
	input: InputWithoutReviews,
	sample: DueReviewSample
): { items: QueueItem[]; reviews: number; newExamined: number } {
	const { counted, taken, left } = unlimited(input, sample);
	const wanted = new Set(positionsWanted(input, sample));
	// Contested reviews the limit reaches: the i-th contested one is reached when fewer than
	// `left` reviews before it were taken (its position, less the contested ones not taken).
	let notTaken = 0;
	const reached: string[] = [];
	for (const id of sample.contested) {
		if (!counted.has(id)) {
			notTaken++;
			continue;
		}
		if (taken <= left) reached.push(id);
		else if (wanted.has(id)) {
			const position = sample.positions?.get(id);
			if (position === undefined) throw new Error(`No position for due review ${id}`);
			if (position - notTaken < left) reached.push(id);
		}
		// Any other one shares no key with a new question: whether it is taken changes no count.
	}
	const built = buildQueueCounted({
		...input,
		settings: { ...input.settings, maxReviewsPerDay: Infinity },
		reviewIds: reached
	});
	return { items: built.items, reviews: Math.min(left, taken), newExamined: built.newExamined };
}

/**
 * `countQueue` of the full build, from `boundedQueue`'s result: its items counted, with the
 * review cards it lists replaced by all those the build takes. `now` ms, `learnAheadMinutes`
 * as `countQueue`.
 */
export function countBounded(
	bounded: { items: readonly QueueItem[]; reviews: number },
	now: number,
	learnAheadMinutes?: number
): TodayCounts {
	const counts = countQueue(bounded.items, now, learnAheadMinutes);
	const listed = bounded.items.filter((item) => item.kind === 'review').length;
	return { ...counts, review: counts.review - listed + bounded.reviews };
}
