import { describe, expect, it } from 'vitest';
import { buildLexicon } from '$lib/generator/facts';
import { documentFacts, documentSentences, wrongChoices } from './cloze-suggest';
import { nameKind } from './cloze-kinds';

// A made-up history article with a title, byline and heading, people, a ship, a queen and places.
const TEXT = [
	'The Long Drought: How a Dry Spring Remade Ostby\nBy Anna Berg\n3 May 2023',
	'In the spring of 1871, the wells of Ostby ran dry. The town council asked the engineer Marta Holm to design a new reservoir.',
	'The physician Lars Vik argued that the wells had been poisoned. The chemist Erik Dahl tested the water.',
	'Reservoirs were built at Kalby, Norrvik Hill and Tunby. The work was paid for by the merchant Nils Sand.',
	'The reservoirs in Eskarp',
	'In June 1878 the pleasure steamer Princess Maren sank near Kalby. Queen Sofia opened the new reservoir in Ostby in 1879.',
	'The contractor Per Lund built the dam, and the builder Jon Ek built the pumping house.'
].join('\n\n');
const lexicon = buildLexicon(documentSentences('h', TEXT));
const facts = documentFacts('h', TEXT, lexicon, '2023-05-03');
const sentences = documentSentences('h', TEXT);

describe('nameKind', () => {
	it('reads a ship, a place and a titled person from the words around them', () => {
		expect(nameKind('Princess Maren', sentences)).toBe('thing');
		expect(nameKind('Norrvik Hill', sentences)).toBe('place');
		expect(nameKind('Queen Sofia', sentences)).toBe('titled');
		expect(nameKind('Marta Holm', sentences)).toBe('person');
	});
});

describe('wrongChoices by kind (issue 12, outsider)', () => {
	const engineer = 'The town council asked the engineer Marta Holm to design a new reservoir.';

	it('offers people for a person: no title scrap, no ship, no place, no queen', () => {
		const result = wrongChoices('Marta Holm', engineer, facts);
		expect(result.ok).toBe(true);
		const wrong = result.ok ? result.wrong : [];
		expect(wrong.length).toBeGreaterThan(0);
		for (const bad of [
			'Dry Spring',
			'Spring Remade',
			'Princess Maren',
			'Norrvik Hill',
			'Queen Sofia',
			'Anna Berg'
		])
			expect(wrong).not.toContain(bad);
	});

	it('offers places for a place the tagger read as a person, never people', () => {
		const sentence = 'Reservoirs were built at Kalby, Norrvik Hill and Tunby.';
		const result = wrongChoices('Norrvik Hill', sentence, facts);
		expect(result).toMatchObject({ ok: true });
		const wrong = result.ok ? result.wrong : [];
		for (const name of ['Marta Holm', 'Lars Vik', 'Erik Dahl', 'Per Lund', 'Kalby', 'Tunby'])
			expect(wrong).not.toContain(name);
		expect(wrong).toContain('Ostby');
		expect(wrong).not.toContain('Eskarp');
	});

	it('offers no person for a ship: fewer choices, the person writes the rest', () => {
		const sentence = 'In June 1878 the pleasure steamer Princess Maren sank near Kalby.';
		expect(wrongChoices('Princess Maren', sentence, facts)).toEqual({ ok: true, wrong: [] });
	});

	it('keeps years as they were', () => {
		const result = wrongChoices(
			'1871',
			'In the spring of 1871, the wells of Ostby ran dry.',
			facts
		);
		expect(result.ok && result.wrong.length).toBe(3);
	});
});
