/** `scheduler.yield()` (Chromium 129+, Firefox 142+), where the browser has it. */
interface YieldingScheduler {
	yield(): Promise<void>;
}

/**
 * Resolves in a new task: work after it runs in a task of its own, so the browser can paint and
 * handle input in between, and two pieces of work do not add up to one long task (Total
 * Blocking Time counts each task's time beyond 50 ms). Uses `scheduler.yield()` where it exists
 * (its continuation runs before other queued tasks, so a list built in pieces is not pushed
 * behind unrelated work), else a `setTimeout` of 0 ms. The app's one way to yield to the main
 * thread.
 */
export function nextTask(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `start` in the task after this one (`nextTask`), unless the returned function is called
 * first; that function also runs what `start` returned (its cleanup), so it fits `onMount` and
 * `$effect` as their return value. For a screen's first reads: opening the database (Dexie's
 * schema, then the reads) in the hydration task made every screen's one long start-up task
 * longer (issue 14).
 */
export function startAfterThisTask(start: () => (() => void) | void): () => void {
	let stopped = false;
	let cleanup: (() => void) | void;
	void nextTask().then(() => {
		if (!stopped) cleanup = start();
	});
	return () => {
		stopped = true;
		cleanup?.();
	};
}

/**
 * Starts a watcher in the task after this one (`nextTask`), once `load` has imported what it
 * needs: `load` resolves to the watcher's start, which gets nothing and returns its stop. For a
 * screen's live reads, so the database modules (Dexie and the schema) are neither evaluated nor
 * preloaded in the hydration task (issue 14: Vite's preload helper and Dexie's own start made
 * a screen's one long start-up task longer). Returns the stop for `onMount`: before the start,
 * it keeps the watcher from starting; after, it stops it. A failed import or start goes to
 * `fail`.
 */
export function watchAfterThisTask(
	load: () => Promise<() => () => void>,
	fail: (error: unknown) => void
): () => void {
	let stop: (() => void) | undefined;
	let cancelled = false;
	nextTask()
		.then(load)
		.then((start) => {
			if (!cancelled) stop = start();
		})
		.catch(fail);
	return () => {
		cancelled = true;
		stop?.();
	};
}

/**
 * Runs `start` once the browser is idle (`requestIdleCallback`, at the latest after `timeoutMs`,
 * default 2,000 ms; where the browser has no such callback, Safari before 18.4, in the task
 * after this one), unless the returned function is called first; that function also runs what
 * `start` returned (its cleanup), as `startAfterThisTask`'s does. For a screen's reads below the
 * fold: Settings opened the backups database and measured every course in the burst of tasks
 * after hydration, with the study options the person sees first (issue 14, Chromium profile at
 * 4× CPU).
 */
export function startWhenIdle(start: () => (() => void) | void, timeoutMs = 2000): () => void {
	if (typeof globalThis.requestIdleCallback !== 'function') return startAfterThisTask(start);
	let cleanup: (() => void) | void;
	let started = false;
	const handle = requestIdleCallback(
		() => {
			started = true;
			cleanup = start();
		},
		{ timeout: timeoutMs }
	);
	return () => {
		if (!started) cancelIdleCallback(handle);
		started = true;
		cleanup?.();
	};
}

/**
 * Resolves once the browser has painted the frame after this task: the task after the next
 * animation frame (`requestAnimationFrame` runs just before a frame paints). For work that
 * would otherwise hold back what is already on the way to the screen: the class quiz's heading
 * waited for its QR code's drawing and 50 question items in one task (issue 14). In a hidden page
 * no frame comes, so it resolves in the task after this one (`nextTask`); so does it where the
 * browser has no animation frames (a test's DOM).
 */
export function afterNextPaint(): Promise<void> {
	const hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
	if (typeof requestAnimationFrame !== 'function' || hidden) return nextTask();
	return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
