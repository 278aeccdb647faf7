import { describe, expect, it } from 'vitest';
import { matchesAnswer, normalizeAnswer } from './answer-match';

const vucic = { answer: 'Aleksandar Vučić', accept: ['Vučić'] };

describe('matchesAnswer', () => {
	it('ignores accents and case', () => {
		expect(matchesAnswer('Vucic', vucic)).toBe(true);
		expect(matchesAnswer('vučić', vucic)).toBe(true);
		expect(matchesAnswer('ALEKSANDAR VUCIC', vucic)).toBe(true);
		expect(matchesAnswer('Erdogan', { answer: 'Erdoğan' })).toBe(true);
		expect(matchesAnswer('Turkiye', { answer: 'Türkiye' })).toBe(true);
	});

	it('ignores extra spaces and punctuation', () => {
		expect(matchesAnswer('  aleksandar   vucic. ', vucic)).toBe(true);
		expect(matchesAnswer('Resolution-1244', { answer: 'Resolution 1244' })).toBe(true);
		expect(matchesAnswer('3300', { answer: '3,300' })).toBe(true);
	});

	it('forgives one typo in a long answer but not in a short one or a number', () => {
		expect(matchesAnswer('Aleksander Vucic', vucic)).toBe(true);
		expect(matchesAnswer('Bechtell', { answer: 'Bechtel' })).toBe(true);
		expect(matchesAnswer('Kfoe', { answer: 'KFOR' })).toBe(false);
		expect(matchesAnswer('2018', { answer: '2019' })).toBe(false);
		expect(matchesAnswer('Aleksandr Vucc', vucic)).toBe(false);
		// A swap of two neighbouring letters is one slip.
		expect(matchesAnswer('Vuicc', { answer: 'Vučić' })).toBe(true);
	});

	it('does not accept a different name or an empty answer', () => {
		expect(matchesAnswer('Albin Kurti', vucic)).toBe(false);
		expect(matchesAnswer('Thaci', { answer: 'Haradinaj' })).toBe(false);
		expect(matchesAnswer('', vucic)).toBe(false);
		expect(matchesAnswer('   ', vucic)).toBe(false);
	});
});

describe('normalizeAnswer', () => {
	it('keeps decimals and strips the rest', () => {
		expect(normalizeAnswer('US$2.7 billion!')).toBe('us$2.7 billion');
		expect(normalizeAnswer('Çalık  Holdings')).toBe('calik holdings');
	});
});
