import { describe, expect, it } from 'vitest';
import { deckTopic, noteTags } from './anki-tags';

const noteType = {
	id: 1_700_000_000_001,
	name: 'Basic (bio)',
	cloze: false,
	fields: ['Front', 'Back'],
	templates: ['Card 1'],
	mtime: 0
};
const anki = (tags?: string) => ({
	guid: 'g1',
	noteType,
	deck: { id: 2, name: 'Biology::Cells' },
	...(tags !== undefined && { tags })
});

describe('the tags a note goes back to Anki with (anki52)', () => {
	it('are the note’s own tags as Anki had them, without the deck’s name', () => {
		expect(deckTopic('Biology::Cells')).toBe('Cells');
		// Read as topics Cells, bio, cells::organelles: "Cells" from the deck only.
		const q = {
			topics: ['Cells', 'bio', 'cells::organelles'],
			anki: anki('bio  cells::organelles')
		};
		expect(noteTags(q)).toBe('bio cells::organelles');
	});

	it('keep "Cells" when the note had that tag too', () => {
		expect(noteTags({ topics: ['Cells', 'bio'], anki: anki('bio cells') })).toBe('bio cells');
		expect(noteTags({ topics: ['Cells', 'bio', 'new one'], anki: anki('bio cells') })).toBe(
			'Cells bio new_one'
		);
	});

	it('after topics edited here, are the topics, still without the deck’s', () => {
		expect(noteTags({ topics: ['Cells', 'exam', 'bio'], anki: anki('bio') })).toBe('exam bio');
		// A course imported before tags were kept: the deck's topic is left out all the same.
		expect(noteTags({ topics: ['Cells', 'bio'], anki: anki() })).toBe('bio');
	});

	it('of a question made here or of Flashpoint’s own note types, are all its topics', () => {
		expect(noteTags({ topics: ['Cells', 'World War II'] })).toBe('Cells World_War_II');
		const own = { guid: 'g2', deck: { id: 2, name: 'Biology::Cells' } };
		expect(noteTags({ topics: ['Cells', 'bio'], anki: own })).toBe('Cells bio');
	});
});
