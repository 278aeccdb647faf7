import { describe, expect, it } from 'vitest';
import { isCorrect, nearMiss, reviewLead, reviewOrder, teacherNumber, unitSlip } from './scoring';
import type { QuizQuestion } from './types';

const indexes = (items: { index: number }[]) => items.map((item) => item.index);

describe('the student’s review order', () => {
	// Outsider teacher: the review followed the quiz, so missed questions hid among right ones.
	it('lists missed questions first, then right ones, each group in the quiz’s order', () => {
		expect(indexes(reviewOrder([true, false, true, false, false]))).toEqual([1, 3, 4, 0, 2]);
	});

	// Outsider teacher: a shuffled quiz's review was numbered in the teacher's order.
	it('numbers questions as the student saw them, in the order she saw them', () => {
		// She was asked question 3 first, then 1, then 2; she missed 1 and 2.
		const review = reviewOrder([false, false, true], [2, 0, 1]);
		expect(review).toEqual([
			{ index: 0, seen: 2 },
			{ index: 1, seen: 3 },
			{ index: 2, seen: 1 }
		]);
		expect(review.map(teacherNumber)).toEqual([
			'question 1 in your teacher’s list',
			'question 2 in your teacher’s list',
			'question 3 in your teacher’s list'
		]);
		expect(teacherNumber({ index: 4, seen: 5 })).toBe('');
	});

	it('keeps the quiz’s order when all are right or none is', () => {
		expect(indexes(reviewOrder([true, true, true]))).toEqual([0, 1, 2]);
		expect(indexes(reviewOrder([false, false]))).toEqual([0, 1]);
		expect(reviewOrder([])).toEqual([]);
	});

	it('says how the review is ordered in one line', () => {
		expect(reviewLead([true, false, true, false, false])).toBe(
			'Missed first (3: wrong or not answered), then right (2); each keeps the number you saw.'
		);
		expect(reviewLead([true, true])).toMatch(/^Every answer right/);
		expect(reviewLead([false])).toMatch(/^No answer right/);
	});
});

describe('a near miss on a typed quiz answer (issue 12, classroom)', () => {
	const camp = {
		id: 'q-camp',
		type: 'short',
		prompt: 'Which US base in Kosovo?',
		answer: 'Camp Bondsteel',
		source: { doc: 'd', quote: '' }
	} as unknown as QuizQuestion;

	it('says why, in Study’s words, and leaves the mark wrong', () => {
		expect(nearMiss(camp, 'Bondsteel Camp')).toBe(
			'“Bondsteel Camp” has the words of “Camp Bondsteel” in another order.'
		);
		expect(isCorrect(camp, 'Bondsteel Camp')).toBe(false);
	});

	it('says nothing for a right, plainly wrong, missing or chosen answer', () => {
		expect(nearMiss(camp, 'camp bondsteel')).toBeNull();
		expect(nearMiss(camp, 'Film City')).toBeNull();
		expect(nearMiss(camp, null)).toBeNull();
		expect(nearMiss({ ...camp, type: 'mcq', choices: ['Camp Bondsteel'] }, 0)).toBeNull();
	});
});

describe('a typed quiz answer wrong by its unit alone (session 37)', () => {
	const momentum = {
		id: 'q-momentum',
		type: 'short',
		prompt: 'A 2500 kg truck moves at 10 m/s. What is its momentum? Include the unit.',
		answer: '25000 kg m/s',
		source: { doc: 'd', quote: '' }
	} as unknown as QuizQuestion;

	it('marks it wrong and says why, without the key (the review gives it on its own line)', () => {
		expect(isCorrect(momentum, '25000 kg m')).toBe(false);
		expect(unitSlip(momentum, '25000 kg m')).toBe(
			'Right number, but “kg m” is not the unit asked.'
		);
		expect(isCorrect(momentum, '25000')).toBe(false);
		expect(unitSlip(momentum, '25000')).toBe('Right number, but the unit is missing.');
	});

	it('says nothing for a right, otherwise wrong or missing answer', () => {
		expect(isCorrect(momentum, '25000 kg·m/s')).toBe(true);
		expect(unitSlip(momentum, '25000 kg·m/s')).toBeNull();
		expect(unitSlip(momentum, '2500 kg m/s')).toBeNull();
		expect(unitSlip(momentum, null)).toBeNull();
	});
});

describe('a title before a typed name in a class quiz (outsider, build 2a5d1257)', () => {
	const snow = {
		id: 'q-snow',
		type: 'cloze',
		prompt: '____ traced the 1854 cholera outbreak to a water pump.',
		answer: 'John Snow',
		source: { doc: 'd', quote: '' }
	} as unknown as QuizQuestion;

	it('marks "Dr John Snow" right, as Study does, and a wrong name wrong', () => {
		expect(isCorrect(snow, 'Dr John Snow')).toBe(true);
		expect(isCorrect(snow, 'Sir John Snow')).toBe(true);
		expect(isCorrect(snow, 'Dr John Smith')).toBe(false);
	});
});
