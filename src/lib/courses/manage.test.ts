import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { recordAnswer } from '$lib/db/answers';
import { BUILTIN_COURSE_ID, type CourseRecord } from '$lib/db/records';
import { answer, freshDb } from '$lib/db/test-helpers';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { createCourse } from './create';
import { CourseInputError } from './course-errors';
import { fixtureCourse } from './fixtures.test-helpers';
import {
	deleteCourse,
	deletedText,
	renameCourse,
	setDocumentDate,
	subtractReviews
} from './manage';

const day = Date.UTC(2026, 2, 10, 12);

async function twoCoursesWithProgress() {
	const db = freshDb();
	const a = await createCourse(db, fixtureCourse('A'), { id: 'u-a', now: 1 });
	const b = await createCourse(db, fixtureCourse('B'), { id: 'u-b', now: 2 });
	// A course whose id is a prefix of another's must not lose anything when "u-a" goes.
	const ab = await createCourse(db, fixtureCourse('AB'), { id: 'u-ab', now: 3 });
	const builtin: CourseRecord = {
		id: BUILTIN_COURSE_ID,
		title: 'Built-in',
		kind: 'builtin',
		hash: 'h',
		installedAt: 0,
		questionCount: 0,
		documentCount: 0,
		queue: []
	};
	await db.courses.add(builtin);
	for (const id of ['u-a:q-1', 'u-a:q-2', 'u-b:q-1', 'u-ab:q-1', 'builtin-q'])
		await recordAnswer(answer(id, 3, day), DEFAULT_STUDY_SETTINGS, db);
	await recordAnswer(answer('u-a:q-1', 1, day + 600_000, day), DEFAULT_STUDY_SETTINGS, db);
	return { db, a, b, ab };
}

describe('deleteCourse', () => {
	// Issue 12: the message said "its 12 questions" of a course whose card said 7 (drafts and
	// rejected drafts counted in): it counts as the card does, drafts apart.
	it('counts the questions as the course card does, drafts apart, rejected ones not at all', async () => {
		const { db } = await twoCoursesWithProgress();
		const rows = await db.questions.where('courseId').equals('u-a').sortBy('position');
		await db.questions.update(rows[1].id, { status: 'draft' });
		await db.questions.update(rows[2].id, { status: 'rejected' });
		const removed = await deleteCourse(db, 'u-a');
		expect(removed).toMatchObject({ questions: 1, drafts: 1 });
		expect(await db.questions.where('courseId').equals('u-a').count()).toBe(0);
		expect(deletedText('History', removed)).toBe(
			'Deleted “History” with its 1 question (and 1 draft), 2 documents and 3 answers.'
		);
		expect(deletedText('History', { ...removed, questions: 7, drafts: 0 })).toBe(
			'Deleted “History” with its 7 questions, 2 documents and 3 answers.'
		);
	});

	it('removes the course, its questions, documents, cards and answers, and nothing else', async () => {
		const { db } = await twoCoursesWithProgress();
		const before = await db.days.toArray();
		expect(before[0]).toMatchObject({ answers: 6, newCards: 5, again: 1 });

		const removed = await deleteCourse(db, 'u-a');
		expect(removed).toEqual({ questions: 3, drafts: 0, documents: 2, cards: 2, reviews: 3 });
		expect((await db.courses.toArray()).map((c) => c.id).sort()).toEqual([
			'builtin',
			'u-ab',
			'u-b'
		]);
		expect(await db.questions.where('courseId').equals('u-a').count()).toBe(0);
		expect(await db.documents.where('courseId').equals('u-a').count()).toBe(0);
		expect((await db.cards.toArray()).map((c) => c.questionId).sort()).toEqual([
			'builtin-q',
			'u-ab:q-1',
			'u-b:q-1'
		]);
		expect((await db.reviews.toArray()).map((r) => r.questionId).sort()).toEqual([
			'builtin-q',
			'u-ab:q-1',
			'u-b:q-1'
		]);
		expect(await db.questions.count()).toBe(6);
		expect(await db.documents.count()).toBe(4);
		// The day's totals no longer count the deleted answers.
		expect((await db.days.toArray())[0]).toMatchObject({
			answers: 3,
			newCards: 3,
			again: 0,
			timeMs: 15_000
		});
	});

	it('refuses the built-in course and an unknown one, changing nothing', async () => {
		const { db } = await twoCoursesWithProgress();
		await expect(deleteCourse(db, BUILTIN_COURSE_ID)).rejects.toThrow(CourseInputError);
		await expect(deleteCourse(db, 'u-zzz')).rejects.toThrow(/no longer exists/);
		expect(await db.courses.count()).toBe(4);
		expect(await db.reviews.count()).toBe(6);
	});

	it('is one transaction: a failure half-way leaves everything', async () => {
		const { db } = await twoCoursesWithProgress();
		const spy = vi
			.spyOn(db.reviews, 'bulkDelete')
			.mockImplementation(() => Dexie.Promise.reject(new Error('disk error')));
		await expect(deleteCourse(db, 'u-a')).rejects.toThrow('disk error');
		spy.mockRestore();
		expect(await db.courses.get('u-a')).toBeDefined();
		expect(await db.questions.where('courseId').equals('u-a').count()).toBe(3);
		expect(await db.cards.count()).toBe(5);
	});
});

describe('subtractReviews', () => {
	it('drops a day left with no answers', () => {
		const totals = { day: 'd', answers: 1, newCards: 1, reviewCards: 0, again: 0, timeMs: 5 };
		const review = {
			questionId: 'x',
			rating: 3 as const,
			answeredAt: 0,
			studyDay: 'd',
			durationMs: 5,
			grading: 'self' as const,
			correct: null,
			before: null,
			after: { due: 0, state: 1 as const, stability: 1, difficulty: 1, scheduledDays: 0 }
		};
		expect(subtractReviews([totals], [review])).toEqual({ put: [], drop: ['d'] });
	});
});

describe('renameCourse', () => {
	it('renames a user course (trimmed) and refuses empty, too long and built-in', async () => {
		const { db } = await twoCoursesWithProgress();
		expect(await renameCourse(db, 'u-b', '  Week 3  ')).toBe('Week 3');
		expect((await db.courses.get('u-b'))?.title).toBe('Week 3');
		await expect(renameCourse(db, 'u-b', '   ')).rejects.toThrow(/needs a title/);
		await expect(renameCourse(db, 'u-b', 'x'.repeat(201))).rejects.toThrow(/at most 200/);
		await expect(renameCourse(db, BUILTIN_COURSE_ID, 'Mine')).rejects.toThrow(/built-in/);
		expect((await db.courses.get('u-b'))?.title).toBe('Week 3');
	});

	it('refuses a name another course has, the built-in one’s too, and changes nothing', async () => {
		const { db } = await twoCoursesWithProgress();
		await expect(renameCourse(db, 'u-b', ' a ')).rejects.toThrow(
			'You already have a course called “A”. Give this one another title, so you can tell them apart.'
		);
		await expect(renameCourse(db, 'u-b', 'BUILT-IN')).rejects.toThrow(/called “Built-in”/);
		expect((await db.courses.get('u-b'))?.title).toBe('B');
		// Its own name in other letters is still its own.
		expect(await renameCourse(db, 'u-b', 'b')).toBe('b');
	});
});

describe('setDocumentDate (issue 12: an undated document was dated the day it was added)', () => {
	it('sets, changes and removes a user document’s date; refuses a bad one, changing nothing', async () => {
		const db = freshDb();
		const { id } = await createCourse(db, {
			title: 'Mine',
			documents: [{ title: 'Undated', text: 'Some text.' }]
		});
		const docId = `${id}:d-1`;
		expect((await db.documents.get(docId))?.date).toBeUndefined();
		await setDocumentDate(db, docId, '2024-03-09');
		expect(await db.documents.get(docId)).toMatchObject({
			date: '2024-03-09',
			dateApproximate: false
		});
		await expect(setDocumentDate(db, docId, '2024-13-01')).rejects.toThrow(CourseInputError);
		await expect(setDocumentDate(db, docId, 'yesterday')).rejects.toThrow(/year, month and day/);
		expect((await db.documents.get(docId))?.date).toBe('2024-03-09');
		await setDocumentDate(db, docId, undefined);
		const row = await db.documents.get(docId);
		expect(row).not.toHaveProperty('date');
		expect(row?.title).toBe('Undated');
		await expect(setDocumentDate(db, 'nope:d-1', '2024-01-01')).rejects.toThrow(CourseInputError);
	});
});
