import type { QueueItem } from './queue';

/** Longest time counted for one answer: a student who walked away is not slow. */
export const MAX_ANSWER_MS = 120_000;

/**
 * The next card to show: the first one due now; when only later learning steps are left,
 * the earliest of them (studying it a few minutes early beats ending with cards pending).
 */
export function pickNext(queue: readonly QueueItem[], now: number): QueueItem | undefined {
	return queue.find((item) => item.due <= now) ?? queue[0];
}

export function answerDuration(shownAt: number, answeredAt: number): number {
	return Math.min(MAX_ANSWER_MS, Math.max(0, answeredAt - shownAt));
}
