/**
 * Resolves in a new task (a `setTimeout` of 0 ms): work after it runs in a task of its own, so
 * the browser can paint and handle input in between, and two pieces of work do not add up to
 * one long task (Total Blocking Time counts each task's time beyond 50 ms). The app's one way
 * to yield to the main thread.
 */
export function nextTask(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}
