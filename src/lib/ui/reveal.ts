import { nextTask } from './next-task';

/**
 * Builds a long list in pieces: grows a count of rendered items from `from` to `to`, `step` more
 * in each new task (`pause`, by default `nextTask`), calling `show(n)` with each new count (never
 * `from` itself, never more than `to`). A screen renders `list.slice(0, n)`, so no single task
 * builds more than `step` items and the page answers input in between (issue 14: Total Blocking
 * Time ≤ 50 ms on a phone 4× slower than a laptop). Returns a function that stops the growth
 * (call it when the list or the target changes, or the screen closes); `show` is never called
 * after it. Nothing is counted when `to ≤ from`. Throws nothing; a failing `pause` stops it.
 */
export function revealInSteps(
	from: number,
	to: number,
	step: number,
	show: (count: number) => void,
	pause: () => Promise<void> = nextTask
): () => void {
	let stopped = false;
	const size = Math.max(1, Math.floor(step));
	void (async () => {
		for (let count = from; count < to;) {
			await pause();
			if (stopped) return;
			count = Math.min(to, count + size);
			show(count);
		}
	})().catch(() => {});
	return () => {
		stopped = true;
	};
}
