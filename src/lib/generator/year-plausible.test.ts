import { describe, expect, it } from 'vitest';
import {
	recurringEventYear,
	acrossKnownWar,
	approximateYear,
	believableFalseYear,
	plausibleWrongYear
} from './year-plausible';

describe('plausibleWrongYear (blind review H12: wrong years impossible on general knowledge)', () => {
	it('keeps a year a few years off in the same era', () => {
		expect(plausibleWrongYear(1941, 1943)).toBe(true);
		expect(plausibleWrongYear(1066, 1062)).toBe(true);
		expect(plausibleWrongYear(1917, 1915)).toBe(true);
	});

	it('refuses a year far from the key', () => {
		expect(plausibleWrongYear(1941, 1955)).toBe(false);
		expect(plausibleWrongYear(1642, 1660)).toBe(false);
	});

	it('refuses a year past the end of, or before, the war the key lies in', () => {
		expect(plausibleWrongYear(1917, 1920)).toBe(false);
		expect(plausibleWrongYear(1917, 1911)).toBe(false);
		expect(plausibleWrongYear(1942, 1946)).toBe(false);
		expect(plausibleWrongYear(1940, 1937)).toBe(false);
	});

	it('refuses a year inside a war for a key outside it, and across a war in between', () => {
		expect(plausibleWrongYear(1937, 1940)).toBe(false);
		expect(plausibleWrongYear(1912, 1915)).toBe(false);
	});

	it('refuses a year in another century and the key itself', () => {
		expect(plausibleWrongYear(1899, 1901)).toBe(false);
		expect(plausibleWrongYear(1802, 1798)).toBe(false);
		expect(plausibleWrongYear(1850, 1850)).toBe(false);
	});

	it('takes a wider window when asked', () => {
		expect(plausibleWrongYear(1850, 1858)).toBe(false);
		expect(plausibleWrongYear(1850, 1858, 10)).toBe(true);
	});
});

describe('acrossKnownWar (a false statement’s swapped year, H12 S63)', () => {
	it('is true across a war and false on one side of it', () => {
		expect(acrossKnownWar(1942, 1955)).toBe(true);
		expect(acrossKnownWar(1917, 1910)).toBe(true);
		expect(acrossKnownWar(1917, 1915)).toBe(false);
		expect(acrossKnownWar(1688, 1702)).toBe(false);
	});
});

describe('believableFalseYear and approximateYear (H14, gen54)', () => {
	it('keeps a false year within 50 years or a third of the time since', () => {
		expect(believableFalseYear(1521, 1947, 2026)).toBe(false);
		expect(believableFalseYear(2008, 1844, 2026)).toBe(false);
		expect(believableFalseYear(1474, 1624, 2026)).toBe(true);
		expect(believableFalseYear(1988, 1991, 2026)).toBe(true);
		expect(believableFalseYear(1940, 1985, 2026)).toBe(true);
	});

	it('finds an approximate year', () => {
		const text = 'Upright velm pianos spread around 1800 and c. 1810.';
		expect(approximateYear(text, text.indexOf('1800'))).toBe(true);
		expect(approximateYear(text, text.indexOf('1810'))).toBe(true);
		expect(approximateYear('Velm pianos spread in 1800.', 21)).toBe(false);
	});
});

describe('recurringEventYear (blind review H16: a false year for an election)', () => {
	const at = (text: string) => text.search(/\d{4}/u);
	it('finds a year that dates an event named by its recurrence', () => {
		for (const text of [
			'Harlan Voss won the 1932 presidential election promising reform.',
			'Ostra hosted the 1936 Summer Olympics.',
			'The 1901 census counted 40,000 people in Velm.',
			'The general election of 1910 returned a hung parliament.',
			'Voss was elected mayor of Velm in 1932.',
			'The census held in 1851 counted the mills.',
			'In the general election of July 1945, the Velm Party won a huge majority.',
			'The election held on 5 May 1932 returned Voss.'
		])
			expect(recurringEventYear(text, at(text)), text).toBe(true);
	});
	it('leaves other dated events', () => {
		for (const text of [
			'Velm was founded in 1932 by traders.',
			'In 1932 the council chose a new flag after the vote.',
			'The Velm Games company was sold in 1932.'
		])
			expect(recurringEventYear(text, at(text)), text).toBe(false);
	});
});
