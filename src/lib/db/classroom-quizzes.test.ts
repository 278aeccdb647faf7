import { describe, expect, it } from 'vitest';
import { quiz, repos, result } from './classroom.test-helpers';

describe('classroom quizzes', () => {
	it('keeps quizzes, newest first, and reopens them', async () => {
		const { quizzes } = repos();
		await quizzes.save(quiz);
		await quizzes.save({ ...quiz, id: 'secondQuiz', createdAt: quiz.createdAt + 1 });
		expect((await quizzes.list()).map((q) => q.id)).toEqual(['secondQuiz', quiz.id]);
		expect(await quizzes.get(quiz.id)).toEqual({ ...quiz, updatedAt: expect.any(Number) });
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
