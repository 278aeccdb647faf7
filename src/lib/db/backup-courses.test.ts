import { describe, expect, it } from 'vitest';
import { createCourse } from '$lib/courses/create';
import { setDraftStatus } from '$lib/courses/drafts';
import { fixtureCourse } from '$lib/courses/fixtures.test-helpers';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { recordAnswer } from './answers';
import { exportProgress, importProgress, parseProgressFile, resetProgress } from './backup';
import { BUILTIN_COURSE_ID, type AnkiNoteTypeRecord, type CourseRecord } from './records';
import { mergeProgress } from './merge';
import { createBackupsDb } from './auto-backup';
import { answer, freshDb } from './test-helpers';

const t0 = new Date(2026, 4, 12, 9, 0).getTime();

async function withCourses() {
	const db = freshDb();
	const builtin: CourseRecord = {
		id: BUILTIN_COURSE_ID,
		title: 'Built in',
		kind: 'builtin',
		hash: 'abc',
		installedAt: t0,
		questionCount: 0,
		documentCount: 0,
		queue: []
	};
	await db.courses.add(builtin);
	const course = await createCourse(db, fixtureCourse(), { now: t0 });
	const [first, second] = await db.questions.where('courseId').equals(course.id).sortBy('position');
	await setDraftStatus(db, second.id, 'draft');
	await recordAnswer(answer(first.id, 3, t0 + 60_000), DEFAULT_STUDY_SETTINGS, db);
	return { db, course, first };
}

describe('user courses in progress backups', () => {
	it('exports every user course, drafts included, and never the built-in one', async () => {
		const { db, course } = await withCourses();
		const file = await exportProgress(db);
		expect(file.version).toBe(2);
		expect(file.courses?.map((c) => c.id)).toEqual([course.id]);
		expect(file.questions).toHaveLength(await db.questions.count());
		expect(file.questions?.some((q) => q.status === 'draft')).toBe(true);
		expect(file.documents).toHaveLength(2);
	});

	it('restores them with the progress, leaving the built-in course and other courses alone', async () => {
		const { db, course, first } = await withCourses();
		const before = await exportProgress(db, new Date(t0 + 120_000));
		const parsed = parseProgressFile(JSON.stringify(before), t0 + 120_000);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		await resetProgress(db);
		await db.questions.where('courseId').equals(course.id).delete();
		await db.documents.where('courseId').equals(course.id).delete();
		await db.courses.delete(course.id);
		const other = await createCourse(db, fixtureCourse('Another'), { now: t0 });
		await importProgress(parsed.value, db);
		expect(await db.courses.get(course.id)).toEqual(before.courses![0]);
		expect((await db.courses.get(course.id))?.queue).toEqual(before.courses![0].queue);
		expect(await db.courses.get(other.id)).toBeDefined();
		expect(await db.courses.get(BUILTIN_COURSE_ID)).toMatchObject({ kind: 'builtin' });
		expect(await exportProgress(db, new Date(t0 + 120_000))).toMatchObject({
			courses: expect.arrayContaining(before.courses!),
			documents: expect.arrayContaining(before.documents!),
			questions: expect.arrayContaining(before.questions!)
		});
		expect(await db.cards.get(first.id)).toBeDefined();
	});

	it("restores a document's bolded terms, and a row stored before them without any (gen51)", async () => {
		const { db, course } = await withCourses();
		const [bolded] = await db.documents.where('courseId').equals(course.id).sortBy('position');
		await db.documents.update(bolded.id, { emphasis: ['osmosis', 'root hair cell'] });
		const before = await exportProgress(db, new Date(t0 + 120_000));
		const parsed = parseProgressFile(JSON.stringify(before), t0 + 120_000);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		await db.documents.where('courseId').equals(course.id).delete();
		await importProgress(parsed.value, db);
		const docs = await db.documents.where('courseId').equals(course.id).sortBy('position');
		expect(docs[0].emphasis).toEqual(['osmosis', 'root hair cell']);
		expect(docs[1]).not.toHaveProperty('emphasis');
	});

	it('rebuilds the course rows’ counts and study order instead of trusting them', async () => {
		const { db } = await withCourses();
		const file = await exportProgress(db, new Date(t0 + 120_000));
		const honest = file.courses![0];
		file.courses![0] = { ...honest, questionCount: 999, queue: [{ id: 'elsewhere', fact: 'x' }] };
		const parsed = parseProgressFile(JSON.stringify(file), t0 + 120_000);
		expect(parsed.ok && parsed.value.courses).toEqual([honest]);
	});

	it('refuses the built-in course, rows of no course and damaged questions, in plain words', async () => {
		const { db } = await withCourses();
		const file = await exportProgress(db, new Date(t0 + 120_000));
		const text = (changed: object) => JSON.stringify({ ...file, ...changed });
		const builtin = parseProgressFile(
			text({ courses: [{ ...file.courses![0], id: 'builtin', kind: 'builtin' }] }),
			t0 + 120_000
		);
		expect(builtin).toMatchObject({ ok: false });
		expect(!builtin.ok && builtin.problems[0]).toMatch(/^Course 1 has a missing or wrong/);

		const [q0, ...rest] = file.questions!;
		const stray = parseProgressFile(
			text({
				questions: [{ ...q0, courseId: 'u-elsewhere' }, ...rest],
				documents: file.documents
			}),
			t0 + 120_000
		);
		expect(!stray.ok && stray.problems).toEqual(['Course question 1 has no course in the backup.']);

		const damaged = parseProgressFile(
			text({ questions: [{ ...q0, type: 'mcq', choices: ['only one'] }, ...rest] }),
			t0 + 120_000
		);
		expect(!damaged.ok && damaged.problems).toEqual([
			'Course question 1 has a question Flashpoint cannot ask (damaged fields).'
		]);
	});
});

/** An Anki note type's formats as an `.apkg` import keeps them (anki50), for course `courseId`. */
function noteType(courseId: string, id = 1_700_000_000_001): AnkiNoteTypeRecord {
	return {
		courseId,
		id,
		templates: [
			{ name: 'Card 1', front: '{{Front}}', back: '{{FrontSide}}<hr id=answer>{{Back}}' },
			{
				name: 'Card 2',
				front: '{{Back}}',
				back: '{{FrontSide}}<hr id=answer>{{Front}}',
				browserFront: '{{Back}}'
			}
		],
		css: '.card { font-family: arial; font-size: 20px; }',
		latexPre: '\\documentclass[12pt]{article}\n\\begin{document}',
		latexPost: '\\end{document}',
		sortField: 0
	};
}

describe('Anki note types in progress backups (issue 12, a student from Anki)', () => {
	it('exports a user course’s note types and restores them exactly, replacing the course’s own', async () => {
		const { db, course } = await withCourses();
		// In key order ([courseId, id]), as the table gives them.
		const kept = [noteType(course.id, 42), noteType(course.id)];
		await db.ankiNoteTypes.bulkPut(kept);
		const file = await exportProgress(db, new Date(t0 + 120_000));
		expect(file.ankiNoteTypes).toEqual(kept);
		const parsed = parseProgressFile(JSON.stringify(file), t0 + 120_000);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		// A note type changed on the device since, and one the backup never had: the backup's win.
		await db.ankiNoteTypes.put({ ...noteType(course.id), css: '.card { color: red; }' });
		await db.ankiNoteTypes.put(noteType(course.id, 7));
		await importProgress(parsed.value, db);
		expect(await db.ankiNoteTypes.where('courseId').equals(course.id).sortBy('id')).toEqual(kept);
	});

	it('writes no note types key when no course keeps one (files as before)', async () => {
		const { db } = await withCourses();
		expect(await exportProgress(db)).not.toHaveProperty('ankiNoteTypes');
	});

	it('merges a new course with its note types, and leaves a course already here alone', async () => {
		const { db, course } = await withCourses();
		await db.ankiNoteTypes.put(noteType(course.id));
		const file = await exportProgress(db, new Date(t0 + 120_000));
		const other = freshDb();
		await mergeProgress(file, { db: other, backups: createBackupsDb(`backups-${Math.random()}`) });
		expect(await other.ankiNoteTypes.toArray()).toEqual([noteType(course.id)]);
	});

	it('refuses a damaged note type, one of no course, and one twice, in plain words', async () => {
		const { db, course } = await withCourses();
		const file = await exportProgress(db, new Date(t0 + 120_000));
		const parse = (ankiNoteTypes: unknown[]) =>
			parseProgressFile(JSON.stringify({ ...file, ankiNoteTypes }), t0 + 120_000);
		const damaged = parse([{ ...noteType(course.id), templates: 'none' }]);
		expect(damaged.ok).toBe(false);
		expect(!damaged.ok && damaged.problems[0]).toMatch(/^Anki note type 1 /);
		const huge = parse([{ ...noteType(course.id), css: 'x'.repeat(200_001) }]);
		expect(huge.ok).toBe(false);
		expect(!parse([noteType('u-elsewhere')]).ok && parse([noteType('u-elsewhere')])).toMatchObject({
			problems: ['Anki note type 1 has no course in the backup.']
		});
		const twice = parse([noteType(course.id), noteType(course.id)]);
		expect(!twice.ok && twice.problems).toEqual([
			'Anki note type 2 has the same course and id as an earlier note type.'
		]);
	});
});
