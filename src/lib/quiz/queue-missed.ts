import { ensureBuiltinCourse, listCourses } from '$lib/content/bank';
import { queueQuestionsForStudy } from '$lib/db/answers';
import type { CourseRecord } from '$lib/db/records';
import { getDb, type FlashpointDb } from '$lib/db/schema';
import { BUILTIN_COURSE_ID } from '$lib/db/records';
import { courseQuizId } from './course-source';

/**
 * "Add the questions I missed to my study queue" after a quiz. A quiz names its questions by
 * quiz id: a built-in question by its bank id, a question of the teacher's own course by
 * `courseQuizId` (`uc-…`), one the teacher wrote in the quiz by an id no course has. Only
 * questions a course on this device holds can be studied, so the offer is planned first
 * (`planMissed`): the screen offers exactly those, says how many others there are and why, and
 * offers nothing when there are none (an outsider was offered it for a quiz from a teacher's
 * course they did not have, and nothing came). No card is ever written for a question no course
 * holds.
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
	const asked = [...new Set(quizIds)];
	const ids = [
		...new Set(asked.flatMap((quizId) => (known.has(quizId) ? [known.get(quizId)!] : [])))
	];
	return { ids, notHere: asked.filter((quizId) => !known.has(quizId)).length };
}

/** `planMissed` against this device's courses (the built-in one installed first). */
export async function planMissedForStudy(
	quizIds: readonly string[],
	db: FlashpointDb = getDb()
): Promise<MissedPlan> {
	await ensureBuiltinCourse(db);
	return planMissed(quizIds, await listCourses(db));
}

/**
 * Queues the missed questions a course on this device holds; returns how many were queued and
 * how many were skipped as held by no course.
 */
export async function queueMissedForStudy(
	quizIds: readonly string[],
	db: FlashpointDb = getDb(),
	now: number = Date.now()
): Promise<{ queued: number; skipped: number }> {
	const plan = planMissed(quizIds, await listCourses(db));
	if (plan.ids.length) await queueQuestionsForStudy(plan.ids, db, now);
	return { queued: plan.ids.length, skipped: plan.notHere };
}
