import { afterEach, describe, expect, it, vi } from 'vitest';
import { startAfterThisTask } from './next-task';

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
