import { describe, expect, it } from 'vitest';
import { glossaryIdeas } from './idea-glossary';
import { madeUpArticle } from './ideas.test-helpers';

/**
 * Made-up notes in the shape students write: a list under a topic heading, not a key-terms list,
 * whose lines gloss a term with a definite class (`noteDefinite`) or a label with a clause
 * (gen90, issue 12).
 */
describe('glossaryIdeas: a definite class in a list is a meaning, not a label (gen90)', () => {
	const { article } = madeUpArticle('Velm physics', [
		'# Heating velm',
		'Specific velm capacity: the energy needed to warm 1 kg of velm by 1 °C.',
		'Velmic bond – the strong attraction between oppositely charged velmons.',
		'Velm risk: the chance of being hit by a velm storm.',
		'# Why the harvest failed',
		'Weather: the ostra changed course after the storm.',
		'Luck – the velm turned when the ostrans were away.'
	]);
	const cards = glossaryIdeas(article).map((i) => [i.prompt, i.answer]);

	it('asks what each term means', () => {
		expect(cards).toEqual(
			expect.arrayContaining([
				[
					'What is meant by the term “specific velm capacity”?',
					'The energy needed to warm 1 kg of velm by 1 °C'
				],
				[
					'What is meant by the term “velmic bond”?',
					'The strong attraction between oppositely charged velmons'
				],
				['What is meant by the term “velm risk”?', 'The chance of being hit by a velm storm']
			])
		);
	});

	it('asks nothing of a label whose gloss is a clause', () => {
		expect(cards.map(([prompt]) => prompt)).not.toEqual(
			expect.arrayContaining([expect.stringMatching(/weather|luck/iu)])
		);
	});
});

describe('glossaryIdeas: a compound term glossed by a bare noun phrase in a list (gen90)', () => {
	const { article } = madeUpArticle('Velm geography', [
		'# Measuring velm development',
		'Velm mortality: deaths of velm calves under one year old per 1000 births.',
		'Lumen rate: percentage of adults who can read velmic script.',
		'# Why the velm forest is cleared',
		'Velm logging: cutting valuable ostra hardwoods.',
		'Velm farming: velm quotas, bigger ostra nets and eating less lumite.'
	]);
	const prompts = glossaryIdeas(article).map((i) => i.prompt);

	it('asks what each measure means', () => {
		expect(prompts).toEqual(
			expect.arrayContaining([
				'What is meant by the term “velm mortality”?',
				'What is meant by the term “lumen rate”?'
			])
		);
	});

	it('leaves an action or a run of noun phrases a label', () => {
		expect(prompts).not.toContain('What is meant by the term “velm logging”?');
		expect(prompts).not.toContain('What is meant by the term “velm farming”?');
	});
});
