import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ensureBuiltinCourse, loadBank, loadStudyQuestions } from '$lib/content/bank';
import { writeCourse } from '$lib/content/install';
import { parseBank, type Bank } from '$lib/content/schema';
import { recordAnswer } from '$lib/db/answers';
import { exportProgress, importProgress, resetProgress } from '$lib/db/backup';
import { BUILTIN_REMOVED_KEY, isBuiltinRemoved } from '$lib/db/builtin-removed';
import { loadTodayCounts } from '$lib/db/home-summary';
import { BUILTIN_COURSE_ID } from '$lib/db/records';
import type { FlashpointDb } from '$lib/db/schema';
import { answer, freshDb } from '$lib/db/test-helpers';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { addBuiltinCourseAgain, removeBuiltinCourse } from './builtin-course';
import { deleteCourse } from './manage';

const text = readFileSync('questions/bank.json', 'utf8');
const shipped = (() => {
	const parsed = parseBank(JSON.parse(text));
	if (!parsed.ok) throw new Error(parsed.error);
	return parsed.value;
})();
const notes: Bank = { ...shipped, questions: shipped.questions.slice(0, 3) };
const first = shipped.questions[0].id;
const t0 = new Date(2026, 4, 12, 9, 0).getTime();

const fetchMock = vi.fn(async () => new Response(text, { status: 200 }));
const realFetch = globalThis.fetch;
beforeEach(() => {
	fetchMock.mockClear();
	globalThis.fetch = fetchMock;
});
afterEach(() => {
	globalThis.fetch = realFetch;
});

/** The built-in course installed, a course of her own (3 questions), one answer to the first built-in question. */
async function hers(): Promise<FlashpointDb> {
	const db = freshDb();
	await ensureBuiltinCourse(db);
	await writeCourse(db, { id: 'u-notes', title: 'My notes', kind: 'user', hash: 'h', bank: notes });
	await recordAnswer(answer(first, 3, t0), DEFAULT_STUDY_SETTINGS, db);
	return db;
}

/** Today’s counts of all courses 20 minutes after the answer (its learning card due again; 19 new left). */
const counts = (db: FlashpointDb) => loadTodayCounts({ courseId: null }, t0 + 20 * 60_000, db);

describe('removing the built-in course (issue 12, outsider student)', () => {
	it('removes its questions and documents, keeps its card and answer, and says so in a setting', async () => {
		const db = await hers();
		expect(await counts(db)).toMatchObject({ fresh: 19, learning: 1 });
		expect(await removeBuiltinCourse(db)).toEqual({ questions: shipped.questions.length });
		expect(await db.courses.get(BUILTIN_COURSE_ID)).toBeUndefined();
		expect(await db.questions.where('courseId').equals(BUILTIN_COURSE_ID).count()).toBe(0);
		expect(await db.documents.where('courseId').equals(BUILTIN_COURSE_ID).count()).toBe(0);
		expect(await db.cards.count()).toBe(1);
		expect(await db.reviews.count()).toBe(1);
		expect(await isBuiltinRemoved(db)).toBe(true);
		// Only her 3 questions are studied: the kept card is in no course, shown nowhere (its
		// learning card was counted, from the answer's sibling keys, before scope-read skipped it).
		expect((await loadStudyQuestions(db)).map((q) => q.id)).toEqual(
			notes.questions.map((q) => `u-notes:${q.id}`)
		);
		expect(await counts(db)).toMatchObject({ fresh: 3, learning: 0, review: 0 });
	});

	it('is not installed again on the next open, while a course of hers is there', async () => {
		const db = await hers();
		await removeBuiltinCourse(db);
		fetchMock.mockClear();
		await ensureBuiltinCourse(db);
		expect(await db.courses.get(BUILTIN_COURSE_ID)).toBeUndefined();
		expect(fetchMock).not.toHaveBeenCalled();
		// A teacher's quiz of it (a join code) still has its questions, from the shipped file.
		const index = await loadBank(db);
		expect(index.bank.questions).toHaveLength(shipped.questions.length);
		expect(await db.courses.get(BUILTIN_COURSE_ID)).toBeUndefined();
	});

	it('comes back with its progress when added again', async () => {
		const db = await hers();
		await removeBuiltinCourse(db);
		await addBuiltinCourseAgain(db);
		expect((await db.courses.get(BUILTIN_COURSE_ID))?.questionCount).toBe(shipped.questions.length);
		expect(await isBuiltinRemoved(db)).toBe(false);
		expect(await counts(db)).toMatchObject({ fresh: 19, learning: 1 });
	});

	it('is refused as the only course, and comes back once her last course is deleted', async () => {
		const only = freshDb();
		await ensureBuiltinCourse(only);
		await expect(removeBuiltinCourse(only)).rejects.toThrow('your only course');
		const db = await hers();
		await removeBuiltinCourse(db);
		await deleteCourse(db, 'u-notes');
		await ensureBuiltinCourse(db);
		expect(await db.courses.get(BUILTIN_COURSE_ID)).toBeDefined();
		expect(await isBuiltinRemoved(db)).toBe(false);
	});

	it('stays removed after Reset progress (a choice of courses, not progress)', async () => {
		const db = await hers();
		await removeBuiltinCourse(db);
		await resetProgress(db);
		expect(await isBuiltinRemoved(db)).toBe(true);
		expect(await db.cards.count()).toBe(0);
	});

	it('travels in a backup: removed on the device the file is restored on, and back with a file that kept it', async () => {
		const db = await hers();
		await removeBuiltinCourse(db);
		const file = await exportProgress(db);
		expect(file.settings).toContainEqual({ key: BUILTIN_REMOVED_KEY, value: true });
		// Another device with the built-in course: the file's choice and progress replace its own.
		const other = freshDb();
		await ensureBuiltinCourse(other);
		await importProgress(file, other);
		expect(await other.courses.get(BUILTIN_COURSE_ID)).toBeUndefined();
		expect(await isBuiltinRemoved(other)).toBe(true);
		expect(await counts(other)).toMatchObject({ fresh: 3, learning: 0 });
		await ensureBuiltinCourse(other);
		expect(await other.courses.get(BUILTIN_COURSE_ID)).toBeUndefined();
		// Its card came with the file: added again there, the progress is back.
		await addBuiltinCourseAgain(other);
		expect(await counts(other)).toMatchObject({ fresh: 19, learning: 1 });
		// A file made with the course kept clears the choice where it was removed.
		const kept = await exportProgress(other);
		await importProgress(kept, db);
		expect(await isBuiltinRemoved(db)).toBe(false);
		await ensureBuiltinCourse(db);
		expect(await db.courses.get(BUILTIN_COURSE_ID)).toBeDefined();
	});
});
