import { expect, test } from './page-errors';
import { gotoApp, navigateTo, shotForPeople } from './helpers';

/**
 * Outsider teacher: offline before the app said "ready", a reload gave the browser's own error
 * page. Where the browser keeps no offline copy at all (no service worker: a private window, a
 * setting), the page says so, instead of "Getting ready for offline use…" for good or nothing.
 */
test.use({ serviceWorkers: 'block' });

test(
	'a browser that keeps no offline copy is told so on the page',
	{ tag: '@phone' },
	async ({ page }, testInfo) => {
		await gotoApp(page, '/classroom');
		const status = page.getByTestId('offline-readiness');
		await expect(status).toContainText('Not saved for offline use');
		await expect(status).toContainText('it works while connected');
		await expect(status).not.toContainText('Getting ready');
		await shotForPeople(page, testInfo.outputPath('offline-unavailable.png'));
		await navigateTo(page, 'Settings');
		await expect(
			page.getByText(/Not saved for offline use: this browser keeps no offline copy/)
		).toBeVisible();
	}
);
