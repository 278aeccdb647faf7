// Renders the install-dialog screenshots listed in static/manifest.webmanifest from the real app:
// `npx tsx scripts/manifest-screenshots.ts [base]` with a production server already running
// (`node scripts/serve.js --port 4173`). Re-run when the screens change; the PNGs are committed.
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';

const [base = 'http://127.0.0.1:4173'] = process.argv.slice(2);
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const shots = [
	{ file: 'home-narrow.png', path: '/', viewport: { width: 390, height: 844 } },
	{ file: 'study-narrow.png', path: '/study', viewport: { width: 390, height: 844 } },
	{ file: 'home-wide.png', path: '/', viewport: { width: 1280, height: 800 } }
];

mkdirSync('static/screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
for (const { file, path, viewport } of shots) {
	const context = await browser.newContext({
		viewport,
		colorScheme: 'light',
		deviceScaleFactor: 1
	});
	const page = await context.newPage();
	await page.goto(base + path);
	// Installed, so the screens show the app as its users see it (ready offline).
	await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
	await page.reload();
	await page.locator('body[data-hydrated="true"]').waitFor();
	await page.waitForTimeout(300);
	await page.screenshot({ path: `static/screenshots/${file}` });
	console.log(`wrote static/screenshots/${file}`);
	await context.close();
}
await browser.close();
