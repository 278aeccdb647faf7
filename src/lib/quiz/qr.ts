import QRCode from 'qrcode';

export interface QrDrawing {
	/** Modules per side, without the quiet zone. */
	size: number;
	version: number;
	/** One SVG path of all dark modules, in module units. */
	path: string;
}

/**
 * Draws a QR code (error correction M: survives a glare spot on a projected screen) as a single
 * SVG path, so components render it as DOM, never as injected markup.
 */
export function qrDrawing(text: string): QrDrawing {
	const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
	const { size } = qr.modules;
	let path = '';
	for (let row = 0; row < size; row++) {
		for (let col = 0; col < size; col++) {
			if (!qr.modules.get(row, col)) continue;
			let run = 1;
			while (col + run < size && qr.modules.get(row, col + run)) run++;
			path += `M${col} ${row}h${run}v1h-${run}z`;
			col += run - 1;
		}
	}
	return { size, version: qr.version, path };
}

/**
 * Bytes a QR code holds at level M in byte mode (ISO/IEC 18004 capacity table): version 25 is
 * about the densest a phone reads off a projector from the back of a classroom; version 40 is
 * the largest QR code there is.
 */
export const QR_BYTES = { projector: 997, largest: 2331 } as const;

/** How a link fits a QR code: readable off a projector, only up close, or not at all. */
export type QrFit = 'projector' | 'dense' | 'too-big';

export function qrFit(text: string): QrFit {
	const bytes = new TextEncoder().encode(text).length;
	return bytes <= QR_BYTES.projector
		? 'projector'
		: bytes <= QR_BYTES.largest
			? 'dense'
			: 'too-big';
}
