import QRCode, { type QRCode as QrSymbol, type QRCodeMaskPattern } from 'qrcode';
import {
	getPenaltyN1,
	getPenaltyN2,
	getPenaltyN3,
	getPenaltyN4
} from 'qrcode/lib/core/mask-pattern.js';
import { nextTask } from '$lib/ui/next-task';

/**
 * Drawing QR codes (`qrcode`, ~12 KB gzip): apart from the counting in `qr.ts`, so the screens
 * that only count (New quiz, the quiz code's own checks) do not load the encoder, and the
 * screens that draw load it with the code they draw (`QrCode.svelte`; issue 14, perf48).
 */

export interface QrDrawing {
	/** Modules per side, without the quiet zone. */
	size: number;
	version: number;
	/** One SVG path of all dark modules, in module units. */
	path: string;
}

/** QR masks (ISO/IEC 18004 §7.8.2), in the order `qrcode`'s own search tries them. */
const MASKS: QRCodeMaskPattern[] = [0, 1, 2, 3, 4, 5, 6, 7];

/** The SVG path of `symbol`'s dark modules: one `h` run per row of adjacent dark modules. */
function drawingOf(symbol: QrSymbol): QrDrawing {
	const { modules } = symbol;
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
	return { size, version: symbol.version, path };
}

/**
 * Draws a QR code (error correction M: survives a glare spot on a projected screen) as a single
 * SVG path, so components render it as DOM, never as injected markup. One task: `qrcode`'s
 * search of the eight masks is most of it (`qrDrawingInSteps` splits it).
 */
export function qrDrawing(text: string): QrDrawing {
	return drawingOf(QRCode.create(text, { errorCorrectionLevel: 'M' }));
}

/**
 * `qrDrawing(text)`, the same code module for module, in nine tasks instead of one: each of the
 * eight masks is applied and scored in a task of its own (`nextTask` between), then the lowest
 * penalty is drawn, the first of equals, as `qrcode`'s own search picks it (its `getBestMask`
 * scores the symbol that mask gives, format bits included: the symbol `QRCode.create` makes when
 * given that mask). The class quiz's code of 50 questions was one task of ~150 ms at 4× CPU
 * (issue 14); a mask is an eighth of it. Resolves to null once `stopped()` says so (the code
 * is no longer shown). Throws as `qrDrawing` does past version 40.
 */
export async function qrDrawingInSteps(
	text: string,
	stopped: () => boolean = () => false
): Promise<QrDrawing | null> {
	let best: QrSymbol | null = null;
	let lowest = Infinity;
	for (const mask of MASKS) {
		if (mask > 0) await nextTask();
		if (stopped()) return null;
		const symbol = QRCode.create(text, { errorCorrectionLevel: 'M', maskPattern: mask });
		const { modules } = symbol;
		const penalty =
			getPenaltyN1(modules) + getPenaltyN2(modules) + getPenaltyN3(modules) + getPenaltyN4(modules);
		if (penalty < lowest) [best, lowest] = [symbol, penalty];
	}
	await nextTask();
	return stopped() || !best ? null : drawingOf(best);
}

/**
 * The version `qrDrawing(text)` draws (the same segments and error correction M), without
 * drawing it: a mask pattern given skips `qrcode`'s search of the eight masks by their penalty
 * (ISO/IEC 18004 §7.8.3), which is most of a drawing's time, and the version is chosen before
 * any mask. The Share panel's "dense" note names the version of a code it never draws (issue 14:
 * ~18 ms of a 50-question quiz's 81 in `quiz-share`). Throws as `qrDrawing` does past version 40.
 */
export function qrVersion(text: string): number {
	return QRCode.create(text, { errorCorrectionLevel: 'M', maskPattern: 0 }).version;
}
