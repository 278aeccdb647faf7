import { describe, expect, it } from 'vitest';
import { draftCopy, type DocumentDraft } from './draft';

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
