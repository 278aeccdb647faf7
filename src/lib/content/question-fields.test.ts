import { describe, expect, it } from 'vitest';
import {
	acceptedLines,
	answerLabel,
	blankFields,
	changeType,
	fieldProblems,
	fieldsOf,
	promptLabel,
	type FieldRules
} from './question-fields';

const THREE: FieldRules = { wrong: { min: 3, max: 3 } };
const QUIZ: FieldRules = {
	wrong: { min: 1, max: 5 },
	limits: { prompt: 300, answer: 160, explanation: 1000, acceptLines: 20 }
};
const mcq = {
	...blankFields('mcq'),
	prompt: 'Which river?',
	answer: 'Sava',
	wrong: ['Drina', 'Tisa', 'Morava']
};

describe('the question form’s fields', () => {
	it('start empty, with True for a true-or-false question and the wrong choices asked for', () => {
		expect(blankFields('truefalse').answer).toBe('true');
		expect(blankFields('mcq', 1).wrong).toEqual(['']);
		expect(blankFields().wrong).toEqual(['', '', '']);
	});

	it('come from a question: its wrong choices in order, padded to the number asked', () => {
		const question = {
			type: 'mcq' as const,
			prompt: 'P',
			answer: 'b',
			choices: ['a', 'b'],
			accept: []
		};
		expect(fieldsOf(question, 'E').wrong).toEqual(['a', '', '']);
		expect(fieldsOf(question, 'E', 0).wrong).toEqual(['a']);
		expect(
			fieldsOf({ type: 'short', prompt: 'P', answer: 'x', accept: ['y', 'z'] }, '').accept
		).toBe('y\nz');
	});

	it('change type keeping a true-or-false answer only where it means something', () => {
		const fields = { ...blankFields('short'), answer: 'Sava' };
		changeType(fields, 'truefalse');
		expect(fields.answer).toBe('true');
		fields.answer = 'false';
		changeType(fields, 'truefalse');
		expect(fields.answer).toBe('false');
		changeType(fields, 'cloze');
		expect(fields.answer).toBe('');
	});

	it('read accepted answers one a line, trimmed, without empty lines', () => {
		expect(acceptedLines(' a \n\nb\n')).toEqual(['a', 'b']);
	});

	it('name the prompt and answer fields by type', () => {
		expect([promptLabel('flashcard'), answerLabel('flashcard')]).toEqual(['Front', 'Back']);
		expect([promptLabel('truefalse'), answerLabel('mcq')]).toEqual(['Statement', 'Right choice']);
		expect([promptLabel('short'), answerLabel('cloze')]).toEqual(['Question', 'Answer']);
	});
});

describe('fieldProblems', () => {
	it('finds none in a complete question, under either screen’s rules', () => {
		expect(fieldProblems(mcq, THREE)).toEqual({});
		expect(fieldProblems(mcq, QUIZ)).toEqual({});
	});

	it('says what to write, by field', () => {
		expect(fieldProblems(blankFields('flashcard'), THREE)).toEqual({
			prompt: 'Write the front of the card.',
			answer: 'Write the back of the card.'
		});
		expect(
			fieldProblems({ ...blankFields('cloze'), prompt: '____ or ____', answer: 'x' }, THREE)
		).toEqual({
			prompt: 'Mark the blank with ____ (four underscores), once.'
		});
		expect(
			fieldProblems({ ...blankFields('truefalse'), prompt: 'S', answer: 'yes' }, THREE)
		).toEqual({
			answer: 'Choose True or False.'
		});
	});

	it('asks for the screen’s number of wrong choices, none empty, none the answer, all different', () => {
		expect(fieldProblems({ ...mcq, wrong: ['Drina', ''] }, THREE).choices).toBe(
			'Give three wrong choices.'
		);
		expect(fieldProblems({ ...mcq, wrong: ['Drina', 'Tisa'] }, QUIZ)).toEqual({});
		expect(fieldProblems({ ...mcq, wrong: [] }, QUIZ).choices).toBe(
			'Give 1 to 5 wrong choices, none empty.'
		);
		expect(fieldProblems({ ...mcq, wrong: ['a', 'b', 'c', 'd', 'e', 'f'] }, QUIZ).choices).toBe(
			'Give 1 to 5 wrong choices, none empty.'
		);
		expect(fieldProblems({ ...mcq, wrong: ['Drina', ' sava ', 'Tisa'] }, THREE).choices).toBe(
			'A wrong choice is the right answer, “Sava”: give a different one.'
		);
		expect(fieldProblems({ ...mcq, wrong: ['Drina', 'drina', 'Tisa'] }, THREE).choices).toBe(
			'The four choices must all differ.'
		);
	});

	it('holds each field to the screen’s limits, and only where it has some', () => {
		const long = {
			...mcq,
			prompt: 'x'.repeat(301),
			accept: 'a\n'.repeat(21),
			explanation: 'e'.repeat(1001)
		};
		expect(fieldProblems(long, QUIZ)).toEqual({
			prompt: 'The question is longer than 300 characters.',
			accept: 'At most 20 other accepted answers.',
			explanation: 'The explanation is longer than 1000 characters.'
		});
		expect(fieldProblems(long, THREE)).toEqual({});
		expect(fieldProblems({ ...mcq, wrong: ['d'.repeat(161)] }, QUIZ).choices).toBe(
			'A wrong choice is longer than 160 characters.'
		);
	});
});
