import type { StoredQuiz } from '$lib/db/classroom';
import { toQuizQuestion } from './build';
import { draftToQuestion, questionToDraft } from './edit';
import { makeQuiz, syntheticQuestions } from './fixtures.test-helpers';
import { QuizRun } from './run.svelte';
import type { Quiz, QuizResult } from './types';
import { withQuestions } from './versions';

/**
 * Issue 14 (outsider teacher): a quiz shared, then Q1 reworded and Q3 swapped; a phone that had
 * the quiz before the edits sent its result, and it was marked against the edited quiz.
 */

export const bank = syntheticQuestions(8);
export const original: StoredQuiz = {
	...makeQuiz(bank.slice(0, 5), 'quizVer0001'),
	settings: { ...makeQuiz([]).settings, shuffleQuestions: false, shuffleChoices: false },
	code: 'Q1.unused'
};

/** Reword Q1 (the teacher's words) and swap Q3 for another bank question of its type. */
export function edited(now = 1000): StoredQuiz {
	const draft = { ...questionToDraft(original.questions[0]) };
	draft.prompt = `${draft.prompt} (reworded)`;
	const reworded = draftToQuestion(draft, original.questions[0], () => 0.5);
	if (!reworded.ok) throw new Error(reworded.error);
	const step1 = withQuestions(
		original,
		original.questions.map((q, i) => (i === 0 ? reworded.question : q)),
		now
	);
	const swapIn = toQuizQuestion(bank.find((q, i) => i >= 5 && q.type === bank[2].type)!);
	return withQuestions(
		step1,
		step1.questions.map((q, i) => (i === 2 ? swapIn : q)),
		now + 1
	);
}

/** Every question answered right on the student's phone, with the quiz it had. */
export function allRight(quiz: Quiz, name = 'Ana'): QuizResult {
	const run = new QuizRun(quiz, name, 0, 1, `attempt${name}01`);
	for (const q of quiz.questions) {
		if (q.type === 'mcq') run.answer(q.choices!.indexOf(q.answer));
		else if (q.type === 'truefalse') run.answer(q.answer === 'true');
		else run.answer(q.answer);
		run.next(1000);
	}
	return run.result;
}
