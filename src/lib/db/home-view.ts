/**
 * Everything Home shows, in one read transaction (`loadHomeView`), with each course's counts
 * taken from the ones stored by an earlier Home where they still hold (`home-counts.ts`): only
 * the courses written since are built again, and the every-course counts follow from the
 * courses' when the daily limits allow (issue 14, scale: Home's counts should cost on a big
 * collection what they cost on a new one).
 */
import { Dexie } from 'dexie';
import { listCourseInfo, type CourseInfo } from '$lib/content/bank';
import { ownCoursesFirst } from '$lib/courses/course-order';
import { clockBehind, type ClockBehind } from '$lib/srs/clock-behind';
import { keptStudyDay } from '$lib/srs/kept-day';
import { newLeftToday, reviewsLeftToday } from '$lib/srs/daily-limits';
import { extraFor } from '$lib/srs/custom-study';
import { studyToday, type StudyToday } from '$lib/srs/today';
import { readGeneration } from './generation';
import {
	countsAt,
	entryOfQueue,
	everyCourseCounts,
	readHomeCounts,
	reuseEntry,
	type HomeCountsEntry,
	type HomeCountsFill,
	type HomeCountsKey
} from './home-counts';
import {
	loadHomeSummary,
	type CourseCounts,
	type HomeKnown,
	type HomeSummary
} from './home-summary';
import { dueCaches, type DueCards } from './queue-cache';
import type { CourseRecord } from './records';
import type { ItemRecord } from './index-records';
import { getDb, type FlashpointDb } from './schema';
import { holdTables } from './card-holds';
import { readReviewLists, type ReviewList } from './review-list';
import { readDueCards, readLearningItems } from './due-read';
import { getStudySettings } from './study-settings';
import type { StudySettings } from '$lib/srs/settings';
import { knownLatest } from './study-today';
import { loadTodayQueueCounted } from './today-queue';

/** The tables `loadHomeView` reads. */
function homeTables(db: FlashpointDb) {
	return [
		db.cards,
		db.reviews,
		db.days,
		db.settings,
		db.questions,
		db.items,
		db.tallies,
		db.fresh,
		db.courses,
		...holdTables(db)
	];
}

/**
 * Today's due cards (`readDueCards`) with the learning cards' items (two `[state+due]` ranges),
 * put in this tab's queue cache, so each course's build that follows reads only its own due
 * reviews and new questions (without the items, each would `get` every learning card's).
 */
async function primeDueCards(
	db: FlashpointDb,
	token: Promise<string>,
	today: StudyToday
): Promise<DueCards> {
	const [due, learning] = await Promise.all([
		readDueCards(db, token, today, 0),
		readLearningItems(db, today.end)
	]);
	const items = new Map<string, ItemRecord | null>(
		due.learning.map((card) => [card.questionId, null])
	);
	for (const item of learning) items.set(item.id, item);
	const primed = { ...due, items };
	dueCaches.set(db, primed);
	return primed;
}

/**
 * What course `courseId`'s counts are built under today (`HomeCountsKey`): the study day, the
 * daily limits in `settings`, and what is left of them after today's answers (`due`'s totals)
 * with any custom-study extra for the course; `undefined` for every course at once.
 */
function countsKeyOf(
	today: StudyToday,
	settings: StudySettings,
	due: DueCards,
	courseId: string | undefined
): HomeCountsKey {
	return {
		day: today.day,
		dayStart: today.start,
		dayEnd: today.end,
		newPerDay: settings.newPerDay,
		maxReviewsPerDay: settings.maxReviewsPerDay,
		reviewsLeft: reviewsLeftToday(
			settings,
			due.totals,
			extraFor(due.extraReview, due.day, courseId)
		),
		newLeft: newLeftToday(
			settings,
			due.totals,
			due.newByCourse,
			courseId,
			extraFor(due.extraNew, due.day, courseId)
		)
	};
}

/**
 * Course `courseId`'s queue counts as an entry (`entryOfQueue`), built from the cache, and the
 * course's review list if its build read one to keep (`review-list.ts`).
 */
async function buildEntry(
	db: FlashpointDb,
	courseId: string,
	key: HomeCountsKey,
	now: number,
	known: Required<Pick<HomeKnown, 'settings'>> & HomeKnown
): Promise<{ entry: HomeCountsEntry; list?: ReviewList }> {
	const queue = await loadTodayQueueCounted({ courseId }, known.settings, now, db, {
		loadHead: false,
		latest: known
	});
	const list = queue.reviewLists?.get(courseId);
	const entry = entryOfQueue(key, queue.items, queue.buriedIds);
	if (queue.reviewsDueFrom !== undefined) entry.reviewsDueFrom = queue.reviewsDueFrom;
	return { entry, ...(list && { list }) };
}

/**
 * `loadHomeView`, with the counts it built to store (`storeHomeCounts`, outside the live
 * query that runs this): with more than one course, each course's stored entry is reused when
 * it holds (`reuseEntry`); the others are built from their own rows. When none holds (the
 * first Home of a day), every course's rows are read at once by the every-course build, as
 * before. Null summary until a course is installed.
 */
export async function loadHomeViewFilling(
	now: number = Date.now(),
	db: FlashpointDb = getDb()
): Promise<{ summary: HomeSummary | null; fill: HomeCountsFill }> {
	return db.transaction('r', homeTables(db), async () => {
		const tokenRead = readGeneration(db);
		const [courses, latest, settings, stored, token, behind] = await Promise.all([
			listCourseInfo(db),
			knownLatest(db),
			getStudySettings(db),
			readHomeCounts(db),
			tokenRead,
			readClockBehind(db, now)
		]);
		const fill: HomeCountsFill = { token, entries: new Map() };
		if (!courses.length) return { summary: null, fill };
		const known = { ...latest, settings };
		const today = studyToday(now, latest.latest);
		const keptDay = keptStudyDay(today);
		if (courses.length === 1) {
			const summary = await loadHomeSummary({ courseId: null }, now, db, 'shared', known);
			return { summary: { ...summary, clockBehind: behind, keptDay }, fill };
		}
		const due = await primeDueCards(db, tokenRead, today);
		const keyOf = (courseId: string | undefined) => countsKeyOf(today, settings, due, courseId);
		const entries = new Map<string, HomeCountsEntry>();
		for (const course of courses) {
			const entry = reuseEntry(stored.get(course.id), keyOf(course.id), now);
			if (entry) entries.set(course.id, entry);
		}
		const missing = courses.filter((course) => !entries.has(course.id));
		// The stored review lists, for the courses to build (`review-list.ts`): each reads only
		// the reviews due since its list was kept, not its whole backlog (the first Home of a day).
		const lists = missing.length ? await readReviewLists(db) : new Map<string, ReviewList>();
		dueCaches.set(db, { ...due, reviewLists: lists });
		const { reviewsLeft, newLeft } = keyOf(undefined);
		const limits = { reviewsLeft, newLeft };
		const derive = (list: HomeCountsEntry[]) =>
			everyCourseCounts(list, limits, now, settings.learnAheadMinutes);
		// Whether to build the missing courses alone (each from its own rows), then derive the
		// every-course counts or build that queue from its own share (`shared`): when at most
		// half the courses are missing. Else (the first Home of a day, or after studying most
		// courses) the every-course build reads each course's rows once for all (`each`), and the
		// missing courses are built from what it read.
		const alone = missing.length > 0 && missing.length * 2 <= courses.length;
		const given = alone
			? await buildMissing(db, missing, lists, keyOf, now, known, entries, fill).then(() =>
					derive(courses.map((course) => entries.get(course.id)!))
				)
			: missing.length
				? undefined
				: derive([...entries.values()]);
		// With every course's counts at hand, the every-course build (if the counts do not follow
		// from them) reads only what its own queue needs (`shared`), not each course's share.
		const spread = alone || !missing.length ? 'shared' : 'each';
		const summary = await loadHomeSummary({ courseId: null }, now, db, spread, known, given);
		if (!alone) await buildMissing(db, missing, lists, keyOf, now, known, entries, fill);
		keepListsRead(fill, lists, dueCaches.get(db)?.reviewLists);
		summary.courses = await courseRowsOf(db, courses, entries, now, settings.learnAheadMinutes);
		summary.clockBehind = behind;
		summary.keptDay = keptDay;
		return { summary, fill };
	});
}

/**
 * Home's course rows, the person's own courses first: each course's counts at `now` (ms) from its
 * entry in `entries` (every course has one by then), with its drafts waiting. A course with
 * drafts says so on Home too (outsider teacher: after Add documents, Home showed "New 0" and
 * nothing about her 6 drafts).
 */
async function courseRowsOf(
	db: FlashpointDb,
	courses: readonly CourseInfo[],
	entries: ReadonlyMap<string, HomeCountsEntry>,
	now: number,
	learnAheadMinutes: number
): Promise<CourseCounts[]> {
	const drafts = await countDraftsOf(db, courses);
	return ownCoursesFirst(courses).map((course) =>
		courseCounts(
			course,
			drafts.get(course.id) ?? 0,
			countsAt(entries.get(course.id)!, now, learnAheadMinutes)
		)
	);
}

/**
 * One course's row on Home and the Courses screen: its stored counts (documents with text as
 * the stored document count; the Courses screen counts them itself), its drafts waiting and
 * today's counts.
 */
function courseCounts(
	course: Pick<CourseCounts, 'id' | 'title' | 'kind' | 'questionCount' | 'documentCount'>,
	draftCount: number,
	counts: CourseCounts['counts']
): CourseCounts {
	const { id, title, kind, questionCount, documentCount } = course;
	return {
		id,
		title,
		kind,
		questionCount,
		documentCount,
		textDocumentCount: documentCount,
		draftCount,
		counts
	};
}

/**
 * Drafts still to review per user course (course id → count), read in one request on the
 * `[courseId+status]` index (v7): its keys only, one per draft, never the courses' other
 * questions, so Home's reads do not grow with the number of courses (scale-reads.test.ts).
 */
async function countDraftsOf(
	db: FlashpointDb,
	courses: readonly Pick<CourseRecord, 'id' | 'kind'>[]
): Promise<Map<string, number>> {
	const counts = new Map<string, number>();
	const own = courses.filter((course) => course.kind === 'user').map((course) => course.id);
	if (!own.length) return counts;
	const keys = await db.questions
		.where('[courseId+status]')
		.anyOf(own.map((id) => [id, 'draft']))
		.keys();
	for (const key of keys) {
		const courseId = String((key as unknown[])[0]);
		counts.set(courseId, (counts.get(courseId) ?? 0) + 1);
	}
	return counts;
}

/**
 * Answers dated after `now` (ms): a clock set back since they were given (`clockBehind`). One
 * `answeredAt` range, empty on a device whose clock is right, however long its log.
 */
function readClockBehind(db: FlashpointDb, now: number): PromiseLike<ClockBehind | null> {
	return db.reviews
		.where('answeredAt')
		.above(now)
		.toArray()
		.then((after) => clockBehind(after, now));
}

/** Puts in `fill` the review lists of `known` that are not the `stored` ones (read since). */
function keepListsRead(
	fill: HomeCountsFill,
	stored: ReadonlyMap<string, ReviewList>,
	known: ReadonlyMap<string, ReviewList> | undefined
): void {
	for (const [courseId, list] of known ?? [])
		if (stored.get(courseId) !== list && !fill.lists?.has(courseId))
			(fill.lists ??= new Map()).set(courseId, list);
}

/**
 * Builds the entries of `missing` courses, in parallel, into `entries` and `fill`, with the
 * review lists they read that are not the `stored` ones.
 */
function buildMissing(
	db: FlashpointDb,
	missing: readonly Omit<CourseRecord, 'queue'>[],
	stored: ReadonlyMap<string, ReviewList>,
	keyOf: (courseId: string) => HomeCountsKey,
	now: number,
	known: Required<Pick<HomeKnown, 'settings'>> & HomeKnown,
	entries: Map<string, HomeCountsEntry>,
	fill: HomeCountsFill
): PromiseLike<unknown> {
	return Dexie.Promise.all(
		missing.map((course) =>
			buildEntry(db, course.id, keyOf(course.id), now, known).then(({ entry, list }) => {
				entries.set(course.id, entry);
				fill.entries.set(course.id, entry);
				if (list && list !== stored.get(course.id)) (fill.lists ??= new Map()).set(course.id, list);
			})
		)
	);
}

/**
 * Everything Home shows (`loadHomeViewFilling` without what to store): the course list, the
 * counts, streak and minutes of `loadHomeSummary` for every course, and with more than one
 * course each course's counts. Null until a course is installed.
 */
export async function loadHomeView(
	now: number = Date.now(),
	db: FlashpointDb = getDb()
): Promise<HomeSummary | null> {
	return (await loadHomeViewFilling(now, db)).summary;
}

/**
 * The Courses screen's list, with what it built to store as Home does (`storeHomeCounts`):
 * every course, the user's own first (`ownCoursesFirst`), with today's counts and drafts as Home
 * has them (`loadHomeViewFilling`: each course's stored counts where they hold, so a big
 * collection costs what Home's counts cost, not every course's queue built again), and each
 * user course's documents and those with text counted. The courses come from their `course`
 * tally rows, never the course rows, which carry every question's queue entry (40,000 after a
 * big CSV import). Empty until a course is installed.
 */
export async function loadCourseListFilling(
	now: number = Date.now(),
	db: FlashpointDb = getDb()
): Promise<{ courses: CourseCounts[]; fill: HomeCountsFill }> {
	const { summary, fill } = await loadHomeViewFilling(now, db);
	if (!summary) return { courses: [], fill };
	// One course: Home lists none, and its every-course counts are that course's.
	const listed =
		summary.courses ??
		(await Promise.all(
			(await listCourseInfo(db)).map(async (course) =>
				courseCounts(
					course,
					(await countDraftsOf(db, [course])).get(course.id) ?? 0,
					summary.counts
				)
			)
		));
	const courses = await Promise.all(
		listed.map(async (course) => {
			if (course.kind !== 'user') return course;
			// Documents with text can be written from ("Write questions from its documents"); a
			// course imported from a quiz file holds only the file's row, with none.
			const documents = db.documents.where('courseId').equals(course.id);
			const [documentCount, textDocumentCount] = await Promise.all([
				documents.count(),
				documents.filter((d) => Boolean(d.text?.trim())).count()
			]);
			return { ...course, documentCount, textDocumentCount };
		})
	);
	return { courses, fill };
}

/** The Courses screen's list (`loadCourseListFilling` without what to store). */
export async function loadCourseList(
	now: number = Date.now(),
	db: FlashpointDb = getDb()
): Promise<CourseCounts[]> {
	return (await loadCourseListFilling(now, db)).courses;
}
