import { describe, expect, it } from 'vitest';
import { cutNote, draftCopy, MAX_TEXT_CHARS, TEXT_LIMIT_WORDS, type DocumentDraft } from './draft';

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
			'Too long to read whole: Flashpoint reads about 250,000 words (1.5 MB of plain text) of a document, so only its first 46 words (12% of it) were kept, ending “…flows north. It floods each summer in Egypt.” To study the rest, split the file and add each part.'
		);
		// A text cut by a few characters is never "100%" kept.
		expect(cutNote(kept, kept.length + 1)).toContain('(99% of it)');
	});
});
