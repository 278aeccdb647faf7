import { describe, expect, it } from 'vitest';
import { otherUnit, sameText, sameValues } from './answer-compare';
import { matchesAnswer } from './answer-match';
import { readValues } from './answer-values';

const vucic = { answer: 'Aleksandar Vučić', accept: ['Vučić'] };

describe('sameText', () => {
	it('allows one slip from five letters on, none in a short answer or a number', () => {
		expect(sameText('militery', 'military')).toBe(true);
		expect(sameText('vuicc', 'vucic')).toBe(true);
		expect(sameText('kfoe', 'kfor')).toBe(false);
		expect(sameText('2018', '2019')).toBe(false);
		expect(sameText('miltiery', 'military')).toBe(false);
	});
});

describe('sameValues and otherUnit', () => {
	const typed = (text: string) => readValues(text, false);
	const key = (text: string) => readValues(text, true);
	it('reads a value written another way as the same, a different one as not', () => {
		expect(sameValues(typed('$2.7 billion'), key('US$2.7 billion'))).toBe(true);
		expect(sameValues(typed('8 October'), key('October 8th'))).toBe(true);
		expect(sameValues(typed('8 November'), key('October 8th'))).toBe(false);
	});
	it('tells a unit the key contradicts apart, whatever its case', () => {
		expect(otherUnit(typed('5 mW'), key('5 MW'))).toBe(true);
		expect(otherUnit(typed('5 MW'), key('5 MW'))).toBe(false);
		expect(otherUnit(typed('5'), key('5 MW'))).toBe(false);
	});
});

describe('matchesAnswer: slips', () => {
	it('forgives one typo in a long answer but not in a short one or a number', () => {
		expect(matchesAnswer('Aleksander Vucic', vucic)).toBe(true);
		expect(matchesAnswer('Bechtell', { answer: 'Bechtel' })).toBe(true);
		expect(matchesAnswer('Kfoe', { answer: 'KFOR' })).toBe(false);
		expect(matchesAnswer('2018', { answer: '2019' })).toBe(false);
		expect(matchesAnswer('Aleksandr Vucc', vucic)).toBe(false);
		// A swap of two neighbouring letters is one slip.
		expect(matchesAnswer('Vuicc', { answer: 'Vučić' })).toBe(true);
	});
});

/** [typed, answer]: a right value written another way. */
const SAME_VALUE: [string, string][] = [
	// Currencies and scales
	['$2.7 billion', 'US$2.7 billion'],
	['US$ 2.7 billion', 'US$2.7 billion'],
	['2.7 billion dollars', 'US$2.7 billion'],
	['2.7bn USD', 'US$2.7 billion'],
	['$2,700,000,000', 'US$2.7 billion'],
	['2.7 billion', 'US$2.7 billion'],
	['$2,7 billion', 'US$2.7 billion'],
	['2.7 billion US dollars', 'US$2.7 billion'],
	['€400 million', '€400 million'],
	['400 million euros', '€400 million'],
	['four hundred million euro', '€400 million'],
	// Percentages
	['90 %', '90%'],
	['90 percent', '90%'],
	['90 per cent', '90%'],
	['ninety percent', '90%'],
	['90', '90%'],
	['12.5 %', '12.5%'],
	['12,5%', '12.5%'],
	// Thousands separators of every locale
	['800 000', '800,000'],
	['800.000', '800,000'],
	['800,000', '800,000'],
	["800'000", '800,000'],
	['800’000', '800,000'],
	['800\u202f000', '800,000'],
	['800\u00a0000', '800,000'],
	['800000', '800,000'],
	['800 thousand', '800,000'],
	['1.234.567', '1,234,567'],
	['1 234 567', '1,234,567'],
	['1.234,5', '1,234.5'],
	// Number words
	['eight hundred thousand', '800,000'],
	['twenty-four', '24'],
	['twenty four', '24'],
	['one hundred and five', '105'],
	['a million', '1 million'],
	['two thousand', '2000'],
	['three', '3'],
	// Dates in either order
	['October 8', '8 October'],
	['8 October', 'October 8'],
	['Oct 8', '8 October'],
	['8th October', '8 October'],
	['the 8th of October', '8 October'],
	['October 8th', '8 October'],
	['the eighth of October', '8 October'],
	['8 October 1999', '8 October'],
	['October 8, 1999', '8 October 1999'],
	['8 Oct 1999', 'October 8, 1999'],
	['June 1999', 'June 1999'],
	['in June 1999', 'June 1999'],
	// Dates in digits: ISO, day.month.year, and d/m or m/d when one part is above 12
	['2008-02-18', 'February 18, 2008'],
	['18.2.2008', 'February 18, 2008'],
	['18.02.2008', '18 February 2008'],
	['18/2/2008', '18 February 2008'],
	['2/18/2008', '18 February 2008'],
	// Units and prepositions
	['24 hours', '24'],
	['24', '24 hours'],
	['24 hour', '24 hours'],
	['in Prizren', 'Prizren'],
	['at Prizren', 'Prizren'],
	['in 1999', '1999'],
	['about 3,000 soldiers', '3,000'],
	['resolution one thousand two hundred forty-four', 'Resolution 1244'],
	['Resolution 1,244', 'Resolution 1244'],
	// Invisible characters from a paste
	['8\u200b00,000', '800,000'],
	['\u202a90%\u202c', '90%']
];

/** [typed, answer]: a different value, however it is written. */
const DIFFERENT_VALUE: [string, string][] = [
	['$2.8 billion', 'US$2.7 billion'],
	['$2.7 million', 'US$2.7 billion'],
	['€2.7 billion', 'US$2.7 billion'],
	['27 billion', 'US$2.7 billion'],
	['9%', '90%'],
	['9 percent', '90%'],
	['900%', '90%'],
	['80,000', '800,000'],
	['80 000', '800,000'],
	['8,000,000', '800,000'],
	['eight thousand', '800,000'],
	['1990', '1999'],
	['in 1990', '1999'],
	['8 November', '8 October'],
	['November 8', '8 October'],
	['9 October', '8 October'],
	['October', '8 October'],
	['8 October', '8 October 1999'],
	['8 October 1990', '8 October 1999'],
	['18.3.2008', '18 February 2008'],
	['2008-18-02', '18 February 2008'],
	// An ambiguous order is never guessed
	['2/3/2008', '2 March 2008'],
	['2/3/2008', '3 February 2008'],
	['24 days', '24 hours'],
	['twenty-five', '24'],
	['24 25', '24'],
	['24', '24 and 25'],
	['3,000 refugees in Prizren', '3,000 refugees in Peja'],
	['1244', 'Resolution 1245'],
	['two', '20'],
	['2', '20']
];

describe('matchesAnswer by value', () => {
	it.each(SAME_VALUE)('%j is right for %j', (typed, answer) => {
		expect(matchesAnswer(typed, { answer })).toBe(true);
	});
	it.each(DIFFERENT_VALUE)('%j is wrong for %j', (typed, answer) => {
		expect(matchesAnswer(typed, { answer })).toBe(false);
	});
});
