import { listCourses } from '$lib/content/bank';
import { BUILTIN_COURSE_ID, type CourseRecord } from '$lib/db/records';
import { getDb, type FlashpointDb } from '$lib/db/schema';
import { courseQuizId } from './course-source';
import { travelsInFull } from './travels';

/**
 * Which of the questions a student missed in a quiz can go in their study queue ("Add missed
 * questions to my study queue"). A quiz names its questions by quiz id: a built-in question by
 * its bank id, a question of the teacher's own course by `courseQuizId` (`uc-…`), one the
 * teacher wrote or reworded by an id no course has. Only questions a course on this device holds
 * can be studied, so the offer is planned first: the done screen offers exactly those, says how
 * many others there are and why, and offers nothing when there are none (an outsider was offered
 * it for a quiz from a teacher's course they did not have, and nothing came).
 *
 * Kept apart from `queue-missed.ts` (which writes cards): this module reads the course list
 * only; the Quiz screen loads it (and with it Dexie) once a quiz has opened, not with the screen
 * (`missed-plan-load.ts`), so the done screen plans with no request, offline included; the
 * built-in course, when not installed yet, counts as holding every bank question (it is
 * installed when the student adds them).
 */

/** What can be queued: the course question ids, and how many missed questions no course has. */
export interface MissedPlan {
	/** Question ids as the study queue knows them (`<courseId>:q-7` for a user course). */
	ids: string[];
	/** Missed questions no course on this device holds (the teacher's own course or wording). */
	notHere: number;
}

/**
 * Maps the quiz ids of missed questions to the questions `courses` hold (each id once, in the
 * quiz's order). Pure.
 */
export function planMissed(
	quizIds: readonly string[],
	courses: readonly Pick<CourseRecord, 'id' | 'queue'>[]
): MissedPlan {
	const known = new Map<string, string>();
	for (const course of courses)
		for (const { id } of course.queue) {
			known.set(id, id);
			if (course.id !== BUILTIN_COURSE_ID) known.set(courseQuizId(id), id);
		}
	const builtinMissing = !courses.some((course) => course.id === BUILTIN_COURSE_ID);
	const asked = [...new Set(quizIds)];
	const found = (quizId: string) =>
		known.get(quizId) ?? (builtinMissing && !travelsInFull({ id: quizId }) ? quizId : undefined);
	const ids = [...new Set(asked.flatMap((quizId) => found(quizId) ?? []))];
	return { ids, notHere: asked.filter((quizId) => found(quizId) === undefined).length };
}

/** `planMissed` against this device's courses (IndexedDB only, no request). */
export async function planMissedForStudy(
	quizIds: readonly string[],
	db: FlashpointDb = getDb()
): Promise<MissedPlan> {
	return planMissed(quizIds, await listCourses(db));
}
