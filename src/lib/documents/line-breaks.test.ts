import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '$lib/content/sources';
import { lineBreaksAsParagraphs } from './line-breaks';

const para = (sentence: string, times: number) => Array(times).fill(sentence).join(' ');

describe('lineBreaksAsParagraphs', () => {
	it('reads one line per paragraph or heading (copied from Word or a web page) as paragraphs', () => {
		const body1 = para(
			'Maria Salomea Skłodowska was born in Warsaw in 1867 to a family of teachers.',
			4
		);
		const body2 = para('In November 1891 she moved to Paris to study physics at the Sorbonne.', 3);
		const pasted = `Marie Curie: A Life in Science\n${body1}\nParis and Pierre\n${body2}`;
		expect(paragraphsOf(lineBreaksAsParagraphs(pasted))).toEqual([
			'Marie Curie: A Life in Science',
			body1,
			'Paris and Pierre',
			body2
		]);
	});

	it('keeps a hard-wrapped text (fixed width) as the paragraphs its blank lines make', () => {
		const wrapped = [
			'The Great Fire of London swept through the central parts of the city from',
			'Sunday 2 September to Thursday 6 September 1666, gutting the medieval City',
			'inside the old Roman wall.',
			'',
			'It threatened but did not reach the aristocratic district of Westminster,',
			'Charles II’s Palace of Whitehall and most of the suburban slums.'
		].join('\n');
		expect(lineBreaksAsParagraphs(wrapped)).toBe(wrapped);
		expect(paragraphsOf(lineBreaksAsParagraphs(wrapped))).toHaveLength(2);
	});

	it('leaves blank-line paragraphs and single lines as they are; reads \\r\\n as a line break', () => {
		expect(lineBreaksAsParagraphs('One paragraph.\n\nAnother one.')).toBe(
			'One paragraph.\n\nAnother one.'
		);
		expect(lineBreaksAsParagraphs('Only one line.')).toBe('Only one line.');
		const long = para('A sentence long enough to be a whole paragraph of its own here.', 3);
		expect(paragraphsOf(lineBreaksAsParagraphs(`Heading\r\n${long}\r\n${long}`))).toEqual([
			'Heading',
			long,
			long
		]);
	});
});
