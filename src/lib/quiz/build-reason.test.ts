import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/content/schema';
import {
	factCountHint,
	fillUpHint,
	noQuizReason,
	quizFormsLine,
	shortfallNote,
	unaskedCardsNote,
	typeCounts
} from './build-reason';

const question = (id: number, type: Question['type'], doc = 'd-1'): Question => ({
	id: `q-${id}`,
	type,
	prompt: `Prompt ${id}?`,
	answer: type === 'truefalse' ? 'true' : `Answer ${id}`,
	...(type === 'mcq' ? { choices: [`Answer ${id}`, 'b', 'c', 'd'] } : {}),
	explanation: 'Because.',
	source: { doc, quote: 'A sentence.' },
	fact: `f-${id}`,
	topics: [],
	difficulty: 2,
	origin: 'written'
});
const all = { docs: [], topics: [], types: ['mcq', 'truefalse', 'cloze', 'short'] as const };
const filters = { ...all, types: [...all.types] };

describe('noQuizReason', () => {
	it('a course of flashcards no quiz can ask: says when one can and what to do', () => {
		// Flashcards left as flashcards by `courseQuizIndex`: none a quiz could ask.
		const reason = noQuizReason([question(1, 'flashcard'), question(2, 'flashcard')], filters);
		expect(reason).toMatch(/^This course has only 2 flashcards, and a quiz cannot ask them yet\./);
		expect(reason).toContain('asked as a short answer when its answer is a term');
		expect(reason).toMatch(/Accept more of the course's drafts or write more flashcards/);
		// With Multiple choice or Short answer unticked, ticking them is what to do.
		expect(
			noQuizReason([question(1, 'flashcard')], { ...filters, types: ['truefalse', 'short'] })
		).toMatch(/Tick Multiple choice and Short answer under Question types\.$/);
	});

	it('an empty course, no type chosen, nothing matching the filters', () => {
		expect(noQuizReason([], filters)).toMatch(/no accepted questions yet/);
		const mixed = [question(1, 'flashcard'), question(2, 'mcq')];
		expect(noQuizReason(mixed, { ...filters, types: [] })).toBe(
			'Choose at least one question type.'
		);
		expect(noQuizReason(mixed, { ...filters, docs: ['d-2'] })).toMatch(/^No questions match/);
	});

	// docs30: a course of blanks only, a quiz of multiple choice or true/false: no way on.
	it('says which types the choices have and what to tick when none is ticked', () => {
		const blanks = [question(1, 'cloze'), question(2, 'cloze'), question(3, 'cloze', 'd-2')];
		expect(noQuizReason(blanks, { ...filters, types: ['mcq', 'truefalse'] })).toBe(
			'No questions match these choices: the questions here are 3 fill in the blank, none multiple choice or true or false. Tick Fill in the blank to include them.'
		);
		expect(noQuizReason(blanks, { ...filters, types: ['truefalse'] })).toMatch(
			/^No questions match these choices: the questions here are 3 fill in the blank, none true or false\. Tick Fill in the blank to include them, or tick Multiple choice \(with Fill in the blank unticked\) to ask the key-term blanks as multiple choice/
		);
		expect(noQuizReason(blanks, { ...filters, docs: ['d-3'] })).toMatch(
			/^No questions match these choices: the documents or topics ticked have none\./
		);
		expect(typeCounts(blanks, { docs: ['d-1'], topics: [] })).toEqual({
			mcq: 0,
			truefalse: 0,
			cloze: 2,
			short: 0
		});
		// A blank asked as multiple choice still counts as the blank it is.
		expect(typeCounts([question(4, 'mcq')], filters, new Set(['q-4'])).cloze).toBe(1);
	});

	it('none when a quiz can be made', () => {
		expect(noQuizReason([question(1, 'flashcard'), question(2, 'short')], filters)).toBeUndefined();
	});
});

// Outsider teacher, issue 12: "0 different facts match" stood above the reason the quiz cannot be built.
describe('factCountHint', () => {
	it('says how many facts match, and what the quiz will have when fewer than asked', () => {
		expect(factCountHint(12, 10, undefined, 50)).toBe(
			'12 different facts match (one question each).'
		);
		expect(factCountHint(1, 10, undefined, 50)).toBe(
			'1 different fact matches (one question each): the quiz will have 1.'
		);
	});
	it('says the most a quiz can have when more are asked (60 silently gave 50, issue 14)', () => {
		expect(factCountHint(200, 60, undefined, 50)).toBe(
			'200 different facts match (one question each). A quiz has at most 50 questions: this one will have 50.'
		);
		expect(factCountHint(30, 60, undefined, 50)).toBe(
			'30 different facts match (one question each): the quiz will have 30.'
		);
		expect(factCountHint(200, 50, undefined, 50)).toBe(
			'200 different facts match (one question each).'
		);
	});
	it('is empty while the quiz cannot be built: the reason stands alone', () => {
		expect(factCountHint(0, 10, 'Choose at least one question type.', 50)).toBe('');
		// Final outsider, session 29: a quiz never gives one answer away in another question, so
		// of 17 matching facts 16 can be asked; it said 17, and the quiz had 16.
		expect(factCountHint(16, 20, undefined, 50, 17)).toBe(
			'17 different facts match (one question each); 1 question would give another’s answer away, so 16 can be asked: the quiz will have 16.'
		);
		expect(factCountHint(16, 10, undefined, 50, 17)).toBe(
			'17 different facts match (one question each); 1 question would give another’s answer away, so 16 can be asked.'
		);
		expect(factCountHint(5, 10, 'This course has only 5 flashcards.', 50)).toBe('');
	});
});

// Choose + fill up said "12 different facts match", random-mode words, with 3 chosen (issue 12).
describe('fillUpHint', () => {
	const pool = (facts: number, room = facts) => ({ facts, room });
	it('says how many are chosen and how many more come at random, from what', () => {
		expect(fillUpHint(3, pool(24), 10, undefined, 50)).toBe(
			'3 chosen, 7 more at random from 24 other facts that match (one question each).'
		);
		expect(fillUpHint(0, pool(24), 10, undefined, 50)).toBe(
			'None chosen yet: 10 at random from 24 facts that match (one question each).'
		);
	});
	it('says what the quiz will have when too few facts are left, or more than a quiz holds', () => {
		expect(fillUpHint(3, pool(4), 10, undefined, 50)).toBe(
			'3 chosen, 4 more at random from 4 other facts that match (one question each): the quiz will have 7.'
		);
		expect(fillUpHint(3, pool(1), 10, undefined, 50)).toBe(
			'3 chosen, 1 more at random from 1 other fact that matches (one question each): the quiz will have 4.'
		);
		expect(fillUpHint(3, pool(200), 60, undefined, 50)).toBe(
			'3 chosen, 47 more at random from 200 other facts that match (one question each): the quiz will have 50. A quiz has at most 50 questions.'
		);
	});
	it('says none are added when the chosen fill the number or no other fact matches', () => {
		expect(fillUpHint(10, pool(24), 10, undefined, 50)).toBe(
			'10 chosen, as many as the number asks: none will be added at random.'
		);
		expect(fillUpHint(3, pool(0), 10, undefined, 50)).toBe(
			'3 chosen; no other fact matches the choices above, so none will be added at random.'
		);
	});
	it('counts only what can be added without a give-away, and says so (session 30: asked 10, got 8)', () => {
		expect(fillUpHint(3, pool(9, 5), 10, undefined, 50)).toBe(
			'3 chosen, 5 more at random from 9 other facts that match (one question each); 4 of them would give away an answer or have their own given away, so 5 can be added: the quiz will have 8.'
		);
		expect(fillUpHint(3, pool(24, 22), 10, undefined, 50)).toBe(
			'3 chosen, 7 more at random from 24 other facts that match (one question each); 2 of them would give away an answer or have their own given away, so 22 can be added.'
		);
		expect(fillUpHint(3, pool(2, 0), 10, undefined, 50)).toBe(
			'3 chosen; 2 other facts match, but each would give away an answer or have its own given away, so none will be added at random.'
		);
	});
	it('is empty while the quiz cannot be built', () => {
		expect(fillUpHint(0, pool(0), 10, 'Choose at least one question type.', 50)).toBe('');
	});
});

describe('shortfallNote (the quiz will be shorter than asked: why, and what to do)', () => {
	it('names the flashcards no quiz can ask and when one can', () => {
		const course = [question(1, 'flashcard'), question(2, 'truefalse')];
		expect(shortfallNote(course, filters)).toBe(
			"1 flashcard of these choices cannot be asked in a quiz: a flashcard is asked as a short answer when its answer is a term, a name or a number (three words at most), and as multiple choice when three other flashcards of the course have an answer of the same kind (a year, a name, a definition of a disease …), to be its wrong choices, and its answer does not stand out among them by its length or its form. To ask more, accept more of the course's drafts or write questions in Courses."
		);
	});
	it('says which unticked types would add questions, flashcards’ forms among them', () => {
		const course = [question(1, 'flashcard'), question(2, 'truefalse'), question(3, 'cloze')];
		expect(shortfallNote(course, { ...filters, types: ['truefalse'] })).toBe(
			"Tick Multiple choice or Fill in the blank or Short answer for more. To ask more, accept more of the course's drafts or write questions in Courses."
		);
	});
	it('counts only the documents ticked', () => {
		const course = [question(1, 'flashcard', 'd-2'), question(2, 'truefalse')];
		expect(shortfallNote(course, { ...filters, docs: ['d-1'] })).toBe(
			"To ask more, accept more of the course's drafts or write questions in Courses."
		);
	});
});

describe('quizFormsLine', () => {
	it('says how many of each form, those made from flashcards first', () => {
		const asked = [
			{ id: 'a', type: 'mcq' as const },
			{ id: 'b', type: 'mcq' as const },
			{ id: 'c', type: 'short' as const },
			{ id: 'd', type: 'truefalse' as const },
			{ id: 'e', type: 'mcq' as const }
		];
		expect(quizFormsLine(asked, new Set(['a', 'b', 'c']))).toBe(
			'5 questions: 2 multiple choice made from your flashcards, 1 short answer made from your flashcard, 1 multiple choice, 1 true or false.'
		);
		expect(quizFormsLine([], new Set())).toBe('0 questions.');
		// docs30: key-term blanks asked as multiple choice say so.
		expect(quizFormsLine(asked, new Set(['a']), new Set(['b', 'e']))).toBe(
			'5 questions: 1 multiple choice made from your flashcard, 2 multiple choice made from your blanks, 1 true or false, 1 short answer.'
		);
	});
});

describe('unaskedCardsNote (beside the counts, whatever number is asked)', () => {
	it('says how many accepted flashcards of the choices no quiz can ask, and why', () => {
		// Issue 12: 17 accepted, "15 different facts", the 2 missing said only past 15.
		const course = [
			...Array.from({ length: 15 }, (_, i) => question(i + 1, 'cloze', i < 8 ? 'd-1' : 'd-2')),
			question(16, 'flashcard', 'd-1'),
			question(17, 'flashcard', 'd-2')
		];
		expect(unaskedCardsNote(course, filters)).toBe(
			'2 accepted flashcards of these choices are not counted here: no quiz can ask them. A flashcard is asked as a short answer when its answer is a term, a name or a number (three words at most), and as multiple choice when three other flashcards of the course have an answer of the same kind (a year, a name, a definition of a disease …), to be its wrong choices, and its answer does not stand out among them by its length or its form.'
		);
		expect(unaskedCardsNote(course, { ...filters, docs: ['d-2'] })).toMatch(
			/^1 accepted flashcard of these choices is not counted here: no quiz can ask it\./
		);
	});
	it('says nothing when none are left out, or ticking a type would take them', () => {
		expect(unaskedCardsNote([question(1, 'cloze')], filters)).toBe('');
		expect(
			unaskedCardsNote([question(1, 'flashcard')], { ...filters, types: ['cloze', 'short'] })
		).toBe('');
	});
});
