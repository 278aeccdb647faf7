import type { PortableQuestion } from '$lib/formats/portable';
import type { Quiz } from './types';

/**
 * A class quiz taken out to Moodle (issue 12: teachers move between Flashpoint and Moodle):
 * exactly the quiz's questions as they stand (after Reword, Swap, Add), in its order, for the
 * one GIFT and Moodle XML writers (`$lib/formats/export.ts`, `exportQuestions`). Each question
 * keeps its quiz id as its external id (Moodle's idnumber, so a second export updates rather
 * than doubles), its choices in the quiz's order, its other accepted answers and its
 * explanation; the quiz's title is the category (Moodle imports the questions into a category
 * of that name). Pure.
 *
 * The teacher's regrades of single responses (`judged`, regrade.ts) are left out on purpose:
 * Moodle keeps a regrade or a manual mark with the attempt, and its question export carries
 * the question alone; an accepted typo written as a Moodle answer would widen the key for every
 * later class, which is what the per-response regrade avoids. The marks themselves go out in
 * the Grades CSV.
 */
export function quizPortable(quiz: Pick<Quiz, 'title' | 'questions'>): PortableQuestion[] {
	const category = quiz.title.trim();
	return quiz.questions.map((q) => ({
		externalId: q.id,
		type: q.type,
		prompt: q.prompt,
		answer: q.answer,
		...(q.accept?.length ? { accept: [...q.accept] } : {}),
		...(q.choices ? { choices: [...q.choices] } : {}),
		...(q.explanation ? { explanation: q.explanation } : {}),
		topics: category ? [category] : []
	}));
}

/** The formats a quiz is downloaded in for Moodle, with their buttons' words. */
export const QUIZ_EXPORT_FORMATS = [
	{ id: 'gift', label: 'Download as GIFT' },
	{ id: 'moodle', label: 'Download as Moodle XML' }
] as const;
