import { describe, expect, it } from 'vitest';
import { KEPT_ON_DEVICE_NOTICE } from './kept-question';
import * as suggest from './cloze-suggest';
import * as hints from './cloze-hints';
import { ClozeWriting, type WriterStart } from './cloze-writer.svelte';

const QUOTE = 'The Velmora station began supplying electricity in March 2010.';
const DOCUMENT: WriterStart['document'] = {
	id: 'd-1',
	courseId: 'u-1',
	text: `${QUOTE} Velmora is a fishing town on the northern coast of Estavia. Brennvik built a dam in 1998.`,
	date: undefined
};

/** A writer on `quote` with the generator's code loaded, as the component leaves it. */
function writer(start: Partial<WriterStart> = {}) {
	const writing = new ClozeWriting({ quote: QUOTE, document: DOCUMENT, ...start });
	writing.loaded({ suggest, hints });
	writing.namesRead(suggest.emptyLexicon());
	return writing;
}

/** The index of the token whose text is `text`. */
const at = (writing: ClozeWriting, text: string) =>
	writing.tokens.findIndex((t) => t.text === text);

describe('ClozeWriting', () => {
	it('starts as an empty fill-in-the-blank that says where to start', () => {
		const writing = new ClozeWriting({ quote: QUOTE, document: DOCUMENT });
		expect(writing.form.type).toBe('cloze');
		expect(writing.form.prompt).toBe('');
		expect(writing.note).toMatch(/^Start here: tap the words/u);
	});

	it('hides tapped words as the blank, and a run of the next ones, its other answers accepted', () => {
		const writing = writer();
		writing.tap(at(writing, 'March'));
		writing.tap(at(writing, '2010.'));
		expect(writing.form.prompt).toBe('The Velmora station began supplying electricity in ____.');
		expect(writing.form.answer).toBe('March 2010');
		// "2010" for "March 2010" (`blankAccepts`, outsider teacher).
		expect(writing.form.accept.split('\n')).toContain('2010');
		expect(writing.note).toBe('');
	});

	it('clears the question with the blank while unedited, keeps an edited one', () => {
		const writing = writer();
		const word = at(writing, 'Velmora');
		writing.tap(word);
		writing.tap(word);
		expect(writing.form.prompt).toBe('');
		writing.tap(word);
		writing.form.prompt = 'Which town’s station began supplying electricity in 2010, ____?';
		writing.tap(word);
		expect(writing.selection).toBeNull();
		expect(writing.form.prompt).toMatch(/^Which town/u);
	});

	it('opens on a suggested blank, or as a flashcard, or as a kept form', () => {
		const start = QUOTE.indexOf('March 2010');
		const blank = writer({ blank: { start, end: start + 'March 2010'.length } });
		expect(blank.form.answer).toBe('March 2010');
		expect(blank.note).toBe(
			'Suggested blank: “March 2010”. Tap words to change it, or save it as it is.'
		);
		const card = writer({ card: { prompt: 'What is meant by “Velmora”?', answer: 'A town' } });
		expect(card.form.type).toBe('flashcard');
		expect(card.form.answer).toBe('A town');
		const kept = writer({
			kept: { fields: { ...card.form, prompt: 'Kept?' }, selection: null },
			card: { prompt: 'not used', answer: 'not used' }
		});
		expect(kept.form.prompt).toBe('Kept?');
		expect(kept.note).toBe(KEPT_ON_DEVICE_NOTICE);
	});

	it('suggests each blank in turn, then says when there is no other', () => {
		const writing = writer();
		writing.suggestBlank();
		const first = writing.form.answer;
		expect(first).not.toBe('');
		expect(writing.note).toMatch(/^Suggested /u);
		writing.suggestBlank();
		expect(writing.form.answer).not.toBe(first);
		const none = writer({ quote: 'It was quiet there.' });
		none.suggestBlank();
		expect(none.note).toBe(
			'No name, number, date or key term found in this sentence: tap the words to hide.'
		);
	});

	it('makes a blank multiple choice from the document, and asks for a blank first', async () => {
		const writing = writer();
		const asked: string[] = [];
		const fromCourse = async () => {
			asked.push('course');
			return { ok: false as const, reason: 'No other terms.' };
		};
		await writing.multipleChoice(fromCourse);
		expect(writing.note).toMatch(/^Hide a word first/u);
		writing.tap(at(writing, '2010.'));
		await writing.multipleChoice(fromCourse);
		expect(writing.form.type).toBe('mcq');
		expect(writing.form.wrong.filter(Boolean).length).toBeGreaterThan(0);
		expect(asked).toEqual([]);
	});

	it('takes a flashcard’s wrong choices from the course, and says when they cannot be read', async () => {
		const writing = writer({ card: { prompt: 'What is Velmora?', answer: 'A fishing town' } });
		await writing.multipleChoice(async () => ({ ok: true, wrong: ['A port', 'A dam', 'A river'] }));
		expect(writing.form.wrong).toEqual(['A port', 'A dam', 'A river']);
		expect(writing.note).toBe(
			'Three wrong choices of the same kind from this course’s other terms: check each.'
		);
		await writing.multipleChoice(async () => {
			throw new Error('no database');
		});
		expect(writing.note).toMatch(/could not be read: write three wrong choices yourself\.$/u);
	});

	it('offers the sentence’s definition as a flashcard and fills it in', () => {
		const writing = writer({
			quote: 'Velmora is a fishing town on the northern coast of Estavia.'
		});
		expect(writing.card?.prompt).toBe('What is Velmora?');
		writing.tap(0);
		writing.flashcard();
		expect(writing.selection).toBeNull();
		expect(writing.form).toMatchObject({ type: 'flashcard', prompt: 'What is Velmora?' });
		expect(writing.note).toBe('Check the back: it is the sentence’s own words.');
	});
});
