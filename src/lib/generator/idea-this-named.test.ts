import { describe, expect, it } from 'vitest';
import { thisNamedIdeas } from './idea-this-named';
import { madeUpArticle } from './ideas.test-helpers';

describe('a name given after the telling: "This system is called the Velm Accord." (gen48)', () => {
	it('quotes the sentence before whole and asks the name', () => {
		const { article } = madeUpArticle('The Ostran Wars', [
			'The Ostran wars were fought between the river towns of Ostra.',
			'In March 1602 the five river towns agreed to send every quarrel to a court of judges. This system of cooperation is called the Velm Accord.',
			'From 1640 to 1688, with only a short break, Ostra was ruled by the merchant Tarq Olden. This period is known as the Long Peace, and it ended in a famine.'
		]);
		expect(thisNamedIdeas(article).map((i) => [i.prompt, i.answer])).toEqual([
			[
				'In March 1602 the five river towns agreed to send every quarrel to a court of judges. What is that system of cooperation called?',
				'The Velm Accord'
			],
			[
				'From 1640 to 1688, with only a short break, Ostra was ruled by the merchant Tarq Olden. What is that period known as?',
				'The Long Peace'
			]
		]);
	});

	it('asks nothing when the sentence before points back, goes on from another, is cut or names the name, nor of the title', () => {
		const { article } = madeUpArticle('The Ostran Wars', [
			'The Ostran wars were fought between the river towns of Ostra.',
			'In 1602 they agreed to send their quarrels to a court of judges. This system is called the Velm Accord.',
			'However, the towns of the north kept their own courts for many years. This custom is called the Northern Right.',
			'The river towns signed the Velm Accord in the spring of 1602. This treaty is known as the Velm Accord.',
			'4 times the size of the old court, the new court met every month. This value is known as the Court Limit.',
			'The river towns went to war against each other for forty years. This long struggle is known as the Ostran Wars.'
		]);
		expect(thisNamedIdeas(article)).toEqual([]);
	});

	it('asks nothing in a long article that is no handout', () => {
		const { article } = madeUpArticle('The Ostran Wars', [
			'In March 1602 the five river towns agreed to send every quarrel to a court of judges. This system of cooperation is called the Velm Accord.',
			...Array.from(
				{ length: 120 },
				() => 'Velm salts are mined in the dark wet hills of the north.'
			)
		]);
		expect(thisNamedIdeas(article)).toEqual([]);
	});
});
