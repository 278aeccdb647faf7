import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { acceptAnswer } from '$lib/quiz/regrade';
import { unusedTitle } from '$lib/quiz/titles';
import {
	exportClassroom,
	importClassroom,
	parseClassroomFile,
	previewClassroomImport
} from './classroom-backup';
import type { ClassroomFile } from './classroom-backup';
import type { ClassroomDatabase } from './classroom';
import { quiz, repos } from './classroom.test-helpers';

const SEED = 20261203;

/** The file as another device reads it (through the schema, as "Import a classroom file" does). */
function read(file: ClassroomFile): ClassroomFile {
	const parsed = parseClassroomFile(JSON.stringify(file));
	if (!parsed.ok) throw new Error(parsed.error);
	return parsed.value;
}

/** Everything the teacher sees of the device, stamps and row ids aside. */
async function state(db: ClassroomDatabase) {
	const file = await exportClassroom(db, 0);
	// Field order aside: a row read from a file follows the schema's order.
	const sorted = (_: string, value: unknown) =>
		value && typeof value === 'object' && !Array.isArray(value)
			? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
			: value;
	const strip = <T extends object>(rows: T[]) =>
		rows
			.map((row) => JSON.stringify({ ...row, updatedAt: undefined, revision: undefined }, sorted))
			.sort();
	return {
		quizzes: strip(file.quizzes),
		results: strip(file.results),
		pending: strip(file.pending),
		decided: strip(file.decided),
		deletedQuizzes: file.deletedQuizzes.map((d) => d.id).sort()
	};
}

/** Each step acts on one of the quizzes on the device (`quiz`: its index, wrapping). */
type Step = { quiz: number } & (
	| { kind: 'add'; name: number }
	| { kind: 'rename'; which: number; name: number }
	| { kind: 'accept'; question: number; typed: number }
	| { kind: 'remove'; which: number }
	| { kind: 'title'; title: number }
	| { kind: 'new quiz' }
	| { kind: 'delete quiz' }
);

const onQuiz = { quiz: fc.nat(3) };
const stepArb: fc.Arbitrary<Step> = fc.oneof(
	fc.record({ ...onQuiz, kind: fc.constant('add' as const), name: fc.nat(5) }),
	fc.record({ ...onQuiz, kind: fc.constant('rename' as const), which: fc.nat(9), name: fc.nat(5) }),
	fc.record({
		...onQuiz,
		kind: fc.constant('accept' as const),
		question: fc.nat(2),
		typed: fc.nat(3)
	}),
	fc.record({ ...onQuiz, kind: fc.constant('remove' as const), which: fc.nat(9) }),
	fc.record({ ...onQuiz, kind: fc.constant('title' as const), title: fc.nat(3) }),
	fc.record({ ...onQuiz, kind: fc.constant('new quiz' as const) }),
	fc.record({ ...onQuiz, kind: fc.constant('delete quiz' as const) })
);

let attempts = 0;
let made = 0;

/** Plays the teacher's steps through the real repositories (a rename, "Accept this answer"…). */
async function play(r: ReturnType<typeof repos>, steps: Step[]) {
	for (const step of steps) {
		if (step.kind === 'new quiz') {
			await r.quizzes.save({ ...quiz, id: `quiz-${++made}`, createdAt: Date.now() });
			continue;
		}
		const quizzes = await r.quizzes.list();
		const current = quizzes[step.quiz % Math.max(1, quizzes.length)];
		if (!current) continue;
		if (step.kind === 'delete quiz') {
			await r.quizzes.remove(current.id);
			continue;
		}
		const stored = await r.results.list(current.id);
		const row = stored[('which' in step ? step.which : 0) % Math.max(1, stored.length)];
		if (step.kind === 'add')
			await r.results.add({
				quizId: current.id,
				attemptId: `attempt-${++attempts}`,
				// Names may repeat: the second waits for a same-name choice.
				name: `Pupil ${step.name}`,
				answers: [0, true, 'x'],
				seconds: 5,
				finishedAt: attempts
			});
		else if (step.kind === 'rename' && row) await r.results.rename(row.key, `Renamed ${step.name}`);
		else if (step.kind === 'remove' && row) await r.results.remove(row.key);
		else if (step.kind === 'accept') {
			const questions = current.questions.map((q, i) =>
				i === step.question && q.type !== 'mcq' ? acceptAnswer(q, `typed ${step.typed}`) : q
			);
			await r.quizzes.save({ ...current, questions });
		} else if (step.kind === 'title')
			await r.quizzes.save({ ...current, title: `Week ${step.title}` });
	}
}

// Outsider teacher: importing the morning's backup undid a rename and an accepted answer, and
// brought back a quiz deleted since.
describe('merging a classroom file', () => {
	afterEach(() => {
		vi.restoreAllMocks();
	});

	it('an older file changes nothing, also on a new laptop; the device’s own export is a no-op', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(stepArb, { maxLength: 8 }),
				fc.array(stepArb, { minLength: 1, maxLength: 8 }),
				async (before, after) => {
					const r = repos();
					await r.quizzes.save(quiz);
					await play(r, before);
					const backup = read(await exportClassroom(r.db));
					await play(r, after);
					const now = await state(r.db);
					await importClassroom(backup, r.db);
					expect(await state(r.db)).toEqual(now);
					const latest = read(await exportClassroom(r.db));
					await importClassroom(latest, r.db);
					expect(await state(r.db)).toEqual(now);
					// The new laptop knows what was deleted, and the morning's file adds nothing there.
					const laptop = repos();
					await importClassroom(latest, laptop.db);
					await importClassroom(backup, laptop.db);
					expect(await state(laptop.db)).toEqual(now);
				}
			),
			{ numRuns: 40, seed: SEED }
		);
	});

	it('a result renamed and removed in one millisecond stays removed (fuzz counterexample)', async () => {
		// npm run fuzz, seed 2005: the rename's stamp ran a millisecond ahead of the clock, the
		// removal was stamped by the clock, so the morning's file looked newer and brought it back.
		vi.spyOn(Date, 'now').mockReturnValue(Date.UTC(2026, 11, 5, 9));
		const r = repos();
		await r.quizzes.save(quiz);
		await r.results.add({ ...resultOf('Ana'), attemptId: 'ana' });
		await r.results.rename(`${quiz.id}|ana`, 'Ana Petrović');
		const backup = read(await exportClassroom(r.db));
		await r.results.remove(`${quiz.id}|ana`);
		const now = await state(r.db);
		expect(await previewClassroomImport(backup, r.db)).toMatchObject({
			results: { removedHere: 1, added: 0 }
		});
		await importClassroom(backup, r.db);
		expect(await state(r.db)).toEqual(now);
		expect(await r.results.list(quiz.id)).toEqual([]);
	});

	it('keeps a later rename and accepted answer, and says so in the preview', async () => {
		const r = repos();
		await r.quizzes.save(quiz);
		await r.results.add({ ...resultOf('Carla'), attemptId: 'carla' });
		await r.results.add({ ...resultOf('Dmitri'), attemptId: 'dmitri' });
		const backup = read(await exportClassroom(r.db));
		await r.results.rename(`${quiz.id}|carla`, 'Carla Moreno');
		const current = (await r.quizzes.get(quiz.id))!;
		const questions = current.questions.map((q, i) => (i === 2 ? acceptAnswer(q, 'y') : q));
		await r.quizzes.save({ ...current, questions });
		expect(await previewClassroomImport(backup, r.db)).toMatchObject({
			quizzes: { same: 0, newerHere: 1, newerInFile: 0 },
			results: { same: 1, newerHere: 1, newerInFile: 0 }
		});
		await importClassroom(backup, r.db);
		expect((await r.results.list(quiz.id)).map((x) => x.name)).toEqual(['Carla Moreno', 'Dmitri']);
		expect((await r.quizzes.get(quiz.id))!.questions[2].judged).toEqual({ y: true });
		// The other way round, the corrected copy is newer and replaces the morning's.
		const laptop = repos();
		await importClassroom(backup, laptop.db);
		const corrected = read(await exportClassroom(r.db));
		expect(await previewClassroomImport(corrected, laptop.db)).toMatchObject({
			quizzes: { newerInFile: 1 },
			results: { same: 1, newerInFile: 1 }
		});
		await importClassroom(corrected, laptop.db);
		expect((await laptop.results.list(quiz.id)).map((x) => x.name)).toEqual([
			'Carla Moreno',
			'Dmitri'
		]);
	});

	it('a quiz deleted here stays deleted unless the file’s copy was edited after the deletion', async () => {
		await fc.assert(
			fc.asyncProperty(fc.boolean(), async (editedLater) => {
				// The laptop deletes the quiz at noon; the school PC edits its copy at 11:00 or 13:00.
				const clock = vi.spyOn(Date, 'now').mockReturnValue(Date.UTC(2026, 11, 3, 9));
				const laptop = repos();
				const school = repos();
				await laptop.quizzes.save(quiz);
				await laptop.results.add({ ...resultOf('Ana'), attemptId: 'ana' });
				await importClassroom(read(await exportClassroom(laptop.db)), school.db);
				clock.mockReturnValue(Date.UTC(2026, 11, 3, 12));
				await laptop.quizzes.remove(quiz.id);
				clock.mockReturnValue(Date.UTC(2026, 11, 3, editedLater ? 13 : 11));
				await school.quizzes.update(quiz.id, (q) => ({ ...q, title: 'Week 4' }));
				const file = read(await exportClassroom(school.db));
				expect(await previewClassroomImport(file, laptop.db)).toMatchObject(
					editedLater
						? { quizzes: { added: 1, removedHere: 0 }, results: { added: 1 } }
						: { quizzes: { added: 0, removedHere: 1 }, results: { added: 0, ofDeletedQuiz: 1 } }
				);
				await importClassroom(file, laptop.db);
				expect((await laptop.quizzes.list()).map((q) => q.title)).toEqual(
					editedLater ? ['Week 4'] : []
				);
				expect(await laptop.results.list(quiz.id)).toHaveLength(editedLater ? 1 : 0);
				clock.mockRestore();
			}),
			{ numRuns: 4, seed: SEED }
		);
	});
});

// Outsider teacher from Moodle: a file saved before a deletion said "1 quiz you deleted here
// after this file was saved: it stays deleted" and offered no way back, which she called data loss.
describe('restoring what was deleted from a classroom file', () => {
	it('brings back the quizzes the teacher ticks, with their results; nothing else changes', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(stepArb, { maxLength: 8 }),
				fc.array(stepArb, { minLength: 1, maxLength: 8 }),
				fc.array(fc.boolean(), { maxLength: 6 }),
				async (before, after, ticks) => {
					const r = repos();
					await r.quizzes.save(quiz);
					await play(r, before);
					const backup = read(await exportClassroom(r.db));
					await play(r, after);
					const { deletedHere } = await previewClassroomImport(backup, r.db);
					const restore = new Set(deletedHere.filter((_, i) => ticks[i]).map((d) => d.id));
					const untouched = await state(r.db);
					const beforeRestore = read(await exportClassroom(r.db));
					const titlesHere = (await r.quizzes.list()).map((q) => q.title);
					await importClassroom(backup, r.db, { restore });
					for (const id of restore) {
						const stored = await r.quizzes.get(id);
						const inFile = backup.quizzes.find((q) => q.id === id)!;
						// As the file has it, numbered apart when a quiz here has its title, as an added
						// quiz is (seed 2003 ×5 met it after 4c0cd413 numbered restored quizzes too).
						expect({ ...stored, updatedAt: 0, revision: '' }).toEqual({
							...inFile,
							title: unusedTitle(inFile.title, titlesHere),
							updatedAt: 0,
							revision: ''
						});
						expect((await r.results.list(id)).map((x) => x.key).sort()).toEqual(
							backup.results
								.filter((x) => x.quizId === id)
								.map((x) => x.key)
								.sort()
						);
					}
					for (const { id } of deletedHere)
						if (!restore.has(id)) expect(await r.quizzes.get(id)).toBeUndefined();
					expect(without(await state(r.db), restore)).toEqual(without(untouched, restore));
					// A second device that knew of the deletion gets the restore from the next file.
					const laptop = repos();
					await importClassroom(beforeRestore, laptop.db);
					await importClassroom(read(await exportClassroom(r.db)), laptop.db);
					expect(await state(laptop.db)).toEqual(await state(r.db));
				}
			),
			{ numRuns: 40, seed: SEED }
		);
	});

	it('numbers a restored quiz apart from a new one of its title, on both devices (fuzz counterexample)', async () => {
		// npm run fuzz, seed 2002: the restore kept two quizzes of one title here, while the
		// laptop that knew of the deletion numbered the restored one "(2)" on import.
		const r = repos();
		await r.quizzes.save(quiz);
		const backup = read(await exportClassroom(r.db));
		await play(r, [
			{ quiz: 0, kind: 'delete quiz' },
			{ quiz: 0, kind: 'new quiz' }
		]);
		const beforeRestore = read(await exportClassroom(r.db));
		await importClassroom(backup, r.db, { restore: new Set([quiz.id]) });
		expect((await r.quizzes.list()).map((q) => q.title).sort()).toEqual([
			quiz.title,
			`${quiz.title} (2)`
		]);
		const laptop = repos();
		await importClassroom(beforeRestore, laptop.db);
		await importClassroom(read(await exportClassroom(r.db)), laptop.db);
		expect(await state(laptop.db)).toEqual(await state(r.db));
	});

	it('the teacher’s steps: export, delete, import names the quiz; ticking it restores it', async () => {
		const r = repos();
		await r.quizzes.save({ ...quiz, title: 'Week 3 check' });
		await r.results.add({ ...resultOf('Ana'), attemptId: 'ana' });
		await r.results.add({ ...resultOf('Ben'), attemptId: 'ben' });
		const backup = read(await exportClassroom(r.db));
		await r.quizzes.remove(quiz.id, Date.UTC(2027, 0, 4, 12));
		const kept = await previewClassroomImport(backup, r.db);
		expect(kept.deletedHere).toEqual([
			{ id: quiz.id, title: 'Week 3 check', deletedAt: Date.UTC(2027, 0, 4, 12), results: 2 }
		]);
		expect(kept.quizzes).toMatchObject({ removedHere: 1, restored: 0 });
		const restore = new Set([quiz.id]);
		expect(await previewClassroomImport(backup, r.db, { restore })).toMatchObject({
			quizzes: { removedHere: 0, restored: 1 },
			results: { added: 2, removedHere: 0 }
		});
		await importClassroom(backup, r.db, { restore });
		expect((await r.quizzes.list()).map((q) => q.title)).toEqual(['Week 3 check']);
		expect((await r.results.list(quiz.id)).map((x) => x.name)).toEqual(['Ana', 'Ben']);
		expect(await r.db.deletedQuizzes.count()).toBe(0);
		// Restored, it is a quiz like any other: the same file again changes nothing.
		expect(await previewClassroomImport(backup, r.db)).toMatchObject({
			quizzes: { same: 1, removedHere: 0 },
			deletedHere: []
		});
	});
});

/** A device's state (`state`) without the rows of the quizzes `ids`. */
function without(s: Awaited<ReturnType<typeof state>>, ids: ReadonlySet<string>) {
	const keep = (row: string) => {
		const parsed = JSON.parse(row) as { id?: string; quizId?: string };
		return !ids.has(parsed.quizId ?? parsed.id ?? '');
	};
	return {
		quizzes: s.quizzes.filter(keep),
		results: s.results.filter(keep),
		pending: s.pending.filter(keep),
		decided: s.decided.filter(keep),
		deletedQuizzes: s.deletedQuizzes.filter((id) => !ids.has(id))
	};
}

function resultOf(name: string) {
	return { quizId: quiz.id, name, answers: [0, true, 'x'], seconds: 5, finishedAt: 1 };
}
