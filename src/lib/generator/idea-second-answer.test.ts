import { describe, expect, it } from 'vitest';
import { glossedAgain, otherName, relationKey } from './idea-second-answer';
import type { Sentence } from './text';

/** Made-up sentences of one document, in order, each under its heading. */
function doc(lines: [section: string, text: string][]): Sentence[] {
	return lines.map(([section, text], index) => ({ doc: 'm', index, section, text }));
}

describe('otherName: a "called" question whose sentence gives a second name', () => {
	it('refuses a key the sentence names again', () => {
		const said =
			'The hall is called Velmar House, after its builder; villagers usually just call it the Barn.';
		expect(otherName('What is the hall called?', 'Velmar House', said)).toBe(true);
		expect(
			otherName(
				'What is the pass called?',
				'Dorn Gap',
				'The pass is called Dorn Gap, also known as the Needle.'
			)
		).toBe(true);
	});

	it('keeps a name given once, and questions that ask no name', () => {
		expect(
			otherName('What is the hall called?', 'Velmar House', 'The hall is called Velmar House.')
		).toBe(false);
		expect(
			otherName(
				'Who built the hall?',
				'Ann Velmar',
				'Ann Velmar built the hall; locals call it the Barn.'
			)
		).toBe(false);
	});
});

describe('relationKey: what a thing is kin to is no meaning of it', () => {
	it('reads relatives, cousins and "related to"', () => {
		expect(relationKey('Relatives of starfish and sea lilies')).toBe(true);
		expect(relationKey('Close cousins of the lumfish')).toBe(true);
		expect(relationKey('Related to the badger')).toBe(true);
	});

	it('keeps a definition that names kin inside it', () => {
		expect(relationKey('A small animal related to the badger that lives in burrows')).toBe(false);
	});
});

describe('glossedAgain: the document glosses the term a second time', () => {
	it('reads another "X is a …" sentence, singular or plural', () => {
		const s = doc([
			['', 'Velms are relatives of mosses and ferns.'],
			['', 'A velm is a small green plant with a single stalk.']
		]);
		expect(glossedAgain('velms', s[0], s)).toBe(true);
	});

	it('reads a key-terms list line of the term', () => {
		const s = doc([
			['Life cycle', 'Velms are tiny plants that grow on wet stones.'],
			['Key terms', 'velm – a small green plant with a single stalk']
		]);
		expect(glossedAgain('velms', s[0], s)).toBe(true);
	});

	it('reads a heading that glosses the term over its sentence', () => {
		const s = doc([['Lumin: the light carrier', 'Lumin is a protein that contains copper.']]);
		expect(glossedAgain('lumin', s[0], s)).toBe(true);
	});

	it('reads "It is a …" just after the gloss', () => {
		const s = doc([
			['Fuels', 'Dark tar is a finite resource found in clay.'],
			['Fuels', 'It formed over millions of years.'],
			['Fuels', 'It is a mixture of many oily compounds.']
		]);
		expect(glossedAgain('dark tar', s[0], s)).toBe(true);
	});

	it('keeps a term glossed once', () => {
		const s = doc([
			['Fuels', 'Dark tar is a thick black liquid found in clay.'],
			['Fuels', 'Miners dug it out by hand.'],
			['Uses', 'Tar was burned in lamps.'],
			['Uses', 'It is a fuel that many towns relied on.']
		]);
		expect(glossedAgain('dark tar', s[0], s)).toBe(false);
	});
});
