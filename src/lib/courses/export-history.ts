import type { FlashpointDb } from '$lib/db/schema';
import type { ReviewRecord } from '$lib/db/records';
import type { ExportSchedule } from '$lib/formats/anki-schedule';

/**
 * The schedules an Anki package carries with "Include scheduling information" (`writeApkg`):
 * each of `questionIds` this device has answered, its card and every answer, keyed by question
 * id (a question's `externalId` in an export, `toPortable`). Questions never answered are left
 * out (they go to Anki as new cards). Reads cards and reviews in one read transaction.
 */
export async function exportSchedules(
	db: FlashpointDb,
	questionIds: readonly string[]
): Promise<Map<string, ExportSchedule>> {
	return db.transaction('r', db.cards, db.reviews, async () => {
		const cards = await db.cards.bulkGet([...questionIds]);
		const reviews = await db.reviews
			.where('questionId')
			.anyOf([...questionIds])
			.toArray();
		const byQuestion = new Map<string, ReviewRecord[]>();
		for (const review of reviews) {
			const list = byQuestion.get(review.questionId);
			if (list) list.push(review);
			else byQuestion.set(review.questionId, [review]);
		}
		const schedules = new Map<string, ExportSchedule>();
		for (const card of cards) {
			const answers = card && byQuestion.get(card.questionId);
			if (card && answers?.length) schedules.set(card.questionId, { card, answers });
		}
		return schedules;
	});
}
