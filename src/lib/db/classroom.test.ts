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
		attemptId: 'attempt-one',
		name: 'Vučić',
		answers: [0, true, 'x'],
		seconds: 10,
		finishedAt: 1
	};

	/** What a Svelte `$state` object is to IndexedDB: a Proxy, which structured clone refuses. */
	function proxied<T extends object>(value: T): T {
		const wrap = (v: unknown): unknown =>
			v && typeof v === 'object'
				? new Proxy(v as object, { get: (t, k) => wrap(Reflect.get(t, k)) })
				: v;
		return wrap(value) as T;
	}

	it('keeps quizzes, newest first, and reopens them', async () => {
		const { quizzes } = repos();
		await quizzes.save(quiz);
		await quizzes.save({ ...quiz, id: 'secondQuiz', createdAt: quiz.createdAt + 1 });
		expect((await quizzes.list()).map((q) => q.id)).toEqual(['secondQuiz', quiz.id]);
		expect(await quizzes.get(quiz.id)).toEqual(quiz);
	});

	it('the proxy helper really makes what IndexedDB refuses', () => {
		expect(() => structuredClone(proxied(result))).toThrow();
	});

	it('stores state proxies on every write path (save, add, keep both, replace)', async () => {
		const { quizzes, results } = repos();
		await quizzes.save(proxied(quiz));
		expect(await quizzes.get(quiz.id)).toEqual(quiz);
		expect((await results.add(proxied(result))).status).toBe('added');
		const ana = await results.add(proxied({ ...result, attemptId: 'attempt-two', name: 'vucic' }));
		expect(ana.status).toBe('same-name');
		if (ana.status !== 'same-name') return;
		await results.keepBoth(proxied(ana.result));
		const third = await results.add({ ...result, attemptId: 'attempt-three' });
		if (third.status !== 'same-name') throw new Error(third.status);
		await results.replace(proxied(third.result), proxied(third.previous.map((r) => r.key)));
		expect((await results.list(quiz.id)).map((r) => r.attemptId)).toEqual(['attempt-three']);
	});

	it('keeps a same-name result waiting across a reload until the teacher decides', async () => {
		const name = `classroom-test-${++counter}`;
		const first = new ResultRepository(new ClassroomDatabase(name));
		await first.add(result);
		const ana = await first.add({ ...result, attemptId: 'attempt-two', name: 'vucic ' });
		expect(ana.status).toBe('same-name');
		// A new page: a new connection, nothing held in memory.
		const db = new ClassroomDatabase(name);
		const reopened = new ResultRepository(db);
		const [waiting, ...more] = await reopened.listPending(quiz.id);
		expect(more).toEqual([]);
		expect(waiting.result.attemptId).toBe('attempt-two');
		expect(waiting.previous.map((r) => r.attemptId)).toEqual(['attempt-one']);
		expect(waiting.sameAttempt).toBe(false);
		// The same code again waits once.
		await reopened.add({ ...result, attemptId: 'attempt-two', name: 'vucic ' });
		expect(await reopened.listPending(quiz.id)).toHaveLength(1);
		await reopened.keepBoth(waiting.result);
		expect(await reopened.listPending(quiz.id)).toEqual([]);
		expect(await reopened.count(quiz.id)).toBe(2);
	});

	it('clears a waiting result on Replace and on Keep earlier only, and with its quiz', async () => {
		const { quizzes, results } = repos();
		await quizzes.save(quiz);
		// All in one millisecond, as on a fast machine: they must still list in the order scanned.
		const now = 1_790_000_000_000;
		await results.add(result, now);
		await results.add({ ...result, attemptId: 'attempt-two' }, now);
		await results.add({ ...result, attemptId: 'attempt-three' }, now);
		const [two, three] = await results.listPending(quiz.id);
		expect([two.result.attemptId, three.result.attemptId]).toEqual([
			'attempt-two',
			'attempt-three'
		]);
		await results.replace(
			two.result,
			two.previous.map((r) => r.key)
		);
		await results.discardPending(three.result);
		expect(await results.listPending(quiz.id)).toEqual([]);
		expect((await results.list(quiz.id)).map((r) => r.attemptId)).toEqual(['attempt-two']);
		await results.add({ ...result, attemptId: 'attempt-four' });
		expect(await results.listPending(quiz.id)).toHaveLength(1);
		await quizzes.remove(quiz.id);
		expect(await results.listPending(quiz.id)).toEqual([]);
	});

	it('an edited code of a stored attempt waits as the same attempt', async () => {
		const { results } = repos();
		await results.add(result);
		await results.add({ ...result, answers: [1, false, 'y'] });
		const [edited] = await results.listPending(quiz.id);
		expect(edited.sameAttempt).toBe(true);
		expect(edited.previous.map((r) => r.key)).toEqual([edited.result.key]);
	});

	it('an edited code set aside stays set aside; the original is still counted once', async () => {
		const { results } = repos();
		await results.add(result);
		const edited = { ...result, answers: [1, false, 'y'] };
		const first = await results.add(edited);
		if (first.status !== 'same-name') throw new Error(first.status);
		await results.discardPending(first.result);
		expect(await results.add(edited)).toMatchObject({ status: 'duplicate', decided: 'discarded' });
		expect(await results.add(result)).toMatchObject({ status: 'duplicate' });
		expect(await results.listPending(quiz.id)).toEqual([]);
		expect(await results.countPending(quiz.id)).toBe(0);
	});

	it('renames a result: two kept namesakes told apart, a later attempt compared by the new name', async () => {
		const { results } = repos();
		await results.add(result);
		const twin = await results.add({ ...result, attemptId: 'attempt-two' });
		if (twin.status !== 'same-name') throw new Error(twin.status);
		expect(await results.countPending(quiz.id)).toBe(1);
		await results.keepBoth(twin.result);
		await results.rename(twin.result.key, 'Vučić Marko');
		expect((await results.list(quiz.id)).map((r) => r.name)).toEqual(['Vučić', 'Vučić Marko']);
		const later = await results.add({ ...result, attemptId: 'attempt-three', name: 'vucic marko' });
		expect(later.status === 'same-name' && later.previous.map((r) => r.attemptId)).toEqual([
			'attempt-two'
		]);
		await expect(results.rename('nope', 'X')).rejects.toThrow();
	});

	it('counts the same attempt once, however often it is scanned', async () => {
		const { results } = repos();
		expect((await results.add(result)).status).toBe('added');
		expect((await results.add(result)).status).toBe('duplicate');
		expect(await results.count(quiz.id)).toBe(1);
	});

	it('two pupils with the same name and answers are two attempts; the teacher keeps both', async () => {
		const { results } = repos();
		await results.add(result);
		for (const name of ['Vučić', ' vucic ', 'VUČIĆ\u200b']) {
			const outcome = await results.add({ ...result, attemptId: `other-${name.length}`, name });
			expect(outcome.status).toBe('same-name');
		}
		const outcome = await results.add({ ...result, attemptId: 'attempt-two' });
		if (outcome.status !== 'same-name') throw new Error(outcome.status);
		expect(outcome.previous.map((r) => r.attemptId)).toEqual(['attempt-one']);
		expect(await results.count(quiz.id)).toBe(1);
		await results.keepBoth(outcome.result);
		expect(await results.count(quiz.id)).toBe(2);
	});

	it('names that fold alike meet: Đorđe Petrović is Dorde Petrovic', async () => {
		const { results } = repos();
		await results.add({ ...result, name: 'Đorđe Petrović' });
		const outcome = await results.add({ ...result, attemptId: 'a2', name: 'Dorde  Petrovic' });
		expect(outcome.status).toBe('same-name');
	});

	it('Replace earlier keeps the gradebook id typed for that student', async () => {
		const { quizzes, results } = repos();
		await results.add(result);
		const key = `${quiz.id}|attempt-one`;
		await quizzes.save({ ...quiz, studentIds: { [key]: 's-001' } });
		const retake = await results.add({ ...result, attemptId: 'retake', answers: [1, false, 'y'] });
		if (retake.status !== 'same-name') throw new Error(retake.status);
		await results.replace(
			retake.result,
			retake.previous.map((r) => r.key)
		);
		expect((await quizzes.get(quiz.id))?.studentIds?.[retake.result.key]).toBe('s-001');
	});

	it('replaces the earlier result only when asked', async () => {
		const { results } = repos();
		await results.add(result);
		const outcome = await results.add({ ...result, attemptId: 'retake', answers: [1, false, 'y'] });
		if (outcome.status !== 'same-name') throw new Error(outcome.status);
		expect((await results.list(quiz.id))[0].answers).toEqual([0, true, 'x']);
		await results.replace(
			outcome.result,
			outcome.previous.map((r) => r.key)
		);
		expect((await results.list(quiz.id)).map((r) => r.answers)).toEqual([[1, false, 'y']]);
	});

	it('a row stored before attempt ids is a duplicate of its own code, not of a namesake', async () => {
		const db = new ClassroomDatabase(`classroom-test-${++counter}`);
		const results = new ResultRepository(db);
		const { attemptId: _, ...old } = result;
		await db.results.add({
			...old,
			key: `${quiz.id}|vucic`,
			studentKey: 'vucic',
			importedAt: 1
		} as never);
		expect((await results.add({ ...result, attemptId: 'v1-abc' })).status).toBe('duplicate');
		const other = await results.add({ ...result, attemptId: 'v1-def', finishedAt: 2 });
		expect(other.status).toBe('same-name');
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
