/**
 * A course's stored Home counts (`home-counts.ts`) kept up to date by an answer, in the answer's
 * own transaction (issue 14: Home rebuilt each course answered since the last visit, reading
 * its due reviews again; on the scale bench's 10 courses of about 100 due each, most of the
 * rows Home read). Only an answer whose effect on the course's queue is known from the entry
 * alone is applied; any other leaves the row deleted, as every card write does
 * (`indexes.ts`), and the next Home builds the course again. Pure.
 */
import { reviewDueStart } from '$lib/srs/today';
import { isNewAnswer } from './day-totals';
import { ownLeft, type HomeCountsEntry } from './home-counts';
import { CARD_STATE, isLearningState, type CardRecord, type ReviewRecord } from './records';
import type { ItemRecord } from './index-records';

/**
 * `entry` (course `courseOf(review.questionId)`'s, built for `review`'s study day) as the
 * course's queue would count after `review` wrote `after`, or undefined when that is not known
 * without building it again. Known when the card answered was one the queue had taken, not asked
 * for (`queuedAt`), and comes back today only as a learning card:
 *
 * - a review card due today (its due day began by the study day's start), the entry below the
 *   review limit (so it took every due review no sibling buried) and the card not among the
 *   buried: one review fewer, and one fewer left of the shared limit;
 * - a learning card due today and not buried: its due time leaves `learningDue`;
 * - a new question the queue took (`newIds`): one new fewer, and one fewer left of the course's
 *   new limit (with at least `fresh` candidates before, there are `fresh - 1` after).
 *
 * The card answered keeps the sibling keys it held in the queue (an answer owns them for the
 * day as a taken card does), so no other card is buried or freed by it. Its state after: a
 * learning or relearning card due before the day ends is counted by its due time; due later,
 * or a review card due after the day ends, not at all; a review card due before the day ends
 * (an answer in the small hours) is not known here.
 *
 * `item` is the card's item as the queue read it: whether a review was due today is the
 * queue's question (`reviewDueStart`), asked of when its due day began where it was scheduled
 * (`ItemRecord.dueStart`). The card alone has only its due time, whose day here can begin
 * earlier: a card due at 4 AM in UTC, answered in Berlin at 4:01 AM (2 AM UTC), was taken for
 * one of the day's reviews and counted off, though the queue had not counted it (npm run fuzz,
 * review-list property, seed 2002). Without an item (rows older than `dueStart`), the due
 * time's day here, as the queue takes it too.
 */
export function entryAfterAnswer(
	entry: HomeCountsEntry | undefined,
	review: Pick<ReviewRecord, 'questionId' | 'studyDay' | 'dayStart' | 'before'>,
	after: Pick<CardRecord, 'state' | 'due'>,
	item?: Pick<ItemRecord, 'dueDay' | 'dueStart'>
): HomeCountsEntry | undefined {
	if (!entry?.newIds || !entry.buriedIds) return undefined;
	if (entry.day !== review.studyDay || entry.dayStart !== review.dayStart) return undefined;
	const before = review.before;
	if (before?.queuedAt || entry.buriedIds.includes(review.questionId)) return undefined;
	const next: HomeCountsEntry = {
		...entry,
		learningDue: [...entry.learningDue],
		newIds: [...entry.newIds]
	};
	if (isNewAnswer(review)) {
		const at = next.newIds!.indexOf(review.questionId);
		if (at < 0) return undefined;
		next.newIds!.splice(at, 1);
		next.fresh--;
		next.newLeft--;
	} else if (before?.state === CARD_STATE.review) {
		const dueStart = reviewDueStart({
			due: before.due,
			dueDay: item?.dueDay,
			dueStart: item?.dueStart
		});
		const dueToday = before.due < entry.dayEnd && dueStart <= entry.dayStart;
		if (!dueToday || entry.review >= ownLeft(entry).review) return undefined;
		next.review--;
		next.reviewsLeft--;
	} else if (before && isLearningState(before.state)) {
		const at = before.due < entry.dayEnd ? next.learningDue.indexOf(before.due) : -1;
		if (at < 0) return undefined;
		next.learningDue.splice(at, 1);
	} else return undefined;
	if (after.due < entry.dayEnd) {
		if (!isLearningState(after.state)) return undefined;
		next.learningDue.push(after.due);
	}
	return next;
}
