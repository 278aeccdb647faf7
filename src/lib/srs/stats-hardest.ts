/**
 * Stats → Hardest questions: the ones forgotten most often, ranked from their cards and answer
 * counts (`$lib/db/hardest` reads them).
 */
import type { CardRecord, ReviewRecord } from '$lib/db/records';
import { plural } from '$lib/text/plural';

export interface QuestionTally {
	answers: number;
	again: number;
}

export interface HardQuestion {
	questionId: string;
	lapses: number;
	answers: number;
	again: number;
	/** Share of answers not rated Again (0–1). */
	success: number;
}

export function tallyByQuestion(
	reviews: Iterable<Pick<ReviewRecord, 'questionId' | 'rating'>>
): Map<string, QuestionTally> {
	const tallies = new Map<string, QuestionTally>();
	for (const review of reviews) {
		const tally = tallies.get(review.questionId) ?? { answers: 0, again: 0 };
		tally.answers++;
		if (review.rating === 1) tally.again++;
		tallies.set(review.questionId, tally);
	}
	return tallies;
}

/**
 * The questions that trouble the student most: forgotten most often after being learned
 * (Anki's "lapses": Again on a review card), then the lowest share of answers that were not
 * Again. Only lapsed questions are listed: an Again while still learning is part of learning,
 * not forgetting (Anki counts no lapse for it), so a question never forgotten after learning
 * is not one of the hardest, however it went at first.
 */
export function rankHardest(
	cards: Iterable<Pick<CardRecord, 'questionId' | 'lapses'>>,
	tallies: ReadonlyMap<string, QuestionTally>,
	isInBank: (questionId: string) => boolean,
	limit = 10
): HardQuestion[] {
	const hard: HardQuestion[] = [];
	for (const card of cards) {
		const tally = tallies.get(card.questionId);
		if (!tally || tally.answers === 0 || !isInBank(card.questionId)) continue;
		if (card.lapses === 0) continue;
		hard.push({
			questionId: card.questionId,
			lapses: card.lapses,
			answers: tally.answers,
			again: tally.again,
			success: (tally.answers - tally.again) / tally.answers
		});
	}
	hard.sort(
		(a, b) =>
			b.lapses - a.lapses ||
			a.success - b.success ||
			b.again - a.again ||
			a.questionId.localeCompare(b.questionId)
	);
	return hard.slice(0, limit);
}

/**
 * What a hardest question's lapses were, in the words of its type: a flashcard is "Forgotten 2
 * times" (marked Again once learned); a choice or typed question is marked for the student, so
 * each lapse was a wrong answer: "Answered wrong 2 times after learning" (issue 14, an outsider
 * read "Forgotten" of a multiple-choice question as a count of Again presses).
 */
export function missedText(type: string, lapses: number): string {
	return type === 'flashcard'
		? `Forgotten ${plural(lapses, 'time')}`
		: `Answered wrong ${plural(lapses, 'time')} after learning`;
}
