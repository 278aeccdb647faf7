import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Settle, SETTLE_MS } from './settle.svelte';

describe('Settle', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('is active for SETTLE_MS after start, then not', () => {
		const settle = new Settle();
		expect(settle.active).toBe(false);
		settle.start();
		expect(settle.active).toBe(true);
		vi.advanceTimersByTime(SETTLE_MS - 1);
		expect(settle.active).toBe(true);
		vi.advanceTimersByTime(1);
		expect(settle.active).toBe(false);
	});

	it('starts over when new buttons come before the last wait ran out', () => {
		// Show answer, then the grades 300 ms later: the grades get their own 450 ms.
		const settle = new Settle();
		settle.start();
		vi.advanceTimersByTime(300);
		settle.start();
		vi.advanceTimersByTime(SETTLE_MS - 1);
		expect(settle.active).toBe(true);
		vi.advanceTimersByTime(1);
		expect(settle.active).toBe(false);
	});

	it('ends at once, and a timer left from before does not end a later start', () => {
		const settle = new Settle();
		settle.start();
		settle.end();
		expect(settle.active).toBe(false);
		vi.advanceTimersByTime(SETTLE_MS);
		expect(settle.active).toBe(false);
		settle.start();
		vi.advanceTimersByTime(SETTLE_MS - 1);
		expect(settle.active).toBe(true);
	});
});
