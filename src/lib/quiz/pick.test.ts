import { describe, expect, it } from 'vitest';
import { indexBank } from '$lib/content/bank';
import { seedBank } from './fixtures.test-helpers';
import { giveAwayWords, givesAway } from './give-away';
import {
	chosenGiveAways,
	fillUpPool,
	moveChosen,
	sameFactAs,
	pickedQuestions,
	pickerMatches,
	searchIndex,
	toggleChosen,
	type PickFilters
} from './pick';
import { seededRandom, shuffled } from './random';
import { LIMITS, QUIZ_TYPES } from './types';

const ALL: PickFilters = { docs: [], topics: [], types: [...QUIZ_TYPES] };

/** The built-in bank with two questions of our own: accents, a key and a document to find. */
function bankWithCapital() {
	const { bank } = seedBank();
	const model = bank.questions.find((q) => q.type === 'short')!;
	const doc = bank.documents[0];
	const capital = {
		...model,
		id: 'pick-capital',
		fact: 'pick-fact-capital',
		type: 'short' as const,
		prompt: 'Which city is the capital of KOSOVO?',
		answer: 'Priština',
		accept: ['Prishtina'],
		source: { ...model.source, doc: doc.id }
	};
	const twin = { ...capital, id: 'pick-capital-twin', prompt: 'Name Kosovo’s capital.' };
	return indexBank({ ...bank, questions: [capital, twin, ...bank.questions] });
}

describe('pickerMatches', () => {
	const index = bankWithCapital();
	const searchable = searchIndex(index);
	const questions = index.bank.questions;

	it('finds by prompt and key, case and accents aside, every word in any order', () => {
		const ids = (search: string) =>
			pickerMatches(questions, ALL, search, searchable).map((q) => q.id);
		expect(ids('pristina')).toEqual(expect.arrayContaining(['pick-capital', 'pick-capital-twin']));
		expect(ids('kosovo CAPITAL priština')).toContain('pick-capital');
		expect(ids('prishtina')).toContain('pick-capital');
		expect(ids('pristina nowhere-word')).toEqual([]);
	});

	it('finds by the source document’s title', () => {
		const title = index.bank.documents[0].title;
		const found = pickerMatches(questions, ALL, title.toUpperCase(), searchable);
		expect(found.length).toBeGreaterThan(0);
		expect(found.every((q) => q.source.doc === index.bank.documents[0].id)).toBe(true);
	});

	it('keeps the page’s filters: types, documents, topics; an empty search lists all matches', () => {
		const shortOnly = pickerMatches(questions, { ...ALL, types: ['short'] }, '', searchable);
		expect(shortOnly.length).toBeGreaterThan(0);
		expect(shortOnly.every((q) => q.type === 'short')).toBe(true);
		const mcq = pickerMatches(questions, { ...ALL, types: ['mcq'] }, 'pristina', searchable);
		expect(mcq.every((q) => q.type === 'mcq')).toBe(true);
		expect(pickerMatches(questions, ALL, '  ', searchable).length).toBe(
			questions.filter((q) => q.type !== 'flashcard').length
		);
	});
});

describe('the chosen list', () => {
	it('adds at the end, takes out a second time, and stops at the quiz limit', () => {
		expect(toggleChosen(['a', 'b'], 'c')).toEqual(['a', 'b', 'c']);
		expect(toggleChosen(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
		const full = Array.from({ length: LIMITS.maxQuestions }, (_, i) => `q${i}`);
		expect(toggleChosen(full, 'one-more')).toEqual(full);
	});

	it('moves a question up or down, and never past either end', () => {
		expect(moveChosen(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
		expect(moveChosen(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
		expect(moveChosen(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
		expect(moveChosen(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
	});
});

describe('pickedQuestions', () => {
	const index = bankWithCapital();
	const some = index.bank.questions.filter((q) => q.type !== 'flashcard').slice(2, 5);

	it('asks the chosen questions in the chosen order, as quiz questions', () => {
		const chosen = [some[2].id, some[0].id, some[1].id];
		const quiz = pickedQuestions(index, chosen, null, seededRandom(1));
		expect(quiz.map((q) => q.id)).toEqual(chosen);
		expect(quiz[0]).toMatchObject({ prompt: some[2].prompt, answer: some[2].answer });
	});

	it('fills the rest at random from the filters, never a fact already asked', () => {
		const chosen = ['pick-capital', some[0].id];
		const quiz = pickedQuestions(index, chosen, { filters: ALL, fillTo: 12 }, seededRandom(7));
		expect(quiz).toHaveLength(12);
		expect(quiz.slice(0, 2).map((q) => q.id)).toEqual(chosen);
		const facts = quiz.map((q) => index.questionById.get(q.id)!.fact);
		expect(new Set(facts).size).toBe(12);
		expect(quiz.map((q) => q.id)).not.toContain('pick-capital-twin');
	});

	it('fills with the filtered types only, and never more than the quiz limit', () => {
		const quiz = pickedQuestions(
			index,
			[],
			{ filters: { ...ALL, types: ['truefalse'] }, fillTo: 500 },
			seededRandom(3)
		);
		expect(quiz.length).toBeLessThanOrEqual(LIMITS.maxQuestions);
		expect(quiz.length).toBeGreaterThan(0);
		expect(quiz.every((q) => q.type === 'truefalse')).toBe(true);
	});

	it('keeps the teacher’s choice of two questions on one fact, and skips ids no longer there', () => {
		const quiz = pickedQuestions(
			index,
			['pick-capital', 'gone-id', 'pick-capital-twin'],
			{ filters: ALL, fillTo: 2 },
			seededRandom(1)
		);
		expect(quiz.map((q) => q.id)).toEqual(['pick-capital', 'pick-capital-twin']);
	});

	it('never asks a chosen flashcard the ticked types left a flashcard (no phone can mark it)', () => {
		// A card chosen as a short answer, then Short answer and Multiple choice unticked.
		const card = index.bank.questions.find((q) => q.type === 'flashcard')!;
		const quiz = pickedQuestions(index, [card.id, 'pick-capital'], null, seededRandom(1));
		expect(quiz.map((q) => q.id)).toEqual(['pick-capital']);
	});
});

describe('answers given away in a hand-picked quiz (final outsider, session 29)', () => {
	const index = seedBank();
	const questions = index.bank.questions;
	const find = (type: string, words: string) =>
		questions.find((q) => q.type === type && q.prompt.includes(words))!;
	// "NATO’s 1999 bombing campaign …" (true/false) and "… NATO’s ____ intervention" (1999).
	const bombing = find('truefalse', 'NATO’s 1999 bombing');
	const blank = find('cloze', 'NATO’s ____');
	const other = questions.find((q) => q.type === 'mcq' && !q.prompt.includes('1999'))!;

	it('fills up at random with none that gives a chosen or drawn question away', () => {
		for (const seed of [1, 2, 3, 4, 5, 6]) {
			const quiz = pickedQuestions(
				index,
				[blank.id],
				{ filters: ALL, fillTo: 30 },
				seededRandom(seed)
			);
			expect(quiz[0].id).toBe(blank.id);
			expect(quiz.map((q) => q.id)).not.toContain(bombing.id);
			for (const a of quiz) for (const b of quiz) expect(givesAway(a, b)).toBe(false);
		}
	});

	it('keeps both when the teacher chose both, and says which gives which away', () => {
		const chosen = [bombing.id, other.id, blank.id];
		const quiz = pickedQuestions(index, chosen, null, seededRandom(1));
		expect(quiz.map((q) => q.id)).toEqual(chosen);
		const pairs = chosenGiveAways(index, chosen);
		expect(pairs).toContainEqual({ giver: 0, given: 2, answer: '1999' });
		expect(pairs.map(giveAwayWords)).toContain(
			'Question 1 gives away the answer to question 3 (“1999”).'
		);
		expect(chosenGiveAways(index, [other.id, blank.id])).toEqual([]);
	});
});

describe('sameFactAs', () => {
	const index = bankWithCapital();
	const other = index.bank.questions.find((q) => q.fact !== 'pick-fact-capital')!.id;

	it('names the earlier chosen question on the same fact, beside the later one only', () => {
		const repeats = sameFactAs(index, [other, 'pick-capital', 'pick-capital-twin']);
		expect([...repeats]).toEqual([['pick-capital-twin', 1]]);
		expect([...sameFactAs(index, ['pick-capital-twin', other, 'pick-capital'])]).toEqual([
			['pick-capital', 0]
		]);
	});
	it('is empty when every chosen question asks its own fact, and skips unknown ids', () => {
		expect(sameFactAs(index, [other, 'pick-capital', 'gone']).size).toBe(0);
	});
});

describe('fillUpPool', () => {
	const index = bankWithCapital();
	const facts = new Set(index.bank.questions.filter((q) => q.type === 'short').map((q) => q.fact));
	const shortOnly: PickFilters = { ...ALL, types: ['short'] };

	it('counts the matching facts no chosen question asks (one chosen twin removes both)', () => {
		expect(fillUpPool(index, [], shortOnly).facts).toBe(facts.size);
		expect(fillUpPool(index, ['pick-capital'], shortOnly).facts).toBe(facts.size - 1);
		expect(fillUpPool(index, ['pick-capital', 'pick-capital-twin'], shortOnly).facts).toBe(
			facts.size - 1
		);
	});

	it('says how many a fill-up adds, and the fill-up adds that many (session 30: asked 10, got 8)', () => {
		const builtin = indexBank(seedBank().bank);
		const questions = builtin.bank.questions.filter((q) => q.type !== 'flashcard');
		let fewer = 0;
		for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
			const chosen = shuffled(questions, seededRandom(seed))
				.slice(0, 3)
				.map((q) => q.id);
			for (const fillTo of [10, 25, 50]) {
				const pool = fillUpPool(builtin, chosen, ALL);
				if (pool.room < pool.facts) fewer++;
				const quiz = pickedQuestions(builtin, chosen, { filters: ALL, fillTo }, seededRandom(seed));
				expect(quiz).toHaveLength(3 + Math.min(fillTo - 3, pool.room));
				// None of those added gives away or is given away.
				const added = quiz.slice(3);
				for (const a of quiz)
					for (const b of added) expect(givesAway(a, b) || givesAway(b, a)).toBe(false);
			}
		}
		// Give-aways do keep facts out of the built-in course's fill-ups: the count allows for them.
		expect(fewer).toBeGreaterThan(0);
	});
});
