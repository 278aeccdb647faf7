import { describe, expect, it } from 'vitest';
import { largestFitting } from './fit-text';

describe('type that fits', () => {
	it('finds the largest size that fits, to half a pixel', () => {
		expect(largestFitting((px) => px <= 37.3, 12, 96)).toBe(37);
		expect(largestFitting(() => true, 12, 96)).toBe(96);
	});
	it('falls back to the smallest size when nothing fits', () => {
		expect(largestFitting(() => false, 12, 96)).toBe(12);
	});
});
