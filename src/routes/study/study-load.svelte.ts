import { listCourseInfo, type CourseInfo } from '$lib/content/bank';
import { openQuestionShelf } from '$lib/content/question-shelf';
import { rememberStudyCourse, studyCourse } from '$lib/courses/study-choice';
import { requestPersistentStorage } from '$lib/db/persist';
import { StudySession } from '$lib/srs/session.svelte';
import { nextTask } from '$lib/ui/next-task';

/**
 * What the Study screen opens on: the course studied (`?course=<id>`, else the one last chosen
 * or made on this device: `studyCourse`), the course list for the picker, and the session over
 * its queue; or why it cannot (a course not on this device, a failed read). `open` is the
 * screen's effect on its address: each address opens a new session, the last one stopped.
 */
export class StudyLoad {
	session = $state<StudySession | null>(null);
	loadError = $state<string | null>(null);
	courses = $state<CourseInfo[]>([]);
	/** The course studied, or null for all courses. */
	courseId = $state<string | null>(null);
	missingCourse = $state(false);
	/** Drafts waiting in a user course with no accepted question (Study then says so). */
	draftCount = $state(0);

	/** Busy while the bank and today's queue load (the screen says so: issue 14). */
	get loading(): boolean {
		return (
			!this.missingCourse && !this.loadError && (!this.session || this.session.phase === 'loading')
		);
	}

	/** The studied course's title, 'All courses' for all; '' until the courses are read. */
	get title(): string {
		const id = this.courseId;
		return id ? (this.courses.find((course) => course.id === id)?.title ?? '') : 'All courses';
	}

	/**
	 * Opens the session of the address's `params`; returns what stops it. `?course=` is read in
	 * the browser only (a prerendered page has no query string); a new choice on the picker is a
	 * navigation, which starts a new session on that course.
	 */
	open(params: URLSearchParams): () => void {
		const choice = studyCourse(params, null);
		if (choice.chosen) rememberStudyCourse(choice.courseId);
		let id = choice.courseId;
		let active: StudySession | null = null;
		let cancelled = false;
		this.courseId = id;
		this.session = null;
		this.missingCourse = false;
		this.draftCount = 0;
		// Read in the task after hydration: opening the database (Dexie's schema of every
		// version, then the reads) in the hydration task made Study's one long task of its first
		// load longer (issue 14: Total Blocking Time counts each task's time beyond 50 ms).
		// The list is read once the shelf is open, as Stats reads it: the shelf installs the
		// built-in course on a first open, and a list read beside it could miss that course (a
		// student who imported her notes before any Study saw no course picker, only "All
		// courses": the e2e custom-study test's flaky failure, 1 run in 10).
		nextTask()
			.then(() => (cancelled ? null : openQuestionShelf(id)))
			.then((opened) => (opened && !cancelled ? Promise.all([opened, listCourseInfo()]) : null))
			.then(async (loaded) => {
				if (!loaded) return;
				const [opened, list] = loaded;
				let shelf = opened;
				if (cancelled) return;
				// A remembered course deleted since: all courses, not "course not found".
				if (!choice.chosen && id && !list.some((course) => course.id === id)) {
					id = null;
					shelf = await openQuestionShelf(null);
					if (cancelled) return;
				}
				this.courseId = id;
				this.courses = list;
				if (id && !list.some((course) => course.id === id)) {
					this.missingCourse = true;
					return;
				}
				const course = list.find((c) => c.id === id);
				if (course?.kind === 'user' && course.questionCount === 0)
					void countCourseDrafts(course.id).then((n) => !cancelled && (this.draftCount = n));
				// The questions of the cards it shows, not the course's every one (`QuestionShelf`).
				active = new StudySession(shelf);
				this.session = active;
				void active.start();
				void requestPersistentStorage();
			})
			.catch((error: unknown) => {
				this.loadError = error instanceof Error ? error.message : String(error);
			});
		return () => {
			cancelled = true;
			active?.stop();
		};
	}
}

/** The drafts of course `id` to review (`countDrafts`), loaded only for such a course. */
async function countCourseDrafts(id: string): Promise<number> {
	const [{ countDrafts }, { getDb }] = await Promise.all([
		import('$lib/courses/drafts'),
		import('$lib/db/schema')
	]);
	return countDrafts(getDb(), id);
}
