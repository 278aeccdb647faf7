import { describe, expect, it } from 'vitest';
import { termAppositionIdeas } from './idea-term-apposition';
import { madeUpArticle } from './ideas.test-helpers';

describe("a handout's technical word glossed by its class (gen46)", () => {
	const blocks = [
		'Velmia is an island in the northern ocean.',
		'Beneath Velmia there is also a hotspot, a plume of unusually hot rock rising from deep in the mantle.',
		'Still water in the canals helped the spread of bilharzia, a disease caused by a parasitic worm.',
		'The farmers dug the channels, a task that took many weeks.',
		'They measured the flood with nilometers, a kind of stone staircase with a scale.',
		'The river is quickly, a word that runs south.',
		'There was a volcano, a famous mountain that often erupts in the south.',
		'Its queen had once been an actress, a lowly profession in the realm of Ostra.',
		'The band had a piccolo, a contrabassoon and three trombones from the capital.',
		'Each fold also holds a lacteal, a vessel of the lymph system that absorbs fats and sugars.'
	];

	it('asks what a word brought in with "a" is, in the present, keyed by its gloss', () => {
		const { article } = madeUpArticle('Velmia', blocks);
		expect(termAppositionIdeas(article).map((i) => [i.prompt, i.answer])).toEqual([
			['What is a hotspot?', 'A plume of unusually hot rock rising from deep in the mantle'],
			['What is a lacteal?', 'A vessel of the lymph system that absorbs fats and sugars']
		]);
	});

	it('asks no word after "the", "of" or a copula, no list item, no plural, adverb or short word, no hedged gloss, and nothing in a long article', () => {
		const { article } = madeUpArticle('Velmia', blocks);
		const prompts = termAppositionIdeas(article).map((i) => i.prompt);
		for (const refused of [
			'What is bilharzia?',
			'What is channels?',
			'What is nilometers?',
			'What is quickly?',
			'What is a volcano?',
			'What is an actress?',
			'What is a piccolo?'
		])
			expect(prompts).not.toContain(refused);
		const long = madeUpArticle('Velmia', [
			...blocks,
			...Array.from({ length: 120 }, () => 'The hills of Velmia are steep and wet in the north.')
		]);
		expect(termAppositionIdeas(long.article)).toEqual([]);
	});
});
