import { describe, expect, it } from 'vitest';
import { namedCalledIdeas } from './idea-named-called';
import { madeUpArticle } from './ideas.test-helpers';

describe('a key term named after the phrase it describes: "X is called T." (gen45, H11 yield)', () => {
	it('asks the term the reverse card cannot ask, the described phrase as the answer', () => {
		const { article } = madeUpArticle('Velm Salts', [
			'Velm salts are mined in the dark hills of the north.',
			'Velm that is safe to eat is called table velm. The main salt mined before 1501 is called old velm (or first velm).',
			'Grains joined by heat are known as fused grains, and they sink. The path of a grain is called a grain track.'
		]);
		expect(namedCalledIdeas(article).map((i) => [i.prompt, i.answer])).toEqual([
			['What is meant by the term “table velm”?', 'Velm that is safe to eat'],
			['What is meant by the term “old velm”?', 'The main salt mined before 1501'],
			['What is meant by the term “fused grains”?', 'Grains joined by heat'],
			['What is meant by the term “grain track”?', 'The path of a grain']
		]);
	});

	it('asks nothing of a phrase that points back, speaks to the reader, lists figures, names the term or names a part with “the”', () => {
		const { article } = madeUpArticle('Velm Salts', [
			'Velm salts are mined in the dark hills of the north.',
			'The grains they leave behind are called till.',
			'The dark patches you can see are called maria.',
			'Categories 3, 4 and 5 are called major storms.',
			'This slow process is called settling.',
			'Salt grains that settle are called settled grains.',
			'Salt is called velm.',
			'The side facing the hills is called the far side.',
			// The reverse card ("What is … called?", `idea-term.ts`) asks this one.
			'Grains pressed into a flat block are called slab velm.'
		]);
		expect(namedCalledIdeas(article)).toEqual([]);
	});
});
