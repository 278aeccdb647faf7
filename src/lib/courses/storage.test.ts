import { describe, expect, it } from 'vitest';
import { listCourseInfo, listCourses, loadStudyQuestions } from '$lib/content/bank';
import { recordAnswer } from '$lib/db/answers';
import { loadCourseCounts, loadHomeSummary, loadTodayCounts } from '$lib/db/home-summary';
import { loadHomeView } from '$lib/db/home-view';
import { countReads } from '$lib/db/read-counter';
import { BUILTIN_COURSE_ID } from '$lib/db/records';
import { createDb, type FlashpointDb } from '$lib/db/schema';
import { answer, freshDb } from '$lib/db/test-helpers';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { createCourse } from './create';
import { setDraftStatus } from './drafts';
import { fixtureCourse, fixtureQuestion } from './fixtures.test-helpers';
import { saveStudySettings } from '$lib/db/study-settings';
import { estimateCourseStorage, formatBytes, jsonBytes } from './storage';

const now = new Date(2026, 2, 10, 12).getTime();

/** Another connection to `db`'s database: a new tab, its caches empty. */
const freshTab = (db: FlashpointDb) => createDb(db.name);

async function twoCourses() {
	const db = freshDb();
	await createCourse(db, fixtureCourse('Small'), { id: 'u-s', now: 2 });
	const big = fixtureCourse('Big');
	big.documents[0].text += '\n\n' + 'Long text. '.repeat(2_000);
	await createCourse(db, big, { id: 'u-b', now: 1 });
	return db;
}

describe('estimateCourseStorage', () => {
	it('sizes each course from its rows, its cards and answers by key range', async () => {
		const db = await twoCourses();
		for (let i = 0; i < 3; i++)
			await recordAnswer(
				answer('u-s:q-1', 3, now + i * 3_600_000, i ? now + (i - 1) * 3_600_000 : null),
				DEFAULT_STUDY_SETTINGS,
				db
			);
		const courses = await listCourses(db);
		expect(courses.map((c) => c.id)).toEqual(['u-b', 'u-s']);
		const [big, small] = await estimateCourseStorage(db, courses);
		expect(big).toMatchObject({ courseId: 'u-b', title: 'Big', questions: 3, answers: 0 });
		expect(small).toMatchObject({ courseId: 'u-s', questions: 3, answers: 3 });
		expect(big.bytes).toBeGreaterThan(22_000);
		expect(small.bytes).toBeLessThan(big.bytes);
		const reviews = await db.reviews.toArray();
		const card = await db.cards.get('u-s:q-1');
		// Every answer and the card are counted with the course that owns them.
		expect(small.bytes).toBeGreaterThanOrEqual(jsonBytes(reviews[0]) * 2 + jsonBytes(card) - 50);
	});

	// Session 34: Settings said "Geography – rivers: 10 questions" with one of 10 drafts rejected,
	// where Courses, Stats and the drafts review said 9 accepted.
	it('counts a course’s questions as every screen does: drafts and rejected ones take bytes only', async () => {
		const db = await twoCourses();
		const [, before] = await estimateCourseStorage(db, await listCourses(db));
		await setDraftStatus(db, 'u-s:q-2', 'rejected');
		await setDraftStatus(db, 'u-s:q-3', 'draft');
		const courses = await listCourses(db);
		const [, small] = await estimateCourseStorage(db, courses);
		expect(small.questions).toBe(1);
		expect(small.questions).toBe(courses[1].questionCount);
		expect(small.bytes).toBeGreaterThan(before.bytes * 0.9);
	});

	it('counts every question of a large course and sizes them from a sample, near the exact sum', async () => {
		const db = freshDb();
		const course = fixtureCourse('Large');
		course.documents[0].questions = Array.from({ length: 130 }, (_, i) =>
			fixtureQuestion(`q${i}`, 'short', { prompt: `Question number ${i} of the large course?` })
		);
		await createCourse(db, course, { id: 'u-l', now: 1 });
		const [large] = await estimateCourseStorage(db, await listCourses(db));
		expect(large.questions).toBe(131);
		// Every row read whole, as the estimate did before it sampled the questions.
		const rows = [
			await db.courses.get('u-l'),
			...(await db.questions.where('courseId').equals('u-l').toArray()),
			...(await db.documents.where('courseId').equals('u-l').toArray())
		];
		const exact = rows.reduce((total, row) => total + jsonBytes(row), 0);
		expect(large.bytes).toBeGreaterThan(exact * 0.95);
		expect(large.bytes).toBeLessThan(exact * 1.05);
	});

	// perf48: Settings read every document row, texts and all, and every course row, with each
	// question's queue entry, to show sizes.
	it('reads neither a document row nor a course row, and sizes documents as their rows would', async () => {
		const db = await twoCourses();
		const tab = freshTab(db);
		const counts = countReads(tab);
		const courses = await listCourseInfo(tab);
		const sized = await estimateCourseStorage(tab, courses);
		// Documents: the size index's keys and a count; no row, no cursor over the rows.
		expect(Object.keys(counts.requestsBy).filter((kind) => kind.startsWith('documents.'))).toEqual([
			'documents.[courseId+bytes].cursor',
			'documents.courseId.count'
		]);
		expect(Object.keys(counts.requestsBy).filter((kind) => kind.startsWith('courses.'))).toEqual(
			[]
		);
		// The same figures as from the whole course rows.
		expect(await estimateCourseStorage(db, await listCourses(db))).toEqual(sized);
		const big = await db.documents.where('courseId').equals('u-b').toArray();
		const exact = big.reduce((total, { bytes: _b, ...row }) => total + jsonBytes(row), 0);
		expect(big.reduce((total, row) => total + (row.bytes ?? 0), 0)).toBe(exact);
		expect(sized[0].bytes).toBeGreaterThan(exact);
	});

	it('keeps a document’s size current when the row is written again', async () => {
		const db = await twoCourses();
		const [doc] = await db.documents.where('courseId').equals('u-s').toArray();
		await db.documents.update(doc.id, { text: `${doc.text} ${'More. '.repeat(500)}` });
		const after = await db.documents.get(doc.id);
		const { bytes, ...rest } = after!;
		expect(bytes).toBe(jsonBytes(rest));
		expect(bytes).toBeGreaterThan(doc.bytes! + 2_900);
	});

	it('formats bytes in decimal units', () => {
		expect(formatBytes(1)).toBe('1 byte');
		expect(formatBytes(999)).toBe('999 bytes');
		expect(formatBytes(1_234)).toBe('1.2 kB');
		expect(formatBytes(45_600)).toBe('46 kB');
		expect(formatBytes(3_400_000)).toBe('3.4 MB');
	});
});

describe('courses in the loader and the counts', () => {
	it('lists the built-in course first; studies only accepted questions, of one course or all', async () => {
		const db = await twoCourses();
		await setDraftStatus(db, 'u-s:q-2', 'draft');
		await db.courses.add({
			id: BUILTIN_COURSE_ID,
			title: 'Built-in',
			kind: 'builtin',
			hash: 'stale',
			installedAt: 9,
			questionCount: 0,
			documentCount: 0,
			queue: []
		});
		expect((await listCourses(db)).map((c) => c.id)).toEqual(['builtin', 'u-b', 'u-s']);
		expect((await loadStudyQuestions(db, 'u-s')).map((q) => q.id)).toEqual(['u-s:q-1', 'u-s:q-3']);
		expect(await loadStudyQuestions(db, 'u-none')).toEqual([]);
		const counts = await loadCourseCounts(await listCourses(db), now, db);
		expect(counts.map((c) => [c.id, c.counts.fresh])).toEqual([
			['builtin', 0],
			// Two of its questions quote one sentence (siblings): one is left for another day.
			['u-b', 2],
			['u-s', 2]
		]);
		// The Courses screen links to drafts left to review (an outsider could not find them).
		expect(counts.map((c) => [c.id, c.draftCount])).toEqual([
			['builtin', 0],
			['u-b', 0],
			['u-s', 1]
		]);
		// One definition: a course's counts are today's counts of its own questions.
		expect(counts[2].counts).toEqual(
			await loadTodayCounts(await loadStudyQuestions(db, 'u-s'), now, db)
		);
	});

	it('reads Home in one go as the summary and each course’s counts, learning cards included', async () => {
		const db = await twoCourses();
		// Again: a learning card due in a minute (its item read by range, not by key).
		await recordAnswer(answer('u-s:q-1', 1, now), DEFAULT_STUDY_SETTINGS, db);
		const later = now + 2 * 60_000;
		const view = await loadHomeView(later, freshTab(db));
		const courses = await listCourses(db);
		expect(view).toEqual({
			...(await loadHomeSummary({ courseId: null }, later, freshTab(db))),
			courses: await loadCourseCounts(courses, later, freshTab(db), false),
			// No answer is dated after the clock, and no study day kept from another time zone.
			clockBehind: null,
			keptDay: null
		});
		expect(view?.counts.learning).toBe(1);
		expect(view?.courses?.find((c) => c.id === 'u-s')?.counts.learning).toBe(1);
		expect(view?.courses?.find((c) => c.id === 'u-b')?.counts.learning).toBe(0);
		expect(await loadHomeView(later, freshDb())).toBeNull();
	});

	it('counts each course’s due reviews as its own queue does when Home reads them by course', async () => {
		// Three courses of 30 questions, two per fact (siblings), each with a review card due
		// before today at times interleaved across the courses; one answered today.
		const db = freshDb();
		const ids: string[] = [];
		for (const c of [0, 1, 2]) {
			const questions = Array.from({ length: 30 }, (_, n) =>
				fixtureQuestion(`q${n}`, 'short', {
					fact: `f${c}-${n >> 1}`,
					source: { doc: 'whatever', quote: `Course ${c} sentence ${n}.` }
				})
			);
			const course = fixtureCourse(`Course ${c}`);
			course.documents = [{ ...course.documents[1], questions }];
			await createCourse(db, course, { id: `u-${c}`, now: c + 1 });
			ids.push(...(await loadStudyQuestions(db, `u-${c}`)).map((q) => q.id));
		}
		const day = 86_400_000;
		await db.cards.bulkAdd(
			ids.map((questionId, i) => ({
				questionId,
				due: now - 5 * day + (i % 30) * 60_000 + Math.floor(i / 30),
				stability: 10,
				difficulty: 5,
				elapsedDays: 0,
				scheduledDays: 10,
				learningSteps: 0,
				reps: 3,
				lapses: 0,
				state: 2,
				lastReview: now - 15 * day,
				leech: false
			}))
		);
		await recordAnswer(answer(ids[30], 3, now, now - 15 * day), DEFAULT_STUDY_SETTINGS, db);
		const later = now + 60_000;
		// 5 reviews a day: every course has more due than Home reads at once (5 + 20); 20: none.
		for (const maxReviewsPerDay of [5, 20, 200]) {
			await saveStudySettings({ ...DEFAULT_STUDY_SETTINGS, maxReviewsPerDay }, db);
			const view = await loadHomeView(later, freshTab(db));
			const courses = await listCourses(db);
			const alone = await Promise.all(
				courses.map((c) => loadTodayCounts({ courseId: c.id }, later, freshTab(db)))
			);
			expect(view?.courses?.map((c) => c.counts)).toEqual(alone);
			expect(view?.counts).toEqual(await loadTodayCounts({ courseId: null }, later, freshTab(db)));
			expect(alone.map((c) => c.review)).toEqual(maxReviewsPerDay === 5 ? [4, 4, 4] : [15, 14, 15]);
		}
	});

	it('reads the latest answer and the settings once per Home load, for every course’s counts, streak and totals', async () => {
		const db = await twoCourses();
		await recordAnswer(answer('u-s:q-1', 3, now), DEFAULT_STUDY_SETTINGS, db);
		const tab = freshTab(db);
		const counts = countReads(tab);
		const view = await loadHomeView(now + 60_000, tab);
		expect(view?.courses).toHaveLength(2);
		expect(view?.answeredToday).toBe(1);
		// `readLatestAnswer` is the log's last key: the one query of `reviews` by primary key.
		expect(counts.requestsBy['reviews.key.query']).toBe(1);
		// And the study settings once, with the course list (no part waits for its own read).
		expect(counts.gets['settings:study']).toBe(1);
	});
});
