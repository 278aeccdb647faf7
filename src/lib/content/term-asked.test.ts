import { describe, expect, it } from 'vitest';
import { meantByTerm, quotedTermAsked, termAskedAbout } from './term-asked';

describe('meantByTerm', () => {
	it('writes the glossary card’s front, which quotedTermAsked reads back', () => {
		expect(meantByTerm(' Lumen wall ')).toBe('What is meant by the term “Lumen wall”?');
		expect(quotedTermAsked(meantByTerm('pH'))).toBe('pH');
	});
});

describe('quotedTermAsked', () => {
	it('reads the quoted term of a definition card, in a handout’s frame too', () => {
		expect(
			quotedTermAsked(
				'In the handout “Photosynthesis: How Plants Make Food”, what is meant by the term “chloroplast”?'
			)
		).toBe('chloroplast');
		expect(quotedTermAsked('What is meant by “mill race”?')).toBe('mill race');
	});

	it('is undefined for any other prompt', () => {
		expect(quotedTermAsked('What is photosynthesis?')).toBeUndefined();
		expect(quotedTermAsked('Why is the “wheel” turning?')).toBeUndefined();
	});
});

describe('termAskedAbout', () => {
	it('reads the quoted shape and the "What is X?" shapes alike', () => {
		expect(termAskedAbout('In the handout “A”, what is meant by the term “wheel”?', '')).toBe(
			'wheel'
		);
		// A student's notes are framed by their outlet or their title alone (gen71).
		expect(
			termAskedAbout('In the revision notes “A”, what is meant by the term “wheel”?', '')
		).toBe('wheel');
		expect(termAskedAbout('In “A notes”, what is meant by the term “wheel”?', '')).toBe('wheel');
		expect(termAskedAbout('What is a meander?', '')).toBe('meander');
		expect(termAskedAbout('What is a bend in a river called?', '')).toBeUndefined();
	});
});
