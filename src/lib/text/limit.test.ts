import { describe, expect, it } from 'vitest';
import { lengthNote } from './limit';

describe('lengthNote', () => {
	it('counts under the limit', () => {
		expect(lengthNote(12, 200, 'cut')).toEqual({
			text: '12 of 200 characters',
			full: false,
			over: false
		});
	});

	it('says so at the limit', () => {
		expect(lengthNote(200, 200, 'cut')).toMatchObject({ full: true, over: false });
		expect(lengthNote(200, 200, 'cut').text).toMatch(/^200 of 200 characters: the limit\./);
	});

	it('says how many are too many and what happens to them', () => {
		const cut = lengthNote(300, 200, 'cut');
		expect(cut).toMatchObject({ full: false, over: true });
		expect(cut.text).toBe(
			'300 of 200 characters: 100 characters too many; only the first 200 are kept. Shorten it to keep your own ending.'
		);
		expect(lengthNote(41, 40, 'refused').text).toBe(
			'41 of 40 characters: 1 character too many; shorten it to save.'
		);
	});
});
