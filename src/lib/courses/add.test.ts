import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/content/schema';
import {
	applyDetails,
	courseTitle,
	describeProgress,
	detailsOf,
	draftsMadeSentence,
	duplicateMessage,
	duplicateOf,
	generationSummary,
	noQuestionsMessage,
	pastedName,
	sameTitle,
	noQuestionsNotes,
	reviewLabel
} from './add';
import { draftOf } from './test-article';

describe('applyDetails', () => {
	const draft = draftOf('Text.', { author: 'A. Writer' });

	it('applies trimmed details; empty author, outlet and date mean unknown', () => {
		const result = applyDetails(draft, { title: ' New ', author: '', outlet: ' Blog ', date: '' });
		expect(result).toEqual({
			ok: true,
			draft: { ...draftOf('Text.'), title: 'New', outlet: 'Blog', date: undefined }
		});
		if (result.ok) expect('date' in result.draft).toBe(false);
	});

	it('refuses an empty title and an impossible or badly written date, by field', () => {
		expect(applyDetails(draft, { ...detailsOf(draft), title: '  ', date: '2024-02-30' })).toEqual({
			ok: false,
			errors: {
				title: 'Give the document a title.',
				date: 'Write the date as year-month-day (2024-03-20) or year-month (2024-03), or leave it empty.'
			}
		});
		expect(applyDetails(draft, { ...detailsOf(draft), date: '20 March 2024' }).ok).toBe(false);
		expect(applyDetails(draft, { ...detailsOf(draft), date: '2024-03' }).ok).toBe(true);
	});

	it('refuses a title over 200 characters', () => {
		const result = applyDetails(draft, { ...detailsOf(draft), title: 'x'.repeat(201) });
		expect(result).toEqual({ ok: false, errors: { title: 'Keep it under 200 characters.' } });
	});
});

describe('screen words', () => {
	it('takes the course title typed, else the title of its only document', () => {
		expect(courseTitle(' Mine ', [draftOf('x')])).toBe('Mine');
		expect(courseTitle('', [draftOf('x')])).toBe('Velmora tidal station');
		expect(courseTitle('', [draftOf('x'), draftOf('y')])).toBe('');
		expect(courseTitle(' Two ', [draftOf('x'), draftOf('y')])).toBe('Two');
		expect(courseTitle('', [])).toBe('');
	});

	it('names the stage and, with several documents, which one', () => {
		expect(describeProgress({ fraction: 0.3, stage: 'facts', document: 2, documents: 3 })).toBe(
			'Finding facts in document 2 of 3'
		);
		expect(describeProgress({ fraction: 0.3, stage: 'names', document: 1, documents: 1 })).toBe(
			'Finding names and places'
		);
	});

	it('explains a document with no questions and offers writing them by hand', () => {
		expect(noQuestionsMessage({ title: 'T', none: 'not-english' })).toMatch(
			/English only.*flashcards/
		);
		const none = noQuestionsMessage({ title: 'T', none: 'no-sentence' });
		// That the generator was not sure of any sentence (never that none is there, issue 12, nor
		// that none "passed", beside suggestions from the same document: outsider teacher, session
		// 24), then what to do instead: suggested sentences, writing by hand; at most 50 words.
		expect(none).toMatch(
			/not sure enough of any sentence of this document.*sentences suggested.*draft in one tap.*write your own/
		);
		expect(none).not.toMatch(/passed/);
		expect(none!.split(/\s+/).length).toBeLessThanOrEqual(50);
		expect(none).not.toMatch(/found none|no sentence such as|none here/i);
		expect(noQuestionsMessage({ title: 'T' })).toBeUndefined();
	});

	it('says a document with no sentences has none, not that it is not English (session 38)', () => {
		expect(noQuestionsMessage({ title: 'Timetable', none: 'no-sentences' })).toBe(
			'“Timetable” has no sentences to make questions from: it reads as a table or a list, so no question can be drafted or written from it.'
		);
		const [note] = noQuestionsNotes([
			{ title: 'A', none: 'no-sentences' },
			{ title: 'B', none: 'no-sentences' }
		]);
		expect(note.text).toMatch(
			/^These 2 documents have no sentences to make questions from: they read/
		);
		expect(note.titles).toEqual(['A', 'B']);
	});
});

describe('generationSummary', () => {
	const of = (...types: Question['type'][]) => ({
		questions: types.map((type) => ({ type }) as Question)
	});

	it('counts the drafts made and how many of each type, in the app’s type order', () => {
		expect(generationSummary([of('mcq', 'cloze', 'mcq'), of(), of('truefalse')])).toEqual({
			drafts: 4,
			byType: [
				{ type: 'cloze', count: 1 },
				{ type: 'mcq', count: 2 },
				{ type: 'truefalse', count: 1 }
			]
		});
		expect(generationSummary([of()])).toEqual({ drafts: 0, byType: [] });
	});

	it('names the primary action with the number of drafts', () => {
		expect(reviewLabel(1)).toBe('Review 1 draft');
		expect(reviewLabel(12)).toBe('Review 12 drafts');
		expect(draftsMadeSentence(1)).toMatch(/^1 draft question was made\. /);
		expect(draftsMadeSentence(6)).toMatch(/^6 draft questions were made\. /);
	});
});

describe('noQuestionsNotes', () => {
	it('says the long reason once, then one line per document (outsider: it was repeated)', () => {
		const notes = noQuestionsNotes([
			{ title: 'Hanseatic League', none: 'no-sentence' },
			{ title: 'Fine', none: undefined },
			{ title: 'Bismarck', none: 'no-sentence' },
			{ title: 'Sprache', none: 'not-english' }
		]);
		expect(notes).toHaveLength(2);
		expect(notes[0].text).toMatch(
			/^No draft question was made from these 2 documents\. The generator was not sure enough of any sentence of these documents to draft one\. They are in the course/
		);
		expect(notes[0].titles).toEqual(['Hanseatic League', 'Bismarck']);
		expect(notes[1]).toEqual({
			text: noQuestionsMessage({ title: 'Sprache', none: 'not-english' }),
			titles: []
		});
		expect(noQuestionsNotes([{ title: 'Fine' }])).toEqual([]);
	});
});

describe('duplicateOf', () => {
	it('finds an entry with the same text, whitespace aside, and nothing for a changed copy', () => {
		const others = [
			{ name: 'notes.txt', draft: { text: 'The mill ran on tides.\n\nIt closed in 1900.' } },
			{ name: 'Pasted text 2', draft: { text: 'Another article.' } }
		];
		expect(duplicateOf({ text: '  The mill ran on tides.\nIt closed in 1900. ' }, others)).toBe(
			'notes.txt'
		);
		expect(duplicateOf({ text: 'The mill ran on tides. It closed in 1901.' }, others)).toBe(
			undefined
		);
		expect(duplicateMessage('notes.txt')).toMatch(/^This is the same text as “notes.txt”/);
		expect(duplicateMessage('notes.txt')).toContain('already in the list');
		// Added to a course: the twin is one of the course's documents (session 38).
		expect(duplicateMessage('Week 1', true)).toContain('“Week 1”, already in this course');
	});
});

describe('pastedName (courses9: the first paste was "Pasted text 2")', () => {
	it('numbers pastes from 1, whatever files are listed', () => {
		expect(pastedName([])).toBe('Pasted text 1');
		expect(pastedName(['ww1.docx', 'tudors.md'])).toBe('Pasted text 1');
	});

	it('never gives a name already listed', () => {
		expect(pastedName(['Pasted text 1', 'a.txt'])).toBe('Pasted text 2');
		// The first removed, the second kept: the next is 3, not a second "Pasted text 2".
		expect(pastedName(['Pasted text 2'])).toBe('Pasted text 3');
	});
});

describe('sameTitle', () => {
	const list = (...titles: string[]) => titles.map((title, i) => ({ name: `Doc ${i + 1}`, title }));

	it('warns at the later of two documents with the same title and offers a free one', () => {
		// Outsider teacher, issue 12: two pasted texts called "Notes" coexisted silently.
		const entries = list('Notes', 'Harbour', ' notes ');
		expect(sameTitle(0, entries)).toBeUndefined();
		expect(sameTitle(1, entries)).toBeUndefined();
		expect(sameTitle(2, entries)).toEqual({ twin: 'Doc 1', rename: 'notes (2)' });
	});

	it('offers a title no other listed document has', () => {
		const entries = list('Notes', 'Notes (2)', 'Notes');
		expect(sameTitle(2, entries)).toEqual({ twin: 'Doc 1', rename: 'Notes (3)' });
		expect(sameTitle(1, entries)).toBeUndefined();
	});

	it('warns at a document titled as one of the course it is added to (session 38)', () => {
		const entries = [{ name: 'Week 1', title: 'Week 1', inCourse: true }, ...list('week 1')];
		expect(sameTitle(1, entries)).toEqual({ twin: 'Week 1', rename: 'week 1 (2)', inCourse: true });
	});

	it('says nothing of an empty title (the field asks for one)', () => {
		expect(sameTitle(1, list('', ''))).toBeUndefined();
	});
});
