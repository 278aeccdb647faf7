import { describe, expect, it } from 'vitest';
import { ClassroomDatabase } from './classroom';
import { DecisionRepository } from './classroom-decisions';
import { ResultRepository } from './classroom-results';
import { freshName, quiz, repos, result } from './classroom.test-helpers';

describe('classroom same-name decisions', () => {
	it('keeps a same-name result waiting across a reload until the teacher decides', async () => {
		const name = freshName();
		const first = new ResultRepository(new ClassroomDatabase(name));
		await first.add(result);
		const ana = await first.add({ ...result, attemptId: 'attempt-two', name: 'vucic ' });
		expect(ana.status).toBe('same-name');
		// A new page: a new connection, nothing held in memory.
		const db = new ClassroomDatabase(name);
		const reopened = new ResultRepository(db);
		const decisions = new DecisionRepository(db);
		const [waiting, ...more] = await decisions.listPending(quiz.id);
		expect(more).toEqual([]);
		expect(waiting.result.attemptId).toBe('attempt-two');
		expect(waiting.previous.map((r) => r.attemptId)).toEqual(['attempt-one']);
		expect(waiting.sameAttempt).toBe(false);
		// The same code again waits once.
		await reopened.add({ ...result, attemptId: 'attempt-two', name: 'vucic ' });
		expect(await decisions.listPending(quiz.id)).toHaveLength(1);
		await decisions.keepBoth(waiting.result);
		expect(await decisions.listPending(quiz.id)).toEqual([]);
		expect(await reopened.count(quiz.id)).toBe(2);
	});

	it('clears a waiting result on Replace and on Keep earlier only, and with its quiz', async () => {
		const { quizzes, results, decisions } = repos();
		await quizzes.save(quiz);
		// All in one millisecond, as on a fast machine: they must still list in the order scanned.
		const now = 1_790_000_000_000;
		await results.add(result, now);
		await results.add({ ...result, attemptId: 'attempt-two' }, now);
		await results.add({ ...result, attemptId: 'attempt-three' }, now);
		const [two, three] = await decisions.listPending(quiz.id);
		expect([two.result.attemptId, three.result.attemptId]).toEqual([
			'attempt-two',
			'attempt-three'
		]);
		await decisions.replace(
			two.result,
			two.previous.map((r) => r.key)
		);
		await decisions.discardPending(three.result);
		expect(await decisions.listPending(quiz.id)).toEqual([]);
		expect((await results.list(quiz.id)).map((r) => r.attemptId)).toEqual(['attempt-two']);
		await results.add({ ...result, attemptId: 'attempt-four' });
		expect(await decisions.listPending(quiz.id)).toHaveLength(1);
		await quizzes.remove(quiz.id);
		expect(await decisions.listPending(quiz.id)).toEqual([]);
	});

	it('an edited code set aside stays set aside; the original is still counted once', async () => {
		const { results, decisions } = repos();
		await results.add(result);
		const edited = { ...result, answers: [1, false, 'y'] };
		const first = await results.add(edited);
		if (first.status !== 'same-name') throw new Error(first.status);
		await decisions.discardPending(first.result);
		expect(await results.add(edited)).toMatchObject({ status: 'duplicate', decided: 'discarded' });
		expect(await results.add(result)).toMatchObject({ status: 'duplicate' });
		expect(await decisions.listPending(quiz.id)).toEqual([]);
		expect(await decisions.countPending(quiz.id)).toBe(0);
	});

	it('Replace earlier keeps the gradebook id typed for that student', async () => {
		const { quizzes, results, decisions } = repos();
		await results.add(result);
		const key = `${quiz.id}|attempt-one`;
		await quizzes.save({ ...quiz, studentIds: { [key]: 's-001' } });
		const retake = await results.add({ ...result, attemptId: 'retake', answers: [1, false, 'y'] });
		if (retake.status !== 'same-name') throw new Error(retake.status);
		await decisions.replace(
			retake.result,
			retake.previous.map((r) => r.key)
		);
		expect((await quizzes.get(quiz.id))?.studentIds?.[retake.result.key]).toBe('s-001');
	});

	it('replaces the earlier result only when asked', async () => {
		const { results, decisions } = repos();
		await results.add(result);
		const outcome = await results.add({ ...result, attemptId: 'retake', answers: [1, false, 'y'] });
		if (outcome.status !== 'same-name') throw new Error(outcome.status);
		expect((await results.list(quiz.id))[0].answers).toEqual([0, true, 'x']);
		await decisions.replace(
			outcome.result,
			outcome.previous.map((r) => r.key)
		);
		expect((await results.list(quiz.id)).map((r) => r.answers)).toEqual([[1, false, 'y']]);
	});
});
