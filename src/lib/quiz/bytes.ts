/**
 * The byte encodings a quiz link and a result code are made of, and the checksum that guards
 * them: CRC-32 (as zlib's) and unpadded base64url (RFC 4648 §5). Split from `envelope.ts`, which
 * frames a code with them; the quiz's content hashes and question keys use `crc32Text` too.
 */

/**
 * CRC-32 tables (the ISO-HDLC polynomial, reflected 0xedb88320) for four bytes at a time
 * ("slicing by 4", Intel's slicing-by-8 paper, Kounavis and Berry 2005): `CRC_TABLES[k][n]` is
 * byte `n`'s CRC followed by `k` zero bytes. About 4× the speed of a byte at a time in V8; a
 * quiz's content hashes, question keys and codes all go through it (perf43: `crc32Text` was 534
 * ms of a 50-question quiz's Create in a profile at load 27).
 */
const CRC_TABLES = (() => {
	const tables = Array.from({ length: 4 }, () => new Uint32Array(256));
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		tables[0][n] = c >>> 0;
	}
	for (let n = 0; n < 256; n++)
		for (let k = 1; k < 4; k++) {
			const c = tables[k - 1][n];
			tables[k][n] = tables[0][c & 0xff] ^ (c >>> 8);
		}
	return tables;
})();

/** The CRC-32 of `bytes` (as zlib's `crc32`, PNG's and gzip's): an unsigned 32-bit number. */
export function crc32(bytes: Uint8Array): number {
	const [t0, t1, t2, t3] = CRC_TABLES;
	let crc = -1;
	let i = 0;
	for (const last = bytes.length - 3; i < last; i += 4) {
		crc ^= bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
		crc = t3[crc & 0xff] ^ t2[(crc >>> 8) & 0xff] ^ t1[(crc >>> 16) & 0xff] ^ t0[crc >>> 24];
	}
	for (; i < bytes.length; i++) crc = t0[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
	return (crc ^ -1) >>> 0;
}

const UTF8 = new TextEncoder();

/** `crc32` of `text` as UTF-8. */
export function crc32Text(text: string): number {
	return crc32(UTF8.encode(text));
}

/** RFC 4648 §5's URL- and filename-safe alphabet. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** `bytes` as unpadded base64url. */
export function toBase64Url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
		for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
	}
	return out;
}

/** Decodes whole bytes only: a cut-off trailing character is dropped (the length check reports it). */
export function fromBase64Url(text: string): Uint8Array {
	const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
	let buffer = 0;
	let bits = 0;
	let pos = 0;
	for (const char of text) {
		buffer = (buffer << 6) | ALPHABET.indexOf(char);
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			if (pos < bytes.length) bytes[pos++] = (buffer >> bits) & 0xff;
		}
		buffer &= (1 << bits) - 1;
	}
	return bytes;
}
