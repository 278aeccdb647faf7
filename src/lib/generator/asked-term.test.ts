import { describe, expect, it } from 'vitest';
import { askedTerms, termKey } from './asked-term';

const card = (prompt: string, answer: string, type: 'flashcard' | 'truefalse' = 'flashcard') => ({
	type,
	prompt,
	answer
});

/** One handout asks each term once (blind check H23; gen67). */
describe('the terms a card asks', () => {
	it('folds a term to one form: no article, singular', () => {
		expect(termKey('Velm Reeds')).toBe('velm reed');
		expect(termKey('the colonies')).toBe('colony');
		expect(termKey('Lamellae')).toBe('lamellae');
		expect(termKey('glass')).toBe('glass');
	});

	it('reads the term of each card shape', () => {
		expect(
			askedTerms(
				card(
					'In the handout “Velm Reeds”, what is meant by the term “stone reeds”?',
					'Reeds that grow among stones'
				)
			)
		).toEqual(['stone reed']);
		expect(
			askedTerms(card('In the handout “Ostra”, what does OVC stand for?', 'Ostran Varn Council'))
		).toEqual(['ovc', 'ostran varn council']);
		expect(askedTerms(card('What was the ruler of Ostra called?', 'Varnkin'))).toEqual(['varnkin']);
		expect(askedTerms(card('What are stone reeds?', 'Reeds that grow among stones'))).toEqual([
			'stone reed'
		]);
		// A statement asks no term; a year is no term.
		expect(askedTerms(card('Stone reeds grow in Ostra.', 'true', 'truefalse'))).toEqual([]);
		expect(askedTerms(card('In ____, Ostra joined the Varn League.', '1820'))).toEqual([]);
	});

	it('gives two cards on one term the same term', () => {
		const a = askedTerms(card('What is meant by the term “stone reed”?', 'A reed of the stones'));
		const b = askedTerms(card('What is meant by the term “stone reeds”?', 'Reeds of the stones'));
		const reverse = askedTerms(
			card('What is a reed that grows among stones called?', 'Stone reed')
		);
		expect(a).toEqual(b);
		expect(reverse).toEqual(a);
	});
});
