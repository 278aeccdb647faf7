import { listCourses } from '$lib/content/bank';
import { queueQuestionsForStudy } from '$lib/db/answers';
import { getDb, type FlashpointDb } from '$lib/db/schema';
import { planMissed } from './missed-plan';

/**
 * Writes the cards for "Add missed questions to my study queue", loaded on demand when pressed
 * (taking a quiz never loads the study database's writers). What can be queued is planned by
 * `planMissed` (`missed-plan.ts`); no card is written for a question no course holds.
 */

/**
 * Queues the missed questions a course on this device holds (install the built-in course first:
 * `ensureBuiltinCourse`); returns how many were queued and how many were skipped as held by no
 * course.
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
