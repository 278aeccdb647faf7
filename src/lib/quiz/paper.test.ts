import { describe, expect, it } from 'vitest';
import { makeQuiz, syntheticQuestions } from './fixtures.test-helpers';
import { answerKey } from './paper';

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
	});
});
