// `qrcode`'s masks, their penalties (ISO/IEC 18004 §7.8) and its format bits, which its types do
// not declare: `qr-draw.ts` applies and scores each mask in a task of its own with them.
declare module 'qrcode/lib/core/mask-pattern.js' {
	import type { BitMatrix } from 'qrcode';
	/** Runs of five or more modules of one colour in a row or column. */
	export function getPenaltyN1(data: BitMatrix): number;
	/** 2×2 blocks of one colour. */
	export function getPenaltyN2(data: BitMatrix): number;
	/** Finder-like patterns 1:1:3:1:1 with four light modules beside. */
	export function getPenaltyN3(data: BitMatrix): number;
	/** How far the share of dark modules is from half. */
	export function getPenaltyN4(data: BitMatrix): number;
	/** Applies mask `pattern` (0–7) to the modules that are not reserved: an exclusive or. */
	export function applyMask(pattern: number, data: BitMatrix): void;
}

declare module 'qrcode/lib/core/format-info.js' {
	/** The 15 format bits of an error correction level and a mask (BCH-coded, masked). */
	export function getEncodedBits(level: { bit: number }, mask: number): number;
}
