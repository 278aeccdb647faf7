/**
 * The teacher's changes of a quiz's questions on its Classroom page (move, swap, remove, undo,
 * add, reword), each as an `Edit`: made on the questions as they are when it is written, so a
 * change made in another tab meanwhile is kept (`QuizRepository.saveOver`). Pure.
 */
import type { BankIndex } from '$lib/content/bank';
import type { Question } from '$lib/content/schema';
import { canAdd, moveQuestion, removeQuestion, restoreQuestion, swapQuestion } from './edit';
import { questionKey } from './quiz-changes';
import { QUIZ_TYPE_LABELS, type AskedType, type QuizQuestion } from './types';

/** One change of the questions: the new list, or why it cannot be made (shown to the teacher). */
export type Edit = (questions: QuizQuestion[]) => QuizQuestion[] | string;

/** Said when the question an edit was made on is gone (another tab removed or swapped it). */
export const GONE = 'That question is no longer in the quiz (changed in another tab).';

/** The place of question `key` (`questionKey`) in `questions` (0-based), or why it is not there. */
export function placeOf(questions: readonly QuizQuestion[], key: string): number | string {
	const at = questions.findIndex((q) => questionKey(q) === key);
	return at < 0 ? GONE : at;
}

/** Question `key` moved `by` places (-1 up, +1 down), wherever it now is. */
export function moveEdit(key: string, by: number): Edit {
	return (questions) => {
		const at = placeOf(questions, key);
		return typeof at === 'string' ? at : moveQuestion(questions, at, at + by);
	};
}

/**
 * Question `key` swapped for another of its `type` from `bank` on a fact the quiz does not
 * already ask (`swapQuestion`), or why there is none.
 */
export function swapEdit(
	key: string,
	type: AskedType,
	bank: BankIndex,
	toQuiz: (q: Question) => QuizQuestion
): Edit {
	return (questions) => {
		const at = placeOf(questions, key);
		if (typeof at === 'string') return at;
		return (
			swapQuestion(questions, at, bank, toQuiz) ??
			`No other ${QUIZ_TYPE_LABELS[type].toLowerCase()} question on a fact this quiz does not already ask.`
		);
	};
}

/** Question `key` removed; a quiz keeps at least one question. */
export function removeEdit(key: string): Edit {
	return (questions) => {
		if (questions.length <= 1) return 'A quiz needs at least one question.';
		const at = placeOf(questions, key);
		return typeof at === 'string' ? at : removeQuestion(questions, at);
	};
}

/** Undo of a removal: `question` back at `index` (0-based), unless the quiz is full or asks it. */
export function restoreEdit(question: QuizQuestion, index: number): Edit {
	return (questions) =>
		restoreQuestion(questions, question, index) ??
		'That question cannot come back: the quiz is full or already asks it.';
}

/** The teacher's own `question` added at the end, while the quiz has room. */
export function addEdit(question: QuizQuestion): Edit {
	return (questions) =>
		canAdd(questions) ? [...questions, question] : 'The quiz has as many questions as it can.';
}

/**
 * Question `key` reworded as `question`; gone in another tab meanwhile, the rewording comes back
 * as a question of the quiz (at the end), while it has room.
 */
export function rewordEdit(key: string, question: QuizQuestion): Edit {
	return (questions) =>
		questions.some((q) => questionKey(q) === key)
			? questions.map((q) => (questionKey(q) === key ? question : q))
			: canAdd(questions)
				? [...questions, question]
				: 'That question is no longer in the quiz, and the quiz is full.';
}

/**
 * The change a saved question form makes, with what the status says once it is saved and what
 * the teacher keeps when another tab refuses it: `open` is the form (a new question, or the
 * rewording of question `id`, by `questionKey`), `question` what it made, `base` the quiz the form
 * began on (the status counts from it).
 */
export function formEdit(
	open: { id: string } | 'new',
	question: QuizQuestion,
	base: readonly QuizQuestion[]
): { edit: Edit; message: string; what: string } {
	if (open === 'new')
		return {
			edit: addEdit(question),
			message: `Your question is now question ${base.length + 1}.`,
			what: 'Your question'
		};
	// Gone in another tab meanwhile: the rewording comes back as the quiz's last question.
	const at = base.findIndex((q) => questionKey(q) === open.id);
	return {
		edit: rewordEdit(open.id, question),
		message: `Question ${at < 0 ? base.length + 1 : at + 1} reworded.`,
		what: 'Your wording'
	};
}
