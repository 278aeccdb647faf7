// Home's counts on a seeded database: as a new tab reads them (each round of `bench/scale.ts`)
// and split into phases (SCALE_PHASES).
import { listCourseInfo, listCourses } from '$lib/content/bank';
import { ownCoursesFirst } from '$lib/courses/course-order';
import { recordAnswer } from '$lib/db/answers';
import { HOME_COUNTS_PREFIX, storeHomeCounts, type HomeCountsFill } from '$lib/db/home-counts';
import { loadCourseCounts, loadHomeSummary } from '$lib/db/home-summary';
import { loadCourseList, loadHomeView, loadHomeViewFilling } from '$lib/db/home-view';
import { knownLatest, type KnownLatest } from '$lib/db/study-today';
import { answer as answerInput } from '$lib/db/test-helpers';
import { REVIEW_LIST_PREFIX } from '$lib/db/review-list';
import { loadTodayQueue } from '$lib/db/today-queue';
import { pickNext } from '$lib/srs/queue';
import { measured, withDb } from './measure';
import { DAY, SETTINGS } from './seed';

/** What each database's last measured Home built, for `storeHome`. */
const pendingFills = new Map<string, HomeCountsFill>();

/**
 * Home in a new tab, as `watchHomeSummary` reads it (`loadHomeViewFilling`): the course list,
 * `loadHomeSummary` (counts, streak, minutes) and, with more than one course, each course's
 * counts (the stored ones where they hold). Measured (`measured`: ms, requests, rows) until
 * the figures are ready; `storeHome` then stores the counts it built, as the app does after
 * showing them (`storeHomeCounts`: the screen is painted by then).
 */
export function home(name: string, now: number) {
	return withDb(name, async (db) => {
		let fill: HomeCountsFill | undefined;
		const figures = await measured(async () => {
			fill = (await loadHomeViewFilling(now, db)).fill;
		});
		pendingFills.set(name, fill!);
		return figures;
	});
}

/**
 * The Courses screen in a new tab, as `watchCourseCounts` reads it: every course with its counts,
 * drafts and documents (`loadCourseList`, from the courses' tally rows), or with `rows` as it
 * read them before perf45 (from the course rows, each with its question list). Measured
 * (`measured`: ms, requests, rows).
 */
export function courseList(name: string, now: number, rows = false) {
	return withDb(name, (db) =>
		measured(async () =>
			rows
				? loadCourseCounts(ownCoursesFirst(await listCourses(db)), now, db)
				: loadCourseList(now, db)
		)
	);
}

/**
 * Deletes every course's stored Home counts (`home-counts.ts`) and review list
 * (`review-list.ts`): the next Home is the first of a day with nothing kept from an earlier one
 * (a new profile, or a write to every course since), whatever an earlier run or round stored.
 */
export function forgetHome(name: string) {
	return withDb(name, (db) =>
		db.transaction('rw', db.settings, async () => {
			await db.settings.where('key').startsWith(HOME_COUNTS_PREFIX).delete();
			await db.settings.where('key').startsWith(REVIEW_LIST_PREFIX).delete();
		})
	);
}

/** Stores the counts the last `home(name)` built, as the app does after painting (untimed). */
export function storeHome(name: string) {
	const fill = pendingFills.get(name);
	pendingFills.delete(name);
	return fill ? withDb(name, (db) => storeHomeCounts(fill, db)) : Promise.resolve();
}

/**
 * Home's count in phases, each in its own read transaction of one new connection (a new
 * tab), in Home's order: the course list and latest answer, the every-course summary, then
 * each course's counts (reusing the summary's cache, as Home does), and Home whole in a
 * second new connection, as the first of a day (no stored counts, `forgetHome`), and as the
 * first of the next day after this day's Home stored its counts and lists (`nextDay`). Each:
 * ms, IndexedDB requests and rows (`measured`).
 */
export function homePhases(name: string, now: number) {
	return withDb(name, async (db) => {
		let courses: Awaited<ReturnType<typeof listCourseInfo>> = [];
		let latest: KnownLatest = { latest: undefined };
		const list = await measured(async () => {
			[courses, latest] = await db.transaction('r', db.tallies, db.reviews, () =>
				Promise.all([listCourseInfo(db), knownLatest(db)])
			);
		});
		const summary = await measured(() =>
			loadHomeSummary({ courseId: null }, now, db, courses.length > 1 ? 'each' : 'shared', latest)
		);
		const perCourse = await measured(() =>
			courses.length > 1 ? loadCourseCounts(courses, now, db, false, latest) : Promise.resolve()
		);
		// Again, with every row cached: the counts' own JavaScript, with two requests.
		const perCourseCached = await measured(() =>
			courses.length > 1 ? loadCourseCounts(courses, now, db, false, latest) : Promise.resolve()
		);
		// The first Home of a day: no course's counts stored (an earlier run stored them).
		await forgetHome(name);
		const whole = await withDb(name, (fresh) => measured(() => loadHomeView(now, fresh)));
		// Home whole again in new tabs: with the counts a first Home stored (every course's
		// held), and after one answer in one course (that course built again).
		await withDb(name, async (tab) =>
			storeHomeCounts((await loadHomeViewFilling(now, tab)).fill, tab)
		);
		const stored = await withDb(name, (tab) => measured(() => loadHomeView(now, tab)));
		await withDb(name, async (tab) => {
			const queue = await loadTodayQueue({ courseId: null }, SETTINGS, now, tab);
			const item = pickNext(queue, now, SETTINGS.learnAheadMinutes);
			if (item)
				await recordAnswer(
					answerInput(item.questionId, 3, now, item.card?.lastReview ?? null, 1000),
					SETTINGS,
					tab
				);
		});
		const oneWritten = await withDb(name, (tab) => measured(() => loadHomeView(now, tab)));
		// The next day's first Home, after this day's stored each course's counts and review
		// list: the counts are of another day, each course's due reviews come from its list and
		// the reviews due since (a day's worth), not its whole backlog.
		await withDb(name, async (tab) =>
			storeHomeCounts((await loadHomeViewFilling(now, tab)).fill, tab)
		);
		const nextDay = await withDb(name, (tab) => measured(() => loadHomeView(now + DAY, tab)));
		return { list, summary, perCourse, perCourseCached, whole, stored, oneWritten, nextDay };
	});
}
