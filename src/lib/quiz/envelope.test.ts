import { describe, expect, it } from 'vitest';
import { crc32, crc32Text } from './bytes';

/** CRC-32 a byte at a time, as the codes were checked before four bytes at a time. */
function bytewise(bytes: Uint8Array): number {
	let crc = 0xffffffff;
	for (const byte of bytes) {
		crc ^= byte;
		for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
	}
	return (crc ^ 0xffffffff) >>> 0;
}

describe('CRC-32', () => {
	it('gives the standard check values', () => {
		expect(crc32Text('123456789')).toBe(0xcbf43926);
		expect(crc32Text('')).toBe(0);
		expect(crc32Text('a')).toBe(0xe8b7be43);
		expect(crc32Text('The quick brown fox jumps over the lazy dog')).toBe(0x414fa339);
	});

	it('is the byte-at-a-time CRC for every length and offset', () => {
		let x = 12345;
		const data = Uint8Array.from({ length: 300 }, () => (x = (x * 48271) % 2147483647) & 0xff);
		for (let start = 0; start < 5; start++)
			for (let length = 0; length <= 70; length++) {
				const bytes = data.subarray(start, start + length);
				expect(crc32(bytes), `${start}+${length}`).toBe(bytewise(bytes));
			}
		expect(crc32(data)).toBe(bytewise(data));
	});
});
