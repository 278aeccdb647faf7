import { describe, expect, it } from 'vitest';
import type { Question } from './schema';
import { defenceQuestion as question } from './near-note.test-helpers';
import { nearWhy } from './near-note';

describe('why a nearly-right typed answer is near (issue 12/14)', () => {
	const camp = { ...question, answer: 'Camp Bondsteel', accept: ['Bondsteel'] } as Question;
	const akp = { ...question, answer: 'Justice and Development Party', accept: [] } as Question;
	const cyprus = { ...question, answer: 'Cyprus', accept: [] } as Question;

	it('says what is near, naming the key', () => {
		expect(nearWhy(camp, 'Bondsteel Camp')).toBe(
			'“Bondsteel Camp” has the words of “Camp Bondsteel” in another order.'
		);
		expect(nearWhy(akp, 'Justice and Development')).toMatch(
			/^“Justice and Development” is “Justice and Development Party” without “Party”\./
		);
		expect(nearWhy(cyprus, 'Cypriot')).toMatch(
			/^“Cypriot” names the place or its people where “Cyprus” names the other\./
		);
	});

	it('says what differs for the outsider student’s answers (issue 14)', () => {
		const butcher = { ...question, answer: 'Butcher of Belgrade', accept: [] } as Question;
		const stabiliser = { ...question, answer: 'stabiliser', accept: [] } as Question;
		expect(nearWhy(camp, 'Camp Bondsteel base')).toMatch(
			/^“Camp Bondsteel base” is “Camp Bondsteel” with “base” added\.$/
		);
		expect(nearWhy(butcher, 'Butcher from Belgrade')).toMatch(
			/^“Butcher from Belgrade” is “Butcher of Belgrade” with “from” for “of”\./
		);
		expect(nearWhy(stabiliser, 'stabilizing')).toMatch(
			/^“stabilizing” is another form of the word “stabiliser”\./
		);
		expect(nearWhy(camp, 'Camp Bondsteel (US Army)')).toMatch(
			/^“Camp Bondsteel \(US Army\)” is “Camp Bondsteel” with “US Army” in brackets, which this question does not list\./
		);
		const withAkp = { ...akp, accept: ['AKP'] } as Question;
		expect(nearWhy(withAkp, 'the Justice and Development Party (AKP)')).toBeNull();
	});

	it('says nothing for a right answer, another name or a choice', () => {
		expect(nearWhy(camp, 'Bondsteel')).toBeNull();
		expect(nearWhy(cyprus, 'Turkish Cypriot')).toBeNull();
		expect(nearWhy({ ...camp, type: 'mcq' } as Question, 'Bondsteel Camp')).toBeNull();
	});
});

describe('the same wording for a class quiz question', () => {
	it('takes a quiz question (no numeric key) and a cloze, not a choice', () => {
		const quizQuestion = {
			type: 'short' as const,
			prompt: 'Which base?',
			answer: 'Camp Bondsteel'
		};
		expect(nearWhy(quizQuestion, 'Bondsteel Camp')).toBe(
			'“Bondsteel Camp” has the words of “Camp Bondsteel” in another order.'
		);
		expect(nearWhy({ ...quizQuestion, type: 'cloze' }, ' Bondsteel Camp ')).toMatch(
			/^“Bondsteel Camp” has/
		);
		expect(nearWhy({ ...quizQuestion, type: 'truefalse' }, 'Bondsteel Camp')).toBeNull();
	});
});
