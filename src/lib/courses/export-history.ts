import type { FlashpointDb } from '$lib/db/schema';
import type { ReviewRecord } from '$lib/db/records';
import type { ExportSchedule } from '$lib/formats/anki-schedule';

/**
 * The schedules an Anki package carries with "Include scheduling information" (`writeApkg`):
 * each of `questionIds` this device has answered, its card and every answer, keyed by question
 * id (a question's `externalId` in an export, `toPortable`), and whether it is buried or
 * suspended at `now` (ms; `held`, a question never answered too). Other questions never
 * answered are left out (they go to Anki as new cards). Reads in one read transaction.
 */
export async function exportSchedules(
	db: FlashpointDb,
	questionIds: readonly string[],
	now: number = Date.now()
): Promise<Map<string, ExportSchedule>> {
	return db.transaction('r', db.cards, db.reviews, db.holds, async () => {
		const [cards, holds] = await Promise.all([
			db.cards.bulkGet([...questionIds]),
			db.holds.bulkGet([...questionIds])
		]);
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
		for (const hold of holds) {
			if (!hold || hold.until <= now) continue;
			const schedule = schedules.get(hold.questionId) ?? { answers: [] };
			schedules.set(hold.questionId, { ...schedule, held: hold.kind });
		}
		return schedules;
	});
}
