/**
 * Rebuilding progress from the answer log: a card from its answers (replayed through the
 * scheduler in order), and the per-day totals from the whole log. Used by Check database
 * (answers whose card is missing, totals that disagree with the log) and by Merge.
 */
import type { Scheduler } from '$lib/srs/scheduler';
import { LEECH_LAPSES } from '$lib/srs/settings';
import { addAnswerToDay } from './day-totals';
import { emptyDay, type CardRecord, type DayRecord, type ReviewRecord } from './records';

/** Answer order: by time, then by uuid (v5), then by local key, so every device agrees. */
export function answerOrder(a: ReviewRecord, b: ReviewRecord): number {
	if (a.answeredAt !== b.answeredAt) return a.answeredAt - b.answeredAt;
	const ua = a.uuid ?? '';
	const ub = b.uuid ?? '';
	if (ua !== ub) return ua < ub ? -1 : 1;
	return (a.id ?? 0) - (b.id ?? 0);
}

/**
 * One question's card after its answers (any order; sorted by `answerOrder` here), each
 * answered through `scheduler` as `recordAnswer` does (same time, rating and `previewAt`).
 * Returns the card and the answers with `before`/`after` rewritten to the replayed states, so
 * undo puts back the replayed card. Undefined for no answers. Settings are the ones given:
 * answers given under other settings replay to a different schedule (see README.md).
 */
export function replayAnswers(
	questionId: string,
	answers: readonly ReviewRecord[],
	scheduler: Scheduler
): { card: CardRecord; answers: ReviewRecord[] } | undefined {
	let card: CardRecord | undefined;
	const rewritten: ReviewRecord[] = [];
	for (const answer of [...answers].sort(answerOrder)) {
		const next = scheduler.answer(
			questionId,
			card,
			answer.answeredAt,
			answer.rating,
			answer.previewAt
		);
		next.leech = next.lapses >= LEECH_LAPSES;
		rewritten.push({
			...answer,
			before: card ?? null,
			after: {
				due: next.due,
				state: next.state,
				stability: next.stability,
				difficulty: next.difficulty,
				scheduledDays: next.scheduledDays
			}
		});
		card = next;
	}
	return card && { card, answers: rewritten };
}

/**
 * The per-day totals the log implies, each answer counted by `addAnswerToDay` (as the answer
 * transaction counts it), sorted by day.
 */
export function totalsFromLog(reviews: Iterable<ReviewRecord>): DayRecord[] {
	const days = new Map<string, DayRecord>();
	for (const review of reviews)
		days.set(
			review.studyDay,
			addAnswerToDay(days.get(review.studyDay) ?? emptyDay(review.studyDay), review)
		);
	return [...days.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** Do two day rows hold the same totals (`retained` counted as 0 where missing)? */
export function sameTotals(a: DayRecord, b: DayRecord): boolean {
	return (
		a.answers === b.answers &&
		a.newCards === b.newCards &&
		a.reviewCards === b.reviewCards &&
		a.again === b.again &&
		(a.retained ?? 0) === (b.retained ?? 0) &&
		a.timeMs === b.timeMs
	);
}
