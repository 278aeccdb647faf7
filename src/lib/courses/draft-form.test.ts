import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/content/schema';
import {
	acceptAllNotice,
	acceptedWords,
	checkForm,
	staleExplanation,
	editOf,
	formOf,
	placeErrors,
	typeAll,
	typeCount,
	writtenQuestion
} from './draft-form';
import { blankFields } from '$lib/content/question-fields';
import { fixtureQuestion } from './fixtures.test-helpers';

const mcq: Question = {
	id: 'q-1',
	type: 'mcq',
	prompt: 'The station opened in ____.',
	answer: '2024',
	choices: ['2021', '2024', '2022', '2023'],
	explanation: 'It says so.',
	source: { doc: 'd-1', quote: 'Q.' },
	fact: 'f',
	topics: [],
	difficulty: 2,
	origin: 'generated'
};
const source = { doc: 'u-1:d-1', quote: 'Construction began in 2018.' };

describe('edit form', () => {
	it('keeps a numerical answer unless its answer is edited (then marked as typed text)', () => {
		const numeric = fixtureQuestion('q-n', 'short', {
			prompt: 'Survey year?',
			answer: '1858 ± 2',
			numeric: { value: 1858, tolerance: 2 }
		});
		const form = formOf(numeric);
		expect(editOf({ ...form, prompt: 'The survey year?' }, numeric)).not.toHaveProperty('numeric');
		expect(editOf({ ...form, answer: '1860' }, numeric)).toMatchObject({ numeric: undefined });
	});

	it('round-trips a question, keeping the right choice where it was', () => {
		const form = formOf(mcq);
		expect(form.wrong).toEqual(['2021', '2022', '2023']);
		expect(editOf({ ...form, answer: ' 2025 ' }, mcq).choices).toEqual([
			'2021',
			'2025',
			'2022',
			'2023'
		]);
	});

	it('names each problem by field in words a person can act on', () => {
		expect(
			checkForm({
				...formOf(mcq),
				prompt: 'No blank',
				wrong: ['2021', '', '2023'],
				explanation: ' '
			})
		).toEqual({
			choices: 'Give three wrong choices.',
			explanation: 'Write why the answer is right (shown after answering).'
		});
		expect(checkForm({ ...formOf(mcq), type: 'mcq', wrong: ['2021', '2024', '2023'] })).toEqual({
			choices: `A wrong choice is the right answer, “${mcq.answer}”: give a different one.`
		});
		expect(checkForm({ ...formOf(mcq), type: 'mcq', wrong: ['2021', '2021', '2023'] })).toEqual({
			choices: 'The four choices must all differ.'
		});
		expect(checkForm({ ...blankFields('flashcard'), explanation: 'x' })).toEqual({
			prompt: 'Write the front of the card.',
			answer: 'Write the back of the card.'
		});
	});

	it('puts the schema’s cross-field rules on their field', () => {
		expect(placeErrors({ question: 'a cloze prompt has exactly one ____ blank' }, 'cloze')).toEqual(
			{
				prompt: 'a cloze prompt has exactly one ____ blank'
			}
		);
		expect(placeErrors({ question: 'x' }, 'short')).toEqual({ question: 'x' });
	});
});

describe('writtenQuestion', () => {
	it('makes a valid question from a sentence; an empty explanation quotes the sentence', () => {
		const made = writtenQuestion(
			{
				...blankFields('short'),
				prompt: 'When did it begin?',
				answer: '2018',
				accept: 'in 2018\n'
			},
			source
		);
		expect(made).toMatchObject({
			ok: true,
			question: {
				type: 'short',
				prompt: 'When did it begin?',
				answer: '2018',
				accept: ['in 2018'],
				explanation: '“Construction began in 2018.”',
				source
			}
		});
		if (made.ok) expect(made.question.fact).toMatch(/^w-[0-9a-z-]{10}$/);
	});

	it('refuses an incomplete question by field and makes nothing', () => {
		expect(
			writtenQuestion({ ...blankFields('cloze'), prompt: 'No blank here', answer: '' }, source)
		).toEqual({
			ok: false,
			errors: {
				prompt: 'Mark the blank with ____ (four underscores), once.',
				answer: 'Write the answer.'
			}
		});
	});

	it('lets an imported question without an explanation be edited and stay without one', () => {
		const imported = fixtureQuestion('i', 'short', { explanation: '', origin: 'imported' });
		const form = { ...formOf(imported), prompt: 'Where did Ankara open a consulate in 2008?' };
		expect(checkForm(form, 'imported')).toEqual({});
		expect(checkForm(form, 'generated').explanation).toMatch(/Write why/);
	});
});

describe('typeCount', () => {
	it('names a number of drafts of one type in words, singular and plural', () => {
		expect(typeCount('flashcard', 1)).toBe('1 flashcard');
		expect(typeCount('flashcard', 2)).toBe('2 flashcards');
		expect(typeCount('cloze', 3)).toBe('3 fill-the-blank questions');
		expect(typeCount('truefalse', 1)).toBe('1 true-or-false question');
	});
	it('names every draft of a type without “all 1” (outsider: “Accept all 1 multiple-choice question”)', () => {
		expect(typeAll('mcq', 1)).toBe('the only multiple-choice question');
		expect(typeAll('mcq', 2)).toBe('all 2 multiple-choice questions');
	});
});

// Outsider, issue 12: Accept all said "0 flashcards accepted" beside "Accepted 7".
describe('acceptAllNotice', () => {
	it('says one count, worded for every mix of types, most first', () => {
		expect(acceptedWords({ flashcard: 5, cloze: 2 })).toBe(
			'7 questions accepted: 5 flashcards, 2 fill-the-blank'
		);
		expect(acceptedWords({ mcq: 1, truefalse: 1, short: 1 })).toBe(
			'3 questions accepted: 1 multiple choice, 1 true or false, 1 short answer'
		);
		expect(acceptedWords({ flashcard: 1, cloze: 0 })).toBe('1 flashcard accepted');
		expect(acceptedWords({ cloze: 2 })).toBe('2 fill-the-blank questions accepted');
		expect(acceptAllNotice({ accepted: { flashcard: 5, cloze: 2 }, held: [] })).toBe(
			'7 questions accepted: 5 flashcards, 2 fill-the-blank.'
		);
	});
	it('says how many more and how many in all when some were accepted before (outsider, build 2a5d1257)', () => {
		// Two edited drafts accepted earlier, then Accept all took 13: the tile says 15.
		expect(acceptAllNotice({ accepted: { flashcard: 10, cloze: 3 }, held: [] }, undefined, 2)).toBe(
			'13 more accepted: 10 flashcards, 3 fill-the-blank; 15 accepted in all.'
		);
		expect(acceptAllNotice({ accepted: { flashcard: 13 }, held: [] }, 'flashcard', 2)).toBe(
			'13 more flashcards accepted; 15 accepted in all.'
		);
		expect(acceptAllNotice({ accepted: { flashcard: 13 }, held: [] }, 'flashcard', 0)).toBe(
			'13 flashcards accepted.'
		);
		expect(acceptAllNotice({ accepted: {}, held: [] }, 'flashcard', 2)).toBe(
			'No flashcard accepted: no flashcard is waiting (each was already accepted or rejected).'
		);
	});
	it('never says “0 accepted”: nothing waiting is said as such', () => {
		expect(acceptAllNotice({ accepted: {}, held: [] }, 'flashcard')).toBe(
			'No flashcard accepted: no flashcard is waiting (each was already accepted or rejected).'
		);
		expect(acceptAllNotice({ accepted: { cloze: 0 }, held: [] })).toBe(
			'No draft accepted: no draft is waiting (each was already accepted or rejected).'
		);
		expect(acceptAllNotice({ accepted: {}, held: ['What was', 'Who is it?'] }, 'short')).toBe(
			'No short-answer question accepted. 2 left as drafts: “What was”, “Who is it?” name no subject. Edit them to say who or what they ask about, or reject them.'
		);
	});
});

// Outsider teacher, session 30: she edited a generated true/false statement from 1764 to 1860,
// kept its explanation "False: the text gives 1760, not 1764.", and students read it in Study.
describe('staleExplanation', () => {
	const before = {
		type: 'truefalse' as const,
		prompt: 'The Industrial Revolution began in Britain in about 1764.',
		answer: 'false',
		explanation: 'False: class handout gives 1760, not 1764. “It began in Britain in about 1760.”',
		origin: 'generated' as const
	};

	it('names what the edit took out of the question that the kept explanation still says', () => {
		const form = { ...before, prompt: before.prompt.replace('1764', '1860') };
		expect(staleExplanation(form, before)).toBe('1764');
		const fields = { ...formOf(fixtureQuestion('t', 'truefalse')), ...form };
		expect(checkForm(fields, 'generated', before).explanation).toMatch(/still speaks of “1764”/);
		// Flipping the key alone leaves "False: …" under a true statement.
		expect(staleExplanation({ ...before, answer: 'true' }, before)).toBe('false');
	});

	it('flags a true statement edited away from the sentence its explanation quotes', () => {
		const signed = {
			type: 'truefalse' as const,
			prompt: 'In 1977 President Jimmy Carter signed the Torrijos–Carter Treaties.',
			answer: 'true',
			explanation:
				'True: class handout says so. “In 1977 President Jimmy Carter signed the Torrijos–Carter Treaties.”',
			origin: 'generated' as const
		};
		const form = { ...signed, prompt: signed.prompt.replace('1977', '1978') };
		expect(staleExplanation(form, signed)).toBe('1977');
		const fields = { ...formOf(fixtureQuestion('t', 'truefalse')), ...form };
		expect(checkForm(fields, 'generated', signed).explanation).toMatch(/check True or False/);
	});

	// A student from Anki, session 37: a glossary card's front cut to its term ("Element") was
	// refused because the kept explanation "The text says: “…”" shares "the" with the old front.
	it('never flags a function word the old question and the explanation share, only a whole word', () => {
		const card = {
			type: 'flashcard' as const,
			prompt: 'In the worksheet “Year 8 Biology – Cells”, what is meant by the term “nucleus”?',
			answer: 'A part of a cell holding its DNA',
			explanation: 'The text says: “Nucleus – the part of the cell that holds its DNA”',
			origin: 'generated' as const
		};
		expect(staleExplanation({ ...card, prompt: 'Nucleus' }, card)).toBe(null);
		const fields = { ...formOf(fixtureQuestion('f', 'flashcard')), ...card, prompt: 'Nucleus' };
		expect(checkForm(fields, 'generated', card).explanation).toBeUndefined();
		// A word the explanation really shares with what was removed still flags, as a whole word.
		const named = { ...card, explanation: 'The worksheet calls it the control centre.' };
		expect(staleExplanation({ ...named, prompt: 'Nucleus' }, named)).toBe('worksheet');
		const plural = { ...card, explanation: 'Both worksheets call it the control centre.' };
		expect(staleExplanation({ ...plural, prompt: 'Nucleus' }, plural)).toBe(null);
	});

	it('never flags a rewritten explanation, an unchanged question or a quoted sentence', () => {
		const form = { ...before, prompt: before.prompt.replace('1764', '1860') };
		expect(
			staleExplanation({ ...form, explanation: 'False: it began in about 1760.' }, before)
		).toBe(null);
		expect(staleExplanation(before, before)).toBe(null);
		const card = {
			type: 'flashcard' as const,
			prompt: 'What was the Salt March?',
			answer: 'A protest march to the sea',
			explanation: 'Class handout says: “The Salt March was a protest march to the sea.”',
			origin: 'generated' as const
		};
		expect(staleExplanation({ ...card, prompt: 'What was Gandhi’s march of 1930?' }, card)).toBe(
			null
		);
	});
});
