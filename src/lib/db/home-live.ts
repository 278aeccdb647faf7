import { liveQuery } from 'dexie';
import { ensureBuiltinCourse, listCourses } from '$lib/content/bank';
import { watchStudyDay } from '$lib/srs/day-watch';
import {
	loadCourseCounts,
	loadHomeView,
	type CourseCounts,
	type HomeSummary
} from './home-summary';

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
	ensureBuiltinCourse().catch(onError);
	const subscribe = () => liveQuery(query).subscribe({ next: onValue, error: onError });
	let subscription = subscribe();
	const unwatch = watchStudyDay(() => {
		subscription.unsubscribe();
		subscription = subscribe();
	});
	return () => {
		unwatch();
		subscription.unsubscribe();
	};
}

/**
 * Home's figures, kept current (`watchToday`), including the built-in course arriving on a
 * first visit. Home never loads the questions, nor every course's question list: the course
 * list and the counts come from the `tallies` and `items` tables (schema v7, `indexes.ts`),
 * so its reads do not grow with the collection; with more than one course, each course's own
 * counts come too (`loadHomeView`, one transaction). `onValue` gets null until a course is
 * installed.
 *
 * Home imports this module dynamically: the database code is not needed to paint and use
 * the screen (its figures are prerendered as dashes), so it stays out of Home's first load.
 */
export function watchHomeSummary(
	onValue: (summary: HomeSummary | null) => void,
	onError: (error: unknown) => void
): () => void {
	return watchToday(() => loadHomeView(), onValue, onError);
}

/** Every course with today's counts (`loadCourseCounts`), kept current (`watchToday`). */
export function watchCourseCounts(
	onValue: (courses: CourseCounts[]) => void,
	onError: (error: unknown) => void
): () => void {
	return watchToday(async () => loadCourseCounts(await listCourses()), onValue, onError);
}
