import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { qrDrawing } from './qr';
import { extractCode } from './envelope';

describe('QR drawing', () => {
	it('draws every dark module of the code, and only those', () => {
		const text = 'https://flashpoint.example/quiz#Q1.abc';
		const drawing = qrDrawing(text);
		const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
		expect(drawing.size).toBe(qr.modules.size);
		expect(drawing.version).toBe(qr.version);
		let dark = 0;
		for (let r = 0; r < qr.modules.size; r++)
			for (let c = 0; c < qr.modules.size; c++) dark += qr.modules.get(r, c) ? 1 : 0;
		const drawn = [...drawing.path.matchAll(/h(\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
		expect(drawn).toBe(dark);
	});
});

describe('reading a pasted or scanned code', () => {
	it('takes the code from a whole link, or a bare code, trimming spaces', () => {
		expect(extractCode('  https://x.org/quiz#Q1.abc \n')).toBe('Q1.abc');
		expect(extractCode('R1.xyz')).toBe('R1.xyz');
		expect(extractCode('')).toBe('');
	});
});
