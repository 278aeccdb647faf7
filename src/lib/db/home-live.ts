import { liveQuery } from 'dexie';
import { ensureBuiltinCourse } from '$lib/content/bank';
import { watchStudyDay } from '$lib/srs/day-watch';
import type { CourseCounts, HomeSummary } from './home-summary';
import { storeHomeCounts } from './home-counts';
import { loadCourseListFilling, loadHomeViewFilling } from './home-view';
import { getDb } from './schema';

/**
 * Runs `query` as a live query (so a write in any tab runs it again) and runs it afresh when a
 * new study day begins (4 AM) or the app comes back to the foreground, installing the built-in
 * course first if it is missing. `onValue` gets each result; `onError` any failure to install
 * or read. Returns the function that stops watching. The one live-query helper of the screens
 * that show today's counts (Home, Courses) and Settings' storage table (`watchCourseStorage`).
 */
export function watchToday<T>(
	query: () => Promise<T>,
	onValue: (value: T) => void,
	onError: (error: unknown) => void
): () => void {
	const subscribe = () => liveQuery(query).subscribe({ next: onValue, error: onError });
	let subscription: ReturnType<typeof subscribe> | undefined;
	let unwatch: (() => void) | undefined;
	// Started in a task of its own: the screen imports this module (and Dexie) dynamically, and
	// evaluating them plus opening the database and the first reads in one task made one long
	// task of the two (Home: 34 + 33 ms on the busy dev machine, ×4 in Lighthouse's mobile
	// simulation); split, each stays shorter (Total Blocking Time counts each task's excess
	// over 50 ms).
	// The connection is created first, in a task of its own too: Dexie parsing every schema
	// version was most of the task that also ran the install check and the first read (Home,
	// issue 14: 144 of 206 ms at 4× on the busy machine, once the layout stopped creating it).
	let start = setTimeout(() => {
		getDb();
		start = setTimeout(() => {
			ensureBuiltinCourse().catch(onError);
			subscription = subscribe();
			unwatch = watchStudyDay(() => {
				subscription?.unsubscribe();
				subscription = subscribe();
			});
		}, 0);
	}, 0);
	return () => {
		clearTimeout(start);
		unwatch?.();
		subscription?.unsubscribe();
	};
}

/**
 * Home's figures, kept current (`watchToday`), including the built-in course arriving on a
 * first visit. Home never loads the questions, nor every course's question list: the course
 * list and the counts come from the `tallies` and `items` tables (schema v7, `indexes.ts`),
 * so its reads do not grow with the collection; with more than one course, each course's own
 * counts come too (`loadHomeViewFilling`, one transaction; the courses' counts it built are
 * stored for the next Home, `home-counts.ts`). `onValue` gets null until a course is
 * installed.
 *
 * Home imports this module dynamically: the database code is not needed to paint and use
 * the screen (its figures are prerendered as dashes), so it stays out of Home's first load.
 */
export function watchHomeSummary(
	onValue: (summary: HomeSummary | null) => void,
	onError: (error: unknown) => void
): () => void {
	return watchToday(
		() => loadHomeViewFilling(),
		({ summary, fill }) => {
			onValue(summary);
			// Stored for the next Home, in a task of its own: a live query may not write. A
			// failure costs only a rebuild next time (the counts are a cache), so it is not shown.
			if (fill.entries.size)
				setTimeout(() => void storeHomeCounts(fill, getDb()).catch(() => undefined), 0);
		},
		onError
	);
}

/**
 * Every course with today's counts (`loadCourseListFilling`: Home's stored counts where they
 * hold), kept current (`watchToday`); the counts it built are stored for the next Home or Courses
 * screen, as `watchHomeSummary` stores them.
 */
export function watchCourseCounts(
	onValue: (courses: CourseCounts[]) => void,
	onError: (error: unknown) => void
): () => void {
	return watchToday(
		() => loadCourseListFilling(),
		({ courses, fill }) => {
			onValue(courses);
			if (fill.entries.size)
				setTimeout(() => void storeHomeCounts(fill, getDb()).catch(() => undefined), 0);
		},
		onError
	);
}
