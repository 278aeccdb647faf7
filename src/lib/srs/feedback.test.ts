import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/content/schema';
import { defenceQuestion as question } from '$lib/content/near-note.test-helpers';
import { acceptedNote, nearNote, unitNote, verdictRegrade } from './feedback';

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

	it('says a title before the name was taken (outsider: "Dr John Snow" for "John Snow")', () => {
		const snow = { ...question, answer: 'John Snow', accept: [] } as Question;
		expect(acceptedNote(snow, 'Dr John Snow')).toMatch(
			/^Accepted: “Dr John Snow” \(the name with a title before it\) — the \w+ \w+ “John Snow”\.$/
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

describe('what a nearly-right typed answer says in Study (issue 12/14)', () => {
	const camp = { ...question, answer: 'Camp Bondsteel', accept: ['Bondsteel'] } as Question;

	it('says what is near (the shared wording) and hands the choice to the student', () => {
		expect(nearNote(camp, 'Bondsteel Camp')).toBe(
			'“Bondsteel Camp” has the words of “Camp Bondsteel” in another order. If that is what you meant, choose I was right.'
		);
		expect(nearNote(camp, 'Bondsteel')).toBeNull();
		expect(nearNote(camp, 'Film City')).toBeNull();
	});

	it('accepts, not nears, a right answer with its listed initials in brackets', () => {
		const withAkp = {
			...question,
			answer: 'Justice and Development Party',
			accept: ['AKP']
		} as Question;
		expect(nearNote(withAkp, 'the Justice and Development Party (AKP)')).toBeNull();
		expect(acceptedNote(withAkp, 'the Justice and Development Party (AKP)')).toBe(
			'Accepted: “the Justice and Development Party (AKP)” (with another answer this question takes, or its initials, in brackets) — the source says “Justice and Development Party”.'
		);
	});
});

describe('a typed answer wrong by its unit alone (session 37)', () => {
	const weight = {
		...question,
		prompt: 'What is the weight of a 60 kg person? Give the unit.',
		answer: '588 N',
		accept: undefined
	} as Question;

	it('says the unit is missing or not the one asked, and nothing else is near', () => {
		expect(unitNote(weight, '588')).toBe('Right number, but the unit is missing.');
		expect(unitNote(weight, '588 kg')).toBe('Right number, but “kg” is not the unit asked.');
		expect(nearNote(weight, '588')).toBeNull();
	});

	it('says nothing of a right answer, a wrong number or a question not typed', () => {
		expect(unitNote(weight, '588 newtons')).toBeNull();
		expect(unitNote(weight, '590 N')).toBeNull();
		expect(unitNote({ ...weight, type: 'mcq' } as Question, '588')).toBeNull();
		expect(acceptedNote(weight, '588 newtons')).toBe(
			'Accepted: “588 newtons” (the same unit written another way) — the source says “588 N”.'
		);
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
