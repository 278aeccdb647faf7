import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '$lib/content/sources';
import { equationLinesApart, lineBreaksAsParagraphs } from './line-breaks';
import { readPastedText } from './read';

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

describe('equation lines in pasted notes (a student, session 36)', () => {
	const EQUATIONS = ['iron + oxygen → iron oxide', 'copper + oxygen -> copper oxide', 'Q = I × t'];

	it('keeps each equation line apart in a hard-wrapped block', () => {
		const block = [
			'Metals react with the oxygen in the air when they are heated strongly in a',
			'flame, and the word equations for the reactions we saw in class are these:',
			...EQUATIONS
		].join('\n');
		expect(equationLinesApart(block).split('\n\n')).toEqual([
			'Metals react with the oxygen in the air when they are heated strongly in a\nflame, and the word equations for the reactions we saw in class are these:',
			...EQUATIONS
		]);
	});

	it('leaves a block with no equation line, a sentence with "=" and a table row as they are', () => {
		const prose = 'The charge is 20 C = 2 A for 10 s.\nIt ends with a full stop.';
		expect(equationLinesApart(prose)).toBe(prose);
		expect(equationLinesApart('| a = b | c |\nnext')).toBe('| a = b | c |\nnext');
	});

	it('keeps pasted Markdown notes’ equation lines apart, not one run-on paragraph', () => {
		const pasted = [
			'# Oxidation',
			'',
			'The word equations are:',
			...EQUATIONS,
			'',
			'More text.'
		].join('\n');
		expect(paragraphsOf(readPastedText(pasted).text)).toEqual([
			'Oxidation',
			'The word equations are:',
			...EQUATIONS,
			'More text.'
		]);
	});
});
