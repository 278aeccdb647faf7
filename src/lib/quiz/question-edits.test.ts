import { describe, expect, it } from 'vitest';
import { indexBank } from '$lib/content/bank';
import { toQuizQuestion } from './build';
import { syntheticQuestions } from './fixtures.test-helpers';
import {
	addEdit,
	formEdit,
	GONE,
	moveEdit,
	placeOf,
	removeEdit,
	restoreEdit,
	rewordEdit,
	swapEdit
} from './question-edits';
import { LIMITS, type QuizQuestion } from './types';

// Two questions of each type on each of 12 facts (as edit.test.ts).
const bankQuestions = syntheticQuestions(24).map((q, i) => ({ ...q, fact: `fact-${i % 12}` }));
const bank = indexBank({ version: 1, documents: [], questions: bankQuestions });
const questions = bankQuestions.slice(0, 4).map(toQuizQuestion);
const ids = (list: QuizQuestion[] | string) =>
	typeof list === 'string' ? list : list.map((q) => q.id);
const own = (n: number): QuizQuestion => ({
	...questions[0],
	id: `own-${n}`,
	prompt: `Mine ${n}?`
});
const reworded = (q: QuizQuestion): QuizQuestion => ({
	...q,
	id: `${q.id}-r`,
	prompt: `${q.prompt} (reworded)`,
	from: { id: q.id } as QuizQuestion['from']
});

describe('question edits', () => {
	it('finds a question by its key, a reworded one by its original', () => {
		const list = [questions[0], reworded(questions[1])];
		expect(placeOf(list, questions[1].id)).toBe(1);
		expect(placeOf(list, 'nope')).toBe(GONE);
	});

	it('moves the question wherever another tab put it', () => {
		const key = questions[2].id;
		expect(ids(moveEdit(key, -1)(questions))).toEqual(
			ids([questions[0], questions[2], questions[1], questions[3]])
		);
		const reordered = [questions[2], questions[0], questions[1], questions[3]];
		expect(ids(moveEdit(key, 1)(reordered))).toEqual(
			ids([questions[0], questions[2], questions[1], questions[3]])
		);
		expect(moveEdit('nope', 1)(questions)).toBe(GONE);
	});

	it('removes, but never the last question, and undoes at the place it had', () => {
		const removed = removeEdit(questions[1].id)(questions);
		expect(ids(removed)).toEqual(ids([questions[0], questions[2], questions[3]]));
		expect(removeEdit(questions[0].id)([questions[0]])).toBe('A quiz needs at least one question.');
		expect(ids(restoreEdit(questions[1], 1)(removed as QuizQuestion[]))).toEqual(ids(questions));
		expect(restoreEdit(questions[1], 1)(questions)).toMatch(/cannot come back/);
	});

	it('adds the teacher’s own question at the end while the quiz has room', () => {
		expect(ids(addEdit(own(1))(questions))).toEqual([...ids(questions), 'own-1']);
		const full = Array.from({ length: LIMITS.maxQuestions }, (_, i) => own(i));
		expect(addEdit(own(99))(full)).toBe('The quiz has as many questions as it can.');
	});

	it('rewords in place, or adds the rewording back when another tab removed its question', () => {
		const r = reworded(questions[1]);
		expect(ids(rewordEdit(questions[1].id, r)(questions))).toEqual(
			ids([questions[0], r, questions[2], questions[3]])
		);
		const without = [questions[0], questions[2]];
		expect(ids(rewordEdit(questions[1].id, r)(without))).toEqual(ids([...without, r]));
		const full = Array.from({ length: LIMITS.maxQuestions }, (_, i) => own(i));
		expect(rewordEdit(questions[1].id, r)(full)).toMatch(
			/no longer in the quiz, and the quiz is full/
		);
	});

	it('swaps for another question of its type, or says there is none', () => {
		const swapped = swapEdit(questions[0].id, questions[0].type, bank, toQuizQuestion)(questions);
		expect(typeof swapped).not.toBe('string');
		expect((swapped as QuizQuestion[])[0].id).not.toBe(questions[0].id);
		const small = indexBank({
			version: 1,
			documents: [],
			questions: bankQuestions.slice(0, 4)
		});
		expect(swapEdit(questions[0].id, questions[0].type, small, toQuizQuestion)(questions)).toMatch(
			/^No other .* question on a fact this quiz does not already ask\.$/
		);
		expect(swapEdit('nope', 'mcq', bank, toQuizQuestion)(questions)).toBe(GONE);
	});
});

describe('formEdit', () => {
	it('adds a new question at the end, counted from the quiz the form began on', () => {
		const { edit, message, what } = formEdit('new', own(1), questions);
		expect(ids(edit(questions))).toEqual([...ids(questions), 'own-1']);
		expect(message).toBe('Your question is now question 5.');
		expect(what).toBe('Your question');
	});

	it('rewords in place, or at the end when another tab removed the question', () => {
		const r = reworded(questions[2]);
		const made = formEdit({ id: questions[2].id }, r, questions);
		expect(made.message).toBe('Question 3 reworded.');
		expect(made.what).toBe('Your wording');
		const gone = formEdit({ id: questions[2].id }, r, [questions[0], questions[1]]);
		expect(gone.message).toBe('Question 3 reworded.');
		expect(ids(gone.edit([questions[0], questions[1]]))).toEqual(
			ids([questions[0], questions[1], r])
		);
	});
});
