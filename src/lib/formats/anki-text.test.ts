import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readAnkiText, writeAnkiText } from './anki-text';
import type { PortableQuestion } from './portable';

// Made up in the shape of Anki 25's "Notes in Plain Text" export with every option ticked.
const EXPORT = [
	'#separator:tab',
	'#html:true',
	'#guid column:1',
	'#notetype column:2',
	'#deck column:3',
	'#tags column:6',
	'a1B2c3\tBasic\tHistory::Balkans\tCapital of <b>Kosovo</b>?\tPristina<img src="map.png">\tcapitals geo::europe',
	'd4E5f6\tBasic (and reversed card)\tHistory::Balkans\tKFOR\tNATO-led force in Kosovo\t',
	'g7H8i9\tCloze\tHistory\t{{c1::Turkey}} took command of KFOR in {{c2::2024::year}}.\tSince October.\tkfor',
	'j0K1l2\tBasic (type in the answer)\tHistory\tYear of independence?\t2008\t',
	'"m3N4"\tBasic\tHistory\t"Front with ""quotes""\tand a tab"\tBack [sound:x.mp3]\t',
	'bad1\tBasic\tHistory\tNo back\t\t'
].join('\n');

describe('readAnkiText', () => {
	const result = readAnkiText(EXPORT);

	it('reads each note type as Anki makes cards from it', () => {
		expect(result.questions.map((q) => [q.externalId, q.type, q.prompt, q.answer])).toEqual([
			['a1B2c3', 'flashcard', 'Capital of Kosovo?', 'Pristina'],
			['d4E5f6', 'flashcard', 'KFOR', 'NATO-led force in Kosovo'],
			['d4E5f6#r', 'flashcard', 'NATO-led force in Kosovo', 'KFOR'],
			['g7H8i9#c1', 'cloze', '____ took command of KFOR in 2024.', 'Turkey'],
			// The hint as Anki shows it in the hidden place.
			['g7H8i9#c2', 'cloze', 'Turkey took command of KFOR in ____ [year].', '2024'],
			['j0K1l2', 'short', 'Year of independence?', '2008'],
			['m3N4', 'flashcard', 'Front with "quotes" and a tab', 'Back'] // HTML: a tab is a space
		]);
	});

	it('keeps deck and tags as topics, the extra field as explanation', () => {
		expect(result.questions[0].topics).toEqual(['Balkans', 'capitals', 'geo::europe']);
		expect(result.questions[3].explanation).toBe('Since October.');
	});

	it('counts left-out media and reports the bad row by line', () => {
		expect(result.notes).toEqual([
			'2 media references were left out (images and sound are not imported).'
		]);
		expect(result.problems).toEqual([{ line: 12, message: 'a note needs a front and a back' }]);
	});

	// Issue 13: columns the app does not use were dropped without a word, and tags with them.
	it('reads tags named in #columns and names the columns it leaves out', () => {
		const file = [
			'#separator:tab',
			'#columns:Front\tBack\tDue\tInterval\tTags',
			'Hastings\t1066\t2026-12-03\t12\tbattles england',
			'Magna Carta\t1215\t\t\t'
		].join('\n');
		const read = readAnkiText(file);
		expect(read.questions.map((q) => [q.prompt, q.answer, q.topics, q.keepTopics])).toEqual([
			['Hastings', '1066', ['battles', 'england'], undefined],
			['Magna Carta', '1215', [], undefined]
		]);
		// Scheduling columns are said to start the cards as new (scheduling-columns.test.ts).
		expect(read.notes).toEqual([
			expect.stringMatching(
				/^Scheduling from Anki is not imported \(“Due”, “Interval”\): the questions start as new cards/
			)
		]);
		// Without #columns, by number; an empty extra column is not worth a note.
		const plain = readAnkiText('#separator:tab\nfront\tback\t\textra\nf2\tb2\t\t\n');
		expect(plain.notes).toEqual([expect.stringMatching(/^Not imported: column 4 \(1 column\)\. /)]);
		// No tags column at all: the note's empty topics say nothing (a re-import keeps the course's).
		expect(plain.questions[0].keepTopics).toBe(true);
		expect(result.questions[0].keepTopics).toBeUndefined();
	});

	it('writes a topic’s spaces as _ in its tag and reads them back as spaces, once', () => {
		const q: PortableQuestion = {
			externalId: 'q-1',
			type: 'flashcard',
			prompt: 'KFOR',
			answer: 'NATO force',
			topics: ['Turkey–Kosovo relations', 'recognition of Kosovo']
		};
		const { text } = writeAnkiText([q], 'Deck');
		expect(text).toContain('Turkey–Kosovo_relations recognition_of_Kosovo');
		expect(readAnkiText(text).questions[0].topics).toEqual(q.topics);
	});

	it('reads a headerless tab file, guessing cloze from its text', () => {
		const { questions } = readAnkiText('front\tback\n{{c1::Ankara}} is the capital.\textra\n');
		expect(questions.map((q) => q.type)).toEqual(['flashcard', 'cloze']);
	});

	it('never throws on junk', () => {
		for (const junk of ['', '#', '#separator:', '"', '\t\t\t', '{{c1::', '{{c1::a}}{{c1::b}}'])
			expect(() => readAnkiText(junk)).not.toThrow();
	});
});

describe('cloze notes', () => {
	it('keeps the deletion number in the id, so a skipped number does not shift the others', () => {
		const read = readAnkiText(
			'#separator:tab\n#guid column:1\n#notetype column:2\ng1\tCloze\t{{c2::a}} {{c5::b}}\n'
		);
		expect(read.questions.map((q) => q.externalId)).toEqual(['g1#c2', 'g1#c5']);
	});
});

describe('writeAnkiText', () => {
	it('round-trips flashcards, short answers and cloze, with GUID, topics, explanation and source', () => {
		const questions: PortableQuestion[] = [
			{
				externalId: 'q-1',
				type: 'flashcard',
				prompt: 'What is KFOR?',
				answer: 'The NATO-led force\nin Kosovo',
				explanation: 'Since 1999.',
				quote: 'KFOR, the NATO-led force…',
				topics: ['Arms']
			},
			{
				externalId: 'q-2',
				type: 'short',
				prompt: 'Year?',
				answer: '2008',
				topics: ['Dates', 'Kosovo']
			},
			{
				externalId: 'q-3',
				type: 'cloze',
				prompt: 'KFOR is led by ____.',
				answer: 'Turkey',
				topics: []
			}
		];
		const { text } = writeAnkiText(questions);
		expect(text.split('\n')[0]).toBe('#separator:tab');
		const back = readAnkiText(text);
		expect(back.problems).toEqual([]);
		expect(back.questions).toEqual([
			{ ...questions[0], topics: ['Arms'] },
			{ ...questions[1], topics: ['Dates', 'Kosovo'] },
			// Flashpoint's own export: the deck names the file, not a topic (it was an extra one).
			{ ...questions[2], externalId: 'q-3#c1', topics: [] }
		]);
	});
});

describe('writeAnkiText numerical answers and decks (outsider, issue 12)', () => {
	const numeric: PortableQuestion = {
		type: 'short',
		prompt: 'In what year was the cholera bacterium identified?',
		answer: '1883 ± 1',
		numeric: { value: 1883, tolerance: 1 },
		explanation: 'Koch, in Egypt and India.',
		externalId: 'q-4',
		topics: ['Victorian Britain']
	};
	const text = writeAnkiText([numeric], 'Victorian Britain').text;
	const body = text
		.split('\n')
		.filter((line) => !line.startsWith('#'))
		.join('\n');
	const row = Papa.parse<string[]>(body.trim(), { delimiter: '\t' }).data[0];

	it('types the value as the answer and says the range in the explanation', () => {
		expect(row[1]).toBe('Basic (type in the answer)');
		expect(row[4]).toBe('1883');
		expect(row[5]).toBe(
			'Koch, in Egypt and India.\n\nAny number from 1882 to 1884 is right (1883 ± 1).'
		);
	});

	it('names the deck once when the topic is the course', () => {
		expect(row[2]).toBe('Victorian Britain');
	});

	it('reads the note back as the same question', () => {
		const [back] = readAnkiText(text).questions;
		expect(back).toMatchObject({
			type: 'short',
			answer: '1883 ± 1',
			numeric: { value: 1883, tolerance: 1 },
			explanation: 'Koch, in Egypt and India.'
		});
	});
});

describe('writeAnkiText nested decks (student outsider, session 33)', () => {
	it('writes a course imported from "Spanish::Vocab 1" back to that deck, not "…::Vocab 1" again', () => {
		const q: PortableQuestion = {
			type: 'flashcard',
			prompt: 'el perro',
			answer: 'the dog',
			topics: ['Vocab 1', 'spanish']
		};
		const { text } = writeAnkiText([q], 'Spanish › Vocab 1');
		const row = text
			.split('\n')
			.find((line) => !line.startsWith('#'))!
			.split('\t');
		expect(text).toContain('#deck:Spanish::Vocab 1\n');
		expect(row[2]).toBe('Spanish::Vocab 1');
	});

	it('keeps another topic as a subdeck, under Anki\'s "::" name', () => {
		const q: PortableQuestion = { type: 'flashcard', prompt: 'a', answer: 'b', topics: ['Verbs'] };
		const row = writeAnkiText([q], 'Spanish › Vocab 1')
			.text.split('\n')
			.find((line) => !line.startsWith('#'))!
			.split('\t');
		expect(row[2]).toBe('Spanish::Vocab 1::Verbs');
	});
});
