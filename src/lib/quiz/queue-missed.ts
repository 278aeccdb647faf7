import { loadStudyQuestions } from '$lib/content/bank';
import { queueQuestionsForStudy } from '$lib/db/answers';
import { getDb, type FlashpointDb } from '$lib/db/schema';

/**
 * "Add the questions I missed to my study queue" after a quiz from a link: queues only the ids
 * an installed course has (a link is outside input, and may name questions from another
 * version of the bank or none at all), so no card is written for a question that cannot be
 * studied. Returns how many were queued and how many were skipped as unknown.
 */
export async function queueMissedForStudy(
	questionIds: readonly string[],
	db: FlashpointDb = getDb(),
	now: number = Date.now()
): Promise<{ queued: number; skipped: number }> {
	const asked = [...new Set(questionIds)];
	const known = new Set((await loadStudyQuestions(db)).map((question) => question.id));
	const ids = asked.filter((id) => known.has(id));
	if (ids.length) await queueQuestionsForStudy(ids, db, now);
	return { queued: ids.length, skipped: asked.length - ids.length };
}
