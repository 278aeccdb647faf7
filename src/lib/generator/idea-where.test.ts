import { describe, expect, it } from 'vitest';
import { madeUpArticle } from './ideas.test-helpers';
import { placesAround, whereIdeas } from './idea-where';

/** A typed place has every right answer the sentence gives (blind check H22; gen67). */
describe('the enclosing places of a typed place answer', () => {
	it('reads an island and an apposition as enclosing places', () => {
		expect(placesAround(', on the Isle of Varn, where his father farmed.')).toEqual({
			all: ['Isle of Varn'],
			wider: 'Isle of Varn'
		});
		expect(placesAround(', a small town in Delmshire, Ostra.')).toEqual({
			all: ['Delmshire', 'Ostra'],
			wider: 'Ostra'
		});
		// A lower-case phrase names no place.
		expect(placesAround(', on the coast.')).toBe(undefined);
	});

	it('keys a birthplace with its island and accepts each', () => {
		const { article } = madeUpArticle('Lena Dorr', [
			'Lena Dorr (1801–1870) was an Ostran surgeon who founded the first hospital of Varn.',
			'Lena Dorr was born in 1801 at Ulmo, on the Isle of Varn, where her father was a teacher.'
		]);
		const [card] = whereIdeas(article);
		expect(card.prompt).toBe('Where was Lena Dorr born?');
		expect(card.answer).toBe('Ulmo');
		expect(card.accept).toEqual(['Isle of Varn']);
	});

	it("asks no book's place of publication", () => {
		const { article } = madeUpArticle('The Varn Letters', [
			'The Varn Letters is a novel by Lena Dorr.',
			'The Varn Letters was published in Ulmo in 1850 by Dorr and Sons.'
		]);
		expect(whereIdeas(article).map((i) => i.prompt)).toEqual([]);
	});

	it('asks where a thing was held with the year the sentence gives, never without (gen71)', () => {
		const dated = madeUpArticle('Ora Velt', [
			'Ora Velt was an Ostran runner who won four races at the Varn Games.',
			'In the summer of 1936 the Varn Games were held in Ulmo, the capital of Ostra.'
		]).article;
		expect(whereIdeas(dated).map((i) => i.prompt)).toEqual([
			'Where were the Varn Games held in 1936?'
		]);
		const undated = madeUpArticle('Ora Velt', [
			'Ora Velt was an Ostran runner who won four races at the Varn Games.',
			'The Varn Games were held in Ulmo, the capital of Ostra.'
		]).article;
		expect(whereIdeas(undated).map((i) => i.prompt)).toEqual([]);
	});
});
