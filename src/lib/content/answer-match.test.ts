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
