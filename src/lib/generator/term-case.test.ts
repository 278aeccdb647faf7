import { describe, expect, it } from 'vitest';
import { adjectiveTerm, asWritten } from './term-case';
import type { ArticleView } from './ideas';
import type { Sentence } from './text';

const sentence = (text: string, index: number) => ({ text, index }) as unknown as Sentence;

describe('asWritten', () => {
	it('keeps the capital of a name the text capitalises inside a sentence', () => {
		const entry = sentence('Velmoria – the valley that is now part of two countries', 1);
		const article = {
			sentences: [sentence('The traders settled in Velmoria long ago.', 0), entry]
		} as unknown as ArticleView;
		expect(asWritten('Velmoria', entry, article)).toBe('Velmoria');
	});
	it('lowers a common term and keeps an acronym', () => {
		const entry = sentence('Catalyst – a substance that speeds up a reaction', 1);
		const article = {
			sentences: [sentence('A catalyst is added to the tank.', 0), entry]
		} as unknown as ArticleView;
		expect(asWritten('Catalyst', entry, article)).toBe('catalyst');
		expect(asWritten('DNA', entry, article)).toBe('DNA');
	});
	it('lowers a term the text writes lower-case too, beside a name that holds it', () => {
		const entry = sentence('Weir – a low wall built across a river', 2);
		const article = {
			sentences: [
				sentence('Boats wait below Orlen Weir at high tide.', 0),
				sentence('Each weir holds back the water upstream.', 1),
				entry
			]
		} as unknown as ArticleView;
		expect(asWritten('Weir', entry, article)).toBe('weir');
	});
});

describe('adjectiveTerm', () => {
	it('finds a quality', () => {
		expect(adjectiveTerm('Malleable')).toBe(true);
		expect(adjectiveTerm('Porous')).toBe(true);
	});
	it('leaves a thing', () => {
		expect(adjectiveTerm('Nucleus')).toBe(false);
		expect(adjectiveTerm('Amylase')).toBe(false);
		expect(adjectiveTerm('Cell membrane')).toBe(false);
	});
});
