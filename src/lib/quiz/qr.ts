// Counting only: what fits a QR code, in bits and bytes, without drawing one. The drawing (the
// `qrcode` encoder) is `qr-draw.ts`, loaded only where a code is drawn (issue 14, perf48).

/**
 * Bytes a QR code holds in byte mode (ISO/IEC 18004 capacity table). `projector`: version 19 (93
 * modules a side) at level L, 792 bytes, the largest a phone reads reliably off a projector or a
 * printed page; `projectorM`: the same version at level M, 614 bytes. Google's ML Kit scanner
 * wants every module at least 2 pixels wide and recommends 1280×720 frames
 * (developers.google.com/ml-kit/vision/barcode-scanning, "Input image guidelines"); a code
 * filling half of a 720-pixel frame from a seat has 360 pixels for 93 modules and the quiet
 * zone, about 3.6 a module, the margin that blur, tilt and glare eat (a 2013 estimate at 6
 * pixels a module on 640×480 previews came to version 13-16,
 * blog.kangaderoo.nl/2013/03/qr-code-size.html). An outsider teacher found version 22 dense
 * from the back of a classroom (issue 11) and version 29 of a 7-question quiz unreadable
 * (issue 14): what a seat can read is the module's size, so the version. A code is drawn at
 * level M (15% of it recoverable: a glare spot on a projected screen) when it fits version 19
 * at M, else at level L (7%; ZXing's own default) when that keeps it at version 19: the same
 * modules' size for 29% more bytes. Teacher outsider of session 35: 14 questions of her own
 * handouts needed two codes at M (`qrLevel`). Version 40 at M is the largest QR code the app
 * counts; beyond `projector` the app shows a series of codes or none.
 */
export const QR_BYTES = { projector: 792, projectorM: 614, largest: 2331 } as const;

/** The version `QR_BYTES.projector` holds: a code this version or below reads reliably. */
export const READABLE_VERSION = 19;

/**
 * How many questions of a quiz (its first `total`, in its order) fit a QR code phones read
 * reliably, `linkFor(n)` being the whole link of its first `n` questions: the largest `n`
 * whose link fits `QR_BYTES.projector`, 0 when none does. The whole quiz's link first (most
 * quizzes fit, and then no other link is made: each is up to three deflates, issue 14), then a
 * binary search: a link grows with each question it carries.
 */
export function readableCount(total: number, linkFor: (n: number) => string): number {
	if (total === 0 || qrFit(linkFor(total)) === 'projector') return total;
	let low = 0;
	let high = total - 1;
	while (low < high) {
		const mid = Math.ceil((low + high) / 2);
		if (qrFit(linkFor(mid)) === 'projector') low = mid;
		else high = mid - 1;
	}
	return low;
}

/** How a link fits a QR code: readable off a projector, too dense to read reliably, or not at all. */
export type QrFit = 'projector' | 'dense' | 'too-big';

/**
 * How a link fits a QR code: by `qrBits`, against what `QR_BYTES` hold in byte mode (a link of
 * letters fits exactly when its bytes do; one ending in digits, a format-3 or -4 quiz code, holds
 * about 24% more bytes of code): 'projector' up to version 19 at level L (`qrLevel`), 'dense'
 * up to version 40 at level M.
 */
export function qrFit(text: string): QrFit {
	const bits = qrBits(text);
	return bits <= byteModeBits(QR_BYTES.projector)
		? 'projector'
		: bits <= byteModeBits(QR_BYTES.largest)
			? 'dense'
			: 'too-big';
}

/** Error correction levels the app draws at (`qrLevel`). */
export type QrLevel = 'M' | 'L';

/**
 * The error correction level a code of `text` is drawn at: M when it fits version 19 at M
 * (`QR_BYTES.projectorM`), else L when it fits version 19 at L (`QR_BYTES.projector`: the same
 * modules' size, so the same reading distance), else M, as before (a dense code, which the
 * app shows as a series of readable ones or not at all).
 */
export function qrLevel(text: string): QrLevel {
	const bits = qrBits(text);
	return bits > byteModeBits(QR_BYTES.projectorM) && bits <= byteModeBits(QR_BYTES.projector)
		? 'L'
		: 'M';
}

/** Bits of a byte-mode segment of `bytes` bytes: mode (4), count (16 from version 10), data. */
const byteModeBits = (bytes: number) => 4 + 16 + 8 * bytes;

/**
 * Bits of a numeric-mode segment of `digits` digits: mode (4), count (14 bits from version 27,
 * the most any version takes), 10 bits per 3 digits, 4 or 7 for the 1 or 2 left over (ISO/IEC
 * 18004 §7.4.3).
 */
const numericBits = (digits: number) =>
	4 + 14 + 10 * Math.floor(digits / 3) + [0, 4, 7][digits % 3];

/**
 * The data bits a QR code of `text` takes at most: all of it in byte mode, or its trailing digits
 * (a format-3 code, `digits.ts`) in numeric mode after the rest in byte mode, whichever is fewer.
 * `qrcode` segments a text optimally, so it never needs more; counting rather than drawing is
 * what lets the Share panel try many links (a drawing's version costs ~1 ms a link).
 */
export function qrBits(text: string): number {
	const bytes = new TextEncoder().encode(text).length;
	const digits = /\d*$/.exec(text)?.[0].length ?? 0;
	const head = bytes - digits;
	const mixed = (head > 0 ? byteModeBits(head) : 0) + numericBits(digits);
	return Math.min(byteModeBits(bytes), mixed);
}

/**
 * The bytes a QR code of `text` holds, as `QR_BYTES` counts them (byte mode): the link's length
 * for a link of letters, fewer for one ending in digits. What the Share panel quotes against
 * `QR_BYTES` (a digit link's characters would overstate it 1.8 times).
 */
export function qrBytes(text: string): number {
	return Math.ceil((qrBits(text) - byteModeBits(0)) / 8);
}

/**
 * The most characters of `tail` form that fit a readable QR code after `head` (`qrFit`'s
 * 'projector'): digits (a format-3 code) or one byte a character (base64url); 0 when none do.
 */
export function readableTail(head: string, tail: 'digits' | 'bytes'): number {
	const headBytes = new TextEncoder().encode(head).length;
	const budget = byteModeBits(QR_BYTES.projector);
	if (tail === 'bytes') return Math.max(0, QR_BYTES.projector - headBytes);
	const left = budget - byteModeBits(headBytes) - numericBits(0);
	let digits = Math.max(0, Math.floor((left * 3) / 10) + 1);
	while (digits > 0 && numericBits(digits) - numericBits(0) > left) digits--;
	return digits;
}

/**
 * QR version from which a projected quiz code reads badly from the back of a room: an outsider
 * teacher (issue 11) found a version 22 code of a 10-question quiz with reworded questions dense.
 * Measured on 2026-12-01 (10 questions of the built-in course, a 36-character origin; each
 * reworded one got " (reworded)" added to its prompt): unedited, version 13 (290 characters);
 * one reworded, 18 (525); two, 28 (1,181); three, 36 (1,829). Since reworded bank questions
 * travel as changes (`reworded.ts`, 2026-12-02): 13, 14, 15, 17 (README table).
 */
export const DENSE_VERSION = READABLE_VERSION + 1;

/**
 * Why a quiz's QR code is dense and what the teacher can do, or `''` when it reads well
 * (`version` below `DENSE_VERSION`) or no own question makes it so (`own` of them travel word
 * for word). A question of the teacher's own carries its whole text, explanation and source
 * passage in the link, as the students' banks do not have it; a bank question carries a
 * reference of 8 characters and a reworded one only its changes (`reworded.ts`), so fewer own
 * questions is the way to a smaller code (outsider teacher, 2026-12-02: the advice said
 * "reword fewer" after rewordings had stopped being the cause); the link always works.
 */
export function denseWords(version: number, own: number): string {
	if (version < DENSE_VERSION || own <= 0) return '';
	const travel =
		own === 1
			? 'your own question travels in it word for word, with its'
			: `your ${own} own questions travel in it word for word, with their`;
	return (
		`Its QR code would be version ${version} (up to ${READABLE_VERSION} reads reliably off a projector): ` +
		`${travel} explanation and source passage (a reworded question carries only its changes). ` +
		`For a QR code, use fewer questions of your own; or share the link below.`
	);
}
