import { describe, expect, it } from 'vitest';
import { tableTitle } from './pasted-table';

describe('tableTitle', () => {
	it('names a table by its header row, else by its rows; text that is no table has none', () => {
		const rows =
			'28 June 1914\tAssassination of Franz Ferdinand\tBosnia\n1 August 1914\tGermany declares war on Russia\tGermany';
		expect(tableTitle(`Date\tEvent\tCountry\n${rows}`)).toBe('Table: Date, Event, Country');
		expect(tableTitle(`Date\tEvent\tCountry\r\n${rows.replace('\n', '\r\n')}\r\n`)).toBe(
			'Table: Date, Event, Country'
		);
		expect(tableTitle(rows)).toBe('Table of 2 rows');
		expect(tableTitle('The Great War\nIt began in 1914.\tIt ended in 1918.')).toBeUndefined();
		expect(tableTitle('Date\tEvent')).toBeUndefined();
	});
});
