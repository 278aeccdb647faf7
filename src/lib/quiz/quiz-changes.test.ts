import { describe, expect, it } from 'vitest';
import { makeQuiz, syntheticQuestions } from './fixtures.test-helpers';
import { conflictWords, quizChanges } from './quiz-changes';

const quiz = makeQuiz(syntheticQuestions(4));
const [a, b, c, d] = quiz.questions;

describe('quizChanges', () => {
	it('names what another tab changed, question by question, by id', () => {
		expect(quizChanges(quiz, quiz)).toEqual([]);
		expect(quizChanges(quiz, { ...quiz, title: 'Rivers' })).toEqual(['renamed “Rivers”']);
		const reworded = { ...b, prompt: 'Another wording?' };
		expect(quizChanges(quiz, { ...quiz, questions: [a, reworded, c, d] })).toEqual([
			'question 2 reworded'
		]);
		// Moved, not reworded; a removed question by its old place.
		expect(quizChanges(quiz, { ...quiz, questions: [b, a, c, d] })).toEqual(['questions moved']);
		expect(quizChanges(quiz, { ...quiz, questions: [a, b, d] })).toEqual([
			'question 3 removed or swapped out'
		]);
		// A reworded question has a new id (with its bank original in `from`, or none for the
		// teacher's own): still "reworded" in its place.
		const fromBank = { ...c, id: 'own-1', prompt: 'Reworded?', from: c };
		expect(quizChanges(quiz, { ...quiz, questions: [a, b, fromBank, d] })).toEqual([
			'question 3 reworded'
		]);
		const own = { ...c, id: 'own-2', prompt: 'Own, reworded?' };
		expect(quizChanges(quiz, { ...quiz, questions: [a, b, own, d] })).toEqual([
			'question 3 reworded'
		]);
		expect(quizChanges(quiz, { ...quiz, questions: [a, b, d, own] })).toEqual([
			'question 4 added or swapped in',
			'question 3 removed or swapped out'
		]);
		const accepted = { ...a, accept: ['a pupil’s wording'] };
		expect(quizChanges(quiz, { ...quiz, questions: [accepted, b, c, d] })).toEqual([
			'accepted answers of question 1 changed'
		]);
		expect(quizChanges(quiz, { ...quiz, closedAt: 5, studentIds: { 'q|ana': 'S1' } })).toEqual([
			'closed',
			'ID numbers changed'
		]);
	});

	it('says the edit is kept, with what changed or only that it was saved elsewhere', () => {
		expect(conflictWords(quiz, { ...quiz, title: 'Rivers' }, 'Your wording')).toBe(
			'Not saved yet: this quiz was changed in another tab or window since you began: renamed “Rivers”. Your wording is kept here.'
		);
		expect(conflictWords(quiz, quiz, 'Your change')).toBe(
			'Not saved yet: this quiz was changed in another tab or window since you began. Your change is kept here.'
		);
	});
});
