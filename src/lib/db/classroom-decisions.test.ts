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
		await decisions.replace(two.result, two.previous[0].key);
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
		await decisions.replace(retake.result, retake.previous[0].key);
		expect((await quizzes.get(quiz.id))?.studentIds?.[retake.result.key]).toBe('s-001');
	});

	it('replaces the earlier result only when asked', async () => {
		const { results, decisions } = repos();
		await results.add(result);
		const outcome = await results.add({ ...result, attemptId: 'retake', answers: [1, false, 'y'] });
		if (outcome.status !== 'same-name') throw new Error(outcome.status);
		expect((await results.list(quiz.id))[0].answers).toEqual([0, true, 'x']);
		await decisions.replace(outcome.result, outcome.previous[0].key);
		expect((await results.list(quiz.id)).map((r) => r.answers)).toEqual([[1, false, 'y']]);
	});

	it('two kept Anas: Replace replaces only the one chosen; ids stay put; it can come back', async () => {
		const { quizzes, results, decisions } = repos();
		const ana = { ...result, name: 'Ana' };
		await quizzes.save(quiz);
		await results.add({ ...ana, attemptId: 'ana-1' });
		const second = await results.add({ ...ana, attemptId: 'ana-2', answers: [1, true, 'x'] });
		if (second.status !== 'same-name') throw new Error(second.status);
		await decisions.keepBoth(second.result);
		const key = (attempt: string) => `${quiz.id}|${attempt}`;
		const ids = { [key('ana-1')]: 'S1001', [key('ana-2')]: 'S1002' };
		await quizzes.save({ ...quiz, studentIds: ids });
		const third = await results.add({ ...ana, attemptId: 'ana-3', name: 'ána', finishedAt: 9 });
		if (third.status !== 'same-name') throw new Error(third.status);
		expect(third.previous.map((r) => r.attemptId).sort()).toEqual(['ana-1', 'ana-2']);

		await decisions.replace(third.result, key('ana-1'));
		const left = (await results.list(quiz.id)).map((r) => r.attemptId);
		expect(left.sort()).toEqual(['ana-2', 'ana-3']);
		// The new result takes the id of the one it replaced, never the other Ana's.
		const after = (await quizzes.get(quiz.id))?.studentIds ?? {};
		expect(after[key('ana-2')]).toBe('S1002');
		expect(after[key('ana-3')]).toBe('S1001');

		// The replaced Ana's code pasted again offers "Add it back", which stores it as new.
		const again = await results.add({ ...ana, attemptId: 'ana-1' });
		expect(again).toMatchObject({ status: 'removed', replaced: true });
		const back = await results.addBack(again.result);
		expect(back.status).toBe('same-name');
		if (back.status !== 'same-name') throw new Error(back.status);
		await decisions.keepBoth(back.result);
		expect((await results.list(quiz.id)).map((r) => r.attemptId).sort()).toEqual([
			'ana-1',
			'ana-2',
			'ana-3'
		]);
	});

	it('Keep earlier only in the report (Rename) refuses the later retake, unlike Remove', async () => {
		// Outsider teacher: it called Remove, so the retake's code pasted again asked "add it back?".
		const { results, decisions } = repos();
		await results.add(result);
		const retake = { ...result, attemptId: 'attempt-two', name: 'Ana', finishedAt: 2 };
		expect(await results.add(retake)).toMatchObject({ status: 'added' });
		await decisions.setAsideStored(`${quiz.id}|attempt-two`, 'discarded');
		expect((await results.list(quiz.id)).map((r) => r.attemptId)).toEqual(['attempt-one']);
		expect(await results.add(retake)).toMatchObject({ status: 'duplicate', decided: 'discarded' });
		expect(await results.count(quiz.id)).toBe(1);
		// Replace in the report: the other result's code pasted again says it was replaced.
		await decisions.setAsideStored(`${quiz.id}|attempt-one`, 'replaced');
		expect(await results.add(result)).toMatchObject({ status: 'removed', replaced: true });
		// Remove still asks.
		const other = { ...result, attemptId: 'attempt-three', name: 'Mia' };
		await results.add(other);
		await results.remove(`${quiz.id}|attempt-three`);
		const again = await results.add(other);
		expect(again.status).toBe('removed');
		expect(again).not.toHaveProperty('replaced');
		// Nothing happens for a key no result has.
		await decisions.setAsideStored('nobody', 'discarded');
		expect(await results.count(quiz.id)).toBe(0);
	});

	it('lists every attempt set aside (refused, removed, replaced) for the report, once each, never one back in it', async () => {
		const { quizzes, results, decisions } = repos();
		await quizzes.save(quiz);
		const now = 1_790_000_000_000;
		await results.add(result, now);
		await results.add({ ...result, attemptId: 'attempt-two' }, now + 1);
		await results.add({ ...result, attemptId: 'attempt-three' }, now + 2);
		const [two, three] = await decisions.listPending(quiz.id);
		await decisions.discardPending(two.result, now + 3);
		await decisions.discardPending(three.result, now + 4);
		const refused = await decisions.listSetAside(quiz.id);
		expect(refused.map((r) => [r.attemptId, r.decision])).toEqual([
			['attempt-two', 'discarded'],
			['attempt-three', 'discarded']
		]);
		// A removed result is listed too (it left no trace in the report), as removed.
		await results.remove(`${quiz.id}|attempt-one`, now + 5);
		const listed = await decisions.listSetAside(quiz.id);
		// One name and finish time: any order of the three.
		expect(listed.map((r) => [r.attemptId, r.decision]).sort()).toEqual([
			['attempt-one', 'removed'],
			['attempt-three', 'discarded'],
			['attempt-two', 'discarded']
		]);
		// Added back, it is in the report again and no longer listed; nor is another quiz's.
		expect(await results.addBack(result, now + 6)).toMatchObject({ status: 'added' });
		expect((await decisions.listSetAside(quiz.id)).map((r) => r.attemptId)).toEqual([
			'attempt-two',
			'attempt-three'
		]);
		expect(await decisions.listSetAside('another-quiz')).toEqual([]);
	});

	// Issue 14: a choice pressed in a stale tab undid the choice another tab had made.
	it('a same-name choice already made in another tab writes nothing', async () => {
		const { quizzes, results, decisions } = repos();
		await quizzes.save(quiz);
		await results.add(result);
		await results.add({ ...result, attemptId: 'attempt-two' });
		const [two] = await decisions.listPending(quiz.id);
		// One tab: Keep earlier only. The other, still showing the choice: Replace, Keep both.
		expect(await decisions.discardPending(two.result)).toBe('done');
		expect(await decisions.replace(two.result, two.previous[0].key)).toBe('decided');
		expect(await decisions.keepBoth(two.result)).toBe('decided');
		expect(await decisions.discardPending(two.result)).toBe('decided');
		expect((await results.list(quiz.id)).map((r) => r.attemptId)).toEqual(['attempt-one']);
		expect((await decisions.listSetAside(quiz.id)).map((r) => r.decision)).toEqual(['discarded']);
	});
});

describe('Replace keeps the earlier display name (outsider teacher, session 37)', () => {
	it('a retake spelled "ben o\'brien" replaces "Ben O\'Brien" under the earlier spelling', async () => {
		const { results, decisions } = repos();
		await results.add({ ...result, name: "Ben O'Brien" });
		const retake = await results.add({ ...result, attemptId: 'attempt-two', name: "ben o'brien" });
		if (retake.status !== 'same-name') throw new Error(retake.status);
		// Both stored at once: the retake waits in storage before any choice.
		expect((await decisions.listPending(quiz.id)).map((p) => p.result.attemptId)).toEqual([
			'attempt-two'
		]);
		await decisions.replace(retake.result, retake.previous[0].key);
		const [kept, ...more] = await results.list(quiz.id);
		expect(more).toEqual([]);
		expect(kept.attemptId).toBe('attempt-two');
		expect(kept.name).toBe("Ben O'Brien");
	});
});
