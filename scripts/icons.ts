// Renders the app icons (PNG) from static/favicon.svg with headless Chromium.
// Run after changing the SVG: `npx tsx scripts/icons.ts`. The PNGs are committed.
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const svg = readFileSync('static/favicon.svg', 'utf8');

/**
 * The maskable variant: the tile's gradient fills the whole square (the platform cuts its own
 * shape) and the cards are scaled down to sit well inside the central safe circle (80%).
 */
function maskableSvg(source: string): string {
	const tile = /<rect width="64" height="64" rx="15"([^>]*)\/>/;
	const [, rest] = source.split(tile.exec(source)![0]);
	const [mark] = rest.split('</svg>');
	return source
		.replace(tile, '<rect width="64" height="64"$1/>')
		.replace(mark, `<g transform="translate(32 33) scale(0.78) translate(-32 -33)">${mark}</g>`);
}
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

const targets = [
	{ file: 'static/favicon-32.png', size: 32, maskable: false },
	{ file: 'static/apple-touch-icon.png', size: 180, maskable: true },
	{ file: 'static/icons/icon-192.png', size: 192, maskable: false },
	{ file: 'static/icons/icon-512.png', size: 512, maskable: false },
	{ file: 'static/icons/maskable-192.png', size: 192, maskable: true },
	{ file: 'static/icons/maskable-512.png', size: 512, maskable: true }
];

mkdirSync('static/icons', { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const { file, size, maskable } of targets) {
	await page.setViewportSize({ width: size, height: size });
	const source = maskable ? maskableSvg(svg) : svg;
	const html = `<html><body style="margin:0;width:${size}px;height:${size}px">
		${source.replace('<svg ', `<svg width="${size}" height="${size}" style="display:block" `)}</body></html>`;
	await page.setContent(html);
	await page.screenshot({ path: file, omitBackground: !maskable });
	console.log(`wrote ${file}`);
}
await browser.close();
