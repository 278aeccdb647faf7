import { describe, expect, it } from 'vitest';
import { yearSwap } from './truth-swaps';

describe('kind 10: no false year for an event on a cycle (blind review H16)', () => {
	it('never swaps the year of an election, a census or the Olympics', () => {
		const years = ['1928', '1932', '1936'];
		// Asked true only (gen61): the statement stays, its false version is never made.
		expect(
			yearSwap('Harlan Voss won the 1932 presidential election promising reform.', years, 2026)
				?.trueOnly
		).toBe(true);
		expect(yearSwap('The census of 1932 counted the mills of Velm.', years, 2026)?.trueOnly).toBe(
			true
		);
		expect(
			yearSwap('In the general election of July 1932, the Velm Party won a majority.', years, 2026)
				?.trueOnly
		).toBe(true);
		expect(yearSwap('Harlan Voss founded the Velm Courier in 1932.', years, 2026)?.wrong).toBe(
			'1928'
		);
	});
});
