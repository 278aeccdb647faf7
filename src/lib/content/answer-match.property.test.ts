import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '$lib/text/fold';
import { matchesAnswer, normalizeAnswer } from './answer-match';

/** Text as students type it: letters, accents, abbreviations, digits, punctuation, odd spaces. */
const typedText = fc
	.array(
		fc.oneof(
			fc.constantFrom(
				'Mt',
				'Mt.',
				'St',
				'st.',
				'Dr',
				'No.',
				'no',
				'Ft',
				'&',
				'Jr.',
				'K.L.A.',
				'1,000',
				'2.5',
				'10',
				'%',
				'$',
				'Vučić',
				'ß',
				'İ',
				'Å',
				'ﬁ',
				'Ａ',
				'\u200b',
				'\u00a0',
				'-',
				',',
				'(',
				')',
				' ',
				'the',
				'in'
			),
			fc.string({ unit: 'grapheme', maxLength: 6 }),
			fc.string({ maxLength: 6 })
		),
		{ maxLength: 8 }
	)
	.map((parts) => parts.join(' '));

describe('answer keys, for any text (property)', () => {
	it('folding and normalizing are idempotent', () => {
		fc.assert(
			fc.property(typedText, (text) => {
				expect(foldText(foldText(text))).toBe(foldText(text));
				expect(normalizeAnswer(normalizeAnswer(text))).toBe(normalizeAnswer(text));
			}),
			{ numRuns: 2000 }
		);
	});

	it('a key always matches itself', () => {
		fc.assert(
			fc.property(typedText, (key) => {
				fc.pre(/[\p{L}\p{N}]/u.test(normalizeAnswer(key)));
				expect(matchesAnswer(key, { answer: key })).toBe(true);
			}),
			{ numRuns: 1000 }
		);
	});
});
