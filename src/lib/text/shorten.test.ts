import { describe, expect, it } from 'vitest';
import { shorten } from './shorten';

describe('shorten', () => {
	it('shortens at a word boundary, or mid-word when a word is too long', () => {
		expect(shorten('short', 10)).toBe('short');
		expect(shorten('the Turkish Cooperation and Coordination Agency', 20)).toBe('the Turkish…');
		expect(shorten('Donaudampfschifffahrtsgesellschaft', 10)).toBe('Donaudamp…');
		expect(shorten('a'.repeat(500), 60)).toHaveLength(60);
	});
});
