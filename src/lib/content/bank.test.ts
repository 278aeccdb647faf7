import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { BUILTIN_COURSE_ID } from '$lib/db/records';
import { freshDb } from '$lib/db/test-helpers';
import { BANK_HASH, loadBank, loadStudyQuestions, readCourse } from './bank';
import { installBuiltinCourse, INSTALL_CHUNK, writeCourse } from './install';
import { parseBank, type Bank } from './schema';
import { toQueueQuestion } from '$lib/srs/siblings';

const text = readFileSync('questions/bank.json', 'utf8');
const shipped = (() => {
	const parsed = parseBank(JSON.parse(text));
	if (!parsed.ok) throw new Error(parsed.error);
	return parsed.value;
})();

/** The shipped bank as stored: each question with its Anki note GUID, its id (schema v14). */
const stored: Bank = {
	...shipped,
	questions: shipped.questions.map((q) => ({ ...q, anki: { guid: q.id } }))
};

function fetchOf(body: string, status = 200) {
	return vi.fn(async () => new Response(body, { status }));
}

describe('installBuiltinCourse', () => {
	it('validates and writes the bank once, then only reads the course row', async () => {
		const db = freshDb();
		const fetchImpl = fetchOf(text);
		const course = await installBuiltinCourse(db, '/bank.json', 'hash-1', fetchImpl);
		expect(course).toMatchObject({
			id: BUILTIN_COURSE_ID,
			kind: 'builtin',
			hash: 'hash-1',
			questionCount: shipped.questions.length,
			documentCount: shipped.documents.length
		});
		expect(course.queue.map((q) => q.id)).toEqual(shipped.questions.map((q) => q.id));
		expect(await db.questions.count()).toBe(shipped.questions.length);
		expect(shipped.questions.length).toBeGreaterThan(INSTALL_CHUNK);
		await installBuiltinCourse(db, '/bank.json', 'hash-1', fetchImpl);
		expect(fetchImpl).toHaveBeenCalledTimes(1);
	});

	it('reads back exactly the validated bank, in bank order', async () => {
		const db = freshDb();
		await installBuiltinCourse(db, '/bank.json', 'hash-1', fetchOf(text));
		expect(await readCourse(db, BUILTIN_COURSE_ID)).toEqual(stored);
		expect(await loadStudyQuestions(db)).toEqual(shipped.questions.map(toQueueQuestion));
	});

	it('replaces a changed bank: dropped questions go, cards and answers stay', async () => {
		const db = freshDb();
		await installBuiltinCourse(db, '/bank.json', 'hash-1', fetchOf(text));
		const dropped = shipped.questions[0].id;
		await db.cards.put({
			questionId: dropped,
			due: 0,
			stability: 1,
			difficulty: 5,
			elapsedDays: 0,
			scheduledDays: 1,
			learningSteps: 0,
			reps: 1,
			lapses: 0,
			state: 2,
			lastReview: 0,
			leech: false
		});
		const smaller: Bank = { ...shipped, questions: shipped.questions.slice(1) };
		const course = await installBuiltinCourse(
			db,
			'/bank.json',
			'hash-2',
			fetchOf(JSON.stringify(smaller))
		);
		expect(course.hash).toBe('hash-2');
		expect(await db.questions.get(dropped)).toBeUndefined();
		expect(await db.questions.count()).toBe(shipped.questions.length - 1);
		expect(await db.cards.get(dropped)).toBeDefined();
	});

	it('refuses a damaged or missing bank and leaves the installed course as it was', async () => {
		const db = freshDb();
		await installBuiltinCourse(db, '/bank.json', 'hash-1', fetchOf(text));
		const damaged = JSON.stringify({ ...shipped, questions: [{ id: 'x' }] });
		await expect(
			installBuiltinCourse(db, '/bank.json', 'hash-2', fetchOf(damaged))
		).rejects.toThrow(/damaged: questions\.0/);
		await expect(
			installBuiltinCourse(db, '/bank.json', 'hash-2', fetchOf('', 404))
		).rejects.toThrow(/could not be loaded \(404\)/);
		expect((await db.courses.get(BUILTIN_COURSE_ID))?.hash).toBe('hash-1');
		expect(await db.questions.count()).toBe(shipped.questions.length);
	});
});

describe('writeCourse', () => {
	it('keeps ids of different courses apart', async () => {
		const db = freshDb();
		await installBuiltinCourse(db, '/bank.json', 'hash-1', fetchOf(text));
		const mine: Bank = { ...shipped, questions: shipped.questions.slice(0, 3) };
		await writeCourse(db, { id: 'u-1', title: 'Mine', kind: 'user', hash: 'h', bank: mine });
		expect(await db.questions.count()).toBe(shipped.questions.length + 3);
		const own = await readCourse(db, 'u-1');
		expect(own.questions.map((q) => q.id)).toEqual(mine.questions.map((q) => `u-1:${q.id}`));
		expect(own.documents[0].id).toBe(`u-1:${shipped.documents[0].id}`);
		// Built-in first, then own courses.
		expect((await loadStudyQuestions(db)).length).toBe(shipped.questions.length + 3);
	});
});

describe('loadBank', () => {
	it('installs the shipped bank when the database has none, then reads it from there', async () => {
		const db = freshDb();
		const realFetch = globalThis.fetch;
		globalThis.fetch = fetchOf(text);
		try {
			const index = await loadBank(db);
			expect(index.bank).toEqual(stored);
			expect(index.questionById.get(shipped.questions[5].id)).toEqual(stored.questions[5]);
			expect((await db.courses.get(BUILTIN_COURSE_ID))?.hash).toBe(BANK_HASH);
		} finally {
			globalThis.fetch = realFetch;
		}
	});
});
