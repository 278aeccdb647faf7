/** The verdict shown after a marked answer, and how each answer or "I was right" makes it. */
import type { AnswerMatch } from '$lib/content/answer-match';
import { nearWhy } from '$lib/content/near-note';
import { unitMiss } from '$lib/content/answer-unit';
import { closingStop } from '$lib/text/sentence';
import { hasSourceSentence, type Question } from '$lib/content/schema';
import { typedMatch } from './grading';
import type { GradingMode, RatingValue, ReviewRecord } from '$lib/db/records';

/** The verdict on screen after an auto-marked answer (multiple choice, true/false, typed). */
export interface Feedback {
	correct: boolean | null;
	response: string;
	rating: RatingValue;
	/**
	 * How the saved rating came about ('auto', or 'override' after "I was right"; Again after a
	 * right answer is saved as 'override' too, and moves on at once; 'self' after Show answer on a
	 * typed question, with nothing answered).
	 */
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

/**
 * The verdict after Show answer on a typed question (`StudySession.showAnswer`): nothing was
 * answered (`response` empty), the saved Again is the student's own (`grading: 'self'`), so
 * there is nothing to overrule and no other grade to offer.
 */
export function shownAnswerFeedback(review: Pick<ReviewRecord, 'rating' | 'after'>): Feedback {
	return {
		correct: false,
		response: '',
		rating: review.rating,
		grading: 'self',
		nextDue: review.after.due,
		canOverrule: false,
		preview: null
	};
}

/** Whether a verdict is Show answer's on a typed question, not a marked answer. */
export function isShownAnswer(feedback: Pick<Feedback, 'grading' | 'correct'>): boolean {
	return feedback.grading === 'self' && feedback.correct === false;
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

/**
 * What a grade chosen on a right answer's verdict saves (`StudySession.gradeFeedback`), or null
 * when it is the rating already saved. Hard (2), Good (3) or Easy (4) keep the answer right, with
 * the verdict's grading; Again (1) is the student saying they did not know it after all (a guess,
 * or an answer accepted as close enough), as Anki lets them after a typed answer: a wrong answer
 * the student overruled (`grading: 'override'`, `correct: false`), so FSRS, retention and the
 * summary count it as forgotten.
 */
export function verdictRegrade(
	feedback: Pick<Feedback, 'rating' | 'grading'>,
	rating: RatingValue
): { rating: RatingValue; grading: GradingMode; correct: boolean } | null {
	if (rating === feedback.rating) return null;
	const wrong = rating === 1;
	return { rating, grading: wrong ? 'override' : feedback.grading, correct: !wrong };
}

/**
 * Why a typed answer other than the key was accepted, in words that claim only what the marker
 * checked: `typo` is one letter wrong, missing, extra or swapped (edit distance 1), `spelling`
 * a British/American variant (not a slip: issue 12/14), `form` the key without its last noun,
 * which the prompt says.
 */
const ACCEPTED_BECAUSE: Record<Exclude<AnswerMatch['kind'], 'exact'>, string> = {
	accepted: 'an answer this question also takes',
	spelling: 'the same word in its British or American spelling',
	typo: 'one letter wrong, missing, extra or swapped is forgiven from five letters on',
	value: 'the same value written another way',
	year: 'the name with the year its source gives it',
	numeric: 'within the margin this question allows',
	form: 'without its last word, which the question already says',
	aside: 'with another answer this question takes, or its initials, in brackets',
	title: 'the name with a title before it',
	unit: 'the same unit written another way',
	unitless: 'the number alone, as this question does not ask for the unit',
	abbreviation: 'the abbreviation the question’s own text gives in brackets'
};

/**
 * What the verdict says when a typed answer was marked right without being the key itself:
 * "Accepted: “military” (an answer this question also takes) — the source says “defence”."
 * A bare "Right" beside "You wrote: military" and "Answer: defence" read as a contradiction
 * (issue 14, an outsider's review). Null for a wrong answer, an answer equal to the key (case,
 * accents and punctuation aside) and any question that is not typed. A question with no
 * source sentence (imported) says "the answer is" instead.
 */
export function acceptedNote(question: Question, response: string): string | null {
	if (question.type !== 'short' && question.type !== 'cloze') return null;
	const match = typedMatch(question, response);
	if (!match || match.kind === 'exact') return null;
	const says = hasSourceSentence(question) ? 'the source says' : 'the answer is';
	const via =
		(match.kind === 'typo' || match.kind === 'spelling') && match.matched !== question.answer
			? `${ACCEPTED_BECAUSE[match.kind]}, from “${match.matched}”, ${ACCEPTED_BECAUSE.accepted}`
			: ACCEPTED_BECAUSE[match.kind];
	return `Accepted: “${response.trim()}” (${via}) — ${says} “${question.answer}”${closingStop(question.answer)}`;
}

/**
 * What the verdict says under "Almost" when a typed answer marked wrong is nearly the key
 * (`nearWhy`, the wording the class quiz's review shows too):
 * "“Bondsteel Camp” has the words of “Camp Bondsteel” in another order. If that is what
 * you meant, choose I was right." Null for a right answer, a plainly wrong one and any question
 * that is not typed. The answer is not counted right by itself: another thing could be meant
 * ("Cypriot" may be a Turkish Cypriot), so the student says.
 */
export function nearNote(question: Question, response: string): string | null {
	const why = nearWhy(question, response);
	return why && `${why} If that is what you meant, choose I was right.`;
}

/**
 * What the verdict says when a typed answer is wrong by its unit alone (`unitMiss`, the rule of
 * `answer-unit.ts`): "Right number, but the unit is missing." or "Right number, but “kg” is not
 * the unit asked."; the verdict's "Answer:" line gives the key. Null for a right answer, any
 * other wrong one and any question that is not typed.
 */
export function unitNote(question: Question, response: string): string | null {
	if (question.type !== 'short' && question.type !== 'cloze') return null;
	return unitMiss(response, question, false);
}
