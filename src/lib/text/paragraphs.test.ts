import { describe, expect, it } from 'vitest';
import { textParagraphs } from './paragraphs';

describe('textParagraphs: the paragraphs a person wrote', () => {
	it.each([
		['One line.', ['One line.']],
		['First.\n\nSecond.', ['First.', 'Second.']],
		['First.\r\n\r\nSecond.\rStill second.', ['First.', 'Second.\nStill second.']],
		['  First. \n \t\n\n  Second.  ', ['First.', 'Second.']],
		['A list:\n- one\n- two', ['A list:\n- one\n- two']],
		['', []],
		[' \n\n ', []],
		['Après\u00a0: l’été.\n\nÜber', ['Après\u00a0: l’été.', 'Über']]
	])('%j → %j', (text, paragraphs) => {
		expect(textParagraphs(text)).toEqual(paragraphs);
	});

	it('keeps every word, in order', () => {
		const text = 'Alpha beta.\n\n\nGamma\ndelta.\n\nEpsilon.';
		expect(textParagraphs(text).join(' ').split(/\s+/)).toEqual(text.split(/\s+/));
	});
});
