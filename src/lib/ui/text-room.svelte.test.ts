import { describe, expect, it } from 'vitest';
import { textRoom } from './text-room.svelte';

/** The probe `watch` adds to the page (a hidden 1 rem box). */
const probes = () => document.querySelectorAll('div[aria-hidden="true"][style*="1rem"]').length;

describe('textRoom', () => {
	it('measures the window in the root font size, and follows a change of that size', async () => {
		const stop = textRoom.watch();
		try {
			const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
			expect(textRoom.height).toBeCloseTo(innerHeight / rem, 1);
			expect(textRoom.width).toBeCloseTo(innerWidth / rem, 1);
			// Text made 200% by the root's size, as a reader's style sheet does: half the room.
			document.documentElement.style.fontSize = '200%';
			await expect.poll(() => textRoom.height).toBeCloseTo(innerHeight / (2 * rem), 1);
		} finally {
			document.documentElement.style.fontSize = '';
			stop();
		}
		expect(probes()).toBe(0);
	});

	it('keeps watching until the last of nested watches stops, each stop counting once', () => {
		const first = textRoom.watch();
		const second = textRoom.watch();
		expect(probes()).toBe(1);
		second();
		second();
		expect(probes()).toBe(1);
		first();
		expect(probes()).toBe(0);
	});
});
