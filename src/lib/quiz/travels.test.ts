import { describe, expect, it } from 'vitest';
import { makeQuiz, syntheticQuestions } from './fixtures.test-helpers';
import { explanationLeftOut, isCourseQuestion, travelsInFull, travelsWordForWord } from './travels';

const [bank] = makeQuiz(syntheticQuestions(1)).questions;

describe('how a question travels in a quiz link', () => {
	it('a bank question by reference, an own or course question word for word', () => {
		const own = { ...bank, id: 'own-abc123' };
		const course = { ...bank, id: 'uc-u-1234-q-7' };
		expect([bank, own, course].map(travelsInFull)).toEqual([false, true, true]);
		expect([bank, own, course].map(travelsWordForWord)).toEqual([false, true, true]);
		expect([bank, own, course].map(isCourseQuestion)).toEqual([false, false, true]);
	});

	it('a reworded question as changes while it keeps its source passage, else word for word', () => {
		const reworded = { ...bank, id: 'own-abc123', prompt: `${bank.prompt} (again)`, from: bank };
		expect(travelsWordForWord(reworded)).toBe(false);
		const moved = { ...reworded, source: { ...bank.source, quote: 'Another sentence.' } };
		expect(travelsWordForWord(moved)).toBe(true);
	});

	it('says an explanation was left out only of a lean quiz’s word-for-word question', () => {
		const own = {
			...bank,
			id: 'own-abc123',
			explanation: ' ',
			source: { doc: 'teacher', quote: '' }
		};
		expect(explanationLeftOut({ lean: true }, own)).toBe(true);
		expect(explanationLeftOut({}, own)).toBe(false);
		expect(explanationLeftOut({ lean: true }, { ...bank, explanation: '' })).toBe(false);
	});
});
