import { describe, expect, it } from 'vitest';
import { choiceSlot } from './choice-keys';

describe('choiceSlot', () => {
	it('picks the choice in the place a number names, none past the last', () => {
		expect([1, 2, 3, 4].map((n) => choiceSlot(String(n), 'mcq', 4))).toEqual([0, 1, 2, 3]);
		expect(choiceSlot('4', 'mcq', 3)).toBeNull();
		expect(choiceSlot('0', 'mcq', 4)).toBeNull();
		expect(choiceSlot('a', 'mcq', 4)).toBeNull();
		expect(choiceSlot('Enter', 'mcq', 4)).toBeNull();
	});

	it('reads 1/T as True and 2/F as False on true or false, in either case', () => {
		expect(
			['1', 't', 'T', '2', 'f', 'F', '3', 'x'].map((k) => choiceSlot(k, 'truefalse', 2))
		).toEqual([0, 0, 0, 1, 1, 1, null, null]);
	});
});
