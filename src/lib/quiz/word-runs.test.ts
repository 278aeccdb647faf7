import { describe, expect, it } from 'vitest';
import { leadingRun, wordRuns } from './word-runs';

describe('runs of letters and digits, a code unit at a time', () => {
	it('splits at anything else, an astral letter’s halves included', () => {
		expect(wordRuns(' nato’s 1999 bombing ')).toEqual(['nato', 's', '1999', 'bombing']);
		expect(wordRuns('thaçi—kosovo')).toEqual(['thaçi', 'kosovo']);
		expect(wordRuns('x𐐀serbia')).toEqual(['x', 'serbia']);
		expect(wordRuns('')).toEqual([]);
	});

	it('gives a needle’s leading run, empty when it starts with no letter or digit', () => {
		expect(leadingRun('un security council')).toBe('un');
		expect(leadingRun('1244')).toBe('1244');
		expect(leadingRun('“un”')).toBe('');
		expect(leadingRun('')).toBe('');
	});
});
