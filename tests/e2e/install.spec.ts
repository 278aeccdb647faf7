import { chromium } from '@playwright/test';
import { expect, test } from './page-errors';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deviceOptions } from './contexts';
import { gotoApp } from './helpers';

test.use({ serviceWorkers: 'allow' });

interface ManifestImage {
	src: string;
	sizes: string;
	purpose?: string;
	form_factor?: string;
}

/** Width × height from a PNG's header, as the manifest writes it. */
function pngSize(path: string): string {
	const header = readFileSync(path);
	return `${header.readUInt32BE(16)}x${header.readUInt32BE(20)}`;
}

test(
	'Chromium finds the app installable',
	{ tag: '@phone' },
	async ({ browserName, baseURL }, info) => {
		test.skip(browserName !== 'chromium', 'installability is a Chromium DevTools check');
		// Chromium never offers to install from an incognito window, which is what a normal test
		// context is, so this test opens a browser with a (throwaway) profile.
		const profile = mkdtempSync(join(tmpdir(), 'flashpoint-install-'));
		const context = await chromium.launchPersistentContext(profile, {
			...info.project.use.launchOptions,
			...deviceOptions(info),
			baseURL,
			serviceWorkers: 'allow'
		});
		try {
			const page = context.pages()[0] ?? (await context.newPage());
			await gotoApp(page, '/');
			await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
			const devtools = await context.newCDPSession(page);
			const { installabilityErrors } = await devtools.send('Page.getInstallabilityErrors');
			expect(installabilityErrors).toEqual([]);
			const { errors } = await devtools.send('Page.getAppManifest');
			expect(errors).toEqual([]);
		} finally {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		}
	}
);

test(
	'the manifest offers icons, a maskable icon and real screenshots',
	{ tag: '@phone' },
	async ({ request }) => {
		const response = await request.get('/manifest.webmanifest');
		expect(response.headers()['content-type']).toContain('application/manifest+json');
		const manifest = (await response.json()) as {
			id: string;
			start_url: string;
			display: string;
			icons: ManifestImage[];
			screenshots: ManifestImage[];
		};
		expect(manifest).toMatchObject({ id: '/', start_url: '/', display: 'standalone' });

		const sizes = (purpose: string) =>
			manifest.icons
				.filter((icon) => (icon.purpose ?? 'any') === purpose)
				.map((icon) => icon.sizes);
		expect(sizes('any')).toEqual(expect.arrayContaining(['192x192', '512x512']));
		expect(sizes('maskable')).toEqual(expect.arrayContaining(['192x192', '512x512']));

		expect(manifest.screenshots.map((shot) => shot.form_factor).sort()).toEqual(
			expect.arrayContaining(['narrow', 'wide'])
		);
		for (const image of [...manifest.icons, ...manifest.screenshots]) {
			expect((await request.get(image.src)).ok(), image.src).toBe(true);
			if (image.src.endsWith('.png'))
				expect(pngSize(`static${image.src}`), image.src).toBe(image.sizes);
		}
	}
);
