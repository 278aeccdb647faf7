import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('toCsv', () => {
	it('writes what papaparse reads back cell for cell, with a BOM and CRLF', () => {
		const rows = [
			['Vučić', 'a,b', 'say "hi"', ' edge ', 'two\nlines', 3, null],
			['=1+1', '-2 + 3 = ?', '@x', 'plain', '', 0, 'x;y']
		];
		const text = toCsv(rows);
		expect(text.startsWith('\uFEFF')).toBe(true);
		expect(text.endsWith('\r\n')).toBe(true);
		const back = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
		expect(back[0]).toEqual(['Vučić', 'a,b', 'say "hi"', ' edge ', 'two\nlines', '3', '']);
		expect(back[1]).toEqual(["'=1+1", "'-2 + 3 = ?", "'@x", 'plain', '', '0', 'x;y']);
	});

	it('leaves formulas as typed for a game sheet, and splits on semicolons when asked', () => {
		expect(csvCell('-2 + 3 = ?', ',', { defuseFormulas: false })).toBe('-2 + 3 = ?');
		expect(toCsv([['a;b', 'c']], ';')).toBe('\uFEFF"a;b";c\r\n');
	});
});
