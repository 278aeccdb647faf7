import { describe, expect, it } from 'vitest';
import { termIdeas } from './idea-term';
import {
	definiteDefinition,
	handoutPlainKey,
	textField,
	withoutSecondObject
} from './idea-term-handout';
import { madeUpArticle } from './ideas.test-helpers';

describe('a handout’s textbook definitions (gen21, issue 12’s h28 handouts)', () => {
	it('asks a definite class restricted by a relative clause, its own subject in its field, and a long naming clause', () => {
		const { article } = madeUpArticle('Velm and the Trade Cycle: How Markets Work', [
			'Economists study how people trade velm. Economics explains prices.',
			'Velm is the amount of a crop that farmers are able to grow in one season. Velm rises in wet years.',
			'The market price is the price at which the amount grown equals the amount bought. The market price changes.',
			'The trade cycle is the slow movement of trade between the towns, the coast and the hills. The trade cycle takes years.',
			'A layer of soft rock that holds water and lets it pass through, such as chalk, is called a spring bed, and spring beds feed wells. Wells run dry.',
			'Water soaking into the soil is called seepage, and water that sinks further is called drainage. Seepage is slow.'
		]);
		expect(termIdeas(article).map((i) => [i.prompt, i.answer])).toEqual([
			[
				'What is velm in economics?',
				'The amount of a crop that farmers are able to grow in one season'
			],
			['What is the market price?', 'The price at which the amount grown equals the amount bought'],
			[
				'What is the trade cycle?',
				'The slow movement of trade between the towns, the coast and the hills'
			],
			[
				'What is the name for a layer of soft rock that holds water and lets it pass through, such as chalk?',
				'Spring bed'
			],
			['What is water soaking into the soil called?', 'Seepage']
		]);
	});

	it('asks no definite key without a relative clause, no everyday own word without a field, no pointing description', () => {
		const { article } = madeUpArticle('Velm and Trade', [
			'Trade moves goods between the towns of the coast.',
			'Velm is the amount of a crop that farmers are able to grow in one season. Velm rises in wet years.',
			'The market price is the result of long bargaining in the towns. The market price changes.',
			'Its boundary, usually a ridge of high ground, is called the divide. The divide is high.',
			'The soft layer that surrounds it is called the mantle bed. The mantle bed is soft.',
			'A trader is the person who buys the crop. Traders travel.'
		]);
		expect(termIdeas(article).map((i) => i.prompt)).toEqual(['What is a trader?']);
	});
});

describe('a handout’s wider named class (gen21)', () => {
	it('asks a term that is its clause’s subject, a term with "the" and "of", and a relative after a comma', () => {
		const { article } = madeUpArticle('The Velm Plant', [
			'The velm plant grows on the northern hills.',
			'A wall of bark called the sheath separates the inner wood from the outer skin, so that sap stays inside.',
			'Growers use a careful method called the rule of thirds, which cuts one stem in three each year.',
			'A soft layer called the pith was found by Ivo Holm.'
		]);
		expect(termIdeas(article).map((i) => [i.prompt, i.answer])).toEqual([
			['What is the sheath?', 'A wall of bark that separates the inner wood from the outer skin'],
			['What is the rule of thirds?', 'A careful method which cuts one stem in three each year']
		]);
	});
});

describe('a handout’s definition checks', () => {
	it('drops a second verb’s pointer back to the first object, keeps one out of the sentence', () => {
		expect(withoutSecondObject('rock that holds water and lets it pass')).toBe(
			'rock that holds water and lets  pass'
		);
		expect(withoutSecondObject('the fluid that surrounds it')).toBe('the fluid that surrounds it');
	});

	it('accepts a definite key restricted by a relative clause or of its own subject, and a genus head', () => {
		expect(definiteDefinition('the price at which buyers equal sellers', 'is', false)).toBe(true);
		expect(definiteDefinition('the result of long bargaining', 'is', false)).toBe(false);
		expect(definiteDefinition('the result of long bargaining', 'is', true)).toBe(true);
		expect(definiteDefinition('the price at which buyers equal sellers', 'are', false)).toBe(false);
		expect(handoutPlainKey('the price at which buyers equal sellers', 'market price')).toBe(true);
		expect(handoutPlainKey('the level at which buyers pay the price', 'market price')).toBe(false);
	});

	it('takes no field from a story or rule the text tells ("A brief history", blind review 12a S05)', () => {
		const { article } = madeUpArticle('Velm: The Crop of the Hills', [
			'A brief history of velm farming starts in the hills.',
			'The word was coined by the Ostran economist Ivo Stren, who won the Lumen Prize in Economics.',
			'Velm is the amount of a crop that farmers are able to grow in one season. Velm rises in wet years.'
		]);
		const prompts = termIdeas(article).map((i) => i.prompt);
		expect(prompts).not.toContain('What is velm in history?');
		expect(prompts).not.toContain('What is velm in economics?');
	});
});

describe('an adverb after a named term and a field by "weather" (H13 S50, S45; gen52)', () => {
	it('asks the term without the adverb before its verb', () => {
		const { article } = madeUpArticle('The Velm Plant', [
			'The velm plant grows on the northern hills.',
			'Once the stem has healed, an enzyme called lumase slowly breaks down the scar, softening the bark.'
		]);
		expect(termIdeas(article).map((i) => [i.prompt, i.answer])).toEqual([
			['What is lumase?', 'An enzyme that slowly breaks down the scar, softening the bark']
		]);
	});

	it('takes no meteorology from "weather" in a handout that is not on the weather', () => {
		const blocks = [
			'Flight is the regular movement of velms from the hills to the coast and back again. Flight is long.',
			'Bad weather can kill velms. Velms wait for good weather. The weather turns in spring.'
		];
		expect(termIdeas(madeUpArticle('Velm Flight', blocks).article).map((i) => i.prompt)).toEqual(
			[]
		);
	});
});

describe('a field named only beside a product is no field (blind review H16 S12)', () => {
	it('reads "used in perfume and medicine" as a use, "biology and medicine" and "in medicine" as fields', () => {
		const field = (line: string) =>
			textField(
				madeUpArticle('Velm Beavers', ['Velm beavers build dams on rivers.', line]).article,
				'velm beavers'
			);
		expect(field('Their scent is used in perfume and medicine across Ostra.')).toBeUndefined();
		expect(field('Their scent is studied in biology and medicine across Ostra.')).toBe('biology');
		expect(field('Their scent has long been used in medicine across Ostra.')).toBe('medicine');
	});
});

describe('an adjective is no field: only a field’s name or its agent noun (blind review H30 S69)', () => {
	it('reads "genetic code" and "economic growth" as no field, "geneticists" and "in genetics" as one', () => {
		const field = (line: string) =>
			textField(
				madeUpArticle('Velm Moss', ['Velm moss grows on wet stones.', line]).article,
				'velm moss'
			);
		expect(field('In 1990 its whole genetic code was read by scientists.')).toBeUndefined();
		expect(field('Its spread slowed the economic growth of Ostra.')).toBeUndefined();
		expect(field('Geneticists in Ostra read its code in 1990.')).toBe('genetics');
		expect(field('It is studied in genetics across Ostra.')).toBe('genetics');
		expect(field('Economists in Ostra priced it in 1990.')).toBe('economics');
	});
});
