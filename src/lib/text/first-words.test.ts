import { describe, expect, it } from 'vitest';
import { firstWords } from './first-words';

const limits = { words: 8, chars: 60 };

describe('firstWords', () => {
	it('keeps the first words, cut at a word boundary, with “…”', () => {
		expect(
			firstWords(
				'The harbour of Velmora was rebuilt in stone after the storm of 1871, when the quays went.',
				limits
			)
		).toBe('The harbour of Velmora was rebuilt in stone…');
		// Fewer words when eight run over the characters; no comma left before the “…”.
		expect(
			firstWords(
				'Extraordinarily, unprecedentedly, incomprehensibly, uncharacteristically the master resigned.',
				limits
			)
		).toBe('Extraordinarily, unprecedentedly, incomprehensibly…');
	});

	it('gives a text that fits back whole, without a final full stop', () => {
		expect(firstWords('The quays were gone.', limits)).toBe('The quays were gone');
		expect(firstWords('  Why   rebuild?  ', limits)).toBe('Why rebuild?');
		expect(firstWords('', limits)).toBe('');
	});

	it('cuts one long word at the character limit', () => {
		const word = 'Velmora'.repeat(12);
		expect(firstWords(word, limits)).toBe(`${word.slice(0, 60)}…`);
	});
});
