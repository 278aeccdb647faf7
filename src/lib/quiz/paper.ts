import { keyAlternatives, orList } from './accepted';
import { correctAnswerText } from './scoring';
import type { Quiz, QuizQuestion } from './types';

/** Letters of the choices on paper, in the quiz's own order (a paper copy is not shuffled). */
export const CHOICE_LETTERS = 'ABCDEFGHIJ';

export interface KeyRow {
	/** 1-based, as printed. */
	number: number;
	/** Multiple choice: the right choice's letter. */
	letter?: string;
	answer: string;
	/**
	 * Other typed answers that count as right, as printed: those the marking would not already
	 * take from `answer`, shortened and at most a few (`keyAlternatives`), so the line fits the key's column.
	 */
	alsoAccepted: string[];
	/** How many more accepted answers the key leaves out (the question list shows them all). */
	moreAccepted: number;
}

/**
 * A key row's other answers as printed after its answer: `(also right: “a” or “b”, and 2 more,
 * listed on the quiz’s page)` (`orList`: each in quotes, so an answer holding ";" reads as one),
 * or `''` when there are none. Pure.
 */
export function alsoRightLine(row: Pick<KeyRow, 'alsoAccepted' | 'moreAccepted'>): string {
	if (!row.alsoAccepted.length) return '';
	const more = row.moreAccepted ? `, and ${row.moreAccepted} more, listed on the quiz’s page` : '';
	return `(also right: ${orList(row.alsoAccepted)}${more})`;
}

/** The answer key of the paper version: one row per question, in order. */
export function answerKey(quiz: Pick<Quiz, 'questions'>): KeyRow[] {
	return quiz.questions.map((q: QuizQuestion, i) => {
		const index = q.type === 'mcq' ? (q.choices ?? []).indexOf(q.answer) : -1;
		const { shown, more } = keyAlternatives(q);
		return {
			number: i + 1,
			...(index >= 0 ? { letter: CHOICE_LETTERS[index] } : {}),
			answer: correctAnswerText(q),
			alsoAccepted: shown,
			moreAccepted: more
		};
	});
}
