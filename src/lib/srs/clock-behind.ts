/**
 * A device clock behind the answers already given (set back by hand, or fast before): why Home
 * counts fewer cards than were studied. Cards answered "after" the clock keep the schedule those
 * answers gave, so their learning steps and reviews come due only once the clock reaches them;
 * with nothing else left, Home showed a full day of new questions and Study a new card, and the
 * outsider student (clock set back four days) took it for studied cards coming back as new,
 * with no word of the clock. Home now says so (`clockBehindSentence`).
 */
import { plural } from '$lib/text/plural';

/** Answers dated after the device's clock. */
export interface ClockBehind {
	/** Distinct questions answered after the clock. */
	questions: number;
	/** The latest such answer's time (ms). */
	latestAt: number;
}

/**
 * What `after` (the answers dated after `now`, ms) says about the clock, or null when none is
 * after it. Each answer's `questionId` and `answeredAt` (ms) are read.
 */
export function clockBehind(
	after: readonly { questionId: string; answeredAt: number }[],
	now: number
): ClockBehind | null {
	const later = after.filter((answer) => answer.answeredAt > now);
	if (!later.length) return null;
	return {
		questions: new Set(later.map((answer) => answer.questionId)).size,
		latestAt: Math.max(...later.map((answer) => answer.answeredAt))
	};
}

/** "4 days", "5 hours", "1 minute": how far `ms` reaches, in its largest whole unit (≥ 1). */
export function howFar(ms: number): string {
	const minutes = Math.max(1, Math.round(ms / 60_000));
	if (minutes < 60) return plural(minutes, 'minute');
	const hours = Math.round(minutes / 60);
	return hours < 24 ? plural(hours, 'hour') : plural(Math.round(hours / 24), 'day');
}

/** Home's note for `behind` at `now` (ms): what is not counted, why, and that nothing is lost. */
export function clockBehindSentence(behind: ClockBehind, now: number): string {
	const one = behind.questions === 1;
	const which = one
		? 'The question you answered after this time comes back when the clock reaches its due time'
		: `The ${plural(behind.questions, 'question')} you answered after this time come back when the clock reaches their due times`;
	return `This device's clock is ${howFar(behind.latestAt - now)} behind your last answer. ${which}, so Today can show fewer than you studied. Nothing is lost; if the clock is wrong, set it right.`;
}
