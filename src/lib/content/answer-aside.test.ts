import { describe, expect, it } from 'vitest';
import { isInitials, splitAside } from './answer-aside';

describe('an answer with an aside in brackets (issue 14)', () => {
	it('splits one pair of round or square brackets', () => {
		expect(splitAside('the Justice and Development Party (AKP)')).toEqual({
			main: 'the Justice and Development Party',
			aside: 'AKP'
		});
		expect(splitAside('AKP [Justice and Development Party] ')).toEqual({
			main: 'AKP',
			aside: 'Justice and Development Party'
		});
		for (const none of ['Camp Bondsteel', '(AKP)', 'Party ()', 'a (b) c (d)', 'a (b'])
			expect(splitAside(none), none).toBeNull();
	});

	it('reads initials with or without the small words', () => {
		expect(isInitials('kla', 'kosovo liberation army')).toBe(true);
		expect(isInitials('jdp', 'justice and development party')).toBe(true);
		expect(isInitials('jadp', 'justice and development party')).toBe(true);
		expect(isInitials('akp', 'justice and development party')).toBe(false);
		expect(isInitials('k', 'kosovo')).toBe(false);
		expect(isInitials('k l a', 'kosovo liberation army')).toBe(false);
	});
});
