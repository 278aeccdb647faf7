import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, startAfterThisTask, startWhenIdle, watchAfterThisTask } from './next-task';

describe('startAfterThisTask', () => {
	afterEach(() => vi.useRealTimers());

	it('starts in a later task, and stopping runs what the start returned', async () => {
		vi.useFakeTimers();
		const cleanup = vi.fn();
		const start = vi.fn(() => cleanup);
		const stop = startAfterThisTask(start);
		await Promise.resolve();
		expect(start).not.toHaveBeenCalled();
		await vi.runAllTimersAsync();
		expect(start).toHaveBeenCalledOnce();
		stop();
		expect(cleanup).toHaveBeenCalledOnce();
	});

	it('never starts when stopped before its task', async () => {
		vi.useFakeTimers();
		const start = vi.fn();
		startAfterThisTask(start)();
		await vi.runAllTimersAsync();
		expect(start).not.toHaveBeenCalled();
	});
});

describe('watchAfterThisTask', () => {
	afterEach(() => vi.useRealTimers());

	it('imports and starts in a later task, and the stop stops the watcher', async () => {
		vi.useFakeTimers();
		const stopWatcher = vi.fn();
		const start = vi.fn(() => stopWatcher);
		const load = vi.fn(async () => start);
		const stop = watchAfterThisTask(load, vi.fn());
		await Promise.resolve();
		expect(load).not.toHaveBeenCalled();
		await vi.runAllTimersAsync();
		expect(start).toHaveBeenCalledOnce();
		stop();
		expect(stopWatcher).toHaveBeenCalledOnce();
	});

	it('never starts when stopped while the import is under way', async () => {
		vi.useFakeTimers();
		const start = vi.fn(() => vi.fn());
		let loaded: (value: typeof start) => void = () => {};
		const stop = watchAfterThisTask(() => new Promise((resolve) => (loaded = resolve)), vi.fn());
		await vi.runAllTimersAsync();
		stop();
		loaded(start);
		await vi.runAllTimersAsync();
		expect(start).not.toHaveBeenCalled();
	});

	it('hands a failed import to fail', async () => {
		vi.useFakeTimers();
		const fail = vi.fn();
		const problem = new Error('offline');
		watchAfterThisTask(() => Promise.reject(problem), fail);
		await vi.runAllTimersAsync();
		expect(fail).toHaveBeenCalledWith(problem);
	});
});

describe('startWhenIdle', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.useRealTimers();
	});

	/** A browser's idle callbacks, run when the test says the browser is idle. */
	function stubIdle() {
		const waiting = new Map<number, () => void>();
		let next = 1;
		vi.stubGlobal('requestIdleCallback', (run: () => void, options: { timeout: number }) => {
			expect(options.timeout).toBe(2000);
			waiting.set(next, run);
			return next++;
		});
		vi.stubGlobal('cancelIdleCallback', (handle: number) => waiting.delete(handle));
		return () => [...waiting.values()].forEach((run) => run());
	}

	it('starts when the browser is idle, and stopping runs what the start returned', () => {
		const idle = stubIdle();
		const cleanup = vi.fn();
		const start = vi.fn(() => cleanup);
		const stop = startWhenIdle(start);
		expect(start).not.toHaveBeenCalled();
		idle();
		expect(start).toHaveBeenCalledOnce();
		stop();
		expect(cleanup).toHaveBeenCalledOnce();
	});

	it('never starts when stopped before the browser is idle', () => {
		const idle = stubIdle();
		const start = vi.fn();
		startWhenIdle(start)();
		idle();
		expect(start).not.toHaveBeenCalled();
	});

	it('starts in the next task where the browser has no idle callback', async () => {
		vi.stubGlobal('requestIdleCallback', undefined);
		vi.useFakeTimers();
		const start = vi.fn();
		startWhenIdle(start);
		expect(start).not.toHaveBeenCalled();
		await vi.runAllTimersAsync();
		expect(start).toHaveBeenCalledOnce();
	});
});

describe('afterNextPaint', () => {
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('resolves in a task after the next animation frame, not before', async () => {
		vi.useFakeTimers();
		const frames: FrameRequestCallback[] = [];
		vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
			frames.push(callback)
		);
		const done = vi.fn();
		void afterNextPaint().then(done);
		await vi.runAllTimersAsync();
		// No frame yet: the work waits for it, however many tasks pass.
		expect(done).not.toHaveBeenCalled();
		expect(frames).toHaveLength(1);
		frames[0](0);
		await Promise.resolve();
		// The frame's own callback runs before the paint: still waiting.
		expect(done).not.toHaveBeenCalled();
		await vi.runAllTimersAsync();
		expect(done).toHaveBeenCalledOnce();
	});

	it('resolves in the next task where no frame comes (a hidden page, no animation frames)', async () => {
		vi.useFakeTimers();
		const done = vi.fn();
		void afterNextPaint().then(done);
		await vi.runAllTimersAsync();
		expect(done).toHaveBeenCalledOnce();
		vi.stubGlobal('requestAnimationFrame', () => 0);
		vi.stubGlobal('document', { visibilityState: 'hidden' });
		const hidden = vi.fn();
		void afterNextPaint().then(hidden);
		await vi.runAllTimersAsync();
		expect(hidden).toHaveBeenCalledOnce();
	});
});
