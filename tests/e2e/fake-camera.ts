import QRCode from 'qrcode';
import { writeFileSync } from 'node:fs';

/**
 * Writes a Y4M video (what Chromium's fake camera plays, in a loop) showing `text` as a QR code,
 * so a test can point the real scanner at it: `--use-file-for-fake-video-capture=<path>`. Given
 * several texts, each is shown for `frames` frames (10 a second) in turn, as students holding up
 * their phones one after another. The video's size is the camera's best resolution (640×480
 * unless given).
 */
export function writeQrVideo(
	path: string,
	text: string | string[],
	frames = 10,
	width = 640,
	height = 480
) {
	const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
	const chroma = new Uint8Array((width / 2) * (height / 2) * 2).fill(128);
	const shown = (Array.isArray(text) ? text : [text]).flatMap((t) => {
		const frame = Buffer.concat([Buffer.from('FRAME\n'), qrLuma(t, width, height), chroma]);
		return Array.from({ length: frames }, () => frame);
	});
	writeFileSync(path, Buffer.concat([header, ...shown]));
}

function qrLuma(text: string, width: number, height: number): Uint8Array {
	const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
	const size = qr.modules.size;
	const scale = Math.floor(Math.min(width, height) / (size + 8));
	const left = Math.floor((width - size * scale) / 2);
	const top = Math.floor((height - size * scale) / 2);
	const luma = new Uint8Array(width * height).fill(235);
	for (let row = 0; row < size; row++)
		for (let col = 0; col < size; col++)
			if (qr.modules.get(row, col))
				for (let y = 0; y < scale; y++)
					luma.fill(
						16,
						(top + row * scale + y) * width + left + col * scale,
						(top + row * scale + y) * width + left + (col + 1) * scale
					);
	return luma;
}
