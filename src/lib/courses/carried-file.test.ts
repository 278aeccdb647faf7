import { describe, expect, it } from 'vitest';
import { carryFile, notCarriedMessage, takeCarriedFile } from './carried-file';

const gift = (name = 'rivers.gift') => new File(['::Q1:: 2+2? {=4}'], name);

describe('carried question file', () => {
	it('gives the import screen the file and title once, by the name its link carries', () => {
		const file = gift();
		expect(carryFile({ file, title: 'Year 9 rivers' })).toBe('?file=rivers.gift');
		expect(takeCarriedFile('rivers.gift')).toEqual({ file, title: 'Year 9 rivers' });
		// Taken: a reload of the import screen (or Back and forth) finds nothing.
		expect(takeCarriedFile('rivers.gift')).toBeNull();
	});

	it('never hands over a file another link names, and the last file carried wins', () => {
		carryFile({ file: gift('a.gift'), title: '' });
		const later = gift('b & c.gift');
		expect(carryFile({ file: later, title: '' })).toBe('?file=b+%26+c.gift');
		expect(takeCarriedFile('a.gift')).toBeNull();
		carryFile({ file: later, title: '' });
		expect(takeCarriedFile(new URLSearchParams('?file=b+%26+c.gift').get('file')!)?.file).toBe(
			later
		);
	});

	it('says plainly, naming the file, that it was not carried and nothing was imported', () => {
		expect(notCarriedMessage('rivers.gift')).toMatch(
			/^“rivers\.gift”, chosen in Add documents, could not be brought here: .* reloaded .* Choose it again .*nothing was imported\.$/
		);
	});
});
