import { describe, expect, it } from 'vitest';
import type { DBCore } from 'dexie';
import type { Question } from '$lib/content/schema';
import { BUILTIN_COURSE_ID } from '$lib/db/records';
import { freshDb } from '$lib/db/test-helpers';
import { loadStudyQuestions } from '$lib/content/bank';
import { createCourse } from './create';
import { CourseInputError, StorageFullError } from './course-errors';
import { setDraftStatus } from './drafts';
import { fixtureDrafts, fixtureQuestion, QUOTE } from './fixtures.test-helpers';

const quote = QUOTE;
const input = fixtureDrafts();
const question = (id: string, type: Question['type']) =>
	fixtureQuestion(id, type, { fact: 'consulate-pristina' });

describe('createCourse', () => {
	it('keeps the terms a document bolded on its row, and stores none for a document that bolds nothing (gen51)', async () => {
		const db = freshDb();
		const [first, second] = input.documents;
		await createCourse(
			db,
			{ ...input, documents: [{ ...first, emphasis: ['osmosis', 'root hair cell'] }, second] },
			{ id: 'u-1', now: Date.UTC(2026, 0, 2) }
		);
		const docs = await db.documents.where('courseId').equals('u-1').sortBy('position');
		expect(docs[0].emphasis).toEqual(['osmosis', 'root hair cell']);
		expect(docs[1]).not.toHaveProperty('emphasis');
	});

	it('writes the course, its documents and draft questions with course-scoped ids', async () => {
		const db = freshDb();
		const course = await createCourse(db, input, { id: 'u-1', now: Date.UTC(2026, 0, 2) });
		expect(course).toMatchObject({
			id: 'u-1',
			title: 'My course',
			kind: 'user',
			documentCount: 2,
			questionCount: 0,
			queue: []
		});
		const docs = await db.documents.where('courseId').equals('u-1').sortBy('position');
		expect(docs.map((d) => [d.id, d.title, d.date, d.dateApproximate, d.text])).toEqual([
			['u-1:d-1', 'First', '2024-05-01', false, quote],
			// No date given: none stored, not the day it was added (issue 12).
			['u-1:d-2', 'Second', undefined, false, 'Other text.']
		]);
		expect(docs[1]).not.toHaveProperty('dateNote');
		const questions = await db.questions.where('courseId').equals('u-1').sortBy('position');
		expect(questions.map((q) => [q.id, q.status, q.source.doc, q.fact])).toEqual([
			['u-1:q-1', 'draft', 'u-1:d-1', 'u-1:consulate-pristina'],
			['u-1:q-2', 'draft', 'u-1:d-1', 'u-1:consulate-pristina'],
			['u-1:q-3', 'draft', 'u-1:d-2', 'u-1:consulate-pristina'],
			['u-1:q-4', 'draft', 'u-1:d-2', 'u-1:consulate-pristina']
		]);
		expect(await loadStudyQuestions(db)).toEqual([]);
	});

	it('gives two courses (and the built-in one) ids that never collide', async () => {
		const db = freshDb();
		const a = await createCourse(db, input);
		const b = await createCourse(db, input);
		expect(a.id).not.toBe(b.id);
		expect([a.id, b.id]).not.toContain(BUILTIN_COURSE_ID);
		expect(await db.questions.count()).toBe(8);
		expect(await db.documents.count()).toBe(4);
	});

	it('can store imported questions as accepted, studied at once', async () => {
		const db = freshDb();
		const course = await createCourse(db, { ...input, status: 'accepted' }, { id: 'u-2' });
		expect(course.questionCount).toBe(4);
		expect((await loadStudyQuestions(db)).map((q) => q.id)).toEqual([
			'u-2:q-1',
			'u-2:q-2',
			'u-2:q-3',
			'u-2:q-4'
		]);
	});

	it('refuses an invalid question, naming it, and writes nothing', async () => {
		const db = freshDb();
		const bad = { ...question('x', 'mcq'), choices: ['Belgrade', 'Skopje'] };
		const attempt = createCourse(db, {
			title: 'T',
			documents: [{ title: 'D', text: quote, questions: [question('ok', 'cloze'), bad] }]
		});
		await expect(attempt).rejects.toThrow(CourseInputError);
		await expect(attempt).rejects.toThrow(/Question 2 .*one of them the answer/);
		expect(await db.courses.count()).toBe(0);
		await expect(createCourse(db, { title: ' ', documents: input.documents })).rejects.toThrow(
			/title/
		);
		await expect(createCourse(db, { title: 'T', documents: [] })).rejects.toThrow(/document/);
	});

	it('on a full disk throws StorageFullError and leaves every stored course untouched', async () => {
		const db = freshDb();
		const first = await createCourse(db, input, { id: 'u-old' });
		// The quota runs out while questions are written, after the course and documents rows.
		db.close();
		db.use({
			stack: 'dbcore',
			name: 'full-disk',
			create: (down: DBCore): DBCore => ({
				...down,
				table(name) {
					const table = down.table(name);
					if (name !== 'questions') return table;
					return {
						...table,
						mutate: () =>
							Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
					};
				}
			})
		});
		await db.open();
		await expect(createCourse(db, input, { id: 'u-new' })).rejects.toBeInstanceOf(StorageFullError);
		expect((await db.courses.toArray()).map((c) => c.id)).toEqual([first.id]);
		expect(await db.documents.count()).toBe(2);
		expect(await db.questions.count()).toBe(4);
		await expect(setDraftStatus(db, 'u-old:q-1', 'accepted')).rejects.toBeInstanceOf(
			StorageFullError
		);
		expect((await db.questions.get('u-old:q-1'))?.status).toBe('draft');
		expect((await db.courses.get('u-old'))?.questionCount).toBe(0);
	});
});
