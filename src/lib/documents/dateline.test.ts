import { describe, expect, it } from 'vitest';
import { datelineDate, isDateWord, leadingDate } from './dateline';
import { isoDate } from './draft';

// Outsider, issue 12: a byline's date was not read into the document's date. Made-up dates.
describe('datelineDate: the forms a header writes a date in', () => {
	it.each([
		['3 March 2024', '2024-03-03'],
		['3rd of March 2024', '2024-03-03'],
		['Sunday, March 3rd 2024', '2024-03-03'],
		['Published 2024-03-03', '2024-03-03'],
		['Published on 3 March 2024.', '2024-03-03'],
		['Last modified: 2024/03/03', '2024-03-03'],
		['Updated: 2024-03-03T10:00:00Z', '2024-03-03'],
		['2024-03-03T23:30:00+01:00', '2024-03-03'],
		['Sun, 03 Mar 2024 10:00:00 GMT', '2024-03-03'],
		['13/03/2024', '2024-03-13'],
		['3/13/2024', '2024-03-13'],
		['3.3.2024', '2024-03-03']
	])('reads “%s” as %s', (line, date) => {
		expect(datelineDate(line)).toBe(date);
	});

	it.each([
		'03/04/2024', // 3 April or March 4th
		'2024-13-03',
		'2024-02-30',
		'3 March 2024 was a Sunday',
		'By 3 March 2024 the harbour was rebuilt',
		'On 3 March 2024, the harbour reopened.',
		'March 2024: the harbour reopens',
		'2024-03-035',
		'1861'
	])('refuses “%s”', (line) => {
		expect(datelineDate(line)).toBeUndefined();
	});

	it('gives what follows the date, without its time or a closing full stop', () => {
		expect(leadingDate('3 March 2024, 10:00 GMT | The Tide')).toEqual({
			date: '2024-03-03',
			rest: '| The Tide'
		});
		expect(leadingDate('3 March 2024.')).toEqual({ date: '2024-03-03', rest: '' });
	});
});

describe('isDateWord', () => {
	it('names months and days, alone, not names that start like them', () => {
		for (const word of ['March', 'may', 'Monday', 'Thurs', 'Sept.', 'today'])
			expect(isDateWord(word)).toBe(true);
		for (const word of ['May Chen', 'Sunita', 'Monument', 'Marchetti', 'Junia'])
			expect(isDateWord(word)).toBe(false);
	});
});

describe('isoDate: metadata dates', () => {
	it('keeps the day the publisher wrote, whatever the device’s time zone', () => {
		expect(isoDate('2024-03-03T00:30:00+09:00')).toBe('2024-03-03');
		expect(isoDate('March 3, 2024')).toBe('2024-03-03');
		expect(isoDate('Sun, 03 Mar 2024 23:30:00 -0500')).toBe('2024-03-03');
		expect(isoDate('D:20240303101500Z')).toBe('2024-03-03');
		expect(isoDate('10:00')).toBeUndefined();
		expect(isoDate('')).toBeUndefined();
	});
});
