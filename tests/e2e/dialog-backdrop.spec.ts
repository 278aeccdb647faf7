import { type Page } from '@playwright/test';
import { expect, test } from './page-errors';
import { gotoApp } from './helpers';

/**
 * A modal dialog (Settings → Reset progress…) covers the whole screen, the bottom navigation
 * included: its backdrop is what a tap on the navigation hits, nothing behind it takes focus,
 * and the navigation is visibly dimmed in both themes. On the dark theme a 45% backdrop over a
 * near-black bar changed nothing one could see (outsider student at 320×640, 2026-12-02).
 */

/**
 * The brightest pixel (0–255 luminance) of the navigation's box in a screenshot, from `fromY`
 * (CSS px) down: below the dialog, which may overlap the bar's top.
 */
async function brightestInNav(page: Page, fromY: number): Promise<number> {
	const nav = (await page.getByRole('navigation', { name: 'Main' }).boundingBox())!;
	const box = { y: Math.max(nav.y, fromY), height: nav.y + nav.height - Math.max(nav.y, fromY) };
	// The whole viewport, cropped here: a clipped or element screenshot of a fixed bar under the
	// phone's device emulation came out empty or of the wrong place.
	const png = await page.screenshot();
	return page.evaluate(
		async ({ base64, box }) => {
			const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
			const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
			const scale = bitmap.width / innerWidth;
			const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
			const context = canvas.getContext('2d')!;
			context.drawImage(bitmap, 0, 0);
			const top = Math.ceil(box.y * scale);
			const height = Math.min(bitmap.height - top, Math.floor(box.height * scale));
			const { data } = context.getImageData(0, top, bitmap.width, height);
			let max = 0;
			for (let i = 0; i < data.length; i += 4)
				max = Math.max(max, 0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2]);
			return max;
		},
		{ base64: png.toString('base64'), box }
	);
}

test.describe('the Reset dialog on a small phone', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	for (const colorScheme of ['light', 'dark'] as const)
		test(
			`covers and dims the bottom navigation, which takes no focus (${colorScheme})`,
			{ tag: '@phone' },
			async ({ page }) => {
				await page.emulateMedia({ colorScheme });
				await gotoApp(page, '/settings');
				await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
				// Nothing widens the page (the dialog is centred in it: a 485 px wide page put it
				// half off-screen), the storage table included once it is filled.
				await expect(page.getByRole('table', { name: /Storage used/ })).toBeVisible();
				expect(
					await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)
				).toBeLessThanOrEqual(0);
				await page.getByRole('button', { name: 'Reset progress…' }).click();
				const dialog = page.getByRole('dialog', { name: 'Reset all progress?' });
				await expect(dialog).toBeVisible();
				expect(
					await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)
				).toBeLessThanOrEqual(0);
				const below = (await dialog.boundingBox())!;
				const after = await brightestInNav(page, below.y + below.height + 1);

				const nav = page.getByRole('navigation', { name: 'Main' });
				const box = (await nav.boundingBox())!;
				const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, {
					x: box.x + box.width / 2,
					y: box.y + box.height / 2
				});
				// A tap on the navigation lands on the dialog's backdrop.
				expect(hit).toBe('DIALOG');
				for (const link of await nav.getByRole('link').all()) {
					const focused = await link.evaluate((el: HTMLElement) => {
						el.focus();
						return document.activeElement === el;
					});
					expect(focused, await link.innerText()).toBe(false);
				}
				// Tab goes round the dialog's own buttons and never behind it.
				for (let i = 0; i < 6; i++) {
					await page.keyboard.press('Tab');
					const inNav = await page.evaluate(
						() => document.activeElement?.closest('nav') !== null && document.activeElement !== null
					);
					expect(inNav).toBe(false);
				}
				// Dimmed: the brightest thing in the bar (its background or a label) at most 60% as
				// bright as without the dialog.
				await page.keyboard.press('Escape');
				await expect(dialog).toBeHidden();
				const before = await brightestInNav(page, below.y + below.height + 1);
				expect(after, `brightest ${after} against ${before}`).toBeLessThanOrEqual(before * 0.6);
			}
		);
});
