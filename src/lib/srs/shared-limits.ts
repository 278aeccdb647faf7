/**
 * Why Home's counts for all courses can be less than the sum of its course rows: a daily limit
 * holds them together. "New questions per day" is each course's own limit and also the limit
 * of all courses studied together (`newLeftToday`, as Anki's limit on a parent deck), and
 * "Maximum reviews per day" is one limit for every course (`reviewsLeftToday`); each row counts
 * its course studied alone. "New 20" above rows of 20, 20 and 15 said nothing of this (a
 * student from Anki, session 36). Pure.
 */
import { formatCount } from '$lib/text/plural';
import type { TodayCounts } from './queue';

/**
 * The every-course counts a shared limit holds below the sum of the courses' own: `fresh` and
 * `review`, the every-course figure where it is below the rows' sum, else null. Null when
 * neither is (one course, or every course within the limits).
 */
export interface SharedLimits {
	fresh: number | null;
	review: number | null;
}

/**
 * Which of `total`'s new and review counts (Home's, all courses together) are less than the
 * sum of `rows` (each course's counts, studied alone). Learning has no daily limit and is
 * never compared. Null when neither is held, or with fewer than two rows.
 */
export function sharedLimits(
	total: Pick<TodayCounts, 'fresh' | 'review'>,
	rows: readonly Pick<TodayCounts, 'fresh' | 'review'>[]
): SharedLimits | null {
	if (rows.length < 2) return null;
	const sum = (key: 'fresh' | 'review') => rows.reduce((all, row) => all + row[key], 0);
	const held = (key: 'fresh' | 'review') => (total[key] < sum(key) ? total[key] : null);
	const shared = { fresh: held('fresh'), review: held('review') };
	return shared.fresh === null && shared.review === null ? null : shared;
}

/**
 * Home's sentence for `shared` (`sharedLimits`), in the words of Settings' own labels, and
 * `change`, the words before the Settings link that ends it ("Change it in", "Change them in"):
 * "20 new today across all your courses: “New questions per day” is one limit for them
 * together; a course studied alone has it to itself." Counts grouped in thousands (`formatCount`).
 */
export function sharedLimitsSentence(shared: SharedLimits): { text: string; change: string } {
	const { fresh, review } = shared;
	const newWords = fresh === 0 ? 'no new questions' : `${formatCount(fresh ?? 0)} new`;
	const reviewWords = review === 0 ? 'nothing to review' : `${formatCount(review ?? 0)} to review`;
	const alone = 'a course studied alone has';
	if (fresh !== null && review !== null)
		return {
			text: capital(
				`${newWords} and ${reviewWords} today across all your courses: the daily limits are for them together, and ${alone} “New questions per day” to itself.`
			),
			change: 'Change them in'
		};
	if (fresh !== null)
		return {
			text: capital(
				`${newWords} today across all your courses: “New questions per day” is one limit for them together; ${alone} it to itself.`
			),
			change: 'Change it in'
		};
	return {
		text: capital(
			`${reviewWords} today across all your courses: “Maximum reviews per day” is one limit for them all.`
		),
		change: 'Change it in'
	};
}

function capital(text: string): string {
	return text[0].toUpperCase() + text.slice(1);
}
