import { describe, expect, it } from 'vitest';
import { glossIdeas, termBefore } from './idea-gloss';
import { madeUpArticle } from './ideas.test-helpers';

describe('kind 8: a term defined in passing, by apposition', () => {
	it('asks a recurring term the article glosses, with the gloss whole as the key', () => {
		const { article } = madeUpArticle('Vestan ethics', [
			'Vestan ethics is a school of thought that studies duty. One form of it is salt hedonism, the view that every act aims at the taste of salt or at avoiding bitterness.',
			'Salt hedonism was popular in Ostra. Critics of salt hedonism called it crude. Salt hedonism faded by 1900.'
		]);
		expect(glossIdeas(article)).toMatchObject([
			{
				type: 'flashcard',
				prompt: 'What is salt hedonism?',
				answer: 'The view that every act aims at the taste of salt or at avoiding bitterness'
			}
		]);
	});

	it('asks no term met once, no gloss that only names a class, no person', () => {
		const { article } = madeUpArticle('Vestan ethics', [
			'Vestan ethics is a school of thought that studies duty. It gave rise to salt hedonism, a theory.',
			'Its founder was Ada Holm, the person who wrote about salt. Holm lived in Ostra. Holm died young.',
			'Bitter realism, the view that salt is bitter, is rare.'
		]);
		expect(glossIdeas(article)).toEqual([]);
	});

	it('reads the term back from the comma to a verb or an article', () => {
		expect(termBefore('One form of it is salt hedonism')).toBe('salt hedonism');
		expect(termBefore('The gas was called firedamp')).toBe('firedamp');
		expect(termBefore('It was (in fact)')).toBeUndefined();
	});
});
