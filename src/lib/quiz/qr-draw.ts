import QRCode, { type BitMatrix, type QRCodeMaskPattern } from 'qrcode';
import {
	applyMask,
	getPenaltyN1,
	getPenaltyN2,
	getPenaltyN3,
	getPenaltyN4
} from 'qrcode/lib/core/mask-pattern.js';
import { getEncodedBits } from 'qrcode/lib/core/format-info.js';
import { nextTask } from '$lib/ui/next-task';
import { qrLevel, type QrLevel } from './qr';

/**
 * Drawing QR codes (`qrcode`, ~12 KB gzip): apart from the counting in `qr.ts`, so the screens
 * that only count (New quiz, the quiz code's own checks) do not load the encoder, and the
 * screens that draw load it with the code they draw (`QrCode.svelte`; issue 14, perf48).
 */

export interface QrDrawing {
	/** Modules per side, without the quiet zone. */
	size: number;
	version: number;
	/** Error correction level (`qrLevel`). */
	level: QrLevel;
	/** One SVG path of all dark modules, in module units. */
	path: string;
}

/** QR masks (ISO/IEC 18004 §7.8.2), in the order `qrcode`'s own search tries them. */
const MASKS: QRCodeMaskPattern[] = [0, 1, 2, 3, 4, 5, 6, 7];

/** The SVG path of `modules`' dark modules (a code of `version`): one `h` run per row. */
function drawingOf(modules: BitMatrix, version: number, level: QrLevel): QrDrawing {
	const { size } = modules;
	let path = '';
	for (let row = 0; row < size; row++) {
		for (let col = 0; col < size; col++) {
			if (!modules.get(row, col)) continue;
			let run = 1;
			while (col + run < size && modules.get(row, col + run)) run++;
			path += `M${col} ${row}h${run}v1h-${run}z`;
			col += run - 1;
		}
	}
	return { size, version, level, path };
}

/** Error correction levels' two bits (ISO/IEC 18004 Table 12), as `qrcode` gives them. */
const LEVEL_BITS: Record<QrLevel, { bit: number }> = { M: { bit: 0 }, L: { bit: 1 } };

/**
 * Writes the format information of `level` and `mask` (15 bits, twice) into `matrix`, at the
 * places `qrcode`'s own `setupFormatInfo` writes them (ISO/IEC 18004 §7.9), with its dark module.
 */
function setFormatBits(matrix: BitMatrix, mask: QRCodeMaskPattern, level: QrLevel): void {
	const { size } = matrix;
	const bits = getEncodedBits(LEVEL_BITS[level], mask);
	for (let i = 0; i < 15; i++) {
		const dark = (bits >> i) & 1;
		matrix.set(i < 6 ? i : i < 8 ? i + 1 : size - 15 + i, 8, dark, true);
		matrix.set(8, i < 8 ? size - i - 1 : i < 9 ? 15 - i : 14 - i, dark, true);
	}
	matrix.set(size - 8, 8, 1, true);
}

/** A copy of `matrix`'s modules (its reserved map shared: no step changes it). */
function copyOf(matrix: BitMatrix): BitMatrix {
	const copy = Object.create(Object.getPrototypeOf(matrix)) as BitMatrix;
	copy.size = matrix.size;
	copy.data = matrix.data.slice();
	copy.reservedBit = matrix.reservedBit;
	return copy;
}

/**
 * Draws a QR code (error correction M, which survives a glare spot on a projected screen, or L
 * where that keeps the code readable from a seat: `qrLevel`) as a single SVG path, so components
 * render it as DOM, never as injected markup. One task: `qrcode`'s search of the eight masks is
 * most of it (`qrDrawingInSteps` splits it).
 */
export function qrDrawing(text: string): QrDrawing {
	const level = qrLevel(text);
	const symbol = QRCode.create(text, { errorCorrectionLevel: level });
	return drawingOf(symbol.modules, symbol.version, level);
}

/**
 * `qrDrawing(text)`, the same code module for module, in ten tasks instead of one: the text is
 * encoded once (with mask 0), then each of the eight masks is applied to a copy and scored in a
 * task of its own (`nextTask` between), and the lowest penalty is drawn, the first of equals, as
 * `qrcode`'s own search picks it (its `getBestMask` scores each mask over the data with that
 * mask's format bits: here the data is unmasked from mask 0, masked again and given the mask's
 * format bits). The class quiz's code of 50 questions was one task of ~150 ms at 4× CPU (issue 14);
 * a mask is about an eighth of it. Resolves to null once `stopped()` says so (the code is no
 * longer shown). Throws as `qrDrawing` does past version 40.
 */
export async function qrDrawingInSteps(
	text: string,
	stopped: () => boolean = () => false
): Promise<QrDrawing | null> {
	const level = qrLevel(text);
	const base = QRCode.create(text, { errorCorrectionLevel: level, maskPattern: 0 });
	let best: BitMatrix | null = null;
	let lowest = Infinity;
	for (const mask of MASKS) {
		await nextTask();
		if (stopped()) return null;
		const modules = copyOf(base.modules);
		// Masking is an exclusive or over the data modules: mask 0 again takes it off.
		applyMask(0, modules);
		applyMask(mask, modules);
		setFormatBits(modules, mask, level);
		const penalty =
			getPenaltyN1(modules) + getPenaltyN2(modules) + getPenaltyN3(modules) + getPenaltyN4(modules);
		if (penalty < lowest) [best, lowest] = [modules, penalty];
	}
	await nextTask();
	return stopped() || !best ? null : drawingOf(best, base.version, level);
}

/**
 * The version `qrDrawing(text)` draws (the same segments and error correction level), without
 * drawing it: a mask pattern given skips `qrcode`'s search of the eight masks by their penalty
 * (ISO/IEC 18004 §7.8.3), which is most of a drawing's time, and the version is chosen before
 * any mask. The Share panel's "dense" note names the version of a code it never draws (issue 14:
 * ~18 ms of a 50-question quiz's 81 in `quiz-share`). Throws as `qrDrawing` does past version 40.
 */
export function qrVersion(text: string): number {
	return QRCode.create(text, { errorCorrectionLevel: qrLevel(text), maskPattern: 0 }).version;
}
