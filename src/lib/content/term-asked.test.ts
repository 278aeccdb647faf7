import { describe, expect, it } from 'vitest';
import { cardName, meantByTerm, quotedTermAsked, termAskedAbout } from './term-asked';

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

// A student from Anki, session 37: "Suspended: “In the handout “GCSE Chemistry – …”, what is
// meant by…”" named every card of her handout by the same cut prefix.
describe('cardName', () => {
	it('names a definition card by its quoted term', () => {
		expect(
			cardName(
				'In the worksheet “Year 8 Biology – Cells and tissues”, what is meant by the term “nucleus”?'
			)
		).toBe('“nucleus”');
		expect(cardName('What is meant by the term “mitochondrion”?')).toBe('“mitochondrion”');
	});

	it('names any other card by its prompt without a document frame, shortened', () => {
		expect(cardName('In the revision notes “Rivers”, which river is the longest in Peru?')).toBe(
			'“Which river is the longest in Peru?”'
		);
		expect(cardName('What is the capital of Chile?')).toBe('“What is the capital of Chile?”');
		const long = `In “Cells”, ${'why does a very long prompt go on '.repeat(5)}?`;
		const named = cardName(long);
		expect(named.startsWith('“Why does a very long prompt')).toBe(true);
		expect(named.length).toBeLessThanOrEqual(82);
		expect(named.endsWith('…”')).toBe(true);
	});
});
