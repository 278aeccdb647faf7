import { describe, expect, it } from 'vitest';
import { andList } from './and-list';

describe('andList', () => {
	it('joins none, one, two and three items as a sentence lists them', () => {
		expect(andList([])).toBe('');
		expect(andList(['Rivers'])).toBe('Rivers');
		expect(andList(['Rivers', 'Coasts'])).toBe('Rivers and Coasts');
		expect(andList(['Rivers', 'Coasts', 'Glaciers'])).toBe('Rivers, Coasts and Glaciers');
	});
});
