import { type Page } from '@playwright/test';
import { expect, test } from './page-errors';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SCREENS, expectNoAxeViolations, gotoApp, shotForPeople } from './helpers';
import { answerOne, stored } from './study-helpers';
import { bankMcqs, inlineQuizCode } from './quiz-helpers';
import { REQUEST_COST_BYTES } from '../../src/lib/pwa/precache-progress';

// The service worker is the feature under test here (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

/**
 * How long storing the rest may take once the worker controls the page (ms): it takes over with
 * a third of the files (a quiz link and the home screen), so the other screens and the tools
 * follow; at load 25 on the 2-core machine that took more than the default 7 s.
 */
const REST_STORED_MS = 30_000;

/** Waits until the service worker has stored everything and controls the page. */
async function waitForOfflineReady(page: Page) {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await expect(page.getByTestId('offline-readiness')).toHaveText('Ready to use offline', {
		timeout: REST_STORED_MS
	});
}

/**
 * The most the page may say ("Saving the app for offline use: N% done") while the files `held` (site paths)
 * are held back: their share of the bytes and requests is still to come (`PrecacheProgress`,
 * build/_app/precache-sizes.json; its total counts a page twice and the worker itself, so the
 * bound is a little loose).
 */
function percentWithout(held: (path: string) => boolean): number {
	const { sizes } = JSON.parse(readFileSync('build/_app/precache-sizes.json', 'utf8')) as {
		sizes: Record<string, number>;
	};
	let total = 0;
	let missing = 0;
	// Each file weighs its bytes and a request (`PrecacheProgress`).
	for (const [path, bytes] of Object.entries(sizes)) {
		if (path.startsWith('/screenshots/')) continue;
		total += bytes + REQUEST_COST_BYTES;
		if (held(path)) missing += bytes + REQUEST_COST_BYTES;
	}
	return Math.ceil((100 * (total - missing)) / total);
}

/** The figure in "Saving the app for offline use: N% done. Keep this page open …", or null. */
async function percentShown(page: Page): Promise<number | null> {
	const text = await page.getByTestId('offline-readiness').textContent();
	const figure = /Saving the app for offline use: (\d+)% done/.exec(text ?? '');
	return figure ? Number(figure[1]) : null;
}

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && !/\.(br|gz)$/.test(entry.name))
		.map((entry) => '/' + relative('build', join(entry.parentPath, entry.name)));
}

test.describe('offline', () => {
	test(
		'after one visit online, every screen opens offline and settings survive',
		{ tag: '@phone' },
		async ({ page, context }) => {
			await test.step('first visit, online', async () => {
				await gotoApp(page, '/');
				await waitForOfflineReady(page);
				await expect(page.getByRole('status').getByText('Offline', { exact: true })).toHaveCount(0);
			});

			await test.step('the network goes away; the app reloads from the device', async () => {
				await context.setOffline(true);
				await page.reload();
				await page.locator('body[data-hydrated="true"]').waitFor();
				await expect(page.getByRole('heading', { level: 1, name: 'Flashpoint' })).toBeVisible();
				await expect(page.getByText('Offline', { exact: true })).toBeVisible();
			});

			await test.step('every screen opens offline, by address', async () => {
				for (const screen of SCREENS) {
					await gotoApp(page, screen.path);
					await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
				}
				// An address with no page of its own opens the app's fallback shell.
				await page.goto('/no-such-screen');
				await expect(page.getByRole('heading', { level: 1 })).toContainText(/not found/i);
			});

			await test.step('a study answer given offline is saved', async () => {
				await gotoApp(page, '/study');
				expect(await answerOne(page)).not.toBeNull();
				expect((await stored(page)).reviews).toBe(1);
			});

			await test.step('a choice made offline is saved', async () => {
				await gotoApp(page, '/settings');
				await page.getByRole('radio', { name: /Dark/ }).check();
			});

			await test.step('reloading offline again keeps what was saved', async () => {
				await page.reload();
				await page.locator('body[data-hydrated="true"]').waitFor();
				await expect(page.getByRole('radio', { name: /Dark/ })).toBeChecked();
				await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
				await expect(page.getByText('works with no network')).toBeVisible();
				expect((await stored(page)).reviews).toBe(1);
				await gotoApp(page, '/');
				await expect(page.getByText('1 answered today.')).toBeVisible();
				await gotoApp(page, '/settings');
			});

			await test.step('the offline indicator passes axe', async () => {
				await expectNoAxeViolations(page);
			});

			await test.step('back online, the indicator goes away', async () => {
				await context.setOffline(false);
				await expect(page.getByText('Offline', { exact: true })).toHaveCount(0);
			});
		}
	);

	test(
		'a quiz link works offline as soon as the worker takes over, answers kept, long before everything is stored',
		{ tag: '@phone' },
		async ({ page, context }, testInfo) => {
			// Outsiders (issue 14): a student opened a quiz link, lost the Wi-Fi and reloaded before
			// the app said "Ready to use offline", and got the browser's offline page. The worker
			// now takes over once a quiz link and the home screen open offline; the other screens
			// (Study's page held back here) and the tools (the .wasm engines) come after.
			// Two offline reloads and the whole app stored twice over a page's life: longer than most.
			test.setTimeout(120_000);
			let release!: () => void;
			const held = new Promise<void>((resolve) => (release = resolve));
			for (const later of ['**/*.wasm', '**/study'])
				await context.route(later, async (route) => {
					await held;
					await route.continue();
				});
			const status = page.getByTestId('offline-readiness');
			const keepOpen =
				/Saving the app for offline use: \d{1,2}% done\. Keep this page open until it finishes\.$/;
			const code = inlineQuizCode('early-offline', 'Early offline quiz', bankMcqs.slice(0, 3));

			await test.step('a quiz link, first visit: the page says to keep it open, and how far', async () => {
				await gotoApp(page, `/quiz#${code}`);
				await expect(status).toHaveText(keepOpen);
				await page.getByLabel('Your name').fill('Ana');
				await page.getByRole('button', { name: 'Start the quiz' }).click();
				await page.getByRole('radio').nth(2).check();
				await page.getByRole('button', { name: 'Next' }).click();
				await expect(page.getByText('Question 2 of 3')).toBeVisible();
				await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
				// SvelteKit's client loads the root layout and error page on every screen: both are
				// stored before the worker takes over (an offline reload without the error page's
				// stylesheet threw "Unable to preload CSS": CI, session 30).
				const rootNodes = await page.evaluate(async () => {
					const cache = await caches.open((await caches.keys())[0]);
					const paths = (await cache.keys()).map((request) => new URL(request.url).pathname);
					return paths.filter((path) => /^\/_app\/immutable\/nodes\/[01]\./.test(path)).length;
				});
				expect(rootNodes).toBe(2);
				// Taken over with Study's page and the engines still held back: not ready yet.
				await expect(status).toHaveText(keepOpen);
				// The figure is the share of the bytes and requests: with the two engines (a fifth of
				// the bytes) to come it stays below 90%, where the share of the files said 99%
				// (issue 12).
				const most = percentWithout((path) => path.endsWith('.wasm') || path === '/study');
				expect(most).toBeLessThan(90);
				await expect
					.poll(() => percentShown(page), { timeout: REST_STORED_MS })
					.toBeGreaterThanOrEqual(most - 15);
				expect(await percentShown(page)).toBeLessThanOrEqual(most);
			});

			await test.step('offline now, a reload opens the quiz where Ana was, answer kept', async () => {
				await context.setOffline(true);
				await page.reload();
				await page.locator('body[data-hydrated="true"]').waitFor();
				await expect(page.getByText('Question 2 of 3')).toBeVisible();
				await expect(page.getByTestId('resumed-note')).toContainText('Back where Ana was.');
				// The quiz is loaded and works: one line says so, how far the rest got and what to do
				// on tap (final outsider, session 31). The whole notice filled a 320 px screen at 200%
				// text and alarmed a student whose quiz worked (teacher outsider of session 36).
				const line = page.getByTestId('offline-quiz');
				await expect(line.locator('summary')).toHaveText('Offline: this quiz works');
				for (const width of [320, 390, 1280]) {
					await page.setViewportSize({ width, height: 740 });
					await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
					const box = (await line.boundingBox())!;
					// Two lines at most at 200% text (the notice it replaces was eight at 320 px).
					expect(box.height).toBeLessThanOrEqual(100);
					expect(box.width).toBeLessThanOrEqual(width);
					await shotForPeople(page, testInfo.outputPath(`offline-quiz-line-${width}-200.png`));
					await page.evaluate(() => (document.documentElement.style.fontSize = ''));
				}
				await page.setViewportSize({ width: 360, height: 740 });
				await line.locator('summary').click();
				await expect(line).toContainText(
					'This quiz is on your device: answer and hand in as usual.'
				);
				await expect(line).toContainText(/not all saved for offline use yet \(\d{1,2}%\)/);
				await expect(line).toContainText('to finish, reconnect and keep this page open.');
				await line.locator('summary').click();
				await page.getByRole('button', { name: 'Back', exact: true }).click();
				await expect(page.getByRole('radio').nth(2)).toBeChecked();
				await page.getByRole('button', { name: 'Next' }).click();
				await page.getByRole('radio').nth(1).check();
				// The home screen opens offline too.
				await gotoApp(page, '/');
				await expect(page.getByRole('heading', { level: 1, name: 'Flashpoint' })).toBeVisible();
				await context.setOffline(false);
			});

			await test.step('the rest arrives: ready to use offline, said once', async () => {
				release();
				// On the screen that watched it: a screen opened after the last file came has
				// nothing to announce (at load 37 the quiz took 10 s to open, the files less).
				await expect(status).toHaveText('Ready to use offline', { timeout: REST_STORED_MS });
				// Said once: a later load of the app says nothing more.
				await gotoApp(page, '/');
				await expect(status).toHaveText('');
				await gotoApp(page, `/quiz#${code}`);
			});

			await test.step('offline reload opens with everything stored, answers kept', async () => {
				await context.setOffline(true);
				await page.reload();
				await page.locator('body[data-hydrated="true"]').waitFor();
				await expect(page.getByText('Question 2 of 3')).toBeVisible();
				await expect(page.getByRole('radio').nth(1)).toBeChecked();
				await page.getByRole('button', { name: 'Back', exact: true }).click();
				await expect(page.getByRole('radio').nth(2)).toBeChecked();
				await gotoApp(page, '/study');
				await expect(page.getByRole('heading', { level: 1, name: 'Study' })).toBeVisible();
				const engines = await page.evaluate(async () => {
					const cache = await caches.open((await caches.keys())[0]);
					const paths = (await cache.keys()).map((request) => new URL(request.url).pathname);
					return paths.filter((path) => path.endsWith('.wasm')).length;
				});
				// SQLite (Anki decks) and zxing (quiz codes).
				expect(engines).toBe(2);
				await expect(status).not.toContainText('Keep this page open');
			});
		}
	);

	test(
		'a first install cut off says so and how far it got, and goes on when back online',
		{ tag: '@phone' },
		async ({ page, context }, testInfo) => {
			// Issue 12: a first install that failed said "Keep this page open" for good. The home
			// screen's visit does not load the fallback page itself; the worker's first part does.
			await context.route('**/200.html', (route) => route.abort('internetdisconnected'));
			const status = page.getByTestId('offline-readiness');
			await gotoApp(page, '/');
			await expect(status).toHaveText(
				/Not ready for offline use: the connection dropped at \d{1,2}%\. It goes on when you are back online\.$/
			);
			expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
			await shotForPeople(page, testInfo.outputPath('first-install-stopped.png'));
			await expectNoAxeViolations(page);

			await context.unroute('**/200.html');
			await context.setOffline(true);
			await expect(status).toContainText('Offline, not ready yet');
			await context.setOffline(false);
			await waitForOfflineReady(page);
		}
	);

	test(
		'a file the server will not send is said, and storing goes on when back online',
		{ tag: '@phone' },
		async ({ page, context }) => {
			// After the worker took over: the engines come last, and one fails with an HTTP error.
			await context.route('**/*.wasm', (route) => route.fulfill({ status: 503, body: '' }));
			const status = page.getByTestId('offline-readiness');
			await gotoApp(page, '/');
			await expect(status).toHaveText(
				/Not ready for offline use: the server did not send a file at \d{1,2}%\. It tries again in a moment; keep this page open\.$/,
				{ timeout: REST_STORED_MS }
			);
			await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

			await context.unroute('**/*.wasm');
			await context.setOffline(true);
			await expect(status).toContainText('Offline, not ready yet');
			await context.setOffline(false);
			await waitForOfflineReady(page);
		}
	);

	test(
		'the install precaches every built file, page and the fallback',
		{ tag: '@phone' },
		async ({ page }) => {
			await gotoApp(page, '/');
			await waitForOfflineReady(page);
			const cached = await page.evaluate(async () => {
				const names = (await caches.keys()).filter((name) => name.startsWith('flashpoint-'));
				const cache = await caches.open(names[0]);
				return {
					names,
					paths: (await cache.keys()).map((request) => new URL(request.url).pathname)
				};
			});
			expect(cached.names).toHaveLength(1);
			const expected = [
				...filesUnder('build/_app/immutable'),
				'/200.html',
				'/manifest.webmanifest',
				'/icons/icon-192.png',
				'/icons/maskable-512.png',
				...SCREENS.map((screen) => screen.path)
			];
			expect(cached.paths.sort()).toEqual(expect.arrayContaining(expected.sort()));
			expect(cached.paths).not.toContain('/_app/version.json');
		}
	);

	test(
		'the version file always comes from the network',
		{ tag: '@phone' },
		async ({ page, context }) => {
			await gotoApp(page, '/');
			await waitForOfflineReady(page);
			const [response] = await Promise.all([
				page.waitForResponse((r) => r.url().endsWith('/_app/version.json')),
				page.evaluate(() => fetch('/_app/version.json').then((r) => r.ok))
			]);
			expect(response.fromServiceWorker()).toBe(false);

			await context.setOffline(true);
			const offlineAnswer = await page.evaluate(() =>
				fetch('/_app/version.json').then(
					() => 'answered',
					() => 'failed'
				)
			);
			expect(offlineAnswer).toBe('failed');
		}
	);

	test(
		'no screen makes a request to another origin',
		{ tag: '@phone' },
		async ({ page, context, baseURL }) => {
			const origin = new URL(baseURL!).origin;
			const requests: string[] = [];
			context.on('request', (request) => requests.push(request.url()));
			await gotoApp(page, '/');
			await waitForOfflineReady(page);
			for (const screen of SCREENS) {
				await gotoApp(page, screen.path);
				await page.waitForLoadState('networkidle');
			}
			const elsewhere = requests.filter(
				(url) =>
					!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin
			);
			expect(requests.length).toBeGreaterThan(SCREENS.length);
			expect(elsewhere).toEqual([]);
		}
	);
});
