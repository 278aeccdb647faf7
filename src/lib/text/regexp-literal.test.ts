import { describe, expect, it } from 'vitest';
import { escapeRegExp } from './regexp-literal';

describe('escapeRegExp', () => {
	it('makes a pattern that matches the text itself and nothing looser', () => {
		for (const text of ['St. Paul (London)', 'a+b*c?', '[x]{2}|y', 'C:\\path^$', 'plain words']) {
			const pattern = new RegExp(`^${escapeRegExp(text)}$`, 'u');
			expect(pattern.test(text)).toBe(true);
		}
		expect(new RegExp(`^${escapeRegExp('St. Paul')}$`, 'u').test('St! Paul')).toBe(false);
		expect(new RegExp(escapeRegExp('a+b'), 'u').test('aab')).toBe(false);
	});

	it('leaves letters, accents, dashes and spaces as they are', () => {
		expect(escapeRegExp('Vučić – Tomás')).toBe('Vučić – Tomás');
		expect(escapeRegExp('(c. 1500)')).toBe('\\(c\\. 1500\\)');
	});

	it('works without the u flag too', () => {
		expect(new RegExp(`^${escapeRegExp('The Moon (film)')}\\s`).test('The Moon (film) is')).toBe(
			true
		);
	});
});
