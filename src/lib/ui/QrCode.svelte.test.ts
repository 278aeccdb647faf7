import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import QrCode from './QrCode.svelte';

describe('QrCode', () => {
	it('draws the code as an image with the given accessible name', async () => {
		render(QrCode, { text: 'https://example.test/quiz#Q1.abc', label: 'QR code of the quiz link' });
		const image = page.getByRole('img', { name: 'QR code of the quiz link' });
		await expect.element(image).toBeVisible();
		// Drawn as SVG shapes, never injected markup.
		const svg = image.element() as SVGSVGElement;
		expect(svg.querySelector('path')?.getAttribute('d')?.length).toBeGreaterThan(100);
		expect(svg.getBoundingClientRect().width).toBeCloseTo(svg.getBoundingClientRect().height, 0);
	});

	it('keeps a long quiz link within a version a phone reads from a projector', async () => {
		const link = `https://flashpoint.example/quiz#Q1.${'x'.repeat(420)}`;
		render(QrCode, { text: link, label: 'QR code of a long link' });
		const svg = page.getByRole('img', { name: 'QR code of a long link' }).element();
		expect(Number(svg.getAttribute('data-qr-version'))).toBeLessThanOrEqual(25);
	});
});
