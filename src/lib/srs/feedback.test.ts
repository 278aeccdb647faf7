import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/content/schema';
import { acceptedNote, nearNote, verdictRegrade } from './feedback';

const question = {
	id: 'q-defence',
	type: 'short',
	prompt: 'What did Ankara say the drones were for?',
	answer: 'defence',
	accept: ['military'],
	explanation: '',
	source: { doc: 'drones', quote: 'Ankara answered that the drones were for defence only.' },
	fact: 'drones-defence',
	topics: [],
	difficulty: 2,
	origin: 'written',
	rank: 1
} as unknown as Question;

describe('what a right typed answer says it accepted', () => {
	it('names the accepted answer and what the source says (issue 14: "military" for "defence")', () => {
		expect(acceptedNote(question, ' military ')).toBe(
			'Accepted: “military” (an answer this question also takes) — the source says “defence”.'
		);
		expect(acceptedNote(question, 'defense')).toBe(
			'Accepted: “defense” (the same word in its British or American spelling) — the source says “defence”.'
		);
		expect(acceptedNote(question, 'defance')).toBe(
			'Accepted: “defance” (one letter wrong, missing, extra or swapped is forgiven from five letters on) — the source says “defence”.'
		);
		expect(acceptedNote(question, 'militery')).toMatch(
			/^Accepted: “militery” \(one letter wrong.*, from “military”, an answer this question also takes\)/
		);
	});

	it('says nothing more for the key itself, a wrong answer or a choice', () => {
		expect(acceptedNote(question, 'Defence')).toBeNull();
		expect(acceptedNote(question, 'attack')).toBeNull();
		expect(acceptedNote({ ...question, type: 'mcq' } as Question, 'military')).toBeNull();
	});

	it('says "the answer is" for a question with no source sentence (imported)', () => {
		const imported = { ...question, source: { doc: 'x', quote: '' } } as Question;
		expect(acceptedNote(imported, 'military')).toMatch(/— the answer is “defence”\.$/);
	});
});

describe('what a nearly-right typed answer says (issue 12/14)', () => {
	const camp = { ...question, answer: 'Camp Bondsteel', accept: ['Bondsteel'] } as Question;
	const akp = { ...question, answer: 'Justice and Development Party', accept: [] } as Question;
	const cyprus = { ...question, answer: 'Cyprus', accept: [] } as Question;

	it('says what is near and hands the choice to the student', () => {
		expect(nearNote(camp, 'Bondsteel Camp')).toBe(
			'“Bondsteel Camp” has the words of “Camp Bondsteel” in another order. If that is what you meant, choose I was right.'
		);
		expect(nearNote(akp, 'Justice and Development')).toMatch(
			/^“Justice and Development” is “Justice and Development Party” without “Party”\./
		);
		expect(nearNote(cyprus, 'Cypriot')).toMatch(
			/^“Cypriot” names the place or its people where “Cyprus” names the other\./
		);
	});

	it('says what differs for the outsider student’s answers (issue 14)', () => {
		const butcher = { ...question, answer: 'Butcher of Belgrade', accept: [] } as Question;
		const stabiliser = { ...question, answer: 'stabiliser', accept: [] } as Question;
		expect(nearNote(camp, 'Camp Bondsteel base')).toMatch(
			/^“Camp Bondsteel base” is “Camp Bondsteel” with “base” added\. If that/
		);
		expect(nearNote(butcher, 'Butcher from Belgrade')).toMatch(
			/^“Butcher from Belgrade” is “Butcher of Belgrade” with “from” for “of”\./
		);
		expect(nearNote(stabiliser, 'stabilizing')).toMatch(
			/^“stabilizing” is another form of the word “stabiliser”\./
		);
		expect(nearNote(camp, 'Camp Bondsteel (US Army)')).toMatch(
			/^“Camp Bondsteel \(US Army\)” is “Camp Bondsteel” with “US Army” in brackets, which this question does not list\./
		);
		const withAkp = { ...akp, accept: ['AKP'] } as Question;
		expect(nearNote(withAkp, 'the Justice and Development Party (AKP)')).toBeNull();
		expect(acceptedNote(withAkp, 'the Justice and Development Party (AKP)')).toBe(
			'Accepted: “the Justice and Development Party (AKP)” (with another answer this question takes, or its initials, in brackets) — the source says “Justice and Development Party”.'
		);
	});

	it('says nothing for a right answer, another name or a choice', () => {
		expect(nearNote(camp, 'Bondsteel')).toBeNull();
		expect(nearNote(cyprus, 'Turkish Cypriot')).toBeNull();
		expect(nearNote({ ...camp, type: 'mcq' } as Question, 'Bondsteel Camp')).toBeNull();
	});
});

describe('a grade chosen on a right answer’s verdict', () => {
	it('saves nothing for the grade already saved', () => {
		expect(verdictRegrade({ rating: 3, grading: 'auto' }, 3)).toBeNull();
		expect(verdictRegrade({ rating: 3, grading: 'override' }, 3)).toBeNull();
	});

	it('keeps Hard and Easy right, with the verdict’s grading', () => {
		expect(verdictRegrade({ rating: 3, grading: 'auto' }, 2)).toEqual({
			rating: 2,
			grading: 'auto',
			correct: true
		});
		expect(verdictRegrade({ rating: 3, grading: 'override' }, 4)).toEqual({
			rating: 4,
			grading: 'override',
			correct: true
		});
	});

	it('saves Again as a wrong answer the student overruled', () => {
		expect(verdictRegrade({ rating: 3, grading: 'auto' }, 1)).toEqual({
			rating: 1,
			grading: 'override',
			correct: false
		});
	});
});
