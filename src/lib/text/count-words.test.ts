import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from './count-words';

describe('countWords', () => {
	it('counts as /\\S+/g does, for any text', () => {
		const unit = fc.constantFrom(
			'a',
			'é',
			'1',
			' ',
			'\n',
			'\t',
			'\u00a0',
			'\u2009',
			'\u3000',
			'\ufeff',
			'-',
			'😀'
		);
		fc.assert(
			fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
				expect(countWords(text)).toBe(text.match(/\S+/g)?.length ?? 0);
			})
		);
	});

	it.each([
		['', 0],
		['  ', 0],
		['Velmora opens a tidal station.', 5],
		['one\u00a0two\nthree', 3]
	])('%j has %i words', (text, n) => {
		expect(countWords(text)).toBe(n);
	});
});
