import { describe, expect, it } from 'vitest';
import {
	alikeReason,
	alreadyHereWords,
	renameNamesakes,
	sameNameWords,
	waitingWords
} from './same-name';

describe('same-name choice words', () => {
	const ana = '\u2068Ana\u2069';

	it('one earlier result: every button names the student', () => {
		expect(sameNameWords(1, 'ana').replace({ name: 'Ana', attemptId: '5wLRzXYZ' })).toBe(
			`Replace ${ana}’s earlier result (attempt 5wLRz)`
		);
		expect(sameNameWords(1, 'Ana').replace({ name: 'Ana' })).toBe(
			`Replace ${ana}’s earlier result`
		);
		expect(sameNameWords(1, 'Ana')).toMatchObject({
			keepAll: `Keep both results for ${ana}`,
			keepEarlier: `Keep only ${ana}’s earlier result`
		});
	});

	it('two earlier results: keep counts all three, replace names one', () => {
		const words = sameNameWords(2, 'Ana');
		expect(words.keepAll).toBe(`Keep all 3 results for ${ana}`);
		// Each earlier one's button says whose it is on screen, not only to a screen reader.
		expect(words.replace({ name: 'Ána', attemptId: '5wLRzXYZ' })).toBe(
			'Replace \u2068Ána\u2069’s result (attempt 5wLRz)'
		);
		expect(words.keepEarlier).toBe(`Keep only ${ana}’s earlier 2`);
		expect(words.keptAll).toMatch(/all 3 results/);
	});

	it('a new Ána beside an earlier Ana names whose the earlier result is (outsider teacher)', () => {
		const words = sameNameWords(1, 'Ána', ['Ana']);
		expect(words.keepEarlier).toBe(`Keep only ${ana}’s earlier result`);
		expect(words.keepAll).toBe(`Keep both results, as ${ana} and \u2068Ána\u2069`);
		// The same spelling keeps the short words.
		expect(sameNameWords(1, 'Ana', ['Ana']).keepAll).toBe(`Keep both results for ${ana}`);
	});

	it('says whose the earlier results are when they are spelled otherwise', () => {
		expect(alreadyHereWords('Ana', ['Ana'])).toEqual({
			sameSpelling: true,
			text: 'already has a result.'
		});
		expect(alreadyHereWords('Ana', [' Ana', 'Ana'])).toEqual({
			sameSpelling: true,
			text: 'already has 2 results.'
		});
		expect(alreadyHereWords('Ána', ['Ana'])).toEqual({
			sameSpelling: false,
			text: `a result is already here for ${ana}.`
		});
		expect(alreadyHereWords('ana', ['Ana', 'ANA']).text).toBe(
			`2 results are already here for ${ana}, \u2068ANA\u2069.`
		);
	});

	it('a right-to-left name cannot move the words around it', () => {
		expect(sameNameWords(1, ' אנה ').keepAll).toBe('Keep both results for \u2068אנה\u2069');
	});
});

describe('the Classroom list’s waiting note', () => {
	it('says how many results wait and where the choice is made', () => {
		expect(waitingWords(2)).toBe('2 waiting for you under Collect results (same name)');
		expect(waitingWords(1)).toMatch(/^1 waiting for you under Collect results/);
	});

	it('says nothing for a quiz with none waiting', () => {
		expect(waitingWords(0)).toBe('');
	});
});

describe('renaming a result to a name already in the report', () => {
	const rows = [
		{ key: 'q|1', name: 'Ana' },
		{ key: 'q|2', name: 'Mila' },
		{ key: 'q|3', name: 'Ána ' }
	];
	it('names the rows it would make namesakes, folded alike, never the row itself', () => {
		expect(renameNamesakes(rows[1], 'ana', rows).map((r) => r.key)).toEqual(['q|1', 'q|3']);
		expect(renameNamesakes(rows[0], 'Ana', rows).map((r) => r.key)).toEqual(['q|3']);
		expect(renameNamesakes(rows[1], 'Mila', rows)).toEqual([]);
		expect(renameNamesakes(rows[1], 'Zoe', rows)).toEqual([]);
	});
});

describe('why alike names are listed together', () => {
	it('names the spellings and the rule (case and accents ignored)', () => {
		expect(alikeReason(['ana', 'Ána', 'Ana', 'Ana '])).toBe(
			'Listed together because these names are the same once case and accents are ignored: \u2068ana\u2069, \u2068Ána\u2069, \u2068Ana\u2069.'
		);
	});
	it('says nothing when every name is spelled the same', () => {
		expect(alikeReason(['Ana', 'Ana'])).toBe('');
	});
});
