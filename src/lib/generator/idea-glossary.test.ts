import { describe, expect, it } from 'vitest';
import { glossaryIdeas } from './idea-glossary';
import { madeUpArticle } from './ideas.test-helpers';

const cards = (blocks: string[]) =>
	glossaryIdeas(madeUpArticle('Velm rates', blocks).article).map((i) => [i.prompt, i.answer]);

const INTRO = 'This handout explains how fast velm reactions go. You will need it for the test.';

describe('glossaryIdeas: a handout’s key-term list (gen35)', () => {
	it('asks each entry’s term, the key its definition without the example', () => {
		expect(
			cards([
				INTRO,
				'# Key terms',
				'Velmant – a substance that is used up in a velm reaction.',
				'Lumic decay: burning a velm in oxygen, e.g. velm + oxygen → lumite.',
				'VLH – the hormone from the lumic gland that controls velm uptake.'
			])
		).toEqual([
			['What is meant by the term “velmant”?', 'A substance that is used up in a velm reaction'],
			['What is meant by the term “lumic decay”?', 'Burning a velm in oxygen'],
			[
				'What is meant by the term “VLH”?',
				'The hormone from the lumic gland that controls velm uptake'
			]
		]);
	});

	it('asks no clause, no everyday word, no term defined elsewhere, no lone entry', () => {
		expect(
			cards([
				INTRO,
				'A velmant is a substance that is used up.',
				'Velmant – a substance that is used up in a velm reaction.',
				'Oxidation: a substance gains oxygen, as when iron rusts.',
				'Eccentricity – the shape of the orbit changes from round to oval.',
				'Mouth: where the river meets the sea.',
				'Product – a new substance formed in a velm reaction.',
				'Lumic decay – burning a velm in oxygen.'
			])
		).toEqual([['What is meant by the term “lumic decay”?', 'Burning a velm in oxygen']]);
		// One "Term: definition" line is no list.
		expect(cards([INTRO, 'Velmant – a substance that is used up in a velm reaction.'])).toEqual([]);
	});
});
