import { describe, expect, it } from 'vitest';
import {
	foldTextKeepCase,
	cleanDisplayText,
	foldText,
	hasVisibleText,
	isolateText,
	quotedSnippet,
	sortFolded,
	wordStem
} from './fold';

describe('foldText', () => {
	it.each([
		['Vučić', 'vucic'],
		['VUČIĆ', 'vucic'],
		['Vuc\u0301ic\u0301', 'vucic'], // decomposed input
		['Erdoğan', 'erdogan'],
		['Türkiye', 'turkiye'],
		['Đorđe', 'dorde'],
		['Ðorðe', 'dorde'],
		['Søren', 'soren'],
		['Łódź', 'lodz'],
		['Straße', 'strasse'],
		['Æsir', 'aesir'],
		['Œuvre', 'oeuvre'],
		['Iğdır', 'igdir'],
		['Þór', 'thor'],
		['Ｆｕｌｌ　ｗｉｄｔｈ', 'full width'],
		['ﬁnance', 'finance'],
		['  two\u00a0\u202fspaces\t\nhere  ', 'two spaces here'],
		['zero\u200bwidth\u200d', 'zerowidth'],
		['\u202eabc\u202c\u2066d\u2069\u200e', 'abcd'],
		['\ufeffBOM', 'bom'],
		['', '']
	])('%j → %j', (input, folded) => {
		expect(foldText(input)).toBe(folded);
	});

	it('keeps punctuation and digits for the caller', () => {
		expect(foldText('US$2.7 Billion!')).toBe('us$2.7 billion!');
	});

	it('is idempotent', () => {
		for (const s of ['Vučić', 'Straße  X', 'Ｆｕｌｌ', 'a\u200bb']) {
			expect(foldText(foldText(s))).toBe(foldText(s));
		}
	});
});

describe('foldTextKeepCase', () => {
	it('folds as foldText does but keeps the case, letter for letter where both are as long', () => {
		expect(foldTextKeepCase('  5\u00a0MW  Ｍｗ ')).toBe('5 MW Mw');
		expect(foldTextKeepCase('Vučić Øre')).toBe('Vucic Øre');
		expect(foldTextKeepCase('5 MW').toLowerCase()).toBe(foldText('5 MW'));
		expect(foldTextKeepCase('5 mW\u200b')).toBe('5 mW');
	});
});

describe('cleanDisplayText', () => {
	it.each([
		['Vuc\u030cic\u0301', 'Vučić'], // composed for display
		['  Ana   Marija  ', 'Ana Marija'],
		['Ana\u200b', 'Ana'],
		['\u202eevil\u202c name', 'evil name'],
		['tab\there\nnewline', 'tab here newline'],
		['bell\u0007', 'bell'],
		['\ufeffAna', 'Ana'],
		['Ana\u2066\u2069 \u200fLee', 'Ana Lee']
	])('%j → %j', (input, clean) => {
		expect(cleanDisplayText(input)).toBe(clean);
	});

	it('keeps case and accents', () => {
		expect(cleanDisplayText('Đorđe Ølsen')).toBe('Đorđe Ølsen');
	});
});

describe('isolateText', () => {
	it('cleans the name and isolates it, so a control inside cannot end the isolate early', () => {
		expect(isolateText('\u202eevil\u2069 Ana')).toBe('\u2068evil Ana\u2069');
		expect(isolateText('אנה')).toBe('\u2068אנה\u2069');
	});
});

describe('hasVisibleText', () => {
	it.each([
		['Ana', true],
		[' Đorđe ', true],
		['李', true],
		['🦊', true],
		['7B-12', true],
		['', false],
		['   ', false],
		['\u200b\u200c\u200d\u2060', false], // zero-width
		['\u202e\u202c\u2066\u2069\u200e\u200f', false], // bidi controls
		['\u00a0\u3000\u2003', false], // other spaces
		['\u3164\u3164', false], // Hangul filler, a Lo "letter" that draws nothing
		['\u2800', false], // blank Braille
		['\u0301\u0308', false], // combining marks alone
		['\u200bAna\u200b', true]
	])('%j → %s', (input, visible) => {
		expect(hasVisibleText(input)).toBe(visible);
	});
});

describe('quotedSnippet', () => {
	it('keeps short text, drops control and bidi characters, cuts long text to 40 with an ellipsis', () => {
		expect(quotedSnippet('q1')).toBe('q1');
		expect(quotedSnippet('a\u202eb\u0000c\u200bd')).toBe('abcd');
		expect(quotedSnippet('x'.repeat(40))).toBe('x'.repeat(40));
		expect(quotedSnippet('x'.repeat(41))).toBe(`${'x'.repeat(39)}…`);
		expect(quotedSnippet('x'.repeat(1_000_000))).toBe(`${'x'.repeat(39)}…`);
		// Long text of invisible characters still says it was cut.
		expect(quotedSnippet('\u200b'.repeat(1000))).toBe('…');
		expect(quotedSnippet('abc', 2)).toBe('a…');
	});
});

describe('sortFolded', () => {
	it('orders case and accents aside, then as written, without repeats', () => {
		expect(sortFolded(['economy', 'Zagreb', 'Économie', 'army', 'Army', 'economy'])).toEqual([
			'Army',
			'army',
			'Économie',
			'economy',
			'Zagreb'
		]);
	});

	it('gives the same order whatever the order given', () => {
		const topics = ['Serbia', 'sanctions', 'Šabac', 'EU', 'energy', 'Erdoğan'];
		expect(sortFolded([...topics].reverse())).toEqual(sortFolded(topics));
	});
});

describe('wordStem', () => {
	it('gives a word and its other forms one stem', () => {
		expect('psychological'.startsWith(wordStem('psychology'))).toBe(true);
		expect('management'.startsWith(wordStem('Manager'))).toBe(true);
		expect(wordStem('reels')).toBe(wordStem('reel'));
		expect(wordStem('Ölmühle')).toBe('olmuh');
	});

	it('keeps four letters of a short word', () => {
		expect(wordStem('area')).toBe('area');
		expect(wordStem('art')).toBe('art');
	});
});
