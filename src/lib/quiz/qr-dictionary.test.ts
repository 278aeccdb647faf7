import { describe, expect, it } from 'vitest';
import { crc32 } from './envelope';
import { QR_DICTIONARY } from './qr-dictionary';

describe('the QR dictionary of format-3 quiz codes', () => {
	it('is frozen: every format-3 code ever made inflates only with these bytes', () => {
		expect(QR_DICTIONARY.length).toBe(1058);
		expect(crc32(QR_DICTIONARY).toString(16)).toBe('64216ff2');
	});
});
