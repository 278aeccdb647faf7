import { describe, expect, it } from 'vitest';
import { choiceMark, choiceOptions, TRUE_FALSE } from './choices';

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
});
