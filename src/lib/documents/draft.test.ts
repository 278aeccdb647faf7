import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	cutAtWord,
	cutNote,
	draftCopy,
	MAX_TEXT_CHARS,
	TEXT_LIMIT_WORDS,
	tidyText,
	type DocumentDraft
} from './draft';

const draft: DocumentDraft = {
	title: 'Velmora tidal station',
	outlet: 'Coast Weekly',
	text: 'The station opened in 2024.\n\nIt powers the port.',
	format: 'text',
	notes: ['Read as plain text.'],
	english: true
};

describe('draftCopy', () => {
	it('makes a proxied draft (as `$state` holds it) into one a worker or IndexedDB can clone', () => {
		const proxied = new Proxy(draft, {});
		expect(() => structuredClone(proxied)).toThrow();
		const copy = draftCopy(proxied);
		expect(structuredClone(copy)).toEqual(draft);
	});

	it('keeps every field and gives the copy its own notes list', () => {
		const copy = draftCopy(draft);
		expect(copy).toEqual(draft);
		expect(copy.notes).not.toBe(draft.notes);
		copy.notes.push('changed');
		expect(draft.notes).toEqual(['Read as plain text.']);
	});
});

// Outsider teacher, issue 12: "up to 20 MB each", then a 12 MB text file said only "Only the
// first 1,500,000 characters were kept".
describe('the text limit in words a person reads', () => {
	it('says the limit in words and megabytes', () => {
		expect(MAX_TEXT_CHARS).toBe(1_500_000);
		expect(TEXT_LIMIT_WORDS).toBe('about 250,000 words (1.5 MB of plain text)');
	});

	it('says what was kept of a cut document: words, share, where it ends, what to do', () => {
		const kept = 'The Nile flows north. '.repeat(10) + 'It floods each summer in Egypt.';
		expect(cutNote(kept, kept.length * 8)).toBe(
			'Too long to read whole: Flashpoint reads the first 1,500,000 characters (1.5 MB of plain text) of a document, so only its first 46 words (12% of it) were kept, ending “…flows north. It floods each summer in Egypt.” To study the rest, split the file and add each part.'
		);
		// A text cut by a few characters is never "100%" kept.
		expect(cutNote(kept, kept.length + 1)).toContain('(99% of it)');
	});

	it('never says "about 250,000 words" beside more words kept (session 38)', () => {
		// Short words: 1.5 MB of "a b c …" is 750,000 words, more than the estimate up front.
		const kept = 'ab '.repeat(500_000).trim();
		const note = cutNote(kept, kept.length * 2);
		expect(note).toContain('reads the first 1,500,000 characters');
		expect(note).toContain('only its first 500,000 words');
		expect(note).not.toMatch(/about 250,000 words/);
	});
});

// readPastedText took about 2 s a megabyte (issue 14): `tidyText` replaced every lone space by
// itself and `finish` cut a long text with a pattern anchored at its end. Both now do less
// work; what they return is what the patterns gave, on any mix of spaces, tabs, no-break
// spaces, line breaks, control characters and soft hyphens.
describe('tidyText and cutAtWord give what the patterns they replace gave', () => {
	const pieces = [
		'a',
		'Bé',
		' ',
		'  ',
		'\t',
		'\u00a0',
		'\n',
		'\r\n',
		'\r',
		'\u00ad',
		'\u0007',
		'\u2003',
		'e\u0301'
	];
	const messy = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));

	/** `tidyText` as it was written before (one pattern a step). */
	function tidyByPatterns(text: string): string {
		return text
			.normalize('NFC')
			.replace(/\r\n?/g, '\n')
			.replace(/[^\P{Cc}\t\n]/gu, '')
			.replace(/\u00ad/g, '')
			.replace(/[ \t\u00a0]+/g, ' ')
			.replace(/ *\n */g, '\n')
			.replace(/\n{3,}/g, '\n\n')
			.trim();
	}

	it('tidies text as the patterns did', () => {
		fc.assert(
			fc.property(messy, (text) => {
				expect(tidyText(text)).toBe(tidyByPatterns(text));
			}),
			{ numRuns: 2000, seed: 38 }
		);
		expect(tidyText(' a \t\u00a0 b  \n  c\r\n\r\n\r\nd ')).toBe('a b\nc\n\nd');
	});

	it('cuts a text at a word as the pattern did', () => {
		fc.assert(
			fc.property(messy, fc.nat(45), (text, limit) => {
				expect(cutAtWord(text, limit)).toBe(
					text.length <= limit ? text : text.slice(0, limit).replace(/\s+\S*$/, '')
				);
			}),
			{ numRuns: 2000, seed: 38 }
		);
		expect(cutAtWord('The Nile flows north', 12)).toBe('The Nile');
		expect(cutAtWord('Thenileflowsnorth', 5)).toBe('Theni');
	});
});
