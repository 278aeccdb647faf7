import { describe, expect, it } from 'vitest';
import { wilson } from './wilson';

describe('wilson', () => {
	it('matches the interval the issue quotes for 23 of 60 (27–51%)', () => {
		const [lo, hi] = wilson(23, 60);
		expect(Math.round(lo * 100)).toBe(27);
		expect(Math.round(hi * 100)).toBe(51);
	});
	it('stays inside 0–1 at the extremes', () => {
		expect(wilson(60, 60)[1]).toBe(1);
		expect(wilson(0, 60)[0]).toBe(0);
		expect(wilson(0, 0)).toEqual([0, 1]);
	});
});
