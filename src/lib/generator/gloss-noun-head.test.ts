import { describe, expect, it } from 'vitest';
import { nounHeadGloss } from './gloss-noun-head';
import { glossaryVerdict } from './glossary-entry';
import type { Sentence } from './text';

/** A made-up key-terms line as the reader stores it (gen90, issue 12). */
const line = (text: string, section = 'Key terms'): Sentence =>
	({ text, section, index: 0 }) as unknown as Sentence;

describe('nounHeadGloss: a gloss whose head noun a tagger reads as a verb (gen90)', () => {
	it.each([
		'cost to velm farmers downstream',
		'number of lumite hatchings per 1000 velmites per year',
		'deaths of velm calves under 1 per 1,000 births per year',
		'velm flow increasing'
	])('reads “%s” as a noun phrase', (head) => {
		expect(nounHeadGloss(head)).toBe(true);
	});

	it.each([
		'bits of velm break off a steep cliff and fall',
		'lumite supply is greater than demand',
		'the velm in 1820 rose',
		'fled the velm floods in 1881'
	])('leaves “%s” a statement', (head) => {
		expect(nounHeadGloss(head)).toBe(false);
	});
});

describe('glossaryVerdict on key-terms lines with a noun-or-verb head (gen90)', () => {
	it('gives a rate per 1000 its entry', () => {
		expect(
			glossaryVerdict(line('Velm rate (VR) – number of velm hatchings per 1000 lumites per year'))
		).toMatchObject({
			term: 'Velm rate',
			key: 'number of velm hatchings per 1000 lumites per year'
		});
	});

	it('gives a cost to others its entry', () => {
		expect(glossaryVerdict(line('Outside velm cost – cost to third parties'))).toMatchObject({
			term: 'Outside velm cost',
			key: 'cost to third parties'
		});
	});

	it('still refuses a gloss with its own verb', () => {
		expect(glossaryVerdict(line('Velmfalls – bits of velm break off a cliff and fall.'))).toBe(
			'statement'
		);
	});
});
