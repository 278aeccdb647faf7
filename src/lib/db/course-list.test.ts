// The screens that list courses read the courses' tally rows, not the course rows: a course row
// holds every question's queue entry (40,000 after a big CSV import, issue 14), so a list of
// titles and counts must not read it.
import type { DBCore, Middleware } from 'dexie';
import { describe, expect, it } from 'vitest';
import { listCourses, loadCourseBank, loadStudyQuestions } from '$lib/content/bank';
import { ownCoursesFirst } from '$lib/courses/course-order';
import { createCourse } from '$lib/courses/create';
import { fixtureCourse } from '$lib/courses/fixtures.test-helpers';
import { recordAnswer } from './answers';
import { loadCourseCounts } from './home-summary';
import { loadCourseList, loadCourseListFilling } from './home-view';
import { storeHomeCounts } from './home-counts';
import { setDraftStatus } from '$lib/courses/drafts';
import { countReads } from './read-counter';
import { createDb, type FlashpointDb } from './schema';
import { answer, freshDb } from './test-helpers';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';

const now = new Date(2026, 2, 10, 12).getTime();

async function threeCourses() {
	const db = freshDb();
	await createCourse(db, fixtureCourse('Older'), { id: 'u-a', now: 1 });
	await createCourse(db, fixtureCourse('Newer'), { id: 'u-b', now: 2 });
	await createCourse(db, fixtureCourse('Newest'), { id: 'u-c', now: 3 });
	await recordAnswer(answer('u-b:q-1', 3, now - 3_600_000), DEFAULT_STUDY_SETTINGS, db);
	return db;
}

/**
 * A new connection to `db`'s database (a new tab) that counts what it reads, and how many
 * course rows it read whole (`courseValues`: a key-only read of the table carries no question
 * list, so it is not one).
 */
function countedTab(db: FlashpointDb) {
	const tab = createDb(db.name);
	const seen = { courseValues: 0 };
	const middleware: Middleware<DBCore> = {
		stack: 'dbcore',
		name: 'course-values',
		create: (down) => ({
			...down,
			table: (name) => {
				const table = down.table(name);
				if (name !== 'courses') return table;
				return {
					...table,
					get: (request) => {
						seen.courseValues++;
						return table.get(request);
					},
					getMany: (request) => {
						seen.courseValues += request.keys.length;
						return table.getMany(request);
					},
					query: async (request) => {
						const result = await table.query(request);
						if (request.values) seen.courseValues += result.result.length;
						return result;
					},
					openCursor: (request) => {
						if (request.values) seen.courseValues++;
						return table.openCursor(request);
					}
				};
			}
		})
	};
	tab.use(middleware);
	return { tab, counts: countReads(tab), seen };
}

describe('the course list (Courses screen)', () => {
	it('gives what the course rows gave, without reading one', async () => {
		const db = await threeCourses();
		const before = await loadCourseCounts(ownCoursesFirst(await listCourses(db)), now, db);
		const { tab, seen } = countedTab(db);
		const list = await loadCourseList(now, tab);
		expect(list).toEqual(before);
		expect(list.map((course) => course.title)).toEqual(['Older', 'Newer', 'Newest']);
		expect(list.find((course) => course.id === 'u-b')?.questionCount).toBe(3);
		expect(seen.courseValues).toBe(0);
	});

	it('gives one course’s counts as its own, drafts and documents with text counted', async () => {
		const db = freshDb();
		const course = fixtureCourse('Only');
		course.documents[1].text = ' ';
		await createCourse(db, course, { id: 'u-o', now: 1 });
		await setDraftStatus(db, 'u-o:q-2', 'draft');
		await recordAnswer(answer('u-o:q-1', 1, now - 60_000), DEFAULT_STUDY_SETTINGS, db);
		const before = await loadCourseCounts(await listCourses(db), now, db);
		const { tab, seen } = countedTab(db);
		const list = await loadCourseList(now, tab);
		expect(list).toEqual(before);
		expect(list[0]).toMatchObject({ draftCount: 1, documentCount: 2, textDocumentCount: 1 });
		expect(list[0].counts.learning).toBe(1);
		expect(seen.courseValues).toBe(0);
		expect(await loadCourseList(now, freshDb())).toEqual([]);
	});

	it('reuses the counts Home stored: a second list builds no course’s queue again', async () => {
		const db = await threeCourses();
		const first = await loadCourseListFilling(now, createDb(db.name));
		expect(first.fill.entries.size).toBe(3);
		await storeHomeCounts(first.fill, db);
		const { tab, counts } = countedTab(db);
		const again = await loadCourseListFilling(now + 60_000, tab);
		expect(again.courses).toEqual(
			await loadCourseCounts(ownCoursesFirst(await listCourses(db)), now + 60_000, db)
		);
		expect(again.fill.entries.size).toBe(0);
		expect(counts.rowsBy['items.[courseId+state+due]'] ?? 0).toBe(0);
	});
});

describe('loadCourseBank of one course', () => {
	it('reads that course’s questions and no course row', async () => {
		const db = await threeCourses();
		const { tab, counts, seen } = countedTab(db);
		const bank = await loadCourseBank('u-b', tab);
		expect(bank.bank.questions.map((q) => q.id)).toEqual(['u-b:q-1', 'u-b:q-2', 'u-b:q-3']);
		expect(seen.courseValues).toBe(0);
		expect(counts.rowsBy['questions.[courseId+position]']).toBe(3);
	});
});

describe('loadStudyQuestions of one course', () => {
	it('reads that course’s row only', async () => {
		const db = await threeCourses();
		const { tab, seen } = countedTab(db);
		const studied = await loadStudyQuestions(tab, 'u-c');
		expect(studied.map((q) => q.id)).toEqual(['u-c:q-1', 'u-c:q-2', 'u-c:q-3']);
		expect(seen.courseValues).toBe(1);
		expect(await loadStudyQuestions(tab, 'u-none')).toEqual([]);
		expect((await loadStudyQuestions(tab)).length).toBe(9);
	});
});
