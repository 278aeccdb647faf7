import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromDigits, toDigits } from './digits';

describe('bytes as decimal digits (a QR code packs them in numeric mode)', () => {
	it('round-trips any bytes, 17 digits for each 7', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
				const digits = toDigits(bytes);
				expect(digits).toMatch(/^\d*$/);
				expect(fromDigits(digits)).toEqual(bytes);
				if (bytes.length % 7 === 0) expect(digits.length).toBe((bytes.length / 7) * 17);
			}),
			{ numRuns: 300 }
		);
	});

	it('writes the largest values of each group length within its width', () => {
		for (let k = 1; k <= 7; k++) {
			const digits = toDigits(new Uint8Array(k).fill(255));
			expect(digits.length).toBe([0, 3, 5, 8, 10, 13, 15, 17][k]);
			expect(fromDigits(digits)).toEqual(new Uint8Array(k).fill(255));
		}
		expect(toDigits(new Uint8Array([0, 1]))).toBe('00001');
	});

	it('refuses a group past what its bytes hold, or any other character', () => {
		expect(fromDigits('256')).toBeNull();
		expect(fromDigits('99999999999999999')).toBeNull();
		expect(fromDigits('12a')).toBeNull();
	});

	it('drops a cut-off last group (the envelope then says the code is cut off)', () => {
		const digits = toDigits(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]));
		expect(fromDigits(digits.slice(0, 17 + 4))).toEqual(new Uint8Array([1, 2, 3, 4, 5, 6, 7]));
	});
});
