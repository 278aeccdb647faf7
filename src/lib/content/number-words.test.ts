import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesAnswer } from './answer-match';

const ONES = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen'
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 0–99 in words, "seventy-eight". */
function belowHundred(n: number): string {
	if (n < 20) return ONES[n];
	return TENS[Math.floor(n / 10)] + (n % 10 ? `-${ONES[n % 10]}` : '');
}

/** 0–9999 as a cardinal, "one thousand eight hundred [and] seventy-eight". */
function cardinal(n: number, and: boolean): string {
	if (n < 100) return belowHundred(n);
	const parts: string[] = [];
	if (n >= 1000) parts.push(`${belowHundred(Math.floor(n / 1000))} thousand`);
	if (n % 1000 >= 100) parts.push(`${ONES[Math.floor((n % 1000) / 100)]} hundred`);
	if (n % 100) parts.push(`${and ? 'and ' : ''}${belowHundred(n % 100)}`);
	return parts.join(' ');
}

/** 1010–2099 as a year is said in pairs: "eighteen seventy-eight", "nineteen oh five". */
function spokenYear(n: number): string {
	const low = n % 100;
	const rest = low === 0 ? 'hundred' : low < 10 ? `oh ${ONES[low]}` : belowHundred(low);
	return `${belowHundred(Math.floor(n / 100))} ${rest}`;
}

describe('number words in typed answers (English)', () => {
	// Outsider teacher (issue 11): students wrote years as they say them.
	it('reads a year said in pairs or in full', () => {
		const year = { answer: '1878' };
		expect(matchesAnswer('eighteen seventy-eight', year)).toBe(true);
		expect(matchesAnswer('Eighteen seventy eight', year)).toBe(true);
		expect(matchesAnswer('one thousand eight hundred seventy-eight', year)).toBe(true);
		expect(matchesAnswer('one thousand eight hundred and seventy-eight', year)).toBe(true);
		expect(matchesAnswer('in eighteen seventy-eight', year)).toBe(true);
		expect(matchesAnswer('nineteen oh five', { answer: '1905' })).toBe(true);
		expect(matchesAnswer('nineteen o five', { answer: '1905' })).toBe(true);
		expect(matchesAnswer('ten sixty-six', { answer: '1066' })).toBe(true);
		expect(matchesAnswer('twenty twenty-five', { answer: '2025' })).toBe(true);
		expect(matchesAnswer('twelve', { answer: '12' })).toBe(true);
		expect(matchesAnswer('eighteen seventy-eight', { answer: '3 March 1878' })).toBe(false);
		expect(matchesAnswer('3 March eighteen seventy-eight', { answer: '3 March 1878' })).toBe(true);
	});

	it('never reads a wrong year', () => {
		expect(matchesAnswer('eighteen seventy-seven', { answer: '1878' })).toBe(false);
		expect(matchesAnswer('eighteen eighty-seven', { answer: '1878' })).toBe(false);
		expect(matchesAnswer('eighteen seventy', { answer: '1878' })).toBe(false);
		expect(matchesAnswer('nineteen five', { answer: '1905' })).toBe(false);
		expect(matchesAnswer('nineteen fifty', { answer: '1905' })).toBe(false);
		// Inside a longer number the usual reading stays: 25,000 and 1,018, not years.
		expect(matchesAnswer('twenty five thousand', { answer: '25,000' })).toBe(true);
		expect(matchesAnswer('one thousand eighteen', { answer: '1018' })).toBe(true);
		expect(matchesAnswer('seventy-eight', { answer: '78' })).toBe(true);
	});

	it('a word with an inherited name is a word, not a number', () => {
		expect(matchesAnswer('constructor', { answer: '12' })).toBe(false);
		expect(matchesAnswer('constructor', { answer: 'constructor' })).toBe(true);
	});

	// "Never accept a wrong number": a number's words and its digits agree, and no other
	// number's digits are accepted for them.
	it('agrees with the digits for every number 0–2100 (property)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 2100 }),
				fc.integer({ min: -3, max: 3 }),
				fc.boolean(),
				(n, shift, and) => {
					const other = Math.max(0, n + shift);
					const spellings = [cardinal(n, and)];
					if (n >= 1010 && n <= 2099) spellings.push(spokenYear(n));
					for (const words of spellings)
						expect(matchesAnswer(words, { answer: String(other) }), `${words} for ${other}`).toBe(
							other === n
						);
				}
			),
			{ numRuns: 1000 }
		);
	});

	it('agrees with the digits for every number 0–2100 (all of them, both ways of saying a year)', () => {
		for (let n = 0; n <= 2100; n++) {
			expect(matchesAnswer(cardinal(n, false), { answer: String(n) }), cardinal(n, false)).toBe(
				true
			);
			if (n >= 1010 && n <= 2099)
				expect(matchesAnswer(spokenYear(n), { answer: String(n) }), spokenYear(n)).toBe(true);
		}
	});
});
