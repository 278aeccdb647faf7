import type { Question } from '$lib/content/schema';
import type { RatingValue } from '$lib/db/records';
import { answerMatch, type AnswerMatch } from '$lib/content/answer-match';

/**
 * How an answer becomes an FSRS rating:
 * - flashcards: the student grades themselves: Again 1, Hard 2, Good 3, Easy 4;
 * - multiple choice, true/false, cloze and short answer are graded automatically:
 *   wrong → Again (1), right → Good (3);
 * - a typed answer (cloze, short) marked wrong can be overruled with "I was right" → Good (3).
 */
export const AUTO_RATING = { wrong: 1, right: 3 } as const satisfies Record<string, RatingValue>;

export function isSelfGraded(question: Pick<Question, 'type'>): boolean {
	return question.type === 'flashcard';
}

export function isTyped(question: Pick<Question, 'type'>): boolean {
	return question.type === 'cloze' || question.type === 'short';
}

/** What grading reads of a question. */
type GradedQuestion = Pick<Question, 'type' | 'answer' | 'accept'> & {
	prompt?: string;
	numeric?: Question['numeric'];
	explanation?: string;
	source?: { quote: string };
};

/** Whether a response to an auto-graded question is right (a numerical answer as a number). */
export function isCorrect(question: GradedQuestion, response: string): boolean {
	switch (question.type) {
		case 'mcq':
			return response === question.answer;
		case 'truefalse':
			return response.trim().toLowerCase() === question.answer;
		case 'cloze':
		case 'short':
			return typedMatch(question, response) !== null;
		case 'flashcard':
			throw new Error('flashcards are graded by the student');
	}
}

/** How a typed response (cloze, short) was found right (`AnswerMatch`), or null when wrong. */
export function typedMatch(question: GradedQuestion, response: string): AnswerMatch | null {
	return answerMatch(response, {
		answer: question.answer,
		accept: question.accept,
		prompt: question.prompt,
		numeric: question.numeric,
		explanation: question.explanation,
		source: question.source
	});
}

export function autoRating(correct: boolean): RatingValue {
	return correct ? AUTO_RATING.right : AUTO_RATING.wrong;
}
