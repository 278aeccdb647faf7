/**
 * Bytes written as decimal digits, for QR codes: a QR code packs digits in its numeric mode at
 * 10 bits per 3 digits (ISO/IEC 18004 §7.4.3), so 7 bytes as 17 digits cost 56.7 bits, where
 * base64url in byte mode costs 8 bits a character, 74.7 bits for the same 7 bytes: a code in
 * digits is about 24% smaller (quiz44: a 10-question quiz's QR code, version 24 → 21 at M).
 *
 *     bytes  = b0 b1 … b6 | b7 …            groups of 7 bytes, big-endian
 *     digits = 17 digits  | 17 digits …     each group's value, zero-padded
 *
 * A last group of k < 7 bytes takes `WIDTHS[k]` digits (3, 5, 8, 10, 13 or 15): the fewest that
 * hold 256^k values, all different, so the length alone says how many bytes the last group has.
 */

/** Digits a group of k bytes takes: the fewest d with 10^d ≥ 256^k. */
const WIDTHS = [0, 3, 5, 8, 10, 13, 15, 17] as const;
const GROUP = 7;
const FULL = WIDTHS[GROUP];

/** `bytes` as decimal digits (see above). */
export function toDigits(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += GROUP) {
		const group = bytes.subarray(i, i + GROUP);
		let value = 0n;
		for (const byte of group) value = (value << 8n) | BigInt(byte);
		out += value.toString().padStart(WIDTHS[group.length], '0');
	}
	return out;
}

/**
 * The bytes `text` (digits only) stands for, or null when it cannot be `toDigits`' output: a
 * group's value past what its bytes hold. A last group of a length no byte count gives (a code
 * cut off mid-group) is dropped, as `fromBase64Url` drops a cut-off character: the envelope's
 * declared lengths then report the code as cut off.
 */
export function fromDigits(text: string): Uint8Array | null {
	if (!/^\d*$/.test(text)) return null;
	const whole = Math.floor(text.length / FULL);
	const restWidth = text.length - whole * FULL;
	const restBytes = WIDTHS.indexOf(restWidth as (typeof WIDTHS)[number]);
	const out = new Uint8Array(whole * GROUP + Math.max(restBytes, 0));
	const groups = whole + (restBytes > 0 ? 1 : 0);
	for (let g = 0; g < groups; g++) {
		const size = g < whole ? GROUP : restBytes;
		let value = BigInt(text.slice(g * FULL, g * FULL + WIDTHS[size]));
		if (value >> BigInt(8 * size) !== 0n) return null;
		for (let k = size - 1; k >= 0; k--) {
			out[g * GROUP + k] = Number(value & 0xffn);
			value >>= 8n;
		}
	}
	return out;
}
