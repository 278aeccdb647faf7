// Renders the app icons (PNG) from static/favicon.svg with headless Chromium.
// Run after changing the SVG: `npx tsx scripts/icons.ts`. The PNGs are committed.
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const svg = readFileSync('static/favicon.svg', 'utf8');
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
	// A maskable icon fills the square edge to edge and keeps the mark inside the 80% safe zone.
	const inner = maskable ? Math.round(size * 0.78) : size;
	const html = `<html><body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;background:${maskable ? '#b8400e' : 'transparent'}">
		<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body></html>`;
	await page.setContent(html);
	await page.screenshot({ path: file, omitBackground: !maskable });
	console.log(`wrote ${file}`);
}
await browser.close();
