import { describe, expect, it } from 'vitest';
import { carryFile, notCarriedMessage, takeCarriedFile } from './carried-file';

const gift = (name = 'rivers.gift') => new File(['::Q1:: 2+2? {=4}'], name);

describe('carried question file', () => {
	it('gives the import screen the file and title once, by the name its link carries', () => {
		const file = gift();
		expect(carryFile({ file, title: 'Year 9 rivers', from: 'documents' })).toBe(
			'?file=rivers.gift&from=documents'
		);
		expect(takeCarriedFile('rivers.gift')).toEqual({
			file,
			title: 'Year 9 rivers',
			from: 'documents'
		});
		// Taken: a reload of the import screen (or Back and forth) finds nothing.
		expect(takeCarriedFile('rivers.gift')).toBeNull();
	});

	it('never hands over a file another link names, and the last file carried wins', () => {
		carryFile({ file: gift('a.gift'), title: '', from: 'documents' });
		const later = gift('b & c.gift');
		expect(carryFile({ file: later, title: '', from: 'settings' })).toBe(
			'?file=b+%26+c.gift&from=settings'
		);
		expect(takeCarriedFile('a.gift')).toBeNull();
		carryFile({ file: later, title: '', from: 'classroom' });
		expect(takeCarriedFile(new URLSearchParams('?file=b+%26+c.gift').get('file')!)?.file).toBe(
			later
		);
	});

	it('says plainly, naming the file, that it was not carried and nothing was imported', () => {
		expect(notCarriedMessage('rivers.gift', 'documents')).toMatch(
			/^“rivers\.gift”, chosen in Add documents, could not be brought here: .* reloaded .* Choose it again .*nothing was imported\.$/
		);
	});

	it('says where it was chosen as the address says, and no place it does not know', () => {
		// It said "chosen in Add documents" of a file chosen in Classroom (outsider teacher).
		expect(notCarriedMessage('class.json', 'classroom')).toMatch(
			/^“class\.json”, chosen in Classroom → Move or back up, could not be brought here: /
		);
		expect(notCarriedMessage('deck.apkg', 'settings')).toMatch(
			/^“deck\.apkg”, chosen in Settings → Backup, could not be brought here: /
		);
		for (const from of [null, '', 'toString', 'elsewhere'])
			expect(notCarriedMessage('q.gift', from)).toMatch(/^“q\.gift” could not be brought here: /);
	});
});
