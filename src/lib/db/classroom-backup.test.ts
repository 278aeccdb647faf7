import { describe, expect, it } from 'vitest';
import { ClassroomDatabase } from './classroom';
import { DecisionRepository } from './classroom-decisions';
import { QuizRepository } from './classroom-quizzes';
import { ResultRepository } from './classroom-results';
import {
	exportClassroom,
	importClassroom,
	parseClassroomFile,
	previewClassroomImport
} from './classroom-backup';
import { makeQuiz, syntheticQuestions } from '$lib/quiz/fixtures.test-helpers';
import { encodeQuiz } from '$lib/quiz/quiz-code';
import { emptyKind } from './classroom-merge';

let counter = 0;
const newDb = () => new ClassroomDatabase(`classroom-backup-test-${++counter}`);
const base = makeQuiz(syntheticQuestions(3));
const quiz = {
	...base,
	code: encodeQuiz(base),
	group: '7B',
	closedAt: 9,
	studentIds: { Ana: 's1' }
};
const result = {
	quizId: quiz.id,
	attemptId: 'attempt01',
	name: 'Vučić',
	answers: [0, true, 'x'],
	seconds: 10,
	finishedAt: 1000
};

const none = emptyKind();

async function filled() {
	const db = newDb();
	await new QuizRepository(db).save(quiz);
	await new ResultRepository(db).add(result);
	return db;
}

describe('classroom backup', () => {
	it('round-trips every quiz and result to another device', async () => {
		const file = await exportClassroom(await filled(), 5);
		const parsed = parseClassroomFile(JSON.stringify(file));
		if (!parsed.ok) throw new Error(parsed.error);
		const other = newDb();
		expect(await previewClassroomImport(parsed.value, other)).toEqual({
			quizzes: { ...none, added: 1 },
			results: { ...none, added: 1 },
			waitingResults: 0,
			deletedHere: []
		});
		await importClassroom(parsed.value, other);
		expect(await new QuizRepository(other).get(quiz.id)).toEqual({
			...quiz,
			updatedAt: expect.any(Number),
			revision: expect.any(String)
		});
		expect((await new ResultRepository(other).list(quiz.id)).map((r) => r.name)).toEqual(['Vučić']);
		expect(await previewClassroomImport(parsed.value, other)).toEqual({
			quizzes: { ...none, same: 1 },
			results: { ...none, same: 1 },
			waitingResults: 0,
			deletedHere: []
		});
	});

	it('carries the results waiting for a same-name choice, and the choices made, to a new laptop', async () => {
		const db = await filled();
		const repo = new ResultRepository(db);
		const retake = await repo.add({ ...result, attemptId: 'attempt02', finishedAt: 2000 });
		const kept = await repo.add({ ...result, attemptId: 'attempt03', finishedAt: 3000 });
		if (retake.status !== 'same-name' || kept.status !== 'same-name') throw new Error('no wait');
		await new DecisionRepository(db).discardPending(kept.result);
		const parsed = parseClassroomFile(JSON.stringify(await exportClassroom(db)));
		if (!parsed.ok) throw new Error(parsed.error);
		const laptop = newDb();
		expect(await previewClassroomImport(parsed.value, laptop)).toMatchObject({
			results: { added: 1 },
			waitingResults: 1,
			deletedHere: []
		});
		await importClassroom(parsed.value, laptop);
		const there = new ResultRepository(laptop);
		const [waiting, ...none] = await new DecisionRepository(laptop).listPending(quiz.id);
		expect(none).toEqual([]);
		expect(waiting.result.attemptId).toBe('attempt02');
		expect(waiting.previous.map((r) => r.attemptId)).toEqual(['attempt01']);
		// The choice made on the old device holds on the new one.
		expect(await there.add({ ...result, attemptId: 'attempt03', finishedAt: 3000 })).toMatchObject({
			status: 'duplicate',
			decided: 'discarded'
		});
		// Importing the same file again adds nothing twice.
		await importClassroom(parsed.value, laptop);
		expect(await laptop.decided.count()).toBe(1);
		// A result removed on the old device asks before it comes back on the new one.
		await there.remove(`${quiz.id}|attempt01`, 7);
		const again = parseClassroomFile(JSON.stringify(await exportClassroom(laptop)));
		if (!again.ok) throw new Error(again.error);
		const third = newDb();
		await importClassroom(again.value, third);
		expect(await new ResultRepository(third).add(result)).toMatchObject({ status: 'removed' });
	});

	it('still imports a version 2 file (before removed results were remembered)', async () => {
		const parsed = parseClassroomFile(
			JSON.stringify({ ...(await exportClassroom(await filled())), version: 2 })
		);
		expect(parsed.ok && parsed.value.results.map((r) => r.name)).toEqual(['Vučić']);
	});

	it('still imports a version 1 file (before waiting results were carried)', async () => {
		const file = await exportClassroom(await filled());
		// JSON leaves out undefined fields: the file has no `pending` or `decided` at all.
		const v1 = { ...file, version: 1, pending: undefined, decided: undefined };
		const parsed = parseClassroomFile(JSON.stringify(v1));
		if (!parsed.ok) throw new Error(parsed.error);
		const other = newDb();
		await importClassroom(parsed.value, other);
		expect(await new ResultRepository(other).count(quiz.id)).toBe(1);
	});

	it('cleans names, titles and classes a file carries of bidi controls, keeping their letters', async () => {
		const file = await exportClassroom(await filled());
		const tricky = {
			...file,
			quizzes: [{ ...file.quizzes[0], title: '\u202eWeek 3\u202c', group: '7B\u200f' }],
			results: [{ ...file.results[0], name: '\u202eevil\u2066 Ana', studentKey: 'other' }]
		};
		const parsed = parseClassroomFile(JSON.stringify(tricky));
		if (!parsed.ok) throw new Error(parsed.error);
		expect(parsed.value.quizzes[0]).toMatchObject({ title: 'Week 3', group: '7B' });
		expect(parsed.value.results[0]).toMatchObject({ name: 'evil Ana', studentKey: 'evil ana' });
		const invisible = { ...file, results: [{ ...file.results[0], name: '\u202e\u200b' }] };
		expect(parseClassroomFile(JSON.stringify(invisible))).toMatchObject({ ok: false });
	});

	// Outsider teacher from Moodle (issue 12): her GIFT and Moodle XML files were refused as "it
	// is text, but not JSON", with no word of where they import.
	it('names a question file as one and says where it imports', () => {
		const files: [string, string, RegExp][] = [
			['week3.gift', '::Q1:: Capital of Kosovo? {=Pristina ~Prizren ~Peja}\n', /Moodle GIFT/],
			[
				'week3.txt',
				'// from Moodle\n::Q1:: Capital of Kosovo? {=Pristina ~Prizren}\n\n::Q2:: 1+1 {#2}\n',
				/Moodle GIFT/
			],
			[
				'bank.xml',
				'<?xml version="1.0"?>\n<quiz><question type="shortanswer"><name><text>Q1</text></name><questiontext format="html"><text>Capital?</text></questiontext><answer fraction="100"><text>Pristina</text></answer></question></quiz>',
				/Moodle XML/
			]
		];
		for (const [name, text, format] of files) {
			const parsed = parseClassroomFile(text, name);
			expect(parsed.ok).toBe(false);
			if (parsed.ok) continue;
			expect(parsed.error).toMatch(format);
			expect(parsed.error).toMatch(/Courses → Import questions.*New quiz/);
			expect(parsed.error).not.toMatch(/JSON/);
		}
		// A classroom file cut off, or other text, is not taken for questions.
		expect(parseClassroomFile('not json', 'x.json')).toMatchObject({
			error: expect.stringMatching(/not JSON/)
		});
	});

	it('refuses a bad file with a reason, and changes nothing', async () => {
		const good = await exportClassroom(await filled());
		const cases: [string, RegExp][] = [
			['not json', /not JSON/],
			['\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', /not a text file/],
			['', /it is empty/],
			['{"format": "flashpoint-classroom"', /seems incomplete: it was cut off while saving/],
			['{"format": "flashpoint-classroom"}}', /not JSON/],
			[
				JSON.stringify({ format: 'flashpoint-progress', version: 2 }),
				/^This is a Flashpoint progress backup, not a Flashpoint classroom file: import it in Settings → Backup → Import progress\.$/
			],
			[
				JSON.stringify({ format: 'flashpoint-course', version: 1 }),
				/^This is a Flashpoint course file, not a Flashpoint classroom file: import it in Courses → Open a course file\.$/
			],
			[JSON.stringify({ format: 'something else' }), /not a Flashpoint classroom file/],
			[
				JSON.stringify({ ...good, version: 5 }),
				/^This classroom file was made by a newer version of Flashpoint: update this app/
			],
			[
				JSON.stringify({ ...good, version: 0 }),
				/damaged \(it has a version Flashpoint never wrote\)/
			],
			[
				JSON.stringify({ ...good, quizzes: [{ ...quiz, title: '' }] }),
				/damaged \(quiz 1 cannot be read\)/
			],
			[JSON.stringify({ ...good, results: [{}] }), /damaged \(result 1 cannot be read\)/],
			[
				JSON.stringify({ ...good, exportedAt: 'x' }),
				/damaged \(a field of the file cannot be read\)/
			],
			[JSON.stringify({ ...good, quizzes: [quiz, quiz] }), /a quiz appears twice/],
			[JSON.stringify({ ...good, quizzes: [] }), /belongs to no quiz/],
			[
				JSON.stringify({ ...good, quizzes: [{ ...quiz, questions: [{ type: 'flashcard' }] }] }),
				/damaged \(quiz 1 cannot be read\)/
			]
		];
		for (const [text, message] of cases) {
			const parsed = parseClassroomFile(text);
			expect(parsed.ok).toBe(false);
			if (!parsed.ok) expect(parsed.error).toMatch(message);
			// No schema path ("quizzes.0.title", "version:") reaches a teacher.
			if (!parsed.ok) expect(parsed.error).not.toMatch(/\w\.\d|^\w+:/);
		}
	});
});
