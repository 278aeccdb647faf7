// Takes screenshots of screens for a person to look at: `npx tsx scripts/shot.ts [base] [paths…]`.
// Writes screenshots/<name>-<phone|desktop>-<light|dark>.png. Expects a server already running.
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';

const [base = 'http://127.0.0.1:4173', ...paths] = process.argv.slice(2);
const routes = paths.length
	? paths
	: ['/', '/study', '/quiz', '/classroom', '/stats', '/sources', '/settings'];
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
for (const [sizeName, viewport] of Object.entries(sizes)) {
	for (const scheme of ['light', 'dark'] as const) {
		const context = await browser.newContext({
			viewport,
			colorScheme: scheme,
			deviceScaleFactor: 1
		});
		const page = await context.newPage();
		for (const route of routes) {
			await page.goto(base + route, { waitUntil: 'networkidle' });
			await page.waitForTimeout(300);
			const name = route === '/' ? 'home' : route.replace(/^\//, '').replace(/[^a-z0-9]+/gi, '_');
			await page.screenshot({
				path: `screenshots/${name}-${sizeName}-${scheme}.png`,
				fullPage: false
			});
		}
		await context.close();
	}
}
await browser.close();
console.log('screenshots written to screenshots/');
