import { describe, expect, it } from 'vitest';
import { headingNamesTerm } from './heading-term';

describe('headingNamesTerm', () => {
	it('finds the term in its heading, a plural folded', () => {
		expect(headingNamesTerm('Lever', 'Levers')).toBe(true);
		expect(headingNamesTerm('Tide', 'Waves vs tides')).toBe(true);
		expect(headingNamesTerm('Static charge', 'Static charge and sparks')).toBe(true);
	});
	it('refuses a label the heading does not name', () => {
		expect(headingNamesTerm('Afterwards', 'The siege of the port')).toBe(false);
		expect(headingNamesTerm('Results', 'The siege of the port')).toBe(false);
		expect(headingNamesTerm('Causes of low tides', 'Waves and tides')).toBe(false);
		expect(headingNamesTerm('Tide', '')).toBe(false);
	});
});
