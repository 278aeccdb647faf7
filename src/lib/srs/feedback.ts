/** The verdict shown after a marked answer, and how each answer or "I was right" makes it. */
import type { Question } from '$lib/content/schema';
import type { GradingMode, RatingValue, ReviewRecord } from '$lib/db/records';

/** The verdict on screen after an auto-marked answer (multiple choice, true/false, typed). */
export interface Feedback {
	correct: boolean | null;
	response: string;
	rating: RatingValue;
	/** How the saved rating came about ('auto', or 'override' after "I was right"). */
	grading: GradingMode;
	/** When the card comes back (ms since the epoch). */
	nextDue: number;
	canOverrule: boolean;
	/**
	 * A right answer: when Hard, Good and Easy would bring the card back (ms, from the card as it
	 * was before this answer, at the moment it was given), so the student can change the grade.
	 */
	preview: Record<RatingValue, number> | null;
}

/**
 * The verdict for a just-saved auto-marked answer. Only typed answers can be overruled ("I was
 * right"): a choice is right or wrong by construction. `preview` is used only for a right answer.
 */
export function markedFeedback(
	question: Question,
	response: string,
	correct: boolean,
	review: Pick<ReviewRecord, 'rating' | 'after'>,
	preview: Record<RatingValue, number> | null
): Feedback {
	return {
		correct,
		response,
		rating: review.rating,
		grading: 'auto',
		nextDue: review.after.due,
		canOverrule: !correct && (question.type === 'short' || question.type === 'cloze'),
		preview: correct ? preview : null
	};
}

/** The verdict after "I was right": the answer now counts as right, with its new grade. */
export function overruledFeedback(
	feedback: Feedback,
	review: Pick<ReviewRecord, 'rating' | 'after'>,
	preview: Record<RatingValue, number>
): Feedback {
	return {
		...feedback,
		correct: true,
		rating: review.rating,
		grading: 'override',
		nextDue: review.after.due,
		canOverrule: false,
		preview
	};
}
