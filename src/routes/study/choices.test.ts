import { describe, expect, it } from 'vitest';
import { choiceMark, choiceOptions, shownChoices, TRUE_FALSE } from './choices';

describe('a choice question’s buttons', () => {
	it('keys multiple choices 1, 2, 3 in the order shown, and True/False 1 and 2', () => {
		expect(choiceOptions(['Paris', 'Rome', 'Oslo']).map(({ key, label }) => [key, label])).toEqual([
			['1', 'Paris'],
			['2', 'Rome'],
			['3', 'Oslo']
		]);
		expect(TRUE_FALSE.map(({ value, key }) => [value, key])).toEqual([
			['true', '1'],
			['false', '2']
		]);
	});

	it('marks nothing before the answer, then the right one and a wrong pick', () => {
		const before = { answered: false, answer: 'Rome', picked: 'Paris' };
		expect(['Paris', 'Rome', 'Oslo'].map((value) => choiceMark(value, before))).toEqual([
			'none',
			'none',
			'none'
		]);
		const wrong = { answered: true, answer: 'Rome', picked: 'Paris' };
		expect(['Paris', 'Rome', 'Oslo'].map((value) => choiceMark(value, wrong))).toEqual([
			'wrong',
			'right',
			'none'
		]);
		const right = { answered: true, answer: 'Rome', picked: 'Rome' };
		expect(['Paris', 'Rome'].map((value) => choiceMark(value, right))).toEqual(['none', 'right']);
	});

	// Outsider teacher, session 34: her GIFT file listed the right answer first, and Study
	// showed it as choice 1 on every review for 3 days ("press 1").
	it('shuffles a right-first list: the right answer moves between reviews, kept within one', () => {
		const choices = ['Mitochondria', 'Ribosome', 'Nucleus', 'Golgi body'];
		const firsts = Array.from({ length: 40 }, (_, reviews) => {
			const shown = shownChoices(choices, 'gift-q7', reviews);
			expect([...shown].sort()).toEqual([...choices].sort());
			return shown.indexOf('Mitochondria');
		});
		// Each of the 4 places over 40 reviews, first in no more than half of them.
		expect(new Set(firsts).size).toBe(4);
		expect(firsts.filter((at) => at === 0).length).toBeLessThanOrEqual(20);
		// Same question, same review count: same order (on screen, after a reload or Undo).
		expect(shownChoices(choices, 'gift-q7', 3)).toEqual(shownChoices(choices, 'gift-q7', 3));
		// Over questions at one review count too, not one order for every question.
		const firstOver = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8'].map(
			(id) => shownChoices(choices, id, 0)[0]
		);
		expect(new Set(firstOver).size).toBeGreaterThan(1);
	});

	it('keeps numbers and years sorted, smallest first, on every review', () => {
		const years = ['1066', '1215', '1492', '1776'];
		for (let reviews = 0; reviews < 10; reviews++)
			expect(shownChoices(years, 'g-year', reviews)).toEqual(years);
		// Imported right-first numbers are sorted too (by value, not as text).
		expect(shownChoices(['12', '8', '1,000', '-3.5'], 'q', 1)).toEqual([
			'-3.5',
			'8',
			'12',
			'1,000'
		]);
		// One word among the numbers: shuffled as any other list.
		const mixed = ['12', '8', 'none', '3'];
		const orders = new Set(
			Array.from({ length: 10 }, (_, reviews) => shownChoices(mixed, 'q', reviews).join())
		);
		expect(orders.size).toBeGreaterThan(1);
	});
});
