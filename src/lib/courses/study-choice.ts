/**
 * Which course Study opens on when its address names none (the navigation's plain `/study`):
 * the last one chosen on this device, as Anki opens on the last deck. An outsider teacher made a
 * course, pressed Study and got All courses (issue 14). A choice is remembered when the address
 * names it (`/study?course=<id>`, `?course=` for all courses) and when a course is made or
 * imported, so Study goes to that course next. Kept in `localStorage` (one device, not synced).
 */

const KEY = 'flashpoint-study-course';

type ChoiceStorage = Pick<Storage, 'getItem' | 'setItem'>;

function local(): ChoiceStorage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

/**
 * Remembers `courseId` (null: all courses) as Study's course, and a course as the one last
 * worked in (`noteCourseWork`). Never throws (storage full, private mode).
 */
export function rememberStudyCourse(courseId: string | null, storage = local()): void {
	try {
		storage?.setItem(KEY, courseId ?? '');
	} catch {
		// Nothing remembered: Study opens on all courses, as before.
	}
	if (courseId) noteCourseWork(courseId, storage);
}

const WORK_KEY = 'flashpoint-last-course';

/**
 * Remembers `courseId` as the course last worked in on this device: made, imported, studied,
 * its drafts accepted, or a quiz built from it. New quiz opens on it (`startingQuizCourse`), as
 * Moodle adds a quiz to the course one is in: an outsider teacher (Kahoot and Moodle, issue 12)
 * made and accepted her own course and New quiz chose the built-in one. Never throws.
 */
export function noteCourseWork(courseId: string, storage = local()): void {
	try {
		storage?.setItem(WORK_KEY, courseId);
	} catch {
		// Nothing remembered: New quiz opens on the newest course instead.
	}
}

/** The course last worked in on this device (`noteCourseWork`), or null. Never throws. */
export function lastCourseWorked(storage = local()): string | null {
	try {
		return storage?.getItem(WORK_KEY) || null;
	} catch {
		return null;
	}
}

/**
 * The course Study shows for `params` (its address's query): the one `course` names (empty:
 * all courses, null), else the remembered one when it is among `courseIds` (a deleted course
 * falls back to all courses), else null. Also gives whether the address chose it (`chosen`),
 * which the page then remembers.
 */
export function studyCourse(
	params: URLSearchParams,
	courseIds: readonly string[] | null,
	storage = local()
): { courseId: string | null; chosen: boolean } {
	if (params.has('course')) return { courseId: params.get('course') || null, chosen: true };
	let kept: string | null = null;
	try {
		kept = storage?.getItem(KEY) || null;
	} catch {
		kept = null;
	}
	if (kept && courseIds && !courseIds.includes(kept)) kept = null;
	return { courseId: kept, chosen: false };
}
