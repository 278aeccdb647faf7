import { liveQuery } from 'dexie';
import { ensureBuiltinCourse, listCourses } from '$lib/content/bank';
import { watchStudyDay } from '$lib/srs/day-watch';
import { loadCourseCounts, loadHomeSummary, type HomeSummary } from './home-summary';

/**
 * Home's figures, kept current: a live query over the course rows and progress, so an answer
 * in another tab updates them, and so does the built-in course arriving on a first visit
 * (installed here if missing). Home never loads the questions themselves (the course rows
 * hold what the queue needs: `toQueueQuestion`); with more than one course, each course's own
 * counts come too (`loadCourseCounts`). Read again when a new study day begins (4 AM) or the app
 * comes back to the foreground. `onValue` gets null until a course is installed; `onError`
 * gets any failure to install or read. Returns the function that stops watching.
 *
 * Home imports this module dynamically: the database code is not needed to paint and use
 * the screen (its figures are prerendered as dashes), so it stays out of Home's first load.
 */
export function watchHomeSummary(
	onValue: (summary: HomeSummary | null) => void,
	onError: (error: unknown) => void
): () => void {
	ensureBuiltinCourse().catch(onError);
	const subscribe = () =>
		liveQuery(async () => {
			const courses = await listCourses();
			const questions = courses.flatMap((course) => course.queue);
			if (!courses.length) return null;
			const now = Date.now();
			const summary = await loadHomeSummary(questions, now);
			if (courses.length > 1) summary.courses = await loadCourseCounts(courses, now);
			return summary;
		}).subscribe({ next: onValue, error: onError });
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
