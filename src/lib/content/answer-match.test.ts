import { describe, expect, it } from 'vitest';
import { answerMatch, matchesAnswer, normalizeAnswer } from './answer-match';

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
		expect(normalizeAnswer('Justice & Development Party')).toBe('justice and development party');
	});

	it('reads an acronym written with dots as one word (outsider teacher: "K.L.A." was wrong)', () => {
		const kla = { answer: 'Kosovo Liberation Army', accept: ['KLA'] };
		for (const typed of ['K.L.A.', 'k.l.a', 'the K.L.A.'])
			expect(matchesAnswer(typed, kla)).toBe(true);
		expect(normalizeAnswer('U.S. and E.U.')).toBe('us and eu');
		// Only letters joined by dots: an initial, a decimal or a sentence's full stop stay as before.
		expect(normalizeAnswer('J. Smith')).toBe('j smith');
		expect(normalizeAnswer('2.5 km.')).toBe('2.5 km');
		expect(matchesAnswer('K.F.O.R.', kla)).toBe(false);
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

describe('answerMatch: how a right answer was found right', () => {
	const q = { answer: 'defence', accept: ['military', 'US$2.7 billion'] };
	it('names the key, an accepted answer, a slip, a value and a number in range', () => {
		expect(answerMatch('Defence.', q)).toEqual({ kind: 'exact', matched: 'defence' });
		expect(answerMatch('the military', q)).toEqual({ kind: 'accepted', matched: 'military' });
		expect(answerMatch('defense', q)).toEqual({ kind: 'spelling', matched: 'defence' });
		expect(answerMatch('militery', q)).toEqual({ kind: 'typo', matched: 'military' });
		expect(answerMatch('$2.7 billion', q)).toEqual({
			kind: 'accepted',
			matched: 'US$2.7 billion'
		});
		expect(answerMatch('90 percent', { answer: '90%' })).toEqual({ kind: 'value', matched: '90%' });
		const numeric = { answer: '1858', numeric: { value: 1858, tolerance: 2 } };
		expect(answerMatch('1857', numeric)?.kind).toBe('numeric');
		expect(answerMatch('1858', numeric)?.kind).toBe('exact');
		expect(answerMatch('offence', q)).toBeNull();
	});
});

describe('answerMatch: a title before a name (outsider, build 2a5d1257)', () => {
	const snow = { answer: 'John Snow', prompt: '____ traced cholera to a water pump.' };
	it('takes a name with any title or honorific before it, whatever its case or dot', () => {
		for (const typed of [
			'Dr John Snow',
			'Dr. John Snow',
			'doctor john snow',
			'Sir John Snow',
			'Professor John Snow',
			'Prof. John Snow',
			'Mr John Snow',
			'Captain John Snow',
			'Lord John Snow',
			'St John Snow',
			'the Reverend John Snow',
			'Sir Dr John Snow',
			'Dr Jon Snow'
		])
			expect(answerMatch(typed, snow), typed).toEqual({ kind: 'title', matched: 'John Snow' });
		expect(
			answerMatch('President Lincoln', { answer: 'Abraham Lincoln', accept: ['Lincoln'] })
		).toEqual({ kind: 'title', matched: 'Lincoln' });
	});
	it('keeps a wrong name, a bare title and a key that is not a name wrong', () => {
		expect(answerMatch('Dr John Smith', snow)).toBeNull();
		expect(answerMatch('Dr', snow)).toBeNull();
		expect(answerMatch('Doctor', { answer: 'doctor' })?.kind).toBe('exact');
		expect(answerMatch('General strike', { answer: 'strike' })).toBeNull();
	});
	it('keeps a key’s own title: another title is a different answer', () => {
		const victoria = { answer: 'Queen Victoria', accept: ['Victoria'] };
		expect(answerMatch('Queen Victoria', victoria)?.kind).toBe('exact');
		expect(answerMatch('Empress Victoria', victoria)).toBeNull();
	});
});
