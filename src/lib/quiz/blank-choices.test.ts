import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/content/schema';
import { withBlankChoices } from './blank-choices';

// docs30: an outsider teacher's course was all blanks (key terms of a rivers handout, made-up
// wording here); a class quiz of multiple choice had nothing to ask.
const blank = (id: string, prompt: string, answer: string, fact = `s-term-${id}`): Question => ({
	id,
	type: 'cloze',
	prompt,
	answer,
	explanation: '',
	source: { doc: 'd-1', quote: prompt.replace('____', answer) },
	fact,
	topics: [],
	difficulty: 2,
	origin: 'written'
});
const course = [
	blank('a', 'A ____ is a bend in a river.', 'meander'),
	blank('b', 'An ____ is the tidal mouth of a river.', 'estuary'),
	blank('c', 'The ____ is where a tributary joins the main river.', 'confluence'),
	blank('d', 'The ____ is the boundary of a drainage basin.', 'watershed'),
	blank('e', 'The flood came on ____.', '16 August 2004', 's-date-e')
];

describe('withBlankChoices', () => {
	it('asks a key-term blank as multiple choice with other terms of the course', () => {
		const { questions, fromBlanks } = withBlankChoices(course, ['mcq', 'truefalse']);
		const meander = questions.find((q) => q.id === 'a')!;
		expect(meander.type).toBe('mcq');
		expect(meander.prompt).toBe('A ____ is a bend in a river.');
		expect(meander.answer).toBe('meander');
		expect(meander.choices).toHaveLength(4);
		expect(new Set(meander.choices)).toEqual(
			new Set(['meander', 'estuary', 'confluence', 'watershed'])
		);
		// A date's blank is no term: it stays a blank, which this quiz does not ask.
		expect(questions.find((q) => q.id === 'e')!.type).toBe('cloze');
		expect([...fromBlanks].sort()).toEqual(['a', 'b', 'c', 'd']);
	});

	it('leaves blanks as they are when Fill in the blank is ticked or Multiple choice is not', () => {
		expect(withBlankChoices(course, ['mcq', 'cloze']).questions).toEqual(course);
		expect(withBlankChoices(course, ['truefalse']).fromBlanks.size).toBe(0);
	});

	it('leaves a blank with too few other terms a blank', () => {
		expect(withBlankChoices(course.slice(0, 2), ['mcq']).fromBlanks.size).toBe(0);
	});
});
