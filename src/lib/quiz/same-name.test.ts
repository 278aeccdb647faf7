import { describe, expect, it } from 'vitest';
import { renameNamesakes, sameNameWords, waitingWords } from './same-name';

describe('same-name choice words', () => {
	const ana = '\u2068Ana\u2069';

	it('one earlier result: every button names the student', () => {
		expect(sameNameWords(1, 'Ana')).toMatchObject({
			keepAll: `Keep both results for ${ana}`,
			replace: `Replace ${ana}’s earlier result`,
			keepEarlier: `Keep only ${ana}’s earlier result`
		});
	});

	it('two earlier results: keep counts all three, replace names one', () => {
		const words = sameNameWords(2, 'Ana');
		expect(words.keepAll).toBe(`Keep all 3 results for ${ana}`);
		expect(words.replace).toBe('Replace this one');
		expect(words.keepEarlier).toBe(`Keep only ${ana}’s earlier 2`);
		expect(words.keptAll).toMatch(/all 3 results/);
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
