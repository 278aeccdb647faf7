import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KEY_SETTLE_MS, Settle, SETTLE_MS } from './settle.svelte';

describe('Settle', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('is active for SETTLE_MS after start, then not', () => {
		const settle = new Settle();
		expect(settle.active).toBe(false);
		settle.start('question');
		expect(settle.active).toBe(true);
		vi.advanceTimersByTime(SETTLE_MS - 1);
		expect(settle.active).toBe(true);
		vi.advanceTimersByTime(1);
		expect(settle.active).toBe(false);
	});

	it('starts over when new buttons come before the last wait ran out', () => {
		// Show answer, then the grades 300 ms later: the grades get their own 450 ms.
		const settle = new Settle();
		settle.start('question');
		vi.advanceTimersByTime(300);
		settle.start('question');
		vi.advanceTimersByTime(SETTLE_MS - 1);
		expect(settle.active).toBe(true);
		vi.advanceTimersByTime(1);
		expect(settle.active).toBe(false);
	});

	it('ends at once, and a timer left from before does not end a later start', () => {
		const settle = new Settle();
		settle.start('question');
		settle.end();
		expect(settle.active).toBe(false);
		vi.advanceTimersByTime(SETTLE_MS);
		expect(settle.active).toBe(false);
		settle.start('question');
		vi.advanceTimersByTime(SETTLE_MS - 1);
		expect(settle.active).toBe(true);
	});

	it('holds keys back for KEY_SETTLE_MS, shorter than taps', () => {
		// Keys land on no moved button: a key meant for the screen before (a second press, a roll
		// of two keys) is what they must catch, and a held key is refused anyway (its repeat).
		expect(KEY_SETTLE_MS).toBeLessThan(SETTLE_MS);
		const settle = new Settle();
		expect(settle.keys).toBe(null);
		settle.start('question');
		expect(settle.keys).toBe('question');
		vi.advanceTimersByTime(KEY_SETTLE_MS - 1);
		expect(settle.keys).toBe('question');
		vi.advanceTimersByTime(1);
		// A deliberate key after the verdict counts while a tap is still held back.
		expect(settle.keys).toBe(null);
		expect(settle.active).toBe(true);
		vi.advanceTimersByTime(SETTLE_MS - KEY_SETTLE_MS);
		expect(settle.active).toBe(false);
	});

	it('holds keys back from the latest start, and lets them through at once on end', () => {
		const settle = new Settle();
		settle.start('question');
		vi.advanceTimersByTime(KEY_SETTLE_MS - 50);
		settle.start('question');
		vi.advanceTimersByTime(KEY_SETTLE_MS - 1);
		expect(settle.keys).toBe('question');
		vi.advanceTimersByTime(1);
		expect(settle.keys).toBe(null);
		settle.start('question');
		settle.end();
		expect(settle.keys).toBe(null);
	});

	it('says what appeared while keys are held back: a back lets grade keys through (heldBack)', () => {
		const settle = new Settle();
		settle.start('back');
		expect(settle.keys).toBe('back');
		settle.start('verdict');
		expect(settle.keys).toBe('verdict');
		vi.advanceTimersByTime(KEY_SETTLE_MS);
		expect(settle.keys).toBe(null);
	});
});
