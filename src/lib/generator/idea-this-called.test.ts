import { describe, expect, it } from 'vitest';
import { thisCalledIdeas } from './idea-this-called';
import { madeUpArticle } from './ideas.test-helpers';

describe('a key term named after its description: "This state is called …" (gen20a)', () => {
	it('asks the term, the sentence before as the answer, and cites both', () => {
		const { article } = madeUpArticle('Velm Chemistry', [
			'Velm chemistry studies how velm salts react in water.',
			'In a closed jar, the forward and backward reactions of velm salts happen at the same rate. This state is called velm balance. Velm balance is easy to upset.',
			'The velm wheel takes the same time to spin once as to circle the jar. This is called locked turning (or velm locking).'
		]);
		const ideas = thisCalledIdeas(article);
		expect(ideas.map((i) => [i.prompt, i.answer])).toEqual([
			[
				'What is velm balance?',
				'In a closed jar, the forward and backward reactions of velm salts happen at the same rate'
			],
			[
				'What is locked turning?',
				'The velm wheel takes the same time to spin once as to circle the jar'
			]
		]);
		expect(ideas[0].explanation).toMatch(/This state is called velm balance\.”$/u);
	});

	it('asks nothing when the sentence before points back, goes on from another or names the term, nor in a long article', () => {
		const { article } = madeUpArticle('Velm Chemistry', [
			'Velm chemistry studies how velm salts react in water.',
			'In a closed jar, these reactions of velm salts happen at the same rate. This state is called velm balance.',
			'However, the salts of the north settle slowly at the bottom of the jar. This is called settling.',
			'The reactions of the salts reach a velm balance in a closed jar. This state is called velm balance.',
			'The first time a person meets a velm salt, the skin reacts slowly to the salt. This is called the first reaction.'
		]);
		expect(thisCalledIdeas(article)).toEqual([]);
		const { article: long } = madeUpArticle('Velm Chemistry', [
			'In a closed jar, the forward and backward reactions of velm salts happen at the same rate. This state is called velm balance.',
			...Array.from(
				{ length: 120 },
				() => 'Velm salts are mined in the dark wet hills of the north.'
			)
		]);
		expect(thisCalledIdeas(long)).toEqual([]);
	});
});
