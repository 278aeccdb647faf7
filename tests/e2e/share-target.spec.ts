import { expect, test } from './page-errors';
import { gotoApp } from './helpers';

// The service worker is the feature under test here (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

test(
	'Share → Flashpoint, offline: the shared text and file open on Add documents',
	{ tag: '@phone' },
	async ({ page, context }) => {
		await gotoApp(page, '/');
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
		// Share → Flashpoint is offered by an installed app: the whole app is stored (a first
		// visit takes over once a quiz opens and stores Add documents after: pwa41).
		await expect(page.getByTestId('offline-readiness')).toHaveText('Ready to use offline', {
			timeout: 60_000
		});
		const manifest = (await (await page.request.get('/manifest.webmanifest')).json()) as {
			share_target: { action: string; method: string; enctype: string };
		};
		expect(manifest.share_target).toMatchObject({
			action: '/courses/new/share',
			method: 'POST',
			enctype: 'multipart/form-data'
		});
		await context.setOffline(true);
		// What Android does on Share: a navigation that POSTs the form to the share target.
		await page.evaluate(() => {
			const form = document.createElement('form');
			form.method = 'post';
			form.enctype = 'multipart/form-data';
			form.action = '/courses/new/share';
			const add = (name: string, value: string) => {
				const input = document.createElement('input');
				input.name = name;
				input.value = value;
				form.append(input);
			};
			add('title', 'Velmora notes');
			add('text', 'The tidal power station at Velmora began supplying electricity in 2024.');
			const files = document.createElement('input');
			files.type = 'file';
			files.name = 'files';
			const transfer = new DataTransfer();
			transfer.items.add(
				new File(['A shared note about Velmora.'], 'shared.txt', { type: 'text/plain' })
			);
			files.files = transfer.files;
			form.append(files);
			document.body.append(form);
			form.submit();
		});
		await page.waitForURL((url) => url.pathname === '/courses/new' && !url.search);
		await page.locator('body[data-hydrated="true"]').waitFor();
		const entries = page.getByTestId('document-entry');
		await expect(entries).toHaveCount(2);
		await expect(entries.nth(0).getByLabel('Title')).toHaveValue('Velmora notes');
		await expect(entries.nth(1).getByRole('heading', { name: 'shared.txt' })).toBeVisible();
		// Both read: a reload while a file is still being read is asked about first (the page's
		// beforeunload), and Playwright's answer stays on the page (CI, session 30).
		await expect(entries.nth(1).getByLabel('Title')).toBeVisible();
		// Taken once: a reload brings the two back as not yet used (Add documents keeps what a
		// person gave it, 2009ff7), and does not add the share a second time.
		await page.reload();
		await page.locator('body[data-hydrated="true"]').waitFor();
		await expect(page.getByTestId('pending-restored')).toContainText('2 documents');
		await expect(page.getByTestId('document-entry')).toHaveCount(2);
	}
);
