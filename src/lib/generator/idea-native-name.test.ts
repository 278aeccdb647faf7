import { describe, expect, it } from 'vitest';
import { nativeNameIdeas } from './idea-native-name';
import { madeUpArticle } from './ideas.test-helpers';

describe('a name in another language: "…, known by its Ostran name, velmur." (gen48)', () => {
	it('asks the name for the thing the sentence describes', () => {
		const { article } = madeUpArticle('Rivers of Ostra', [
			'Ostra has many short rivers that run from the hills to the sea.',
			'When the hill snow melts fast, it can cause a sudden muddy river surge, known by its Ostran name, velmur.',
			'The old laws follow the principle of equal payment, often known by its Latin name par pretium.'
		]);
		expect(nativeNameIdeas(article).map((i) => [i.prompt, i.answer])).toEqual([
			['What is the Ostran name for a sudden muddy river surge?', 'velmur'],
			['What is the Latin name for the principle of equal payment?', 'par pretium']
		]);
	});

	it('asks nothing of a bare class, a pointer or in a long article', () => {
		const { article } = madeUpArticle('Rivers of Ostra', [
			'Ostra has many short rivers that run from the hills to the sea.',
			'The snow can cause a flood, known by its Ostran name, velmur.',
			'The towns follow their own custom, known by its Ostran name, tarrak.'
		]);
		expect(nativeNameIdeas(article)).toEqual([]);
		const { article: long } = madeUpArticle('Rivers of Ostra', [
			'When the hill snow melts fast, it can cause a sudden muddy river surge, known by its Ostran name, velmur.',
			...Array.from(
				{ length: 120 },
				() => 'Velm salts are mined in the dark wet hills of the north.'
			)
		]);
		expect(nativeNameIdeas(long)).toEqual([]);
	});
});
