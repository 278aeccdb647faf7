// Issue 14's stale due-date index entries, measured on a database of their own.
import { loadStudyQuestions } from '$lib/content/bank';
import { createCourse } from '$lib/courses/create';
import { recordAnswer } from '$lib/db/answers';
import { CARD_STATE } from '$lib/db/records';
import { createDb } from '$lib/db/schema';
import { answer as answerInput } from '$lib/db/test-helpers';
import { medianOf5 } from './measure';
import { DAY, SETTINGS, syntheticQuestion } from './seed';

/**
 * Issue 14, "stale due-date index entries per answer": a course of `size` questions, each
 * with a review card due before today, then `answers` of the most overdue answered Good (each
 * answer moves its card's due time to a later day). Times reading the first 20 review
 * questions due today (`items` `[state+due]`, as the every-course queue reads them), before and
 * after the answers, in one connection that stays open (Chromium removes an index entry whose
 * value changed only in a later sweep, so each answer leaves one at the old due time, inside
 * the range the read walks). Deletes the database after.
 */
export async function staleDue(size: number, answers: number, now: number) {
	const name = `scale-stale-${answers}`;
	await createDb(name).delete();
	const db = createDb(name, undefined, 'relaxed');
	await db.open();
	try {
		await createCourse(
			db,
			{
				title: 'Stale entries',
				documents: [
					{
						title: 'Document',
						date: '2025-01-01',
						text: 'Synthetic document.',
						questions: Array.from({ length: size }, (_, n) => syntheticQuestion(0, n))
					}
				],
				status: 'accepted'
			},
			{ id: 'u-stale', now: now - 400 * DAY }
		);
		const userIds = (await loadStudyQuestions(db)).map((q) => q.id);
		await db.cards.bulkAdd(
			userIds.map((questionId, i) => ({
				questionId,
				due: now - DAY - i * 1000,
				stability: 10,
				difficulty: 5,
				elapsedDays: 0,
				scheduledDays: 10,
				learningSteps: 0,
				reps: 3,
				lapses: 0,
				state: CARD_STATE.review,
				lastReview: now - 11 * DAY,
				leech: false
			}))
		);
		const dayEnd = now + DAY;
		const firstDue = () =>
			db.items
				.where('[state+due]')
				.between([CARD_STATE.review, -Infinity], [CARD_STATE.review, dayEnd], true, false)
				.limit(20)
				.toArray();
		const before = await medianOf5(firstDue);
		const answered = (await db.items
			.where('[state+due]')
			.between([CARD_STATE.review, -Infinity], [CARD_STATE.review, dayEnd], true, false)
			.limit(answers)
			.primaryKeys()) as string[];
		let clock = now;
		for (const questionId of answered) {
			clock += 1000;
			await recordAnswer(answerInput(questionId, 3, clock, now - 11 * DAY, 1000), SETTINGS, db);
		}
		return { before, after: await medianOf5(firstDue) };
	} finally {
		db.close();
		await createDb(name).delete();
	}
}
