import { describe, expect, it } from 'vitest';
import { deedIdeas, deedOf } from './idea-deeds';
import { madeUpArticle } from './ideas.test-helpers';

describe('kind 4: what the subject did', () => {
	it('blanks the thing done, names the actor, and accepts the article’s other name for it', () => {
		const { article } = madeUpArticle('Anna Korvel', [
			'Anna Korvel (1801–1870) was a Vestan chemist. She is best known for her work on salts.',
			'Korvel successfully introduced velmic acid (now known as velmol) to clean wounds.',
			'Tomas Aaberg discovered greenwort in 1850.',
			'Korvel discovered that salts dissolve.'
		]);
		const ideas = deedIdeas(article);
		expect(ideas).toHaveLength(1);
		expect(ideas[0]).toMatchObject({
			type: 'cloze',
			prompt: 'Korvel successfully introduced ____ to clean wounds.',
			answer: 'velmic acid',
			accept: ['velmol']
		});
	});

	it('leaves out long objects and clauses, which have no one way to type them', () => {
		const isActor = (p: string) => p === 'Korvel';
		expect(deedOf('Korvel discovered that salts dissolve.', isActor)).toBeUndefined();
		expect(
			deedOf('Korvel developed a new and very much cheaper way of making salt.', isActor)
		).toBeUndefined();
		expect(deedOf('Korvel founded the Lumen Salt Works in 1840.', isActor)?.object).toBe(
			'the Lumen Salt Works'
		);
		expect(deedOf('Aaberg founded the Lumen Salt Works.', isActor)).toBeUndefined();
	});

	it('keeps a frame ("the idea of") in the prompt, and reads a life whose lead is garbled', () => {
		const { article } = madeUpArticle('Anna Korvel', [
			'Anna Korvel, 1ST BARONESS KORVEL, (3 May 180110 June 1870), was a Vestan chemist.',
			'Korvel introduced the use of velmic acid in Lumen hospitals. Tomas Aaberg met Korvel.'
		]);
		const ideas = deedIdeas(article);
		expect(ideas.map((i) => [i.prompt, i.answer])).toEqual([
			['Korvel introduced the use of ____ in Lumen hospitals.', 'velmic acid']
		]);
	});
});
