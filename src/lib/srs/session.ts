/** Longest time counted for one answer: a student who walked away is not slow. */
export const MAX_ANSWER_MS = 120_000;

export function answerDuration(shownAt: number, answeredAt: number): number {
	return Math.min(MAX_ANSWER_MS, Math.max(0, answeredAt - shownAt));
}
