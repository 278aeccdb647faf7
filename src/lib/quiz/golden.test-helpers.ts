import type { Bank, Question } from '$lib/content/schema';
import type { QuizRecipe } from './join-bits';
import { makeQuiz, syntheticQuestions } from './synthetic-quiz';
import { DEFAULT_SETTINGS, type QuizResult } from './types';

/**
 * Fixed quizzes, a fixed bank and a fixed result for the golden codes test: built from
 * `syntheticQuestions` only (never the shipped bank, which changes with every review), so a
 * code written once decodes to exactly these for as long as the format holds.
 */
export function fixtures() {
	const questions = syntheticQuestions(8);
	const short = questions.map((q, i) => ({ ...q, id: `golden-q${i + 1}` }));
	const docIds = [...new Set(questions.map((q) => q.source.doc))];
	const bank: Bank = {
		version: 1,
		documents: docIds.map((id, i) => ({
			id,
			title: `Golden document ${i + 1}`,
			outlet: 'Golden outlet',
			date: `2024-0${i + 1}-15`,
			dateApproximate: false
		})),
		questions: [...questions, ...short]
	};
	const own: Question = {
		...questions[1],
		id: 'uc-u-golden-q-7',
		prompt: 'A teacher’s own question?'
	};
	const withOwn = makeQuiz([short[0], own, short[2]], 'quizOwn0001');
	// Format 2 (2026-12-02): a reworded bank question travels as changes from its original.
	const plainShort = makeQuiz(short.slice(0, 3), 'quizRew0001');
	const original = plainShort.questions[1];
	const reworded = {
		...plainShort,
		questions: [
			plainShort.questions[0],
			{
				...original,
				id: 'own-golden0001',
				prompt: `${original.prompt} (reworded)`,
				from: original
			},
			plainShort.questions[2]
		]
	};
	const result: QuizResult = {
		quizId: 'quizAbc123',
		attemptId: 'AbCdEf012345',
		name: 'Ana Núñez',
		answers: [1, true, 'Vucic', null, 'in 2004'],
		seconds: 512,
		finishedAt: Date.UTC(2026, 10, 21, 9, 30, 0)
	};
	const recipeAll: QuizRecipe = {
		docs: [],
		topics: [],
		types: ['mcq', 'truefalse', 'cloze', 'short'],
		count: 5,
		settings: { ...DEFAULT_SETTINGS, timer: 'quiz', seconds: 15 * 60 }
	};
	const recipeFiltered: QuizRecipe = {
		docs: [docIds[1]],
		topics: ['drones'],
		types: ['truefalse', 'cloze'],
		count: 2,
		settings: { ...DEFAULT_SETTINGS, timer: 'question', seconds: 30, allowBack: false }
	};
	return {
		bank,
		small: makeQuiz(questions.slice(0, 2), 'quizSmall01'),
		longIds: makeQuiz(questions, 'quizLong001'),
		shortIds: makeQuiz(short, 'quizShort01'),
		withOwn,
		reworded,
		result,
		recipeAll,
		recipeFiltered
	};
}
