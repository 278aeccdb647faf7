import { describe, expect, it } from 'vitest';
import { makeQuiz, syntheticQuestions } from './fixtures.test-helpers';
import { alsoRightLine, answerKey } from './paper';

describe('paper answer key', () => {
	it('gives the letter of the right choice, True/False, typed answers and what else counts', () => {
		const quiz = makeQuiz(syntheticQuestions(4));
		const key = answerKey(quiz);
		expect(key.map((k) => k.number)).toEqual([1, 2, 3, 4]);
		const mcq = quiz.questions[0];
		expect(key[0].letter).toBe('ABCD'[mcq.choices!.indexOf(mcq.answer)]);
		expect(key[0].answer).toBe(mcq.answer);
		expect(['True', 'False']).toContain(key[1].answer);
		expect(key[1].letter).toBeUndefined();
		// "Vucic" and "Aleksandar Vucic" are marked right anyway: the key prints only "Vučić".
		expect(key[3].alsoAccepted).toEqual(['Vučić']);
		expect(key[3].moreAccepted).toBe(0);
		expect(alsoRightLine(key[3])).toBe('(also right: “Vučić”)');
		expect(alsoRightLine(key[0])).toBe('');
	});

	// Outsider teacher: "Beograd; the capital" printed as "also right: Beograd; the capital; BG".
	it('prints each other answer whole, so one holding ";" never reads as two', () => {
		expect(alsoRightLine({ alsoAccepted: ['Beograd; the capital', 'BG'], moreAccepted: 2 })).toBe(
			'(also right: “Beograd; the capital” or “BG”, and 2 more, listed on the quiz’s page)'
		);
	});
});
