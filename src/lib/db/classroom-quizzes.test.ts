import { describe, expect, it } from 'vitest';
import { quiz, repos, result } from './classroom.test-helpers';
import { answeredVersion, quizVersionId, withQuestions } from '$lib/quiz/versions';

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

	// Outsider teacher (issue 14): with results in, the questions were locked and "duplicate to
	// change it" put the class's later results in another quiz's report.
	it('changes the questions after results came in, each result keeping the version it answered', async () => {
		const { quizzes, results, decisions } = repos();
		await quizzes.save(quiz);
		const read = (await quizzes.get(quiz.id))!;
		const before = quizVersionId(read.questions);
		// A code from before versions (no `v`), one naming its version, one waiting for a choice.
		await results.add(result);
		await results.add({ ...result, attemptId: 'attempt-v', name: 'Mila', version: before });
		await results.add({ ...result, attemptId: 'attempt-two' });
		const changed = withQuestions(read, read.questions.slice(1));
		const written = await quizzes.saveOver(read, changed, { versions: true });
		expect(written.ok).toBe(true);
		expect((await quizzes.get(quiz.id))!.questions).toHaveLength(2);
		const stored = await results.list(quiz.id);
		expect(stored.map((r) => r.version)).toEqual([before, before]);
		const [waiting] = await decisions.listPending(quiz.id);
		expect(waiting.result.version).toBe(before);
		// Marked against the questions they answered, in this quiz's report.
		const now = (await quizzes.get(quiz.id))!;
		expect(answeredVersion(now, stored[0])).toMatchObject({ kind: 'earlier', number: 1 });
		expect(answeredVersion(now, stored[0]).questions).toEqual(read.questions);
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

	// Outsider teachers, issue 14: Rename, Close and Delete in a stale tab won without a word.
	it('changeOver refuses a rename begun before another tab renamed, and keeps its other edits', async () => {
		const { quizzes } = repos();
		await quizzes.save(quiz);
		const read = (await quizzes.get(quiz.id))!;
		const sameTitle = (a: typeof read, b: typeof read) => a.title === b.title;
		await quizzes.update(quiz.id, (q) => ({ ...q, studentIds: { a: '1' } }));
		// Another field changed there: the rename is written on top of it.
		const first = await quizzes.changeOver(read, (q) => ({ ...q, title: 'Rivers' }), sameTitle);
		expect(first.ok).toBe(true);
		expect(await quizzes.get(quiz.id)).toMatchObject({ title: 'Rivers', studentIds: { a: '1' } });
		// The title changed there since this tab read it: refused, nothing written.
		const stale = await quizzes.changeOver(read, (q) => ({ ...q, title: 'Lakes' }), sameTitle);
		expect(stale).toMatchObject({ ok: false, reason: 'changed', stored: { title: 'Rivers' } });
		expect((await quizzes.get(quiz.id))!.title).toBe('Rivers');
		await quizzes.remove(quiz.id);
		expect(await quizzes.changeOver(read, (q) => q, sameTitle)).toEqual({
			ok: false,
			reason: 'gone'
		});
	});

	it('removeOver deletes only the quiz and results the dialog named', async () => {
		const { quizzes, results } = repos();
		await quizzes.save(quiz);
		const read = (await quizzes.get(quiz.id))!;
		await results.add(result);
		expect(await quizzes.removeOver(read, 0)).toMatchObject({
			ok: false,
			reason: 'results',
			count: 1
		});
		await quizzes.update(quiz.id, (q) => ({ ...q, title: 'Renamed elsewhere' }));
		expect(await quizzes.removeOver(read, 1)).toMatchObject({ ok: false, reason: 'changed' });
		expect(await quizzes.get(quiz.id)).toBeDefined();
		expect(await results.count(quiz.id)).toBe(1);
		const now = (await quizzes.get(quiz.id))!;
		expect((await quizzes.removeOver(now, 1)).ok).toBe(true);
		expect(await quizzes.get(quiz.id)).toBeUndefined();
		expect(await results.count(quiz.id)).toBe(0);
		expect(await quizzes.deletedAt(quiz.id)).not.toBeNull();
	});
});
