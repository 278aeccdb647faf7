/**
 * Today's daily limits (Anki's "new cards/day" and "maximum reviews/day"): what each still
 * allows, the one rule for the queue (`queue.ts`), its counted build (`review-count.ts`), the
 * stored queue (`$lib/db/today-queue`) and Home's counts (`$lib/db/home-view`, `home-counts`).
 * Pure.
 */
import type { DayRecord } from '$lib/db/records';
import type { StudySettings } from './settings';

/**
 * New questions still to introduce today, as Anki counts a deck's with one preset for all:
 * "new per day" is each course's own limit, so a course studied alone (`scopeCourse`) gets it
 * minus what it introduced today, whatever other courses did (a parent deck's limit does not
 * cap a subdeck clicked on); studying all courses (the parent deck), it is also the limit of
 * them all together, which, being the same number, keeps every course within its own. `extra`:
 * new questions custom study added to this scope's limit today (Anki's "Increase today's new
 * card limit", which raises the deck studied; `extraFor`). A count, never negative.
 */
export function newLeftToday(
	settings: Pick<StudySettings, 'newPerDay'>,
	today: Pick<DayRecord, 'newCards'>,
	newByCourse: ReadonlyMap<string, number> | undefined,
	scopeCourse: string | undefined,
	extra = 0
): number {
	const used =
		scopeCourse !== undefined && newByCourse ? (newByCourse.get(scopeCourse) ?? 0) : today.newCards;
	return Math.max(0, settings.newPerDay + extra - used);
}

/**
 * Reviews still allowed today: "maximum reviews per day", one limit for all courses, less the
 * reviews answered today in any course, plus `extra`, the reviews custom study added to the
 * limit of the scope studied today (Anki's "Increase today's review card limit", which raises
 * the deck studied; `extraFor`). The one rule for the queue, Home and the review counts. A
 * count, never negative (`Infinity` for no limit).
 */
export function reviewsLeftToday(
	settings: Pick<StudySettings, 'maxReviewsPerDay'>,
	today: Pick<DayRecord, 'reviewCards'>,
	extra = 0
): number {
	return Math.max(0, settings.maxReviewsPerDay + extra - today.reviewCards);
}

/**
 * What a daily limit leaves for the queue's own cards once the cards asked for today are
 * served: `left` (new questions or reviews still allowed today, `newLeftToday` or the reviews
 * left) less `asked`, the cards asked for (`queueQuestionsForStudy`) that will count against it
 * when answered (a new question's first answer counts as new, a review card's as a review:
 * `countKind`). Asked-for cards come whatever the limit; before, Home and Study counted them
 * on top of the limit's full share, which their own answers then used up: Home said 6 new, and
 * Study showed 3 (a student from Anki, session 34). A count, never negative.
 */
export function leftAfterAsked(left: number, asked: number): number {
	return Math.max(0, left - asked);
}
