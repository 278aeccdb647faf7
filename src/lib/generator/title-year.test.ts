import { describe, expect, it } from 'vitest';
import type { Idea } from './ideas';
import { madeUpArticle } from './ideas.test-helpers';
import { titleGivesYear } from './title-year';

const idea = (type: Idea['type'], answer: string, sentence: Idea['sentence']): Idea => ({
	kind: 'year',
	sentence,
	type,
	prompt: 'The first Velm Games were held in Lumen in ____.',
	answer,
	start: 0,
	context: '',
	weight: 0
});

describe('a year the title gives (H22 S62, H20 S130)', () => {
	const blocks = ['The first Velm Games were held in Lumen in 1896.', 'They ran for ten days.'];

	it('refuses a blank, a typed or a choice of the title’s year', () => {
		const { article } = madeUpArticle('The Velm Games of 1896', blocks);
		const at = article.sentences[0];
		expect(titleGivesYear(idea('cloze', '1896', at), article)).toBe(true);
		expect(titleGivesYear(idea('mcq', '6 April 1896', at), article)).toBe(true);
		expect(titleGivesYear(idea('short', '1896', at), article)).toBe(true);
	});

	it('keeps another year, a number that only contains it, and a statement', () => {
		const { article } = madeUpArticle('The Velm Games of 1896', blocks);
		const at = article.sentences[0];
		expect(titleGivesYear(idea('cloze', '1900', at), article)).toBe(false);
		expect(titleGivesYear(idea('cloze', '18960', at), article)).toBe(false);
		expect(titleGivesYear(idea('truefalse', 'true', at), article)).toBe(false);
		const untitled = madeUpArticle('The Velm Games', blocks).article;
		expect(titleGivesYear(idea('cloze', '1896', untitled.sentences[0]), untitled)).toBe(false);
	});
});
