import type { DBCore } from 'dexie';
import { describe, expect, it } from 'vitest';
import { recordAnswer } from '$lib/db/answers';
import type { FlashpointDb } from '$lib/db/schema';
import { answer, freshDb } from '$lib/db/test-helpers';
import { readGift } from '$lib/formats/gift';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { createCourse } from './create';
import { StorageFullError } from './course-errors';
import { buildCourseFile } from './course-file';
import { importCourseFile } from './course-import';
import { fixtureCourse } from './fixtures.test-helpers';
import { importAsNewCourse, importIntoCourse } from './import';
import { planImport } from './import-plan';

/**
 * A full disk (issue 12): every way a course is written — the course generation saves (the
 * Add documents screen calls `createCourse`, see create.test.ts), a course file opened, a
 * question file imported — throws `StorageFullError`, whose message says nothing was saved
 * and the other courses are unchanged, and leaves every stored row as it was.
 */

const now = Date.UTC(2026, 2, 10, 12);

/** Every row of the tables a course write touches, to compare before and after. */
async function snapshot(db: FlashpointDb) {
	const [courses, documents, questions, cards, reviews, days] = await Promise.all([
		db.courses.toArray(),
		db.documents.toArray(),
		db.questions.toArray(),
		db.cards.toArray(),
		db.reviews.toArray(),
		db.days.toArray()
	]);
	return { courses, documents, questions, cards, reviews, days };
}

/** Reopens `db` so that writes to `table` fail as IndexedDB fails them when the quota is used up. */
async function fillDisk(db: FlashpointDb, table = 'questions') {
	db.close();
	db.use({
		stack: 'dbcore',
		name: 'full-disk',
		create: (down: DBCore): DBCore => ({
			...down,
			table(name) {
				const inner = down.table(name);
				if (name !== table) return inner;
				return {
					...inner,
					mutate: () =>
						Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
				};
			}
		})
	});
	await db.open();
}

/** A device with one course of one's own, studied (a card and an answer), and a course file. */
async function studiedDevice() {
	const db = freshDb();
	await createCourse(db, fixtureCourse(), { id: 'u-mine', now: 5 });
	await recordAnswer(answer('u-mine:q-1', 3, now), DEFAULT_STUDY_SETTINGS, db);
	const file = await buildCourseFile(db, 'u-mine', now);
	return { db, file };
}

describe('a full disk', () => {
	it('during a course file import (new, replace or keep both) changes nothing and says so', async () => {
		const { db, file } = await studiedDevice();
		const other = { ...file, course: { id: 'u-classmate', title: 'From a classmate' } };
		const before = await snapshot(db);
		await fillDisk(db);
		for (const [course, mode] of [
			[other, 'keep-both'],
			[file, 'replace'],
			[file, 'keep-both']
		] as const) {
			const failure = importCourseFile(db, course, mode, now);
			await expect(failure).rejects.toBeInstanceOf(StorageFullError);
			await expect(failure).rejects.toThrow(
				/Nothing was saved and your other courses are unchanged/
			);
		}
		expect(await snapshot(db)).toEqual(before);
	});

	it('during a question file import, into a new course or one’s own, changes nothing', async () => {
		const { db } = await studiedDevice();
		const plan = planImport(readGift('::Q1:: Capital of Kosovo? {=Pristina ~Skopje}').questions, {
			fileName: 'q.gift',
			formatLabel: 'Moodle GIFT'
		});
		expect(plan.questions).toHaveLength(1);
		const before = await snapshot(db);
		await fillDisk(db);
		const origin = { fileName: 'q.gift', formatLabel: 'Moodle GIFT' };
		await expect(importAsNewCourse(db, plan, origin, 'Quiz', { now })).rejects.toBeInstanceOf(
			StorageFullError
		);
		await expect(importIntoCourse(db, 'u-mine', plan, origin, { now })).rejects.toBeInstanceOf(
			StorageFullError
		);
		expect(await snapshot(db)).toEqual(before);
	});

	it('when the disk fills at the course row, not the questions, still changes nothing', async () => {
		const { db, file } = await studiedDevice();
		const before = await snapshot(db);
		await fillDisk(db, 'courses');
		await expect(importCourseFile(db, file, 'replace', now)).rejects.toBeInstanceOf(
			StorageFullError
		);
		await expect(createCourse(db, fixtureCourse('Generated'), { now })).rejects.toBeInstanceOf(
			StorageFullError
		);
		expect(await snapshot(db)).toEqual(before);
	});
});
