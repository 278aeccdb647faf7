/**
 * Check database's clock rule: answers filed under a study day earlier than the answer written
 * just before them on this device, by at most `KEPT_DAYS_AHEAD` days. Before this rule was
 * written into `studyToday`, an answer given with the device clock set back a day went to the
 * day the clock showed, a study day in the past: the streak read 2, then 3, for one day of
 * study (outsider, issue 14). Such rows are moved to the day they followed, as `recordAnswer`
 * files them now, and the day totals are then rebuilt from the log (`check.ts`).
 *
 * Rows further back than that came from a clock that had run fast and was corrected (the day
 * before was the wrong one): they stay, as `studyToday` believes the clock there too. Rows added
 * by Import → Merge (`ReviewRecord.merged`) are another device's, keyed when they arrived here:
 * their order says nothing about this device's clock, so they are left out of the rule.
 */
import { addDays, type StudyDay } from '$lib/srs/day';
import { KEPT_DAYS_AHEAD } from '$lib/srs/today';
import type { ReviewRecord } from './records';

/** An answer filed under a day the clock made up, and the day it belongs to. */
export interface SetBackAnswer {
	review: ReviewRecord;
	/** The study day of the answer written before it (after that one's own move, if any). */
	day: StudyDay;
}

/**
 * The answers of `reviews` (any order) whose study day is earlier than that of this device's
 * previous answer (by key) by at most `KEPT_DAYS_AHEAD` days, each with the day it belongs to,
 * in key order. Pure; rows without a key or added by a merge are skipped.
 */
export function setBackAnswers(reviews: readonly ReviewRecord[]): SetBackAnswer[] {
	const own = reviews
		.filter((review) => review.id !== undefined && !review.merged)
		.sort((a, b) => a.id! - b.id!);
	const found: SetBackAnswer[] = [];
	let previous: StudyDay | undefined;
	for (const review of own) {
		let day = review.studyDay;
		if (previous !== undefined && day < previous && previous <= addDays(day, KEPT_DAYS_AHEAD)) {
			found.push({ review, day: previous });
			day = previous;
		}
		previous = day;
	}
	return found;
}

/**
 * `reviews` with each of `moved` filed under its new day (new objects for those; the others
 * as they were), for writing back and recounting the day totals.
 */
export function withMovedDays(
	reviews: readonly ReviewRecord[],
	moved: readonly SetBackAnswer[]
): ReviewRecord[] {
	const days = new Map(moved.map(({ review, day }) => [review, day]));
	return reviews.map((review) => {
		const day = days.get(review);
		return day === undefined ? review : { ...review, studyDay: day };
	});
}
