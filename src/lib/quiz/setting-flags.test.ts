import { describe, expect, it } from 'vitest';
import { flagBits, flagsOf, sameFlags } from './setting-flags';

describe('quiz setting flags as code bits', () => {
	it('keeps the bit order both codes were written with', () => {
		const none = { shuffleQuestions: false, shuffleChoices: false, allowBack: false };
		expect(flagBits({ ...none, showAnswers: false })).toBe(0);
		expect(flagBits({ ...none, shuffleQuestions: true, showAnswers: false })).toBe(1);
		expect(flagBits({ ...none, showAnswers: true })).toBe(8);
	});

	it('reads back every combination as written', () => {
		for (let bits = 0; bits < 16; bits++) expect(flagBits(flagsOf(bits))).toBe(bits);
		expect(sameFlags(flagsOf(5), flagsOf(5))).toBe(true);
		expect(sameFlags(flagsOf(5), flagsOf(4))).toBe(false);
	});
});
