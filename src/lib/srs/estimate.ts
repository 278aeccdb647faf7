import { plural } from '$lib/text/plural';
import type { TodayCounts } from './queue';

/**
 * How long today's study will take, for Home's "Estimated" tile, and what the figure rests on.
 *
 * Each card left today is a number of answers: a **new** question about three on its first day
 * (shown, then its learning steps: `ANSWERS_PER_NEW`), a **learning** card (due now or later
 * today) and a **review** card one each. Each answer takes the student's own average time
 * (recent days' totals), weighed with a first guess of `DEFAULT_ANSWER_SECONDS` counted as
 * `GUESS_WEIGHT` answers, so a handful of quick answers does not halve the figure at once: an
 * outsider saw "15 min" for 20 new and then "7 min" for 20 new and 18 learning (issue 12/14),
 * the average having switched from the guess to her first few answers. For any one basis the
 * estimate never falls when a count grows (monotonic, tested).
 */

/** Answers a new question usually takes on its first day (shown, then two learning steps). */
export const ANSWERS_PER_NEW = 3;

/**
 * The first guess for one answer (seconds), before the student's own pace is known: reading a
 * prompt of one or two sentences, answering, reading the verdict (typed answers take longer,
 * choices less).
 */
export const DEFAULT_ANSWER_SECONDS = 15;

/** How many answers the first guess counts as, beside the student's own. */
export const GUESS_WEIGHT = 20;

/** The student's recent answering: how many answers and their total time (ms). */
export interface AnswerHistory {
	answers: number;
	timeMs: number;
}

export interface StudyEstimate {
	/** Whole minutes (at least 1 when anything is left), 0 when nothing is. */
	minutes: number;
	/** Seconds per answer the estimate used. */
	secondsPerAnswer: number;
	/** How many of the student's own answers it rests on (0: the first guess alone). */
	ownAnswers: number;
}

/** Seconds per answer: the student's average, weighed with the first guess (see the module). */
export function secondsPerAnswer(history: AnswerHistory): number {
	const answers = Math.max(0, history.answers);
	const timeMs = Math.max(0, history.timeMs);
	return (timeMs / 1000 + GUESS_WEIGHT * DEFAULT_ANSWER_SECONDS) / (answers + GUESS_WEIGHT);
}

/** The answers today's cards will take (see the module). */
export function answersLeft(counts: TodayCounts): number {
	return counts.fresh * ANSWERS_PER_NEW + counts.learning + counts.later + counts.review;
}

/** Today's estimate from its counts and the student's recent answers. */
export function estimateStudy(counts: TodayCounts, history: AnswerHistory): StudyEstimate {
	const seconds = secondsPerAnswer(history);
	const answers = answersLeft(counts);
	return {
		minutes: answers === 0 ? 0 : Math.max(1, Math.round((answers * seconds) / 60)),
		secondsPerAnswer: seconds,
		ownAnswers: Math.max(0, history.answers)
	};
}

/**
 * The estimate's basis in words, for under the tile: "3 answers a new question, 1 a learning or
 * review card, about 15 s each (a first guess until you have answered some)" or "…, about 9 s
 * each (your pace over 45 answers, eased in from a 15 s first guess)".
 */
export function estimateBasis(estimate: StudyEstimate): string {
	const seconds = Math.round(estimate.secondsPerAnswer);
	const pace =
		estimate.ownAnswers === 0
			? 'a first guess until you have answered some'
			: `your pace over ${plural(estimate.ownAnswers, 'answer')}, eased in from a ${DEFAULT_ANSWER_SECONDS} s first guess`;
	return `${plural(ANSWERS_PER_NEW, 'answer')} a new question, 1 a learning or review card, about ${seconds} s each (${pace}).`;
}
