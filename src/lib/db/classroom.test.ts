import { describe, expect, it } from 'vitest';
import { ClassroomDatabase, QuizRepository, ResultRepository } from './classroom';
import { makeQuiz, syntheticQuestions } from '$lib/quiz/fixtures.test-helpers';

let counter = 0;
function repos() {
	const db = new ClassroomDatabase(`classroom-test-${++counter}`);
	return { quizzes: new QuizRepository(db), results: new ResultRepository(db) };
}

describe('classroom storage', () => {
	const quiz = { ...makeQuiz(syntheticQuestions(3)), code: 'Q1.test' };
	const result = {
		quizId: quiz.id,
		name: 'Vučić',
		answers: [0, true, 'x'],
		seconds: 10,
		finishedAt: 1
	};

	it('keeps quizzes, newest first, and reopens them', async () => {
		const { quizzes } = repos();
		await quizzes.save(quiz);
		await quizzes.save({ ...quiz, id: 'secondQuiz', createdAt: quiz.createdAt + 1 });
		expect((await quizzes.list()).map((q) => q.id)).toEqual(['secondQuiz', quiz.id]);
		expect(await quizzes.get(quiz.id)).toEqual(quiz);
	});

	it('counts the same student once; identical answers are a duplicate', async () => {
		const { results } = repos();
		expect((await results.add(result)).status).toBe('added');
		expect((await results.add({ ...result, name: ' vucic ' })).status).toBe('duplicate');
		expect(await results.count(quiz.id)).toBe(1);
	});

	it('asks before replacing a student’s different result', async () => {
		const { results } = repos();
		await results.add(result);
		const outcome = await results.add({ ...result, answers: [1, false, 'y'] });
		expect(outcome.status).toBe('conflict');
		expect((await results.list(quiz.id))[0].answers).toEqual([0, true, 'x']);
		await results.replace(outcome.result);
		expect((await results.list(quiz.id))[0].answers).toEqual([1, false, 'y']);
		expect(await results.count(quiz.id)).toBe(1);
	});

	it('removes a quiz with its results', async () => {
		const { quizzes, results } = repos();
		await quizzes.save(quiz);
		await results.add(result);
		await quizzes.remove(quiz.id);
		expect(await quizzes.get(quiz.id)).toBeUndefined();
		expect(await results.count(quiz.id)).toBe(0);
	});
});
