import { describe, expect, it } from 'vitest';
import { crc32 } from './bytes';
import { QR_DICTIONARY, QR_DICTIONARY_4 } from './qr-dictionary';

describe('the QR dictionary of format-3 quiz codes', () => {
	it('is frozen: every format-3 code ever made inflates only with these bytes', () => {
		expect(QR_DICTIONARY.length).toBe(1058);
		expect(crc32(QR_DICTIONARY).toString(16)).toBe('64216ff2');
	});
});

describe('the QR dictionary of format-4 quiz codes', () => {
	it('is frozen: every format-4 code ever made inflates only with these bytes', () => {
		expect(QR_DICTIONARY_4.length).toBe(8710);
		expect(crc32(QR_DICTIONARY_4).toString(16)).toBe('cb0c55dd');
	});
});
