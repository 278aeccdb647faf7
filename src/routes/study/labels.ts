import type { QuestionType } from '$lib/content/schema';
import type { RatingValue } from '$lib/db/records';
import type { QueueItemKind } from '$lib/srs/queue';

export const GRADE_LABELS: Record<RatingValue, string> = {
	1: 'Again',
	2: 'Hard',
	3: 'Good',
	4: 'Easy'
};

export const TYPE_LABELS: Record<QuestionType, string> = {
	flashcard: 'Flashcard',
	mcq: 'Multiple choice',
	truefalse: 'True or false',
	cloze: 'Fill the blank',
	short: 'Short answer'
};

export const KIND_LABELS: Record<QueueItemKind, string> = {
	new: 'New',
	review: 'Review',
	learning: 'Learning',
	queued: 'You asked for this'
};
