import { describe, expect, it } from 'vitest';
import { recordAnswer } from '$lib/db/answers';
import { answer, freshDb } from '$lib/db/test-helpers';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { createCourse } from './create';
import { setDraftStatus } from './drafts';
import { buildCourseFile, courseFileName, readCourseFile, type CourseFile } from './course-file';
import { importCourseFile, previewCourseImport } from './course-import';
import { fixtureCourse, fixtureQuestion } from './fixtures.test-helpers';

const now = Date.UTC(2026, 2, 10, 12);

async function teacher() {
	const db = freshDb();
	await createCourse(db, fixtureCourse(), { id: 'u-teacher-1', now: 5 });
	return db;
}

const fileText = (file: unknown) => JSON.stringify(file);

describe('buildCourseFile', () => {
	it('writes documents with text and accepted questions, course-local ids, no progress', async () => {
		const db = await teacher();
		await setDraftStatus(db, 'u-teacher-1:q-2', 'draft');
		await recordAnswer(answer('u-teacher-1:q-1', 3, now), DEFAULT_STUDY_SETTINGS, db);
		const file = await buildCourseFile(db, 'u-teacher-1', now);
		expect(file).toMatchObject({
			format: 'flashpoint-course',
			version: 1,
			exportedAt: '2026-03-10T12:00:00.000Z',
			course: { id: 'u-teacher-1', title: 'Balkan diplomacy' }
		});
		expect(
			file.documents.map((d) => [d.id, d.title, d.date, d.dateApproximate, d.dateNote])
		).toEqual([
			['d-1', 'First', '2024-05-01', false, undefined],
			['d-2', 'Second', '2024-06', true, 'From the text.']
		]);
		expect(file.documents[0].text).toContain('Intro paragraph.');
		expect(file.questions.map((q) => [q.id, q.source.doc, q.fact])).toEqual([
			['q-1', 'd-1', 'fact-a'],
			['q-3', 'd-2', 'fact-c']
		]);
		const text = fileText(file);
		expect(text).not.toContain('courseId');
		expect(text).not.toContain('status');
		expect(text).not.toContain('stability');
		// Named by the title as it reads, as its question and result files are (issue 12).
		expect(courseFileName('Balkan diplomacy: week 3', now)).toBe(
			'Balkan diplomacy - week 3 – course 2026-03-10.json'
		);
	});

	it('refuses the built-in course and an unknown one', async () => {
		const db = await teacher();
		await db.courses.add({
			id: 'builtin',
			title: 'B',
			kind: 'builtin',
			hash: '',
			installedAt: 0,
			questionCount: 0,
			documentCount: 0,
			queue: []
		});
		await expect(buildCourseFile(db, 'builtin')).rejects.toThrow(/everyone has it/);
		await expect(buildCourseFile(db, 'u-none')).rejects.toThrow(/no longer exists/);
	});
});

describe('readCourseFile', () => {
	async function good(): Promise<CourseFile> {
		return buildCourseFile(await teacher(), 'u-teacher-1', now);
	}

	it('reads back what was exported', async () => {
		const file = await good();
		expect(readCourseFile(fileText(file))).toEqual({ ok: true, file });
	});

	it.each([
		['cut off', () => '{"format":', /course file seems incomplete: it was cut off while saving/],
		['not JSON', () => '{"format" 1}', /not a Flashpoint course file: it is not JSON/],
		['another JSON file', () => '[1,2]', /not a Flashpoint course file/],
		['a progress backup', () => '{"format":"flashpoint-progress","version":1}', /Import progress/],
		['a newer version', () => '{"format":"flashpoint-course","version":2}', /newer version/],
		[
			'a classroom file',
			() => '{"format":"flashpoint-classroom","version":4}',
			/a Flashpoint classroom file, not a Flashpoint course file: import it in Classroom → Import a classroom file/
		],
		['no version', () => '{"format":"flashpoint-course"}', /no version/]
	])('refuses %s with its own message', (_name, text, message) => {
		const result = readCourseFile(text());
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.error).toMatch(/^Nothing was imported: /);
			expect(result.error).toMatch(message);
		}
	});

	it('refuses damaged fields, naming where', async () => {
		const file = await good();
		const cases: [unknown, RegExp][] = [
			[{ ...file, course: { ...file.course, title: ' ' } }, /course\.title/],
			[{ ...file, documents: [] }, /documents/],
			[{ ...file, course: { ...file.course, id: 'builtin' } }, /course\.id/],
			[
				{ ...file, questions: [{ ...file.questions[0], choices: ['x'], type: 'mcq' }] },
				/question 1 is damaged.*one of them the answer/
			],
			[{ ...file, questions: [file.questions[0], file.questions[0]] }, /question 2 repeats the id/],
			[
				{ ...file, questions: [{ ...file.questions[0], source: { doc: 'd-9', quote: 'x' } }] },
				/cites a document that is not in the file/
			],
			[{ ...file, documents: [file.documents[0], file.documents[0]] }, /two documents share an id/],
			[{ ...file, drafts: [file.questions[0]] }, /draft 1 repeats the id “q-1”/],
			[{ ...file, drafts: [{ ...file.questions[0], id: 'q-7', answer: '' }] }, /draft 1 is damaged/]
		];
		for (const [data, message] of cases) {
			const result = readCourseFile(fileText(data));
			expect(result.ok, String(message)).toBe(false);
			if (!result.ok) expect(result.error).toMatch(message);
		}
	});

	it('refuses a file over the size cap before parsing', () => {
		const result = readCourseFile(' '.repeat(64_000_001));
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toMatch(/too large/);
	});
});

describe('importing a course file', () => {
	it('a classmate imports the teacher’s course: same content, accepted, nothing stored before', async () => {
		const file = await buildCourseFile(await teacher(), 'u-teacher-1', now);
		const student = freshDb();
		const parsed = readCourseFile(fileText(file));
		if (!parsed.ok) throw new Error(parsed.error);
		expect(await previewCourseImport(student, parsed.file)).toEqual({
			title: 'Balkan diplomacy',
			documents: 2,
			questions: 3,
			drafts: 0,
			existing: null
		});
		expect(await student.courses.count()).toBe(0);
		const course = await importCourseFile(student, parsed.file, 'keep-both', now);
		expect(course).toMatchObject({ id: 'u-teacher-1', kind: 'user', questionCount: 3 });
		const docs = await student.documents.where('courseId').equals('u-teacher-1').sortBy('position');
		expect(docs.map((d) => [d.id, d.dateApproximate, d.dateNote])).toEqual([
			['u-teacher-1:d-1', false, undefined],
			['u-teacher-1:d-2', true, 'From the text.']
		]);
		const questions = await student.questions.toArray();
		expect(questions.map((q) => [q.id, q.status, q.fact, q.source.doc])).toEqual([
			['u-teacher-1:q-1', 'accepted', 'u-teacher-1:fact-a', 'u-teacher-1:d-1'],
			['u-teacher-1:q-2', 'accepted', 'u-teacher-1:fact-b', 'u-teacher-1:d-1'],
			['u-teacher-1:q-3', 'accepted', 'u-teacher-1:fact-c', 'u-teacher-1:d-2']
		]);
		// Exported again, it is the same file.
		expect(await buildCourseFile(student, 'u-teacher-1', now)).toEqual(file);
	});

	it('keep both adds a copy under a new id; replace keeps progress on questions still there', async () => {
		const db = await teacher();
		const file = await buildCourseFile(db, 'u-teacher-1', now);
		expect((await previewCourseImport(db, file)).existing?.id).toBe('u-teacher-1');
		const copy = await importCourseFile(db, file, 'keep-both', now);
		expect(copy.id).not.toBe('u-teacher-1');
		expect(copy.title).toBe('Balkan diplomacy (copy)');
		expect(await db.courses.count()).toBe(2);

		await recordAnswer(answer('u-teacher-1:q-1', 3, now), DEFAULT_STUDY_SETTINGS, db);
		await recordAnswer(answer('u-teacher-1:q-3', 3, now), DEFAULT_STUDY_SETTINGS, db);
		await recordAnswer(answer(`${copy.id}:q-3`, 3, now), DEFAULT_STUDY_SETTINGS, db);
		const updated: CourseFile = {
			...file,
			course: { ...file.course, title: 'Balkan diplomacy, v2' },
			questions: [
				file.questions[0],
				fixtureQuestion('q-9', 'flashcard', { source: { doc: 'd-2', quote: 'x' } })
			]
		};
		const replaced = await importCourseFile(db, updated, 'replace', now + 1);
		expect(replaced).toMatchObject({
			id: 'u-teacher-1',
			title: 'Balkan diplomacy, v2',
			installedAt: 5
		});
		expect(replaced.queue.map((q) => q.id)).toEqual(['u-teacher-1:q-1', 'u-teacher-1:q-9']);
		expect((await db.cards.toArray()).map((c) => c.questionId).sort()).toEqual([
			`${copy.id}:q-3`,
			'u-teacher-1:q-1'
		]);
		expect(await db.reviews.count()).toBe(2);
		expect((await db.days.toArray())[0].answers).toBe(2);
		expect(await db.questions.where('courseId').equals(copy.id).count()).toBe(3);
	});

	it('carries drafts still to review to a new laptop, as drafts; a file without them still imports', async () => {
		// Outsider, issue 12: a teacher moving laptops through the course file lost their review work.
		const db = await teacher();
		await setDraftStatus(db, 'u-teacher-1:q-2', 'draft');
		await setDraftStatus(db, 'u-teacher-1:q-3', 'rejected');
		const file = await buildCourseFile(db, 'u-teacher-1', now, { drafts: true });
		expect(file.questions.map((q) => q.id)).toEqual(['q-1']);
		expect(file.drafts.map((q) => q.id)).toEqual(['q-2']);
		expect((await buildCourseFile(db, 'u-teacher-1', now)).drafts).toEqual([]);

		const laptop = freshDb();
		const parsed = readCourseFile(fileText(file));
		if (!parsed.ok) throw new Error(parsed.error);
		expect(await previewCourseImport(laptop, parsed.file)).toMatchObject({
			questions: 1,
			drafts: 1
		});
		const course = await importCourseFile(laptop, parsed.file, 'keep-both', now);
		// The draft is stored but not studied: not in the queue, not counted.
		expect(course.questionCount).toBe(1);
		expect(course.queue.map((q) => q.id)).toEqual(['u-teacher-1:q-1']);
		const rows = await laptop.questions.toArray();
		expect(rows.map((q) => [q.id, q.status])).toEqual([
			['u-teacher-1:q-1', 'accepted'],
			['u-teacher-1:q-2', 'draft']
		]);
		// Accepted there, it is studied there.
		await setDraftStatus(laptop, 'u-teacher-1:q-2', 'accepted');
		expect((await laptop.courses.get('u-teacher-1'))?.questionCount).toBe(2);

		// A file made before drafts were carried (no `drafts` key) reads and imports.
		const { drafts: _drafts, ...older } = file;
		const old = readCourseFile(fileText(older));
		if (!old.ok) throw new Error(old.error);
		expect(old.file.drafts).toEqual([]);
		const copy = await importCourseFile(freshDb(), old.file, 'keep-both', now);
		expect(copy.questionCount).toBe(1);
	});
});

describe('Anki note types in a course file (issue 12, a student from Anki)', () => {
	const formats = (id: number, css = '.card { font-size: 20px; }') => ({
		id,
		templates: [
			{ name: 'Card 1', front: '{{Front}}', back: '{{FrontSide}}<hr id=answer>{{Back}}' }
		],
		css,
		latexPre: '\\documentclass{article}\n\\begin{document}',
		latexPost: '\\end{document}',
		sortField: 0
	});

	it('carries the course’s templates, CSS and LaTeX to the other device, as they were', async () => {
		const db = await teacher();
		await db.ankiNoteTypes.bulkPut([
			{ ...formats(11), courseId: 'u-teacher-1' },
			{ ...formats(12, '.card { color: navy; }'), courseId: 'u-teacher-1' }
		]);
		const read = readCourseFile(fileText(await buildCourseFile(db, 'u-teacher-1', now)));
		expect(read.ok && read.file.noteTypes).toEqual([
			formats(11),
			formats(12, '.card { color: navy; }')
		]);
		if (!read.ok) return;
		const classmate = freshDb();
		await importCourseFile(classmate, read.file, 'keep-both', now);
		expect(await classmate.ankiNoteTypes.toArray()).toEqual([
			{ ...formats(11), courseId: 'u-teacher-1' },
			{ ...formats(12, '.card { color: navy; }'), courseId: 'u-teacher-1' }
		]);
		// Keep both: the copy keeps them under its own id; Replace: the file's, not the old ones.
		const copy = await importCourseFile(classmate, read.file, 'keep-both', now);
		expect(await classmate.ankiNoteTypes.where('courseId').equals(copy.id).count()).toBe(2);
		await classmate.ankiNoteTypes.put({ ...formats(99), courseId: 'u-teacher-1' });
		await importCourseFile(classmate, read.file, 'replace', now);
		expect(
			(await classmate.ankiNoteTypes.where('courseId').equals('u-teacher-1').toArray()).map(
				(t) => t.id
			)
		).toEqual([11, 12]);
	});

	it('writes no noteTypes without any, and refuses damaged or repeated ones', async () => {
		const db = await teacher();
		const file = await buildCourseFile(db, 'u-teacher-1', now);
		expect(file).not.toHaveProperty('noteTypes');
		const damaged = readCourseFile(fileText({ ...file, noteTypes: [{ ...formats(1), css: 5 }] }));
		expect(damaged).toMatchObject({ ok: false });
		expect(!damaged.ok && damaged.error).toMatch(
			/^Nothing was imported: the course file is damaged \(noteTypes\.0\.css/
		);
		const twice = readCourseFile(fileText({ ...file, noteTypes: [formats(1), formats(1)] }));
		expect(twice).toEqual({
			ok: false,
			error: 'Nothing was imported: the course file is damaged (two Anki note types share an id).'
		});
	});
});
