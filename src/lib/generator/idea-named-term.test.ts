import { describe, expect, it } from 'vitest';
import { namedTermIdeas, namedTerms } from './idea-named-term';
import { madeUpArticle } from './ideas.test-helpers';

const cards = (title: string, blocks: string[]) =>
	namedTermIdeas(madeUpArticle(title, blocks).article).map((i) => [i.prompt, i.answer]);

describe('namedTermIdeas: a handout term its title or a heading names, defined in prose (gen38)', () => {
	it('reads the title’s parts and the headings’ terms, framing words aside', () => {
		const { article } = madeUpArticle('Velmation and the Greying of Tin', [
			'Velmation is the slow loss of a metal to the air.',
			'# What is a velm rate?',
			'A velm rate is the speed at which a metal greys in damp air.',
			'# Stage 2: tin grafting',
			'Tin grafting is the joining of two tin sheets by heat.'
		]);
		// Velmation, greying of tin, velm rate, tin grafting.
		expect(namedTerms(article).size).toBe(4);
	});

	it('asks the title’s and the headings’ terms, bare two-word terms and "simply" included', () => {
		expect(
			cards('Velmation and the Greying of Tin', [
				'Velmation is the gradual loss of a metal by slow reactions with the damp air.',
				'# What is a velm rate?',
				'A velm rate is simply the speed at which a metal greys in damp air.',
				'# Stage 2: tin grafting',
				'Tin grafting is the joining of two tin sheets by gentle heat, which makes them one.',
				'Damp winters speed up velmation.'
			])
		).toEqual([
			['What is velmation?', 'The gradual loss of a metal by slow reactions with the damp air'],
			['What is a velm rate?', 'The speed at which a metal greys in damp air'],
			['What is tin grafting?', 'The joining of two tin sheets by gentle heat']
		]);
	});

	it('asks no term the title or a heading does not name, and no claim about a named one', () => {
		expect(
			cards('Velmation and the Greying of Tin', [
				'Tin grafting is the joining of two tin sheets by gentle heat.',
				'Velmation is the most costly problem of a tin roof in winter.',
				'Velmation is the result of damp air on a metal surface.',
				'Velmation is a problem.'
			])
		).toEqual([]);
	});

	it('asks nothing of an encyclopedia article over the handout length', () => {
		const long = Array.from(
			{ length: 160 },
			(_, i) => `The velm town ${i} lies on a river and trades in tin.`
		);
		expect(
			cards('Velmation', ['Velmation is the gradual loss of a metal by slow reactions.', ...long])
		).toEqual([]);
	});
});

describe('boundPronouns: a "them" bound to the object before it (gen63)', () => {
	it('asks a definition whose "them" takes up the verb’s object before "or"', () => {
		expect(
			cards('Velm Cures', [
				'# What is a velmicide?',
				'A velmicide is a substance that kills velmites or stops them from breeding, without harming the host.',
				'Farmers spray velmicide in spring.'
			])
		).toEqual([
			[
				'What is a velmicide?',
				'A substance that kills velmites or stops them from breeding, without harming the host'
			]
		]);
	});

	it('still refuses a "them" that points out of the key', () => {
		expect(
			cards('Velm Cures', [
				'# What is a velmicide?',
				'A velmicide is a substance that stops them from breeding in damp weather.',
				'Farmers spray velmicide in spring.'
			])
		).toEqual([]);
	});
});

describe('boundPronouns: an "its" bound inside the key (gen38)', () => {
	it('asks a definition whose "its" points at the key’s own noun', () => {
		expect(
			cards('Velmation and the Greying of Tin', [
				'Velmation is the gradual loss of a metal by slow reactions with substances in its surroundings.',
				'Damp winters speed up velmation.'
			])
		).toEqual([
			[
				'What is velmation?',
				'The gradual loss of a metal by slow reactions with substances in its surroundings'
			]
		]);
	});

	it('still refuses an "its" with no noun of the key before it', () => {
		expect(
			cards('Velmation and the Greying of Tin', [
				'Velmation is the gradual loss of its shine by slow reactions with the damp air.',
				'Damp winters speed up velmation.'
			])
		).toEqual([]);
	});
});

describe('perUnit: a quantity defined per unit (gen38)', () => {
	it('asks a definition that names one unit of measure as its reference', () => {
		expect(
			cards('Specific Velm Capacity', [
				'# Definition',
				'The specific velm capacity of a substance is the amount of energy needed to warm 1 kilogram of the substance by 1 degree Celsius.',
				'Water has a high specific velm capacity.'
			])
		).toEqual([
			[
				'What is the specific velm capacity of a substance?',
				'The amount of energy needed to warm 1 kilogram of the substance by 1 degree Celsius'
			]
		]);
	});

	it('still refuses a size of more than one unit', () => {
		expect(
			cards('Specific Velm Capacity', [
				'# Definition',
				'The specific velm capacity of a substance is the amount of energy needed to warm 5 kilograms of the substance.',
				'Water has a high specific velm capacity.'
			])
		).toEqual([]);
	});
});
