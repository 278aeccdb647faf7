/**
 * Check database's rules on the answer log (split from `check.ts`): answers stored twice, answers
 * filed under a day a set-back clock made up (`clock-days.ts`), and the time the clock is known
 * to have reached. Call inside Check database's read-write transaction.
 */
import { plural } from '$lib/text/plural';
import { formatInterval } from '$lib/srs/interval-label';
import { setBackAnswers, withMovedDays } from './clock-days';
import type { CardRecord, ReviewRecord } from './records';
import type { FlashpointDb } from './schema';

/** The later copies of answers stored twice: same uuid, or same question, time and rating. */
function duplicateAnswers(reviews: readonly ReviewRecord[]): ReviewRecord[] {
	const seen = new Set<string>();
	const duplicates: ReviewRecord[] = [];
	for (const review of [...reviews].sort((a, b) => (a.id ?? 0) - (b.id ?? 0))) {
		const keys = [`c\u0000${review.questionId}\u0000${review.answeredAt}\u0000${review.rating}`];
		if (review.uuid) keys.push(`u\u0000${review.uuid}`);
		if (keys.some((key) => seen.has(key))) duplicates.push(review);
		else for (const key of keys) seen.add(key);
	}
	return duplicates;
}

/** Removes duplicate answers; returns the answers kept. */
export async function fixDuplicates(
	db: FlashpointDb,
	reviews: ReviewRecord[],
	lines: string[]
): Promise<ReviewRecord[]> {
	const duplicates = duplicateAnswers(reviews);
	if (!duplicates.length) return reviews;
	await db.reviews.bulkDelete(duplicates.map((review) => review.id!));
	lines.push(
		`${plural(duplicates.length, 'answer was', 'answers were')} stored twice: the extra ${duplicates.length === 1 ? 'copy was' : 'copies were'} removed.`
	);
	const removed = new Set(duplicates);
	return reviews.filter((review) => !removed.has(review));
}

/** Moves answers filed under a day a set-back clock made up (`clock-days.ts`); returns the log. */
export async function fixSetBackDays(
	db: FlashpointDb,
	reviews: ReviewRecord[],
	lines: string[]
): Promise<ReviewRecord[]> {
	const moved = setBackAnswers(reviews);
	if (!moved.length) return reviews;
	const after = withMovedDays(reviews, moved);
	await db.reviews.bulkPut(after.filter((review, i) => review !== reviews[i]));
	const [{ review, day }] = moved;
	lines.push(
		`${plural(moved.length, 'answer was', 'answers were')} given with the device clock set back and filed under an earlier study day than the answer before (the first, question “${review.questionId}”, under ${review.studyDay} after ${day}): moved to that day, so the streak and the day totals no longer count a day the clock made up.`
	);
	return after;
}

/**
 * What Check says about answers and cards dated after `now` (ms): the device clock was set
 * back after they were given, or ran fast then. Nothing is changed for it: an answer is never
 * removed or re-dated for its time (it happened; moving it would rewrite its card's schedule),
 * and the cards keep the schedule those answers gave. Said anyway, because Stats counts such
 * answers in the total but not on a calendar day still to come, and "everything is in order"
 * left the outsider student (clock set back, 2 answers ahead) without a reason. Null when none.
 */
export function futureDatedSentence(
	reviews: readonly ReviewRecord[],
	cards: readonly CardRecord[],
	now: number
): string | null {
	const ahead = reviews.filter((review) => review.answeredAt > now);
	const cardsAhead = cards.filter((card) => card.lastReview !== null && card.lastReview > now);
	if (!ahead.length && !cardsAhead.length) return null;
	const latest = Math.max(
		...ahead.map((review) => review.answeredAt),
		...cardsAhead.map((card) => card.lastReview!)
	);
	const what = [
		ahead.length ? plural(ahead.length, 'answer') : '',
		cardsAhead.length ? plural(cardsAhead.length, 'card') : ''
	]
		.filter(Boolean)
		.join(' and ');
	const one = ahead.length + cardsAhead.length === 1;
	return `${what} ${one ? 'is' : 'are'} dated after this device's clock (the latest by ${formatInterval(latest - now)}): the clock was set back since, or was fast then. Kept as ${one ? 'it is' : 'they are'}: no answer is removed or re-dated for its time, and each card keeps the schedule its answers gave. Stats counts ${one ? 'it' : 'them'} in your total, and on the calendar once ${one ? 'its' : 'their'} day comes.`;
}
