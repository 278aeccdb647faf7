import { plural } from '$lib/text/plural';
import type { RatingValue } from '$lib/db/records';
import type { QueueItemKind } from '$lib/srs/queue';

export const GRADE_LABELS: Record<RatingValue, string> = {
	1: 'Again',
	2: 'Hard',
	3: 'Good',
	4: 'Easy'
};

export { TYPE_LABELS } from '$lib/content/type-labels';

export const KIND_LABELS: Record<QueueItemKind, string> = {
	new: 'New',
	review: 'Review',
	learning: 'Learning',
	queued: 'You asked for this'
};

/**
 * What Study says for a course with nothing accepted but drafts waiting (`countDrafts` in `$lib/courses/drafts`):
 * only accepted questions are studied, so "come back tomorrow" was false (outsider, issue 12).
 * `drafts` ≥ 1; `title` the course's.
 */
export function draftsWaiting(drafts: number, title: string): { text: string; link: string } {
	return {
		text: `“${title}” has no accepted questions yet: ${plural(drafts, 'draft')} ${drafts === 1 ? 'waits' : 'wait'} for your review first. Only the questions you accept are studied.`,
		link: `Review ${plural(drafts, 'draft')}`
	};
}
