import { describe, expect, it } from 'vitest';
import { quiz, repos, result } from './classroom.test-helpers';

describe('classroom quizzes', () => {
	it('keeps quizzes, newest first, and reopens them', async () => {
		const { quizzes } = repos();
		await quizzes.save(quiz);
		await quizzes.save({ ...quiz, id: 'secondQuiz', createdAt: quiz.createdAt + 1 });
		expect((await quizzes.list()).map((q) => q.id)).toEqual(['secondQuiz', quiz.id]);
		expect(await quizzes.get(quiz.id)).toEqual({
			...quiz,
			updatedAt: expect.any(Number),
			revision: expect.any(String)
		});
	});

	it('removes a quiz with its results', async () => {
		const { quizzes, results } = repos();
		await quizzes.save(quiz);
		await results.add(result);
		await quizzes.remove(quiz.id);
		expect(await quizzes.get(quiz.id)).toBeUndefined();
		expect(await results.count(quiz.id)).toBe(0);
	});

	it('knows a deleted quiz until it is stored again (restored or made again)', async () => {
		const { quizzes } = repos();
		await quizzes.save(quiz);
		expect(await quizzes.deletedAt(quiz.id)).toBeNull();
		await quizzes.remove(quiz.id, Date.UTC(2027, 0, 4, 12));
		expect(await quizzes.deletedAt(quiz.id)).toBe(Date.UTC(2027, 0, 4, 12));
		expect(await quizzes.deletedAt('neverHere')).toBeNull();
		await quizzes.save(quiz);
		expect(await quizzes.deletedAt(quiz.id)).toBeNull();
	});

	// Outsider teacher: a deleted quiz's join code was drawn again for a new quiz.
	it('counts a deleted quiz’s id as used, so no new quiz or run takes its code', async () => {
		const { quizzes } = repos();
		await quizzes.save(quiz);
		await quizzes.save({ ...quiz, id: 'jK7M2QX9HD' });
		await quizzes.remove('jK7M2QX9HD');
		expect(await quizzes.usedIds()).toEqual(new Set([quiz.id, 'jK7M2QX9HD']));
	});
});

// Outsider teacher, issue 14: two tabs on one quiz each saved an edit; the second put back the
// first's old questions, silently.
describe('a checked write (saveOver)', () => {
	it('writes over the record it read, and refuses when another tab wrote first', async () => {
		const { quizzes } = repos();
		await quizzes.save(quiz);
		const read = (await quizzes.get(quiz.id))!;
		const first = await quizzes.saveOver(read, { ...read, title: 'First tab' });
		expect(first.ok).toBe(true);
		// The second tab read the quiz before the first tab's write.
		const second = await quizzes.saveOver(read, { ...read, title: 'Second tab' });
		expect(second).toMatchObject({ ok: false, reason: 'changed', stored: { title: 'First tab' } });
		expect((await quizzes.get(quiz.id))!.title).toBe('First tab');
		// Applied on top of what is stored now, it is written.
		if (second.ok || second.reason !== 'changed') throw new Error('expected a conflict');
		const onTop = await quizzes.saveOver(second.stored, { ...second.stored, title: 'Second tab' });
		expect(onTop.ok).toBe(true);
		expect((await quizzes.get(quiz.id))!.title).toBe('Second tab');
	});

	it('refuses a change of questions once results are in, and a deleted quiz', async () => {
		const { quizzes, results } = repos();
		await quizzes.save(quiz);
		const read = (await quizzes.get(quiz.id))!;
		await results.add(result);
		const changed = { ...read, questions: read.questions.slice(1) };
		expect(await quizzes.saveOver(read, changed, { questions: true })).toMatchObject({
			ok: false,
			reason: 'results',
			count: 1
		});
		expect((await quizzes.get(quiz.id))!.questions).toHaveLength(3);
		await quizzes.remove(quiz.id);
		expect(await quizzes.saveOver(read, read)).toEqual({ ok: false, reason: 'gone' });
	});

	it('update applies a one-field change on top of what another tab saved', async () => {
		const { quizzes } = repos();
		await quizzes.save(quiz);
		const read = (await quizzes.get(quiz.id))!;
		await quizzes.saveOver(read, { ...read, title: 'Renamed elsewhere' });
		await quizzes.update(quiz.id, (q) => ({ ...q, studentIds: { a: '1' } }));
		expect(await quizzes.get(quiz.id)).toMatchObject({
			title: 'Renamed elsewhere',
			studentIds: { a: '1' }
		});
	});
});
