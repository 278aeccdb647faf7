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
		const image = page.getByRole('img', { name: 'QR code of a long link' });
		await expect.element(image).toBeVisible();
		expect(Number(image.element().getAttribute('data-qr-version'))).toBeLessThanOrEqual(25);
	});

	// perf48: the encoder is imported with the first code and draws in steps; its square keeps
	// the place meanwhile, and a new text is drawn again.
	it('keeps the code’s square while it is drawn, then draws each new text', async () => {
		const screen = await render(QrCode, {
			text: 'https://example.test/quiz#Q1.one',
			label: 'QR code of the quiz link',
			size: '200px'
		});
		const square = screen.container.querySelector<HTMLElement>('.qr')!;
		expect(square.getBoundingClientRect().width).toBeCloseTo(200, 0);
		expect(square.getBoundingClientRect().height).toBeCloseTo(200, 0);
		const image = page.getByRole('img', { name: 'QR code of the quiz link' });
		await expect.element(image).toBeVisible();
		const first = image.element().querySelector('path')!.getAttribute('d');
		expect(image.element().getBoundingClientRect().height).toBeCloseTo(200, 0);
		await screen.rerender({ text: `https://example.test/quiz#Q1.${'two'.repeat(40)}` });
		await expect
			.poll(() => screen.container.querySelector('svg path')?.getAttribute('d'))
			.not.toBe(first);
		await expect.element(image).toBeVisible();
	});
});
