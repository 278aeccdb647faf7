import { describe, expect, it } from 'vitest';
import { pairSwap } from './truth-pair';
import type { SubjectKind } from './truth-contrast';
import { truthIdeas } from './idea-truth';
import { madeUpArticle } from './ideas.test-helpers';

const terms = new Set(['velite', 'hastatus']);
const kindOf = (s: string): SubjectKind | undefined =>
	terms.has(s.toLowerCase()) ? 'term' : undefined;
/** Everyday words of the made-up handouts: written in lower case somewhere. */
const common = new Set(['nests', 'cool', 'warm', 'the', 'males', 'females']);
const isCommon = (w: string) => common.has(w.toLowerCase());
const swap = (text: string) => pairSwap(text, kindOf, isCommon);
const swapped = (text: string) => {
	const found = swap(text);
	return (
		found && `${text.slice(0, found.at)}${found.wrong}${text.slice(found.at + found.value.length)}`
	);
};

describe('pairSwap: the sentence’s own pair, its subjects exchanged', () => {
	it('exchanges two subjects that say the same verb', () => {
		expect(swapped('The Ostrans won the most races, while Vestmark won the most medals.')).toBe(
			'Vestmark won the most races, while the Ostrans won the most medals.'
		);
		expect(
			swapped(
				'In most lizards, nests kept warm produce mostly males, while cool nests produce mostly females.'
			)
		).toBe(
			'In most lizards, cool nests produce mostly males, while nests kept warm produce mostly females.'
		);
	});

	it('exchanges two bolded terms that say different verbs', () => {
		expect(
			swapped('The velite threw light spears, whereas the hastatus carried a short sword.')
		).toBe('The hastatus threw light spears, whereas the velite carried a short sword.');
		expect(
			swap('The velite threw light spears, whereas the hastatus carried a short sword.')?.subjects
		).toEqual(['The velite', 'the hastatus']);
	});

	it('refuses a "while" that opens no subject of its own', () => {
		expect(
			swap('The Ostran king died in the north, while on campaign against the Vestans.')
		).toBeUndefined();
		expect(
			swap('The Ostran king fell ill with a fever, while visiting the coast.')
		).toBeUndefined();
	});

	it('refuses a pronoun or a pointing word as a subject', () => {
		expect(
			swap('Seeds with black shells are grown for oil, while the striped ones are roasted.')
		).toBeUndefined();
		expect(
			swap('Some ran on long legs on land, while others lived in the open sea.')
		).toBeUndefined();
	});

	it('refuses a subject that opens on a place, a time or a quantifier', () => {
		expect(
			swap('In the upland valleys most rain is stored, while further down most rain is lost.')
		).toBeUndefined();
		expect(swap('Many Ostrans farmed the hills, while Vestmark farmed the coast.')).toBeUndefined();
	});

	it('refuses two clauses that say the same thing, or name the other subject', () => {
		expect(swap('Mosses spread by spores, while ferns spread by spores.')).toBeUndefined();
		expect(
			swap('The Ostrans won more races than Vestmark, while Vestmark won the most medals.')
		).toBeUndefined();
	});

	it('refuses two unknown subjects with different verbs, and a sentence of two joints', () => {
		expect(swap('The cylinder stayed hot, while the condenser was kept cold.')).toBeUndefined();
		expect(
			swap(
				'The Ostrans won the races, while Vestmark won the medals, while Lund won nothing at all.'
			)
		).toBeUndefined();
	});
});

describe('truthIdeas with a pair', () => {
	it('asks a handout’s "A …, while B …" sentence as said and with its subjects exchanged', () => {
		const { article } = madeUpArticle(
			'Fighters of the Varnland Arena',
			[
				'The arena of Varnland held games for nearly three hundred years.',
				'The velite fought with a light spear and a net, whereas the hastatus carried a short sword and a tall shield.'
			],
			['velite', 'hastatus']
		);
		const ideas = truthIdeas(article);
		// Proposed both ways (gen76: asked false only, a pair's sentence gave itself away by its
		// shape); which one ships is chosen with the handout's other statements.
		expect(ideas.filter((i) => i.answer === 'true').map((i) => i.prompt)).toEqual([
			'The velite fought with a light spear and a net, whereas the hastatus carried a short sword and a tall shield.'
		]);
		const falses = ideas.filter((i) => i.answer === 'false');
		expect(falses.map((i) => i.prompt)).toEqual([
			'The hastatus fought with a light spear and a net, whereas the velite carried a short sword and a tall shield.'
		]);
		expect(falses[0].explanation).toMatch(/says it the other way round/u);
	});
});
