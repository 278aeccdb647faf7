import { describe, expect, it } from 'vitest';
import { madeUpArticle } from './ideas.test-helpers';
import { timesUsed } from './idea-term-words';

// gen35: a Markdown file's headings reach the generator as headings, not as sentences, so the
// rules that read a heading as a sentence of the text read it as a heading instead.
describe('headings as the generator reads them (gen35)', () => {
	it('counts a heading that names a term as a use of it, once', () => {
		const { article } = madeUpArticle('Velm chemistry', [
			'Velm chemistry is a study of bonds. This handout explains it.',
			'# Lumic bonding',
			'A lumic bond is the strong attraction between two velm atoms.',
			'# Lumic bonding in salts',
			'Salts hold many of them.'
		]);
		const own = article.sentences.find((s) => s.text.startsWith('A lumic bond'))!;
		expect(timesUsed('lumic bond', own, article)).toBe(2);
	});

	it('goes on with the lead under a heading that asks what the subject is', () => {
		const { article } = madeUpArticle('Velms and velm resistance', [
			'Before 1940 a scratch could kill. This handout explains what velms are.',
			'# What is a velm?',
			'A velm is a substance that kills bacteria without harming the person taking it.',
			'# How velms work',
			'A velm attacks the wall of a bacterial cell.'
		]);
		const lead = (start: string) =>
			article.marks(article.sentences.find((s) => s.text.startsWith(start))!)?.lead;
		expect(lead('A velm is')).toBe(true);
		expect(lead('A velm attacks')).toBe(false);
	});
});
