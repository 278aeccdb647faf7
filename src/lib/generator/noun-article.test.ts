import { describe, expect, it } from 'vitest';
import { askedNoun, indefiniteArticle } from './noun-article';

describe('indefiniteArticle: by the first sound', () => {
	it('reads vowels, silent h and a "you" sound', () => {
		expect(indefiniteArticle('enzyme')).toBe('an');
		expect(indefiniteArticle('organelle')).toBe('an');
		expect(indefiniteArticle('grobbler')).toBe('a');
		expect(indefiniteArticle('hour')).toBe('an');
		expect(indefiniteArticle('unifier')).toBe('a');
		expect(indefiniteArticle('user')).toBe('a');
	});
});

describe('askedNoun: article and agreement in "what … do?"', () => {
	it('gives a singular count noun of an agent its indefinite article', () => {
		expect(askedNoun('grobbler', false, false, false)).toEqual({
			noun: 'a grobbler',
			verb: 'does'
		});
		expect(askedNoun('emptor', false, false, false)).toEqual({ noun: 'an emptor', verb: 'does' });
	});

	it('asks a substance bare and any other singular with "the"', () => {
		expect(askedNoun('zorbase', false, false, false)).toEqual({ noun: 'zorbase', verb: 'does' });
		expect(askedNoun('flimulin', false, false, false)).toEqual({
			noun: 'flimulin',
			verb: 'does'
		});
		expect(askedNoun('plonkus', false, false, true)).toEqual({
			noun: 'the plonkus',
			verb: 'does'
		});
	});

	it('keeps "the" of a term the handout writes with one, or of several words', () => {
		expect(askedNoun('glass valve', false, true, false)).toEqual({
			noun: 'the glass valve',
			verb: 'does'
		});
	});

	it('makes a plural agree, by its "-s" or a Latin plural its verb confirms', () => {
		expect(askedNoun('grobblers', true, false, false)).toEqual({ noun: 'grobblers', verb: 'do' });
		expect(askedNoun('zentria', true, true, false)).toEqual({ noun: 'the zentria', verb: 'do' });
		expect(askedNoun('zentria', false, true, false)).toEqual({
			noun: 'the zentria',
			verb: 'does'
		});
	});

	it('refuses a singular noun whose gloss opens on a plural verb', () => {
		expect(askedNoun('planned retreatment', true, true, false)).toBeUndefined();
		expect(askedNoun('grobble', true, false, false)).toBeUndefined();
	});
});

describe('askedNoun: abstract nouns', () => {
	it('asks a process or a state bare, even one the handout writes with "the"', () => {
		expect(askedNoun('velmication', false, true, false)).toEqual({
			noun: 'velmication',
			verb: 'does'
		});
		expect(askedNoun('grobblement', false, false, false)).toEqual({
			noun: 'grobblement',
			verb: 'does'
		});
	});
});
