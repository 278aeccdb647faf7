import { describe, expect, it } from 'vitest';
import { changedAt, ClassroomDatabase } from './classroom';
import { ResultRepository } from './classroom-results';
import { freshName, proxied, quiz, repos, result } from './classroom.test-helpers';

describe('classroom results', () => {
	it('the proxy helper really makes what IndexedDB refuses', () => {
		expect(() => structuredClone(proxied(result))).toThrow();
	});

	it('stores state proxies on every write path (save, add, keep both, replace)', async () => {
		const { quizzes, results, decisions } = repos();
		await quizzes.save(proxied(quiz));
		expect(await quizzes.get(quiz.id)).toEqual({
			...quiz,
			updatedAt: expect.any(Number),
			revision: expect.any(String)
		});
		expect((await results.add(proxied(result))).status).toBe('added');
		const ana = await results.add(proxied({ ...result, attemptId: 'attempt-two', name: 'vucic' }));
		expect(ana.status).toBe('same-name');
		if (ana.status !== 'same-name') return;
		await decisions.keepBoth(proxied(ana.result));
		const third = await results.add({ ...result, attemptId: 'attempt-three' });
		if (third.status !== 'same-name') throw new Error(third.status);
		await decisions.replace(proxied(third.result), third.previous[0].key);
		expect((await results.list(quiz.id)).map((r) => r.attemptId)).toEqual([
			'attempt-two',
			'attempt-three'
		]);
	});

	it('an edited code of a stored attempt waits as the same attempt', async () => {
		const { results, decisions } = repos();
		await results.add(result);
		await results.add({ ...result, answers: [1, false, 'y'] });
		const [edited] = await decisions.listPending(quiz.id);
		expect(edited.sameAttempt).toBe(true);
		expect(edited.previous.map((r) => r.key)).toEqual([edited.result.key]);
	});

	it('renames a result: two kept namesakes told apart, a later attempt compared by the new name', async () => {
		const { results, decisions } = repos();
		await results.add(result);
		const twin = await results.add({ ...result, attemptId: 'attempt-two' });
		if (twin.status !== 'same-name') throw new Error(twin.status);
		expect(await decisions.countPending(quiz.id)).toBe(1);
		await decisions.keepBoth(twin.result);
		await results.rename(twin.result.key, 'Vučić Marko');
		expect((await results.list(quiz.id)).map((r) => r.name)).toEqual(['Vučić', 'Vučić Marko']);
		const later = await results.add({ ...result, attemptId: 'attempt-three', name: 'vucic marko' });
		expect(later.status === 'same-name' && later.previous.map((r) => r.attemptId)).toEqual([
			'attempt-two'
		]);
		await expect(results.rename('nope', 'X')).rejects.toThrow();
	});

	it('a removed result is remembered: any code of that attempt asks first, until added back', async () => {
		const { results, db } = repos();
		await results.add(result);
		await results.add({ ...result, attemptId: 'attempt-two', name: 'Mia' });
		await results.rename(`${quiz.id}|attempt-one`, 'Marko Vučić');
		const stamp = changedAt((await db.results.get(`${quiz.id}|attempt-one`))!);
		await results.remove(`${quiz.id}|attempt-one`, 5);
		expect((await results.list(quiz.id)).map((r) => r.name)).toEqual(['Mia']);
		// Decided at the time given, or just after the result's last stamp when the clock given
		// (5 ms) is behind it: an older file must not look newer than the removal.
		expect(await db.decided.toArray()).toMatchObject([
			{ key: `${quiz.id}|attempt-one`, decision: 'removed', decidedAt: stamp + 1 }
		]);
		// The same code, and an edited code of the same attempt: neither is stored.
		// Under the name the teacher gave it, which "Add it back" keeps.
		expect(await results.add(result)).toMatchObject({
			status: 'removed',
			result: { name: 'Marko Vučić' }
		});
		const edited = { ...result, answers: [1, false, 'y'] };
		expect(await results.add(edited)).toMatchObject({ status: 'removed' });
		expect(await results.count(quiz.id)).toBe(1);
		expect(await db.pending.count()).toBe(0);
		// Another pupil of the same name is not the removed attempt: added as usual.
		expect((await results.add({ ...result, attemptId: 'attempt-three' })).status).toBe('added');
		const back = await results.add(result);
		if (back.status !== 'removed') throw new Error(back.status);
		expect(await results.addBack(back.result)).toMatchObject({ status: 'added' });
		expect((await results.list(quiz.id)).map((r) => r.name).sort()).toEqual([
			'Marko Vučić',
			'Mia',
			'Vučić'
		]);
		expect(await db.decided.count()).toBe(0);
		await results.remove('no-such-key');
		expect(await db.decided.count()).toBe(0);
	});

	it('counts the same attempt once, however often it is scanned', async () => {
		const { results } = repos();
		expect((await results.add(result)).status).toBe('added');
		expect((await results.add(result)).status).toBe('duplicate');
		expect(await results.count(quiz.id)).toBe(1);
	});

	it('two pupils with the same name and answers are two attempts; the teacher keeps both', async () => {
		const { results, decisions } = repos();
		await results.add(result);
		for (const name of ['Vučić', ' vucic ', 'VUČIĆ\u200b']) {
			const outcome = await results.add({ ...result, attemptId: `other-${name.length}`, name });
			expect(outcome.status).toBe('same-name');
		}
		const outcome = await results.add({ ...result, attemptId: 'attempt-two' });
		if (outcome.status !== 'same-name') throw new Error(outcome.status);
		expect(outcome.previous.map((r) => r.attemptId)).toEqual(['attempt-one']);
		expect(await results.count(quiz.id)).toBe(1);
		await decisions.keepBoth(outcome.result);
		expect(await results.count(quiz.id)).toBe(2);
	});

	it('names that fold alike meet: Đorđe Petrović is Dorde Petrovic', async () => {
		const { results } = repos();
		await results.add({ ...result, name: 'Đorđe Petrović' });
		const outcome = await results.add({ ...result, attemptId: 'a2', name: 'Dorde  Petrovic' });
		expect(outcome.status).toBe('same-name');
	});

	it('a row stored before attempt ids is a duplicate of its own code, not of a namesake', async () => {
		const db = new ClassroomDatabase(freshName());
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
});
