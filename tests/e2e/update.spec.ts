import { type Page } from '@playwright/test';
import { expect, test } from './page-errors';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './helpers';

// Releases at one address: build A (./build, this commit), then B or this commit rebuilt from
// tmp/e2e-builds (made by scripts/e2e-builds.ts, which `npm run test:e2e` runs first).
test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'default' });

const BUILDS = {
	a: 'build',
	same: 'tmp/e2e-builds/same',
	b: 'tmp/e2e-builds/b'
};

/** One server at a time on this project's own port, so the browser sees one address. */
class Release {
	#server: ChildProcess | undefined;
	constructor(readonly port: number) {}

	get url() {
		return `http://127.0.0.1:${this.port}`;
	}

	async serve(dir: string) {
		await this.stop();
		const server = spawn('node', ['scripts/serve.js', '--port', String(this.port), '--dir', dir], {
			stdio: 'ignore'
		});
		this.#server = server;
		for (;;) {
			if (server.exitCode !== null) throw new Error(`the server for ${dir} exited`);
			const up = await fetch(`${this.url}/_app/version.json`).then(
				(response) => response.ok,
				() => false
			);
			if (up) return;
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}

	async stop() {
		const server = this.#server;
		this.#server = undefined;
		if (!server || server.exitCode !== null) return;
		const exited = new Promise((resolve) => server.once('exit', resolve));
		server.kill('SIGKILL');
		await exited;
	}
}

async function checkForUpdate(page: Page) {
	return page.evaluate(async () => {
		const registration = await navigator.serviceWorker.getRegistration();
		await registration!.update();
		return Boolean(registration!.installing || registration!.waiting);
	});
}

async function openSettings(page: Page, release: Release) {
	await page.goto(`${release.url}/settings`);
	await page.locator('body[data-hydrated="true"]').waitFor();
}

/** Progress made under the old version: a setting chosen in the UI and a record on the device. */
async function makeProgress(page: Page) {
	await page.getByRole('radio', { name: /Dark/ }).check();
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('flashpoint-e2e-marker', 1);
				open.onupgradeneeded = () => open.result.createObjectStore('progress');
				open.onsuccess = () => {
					const tx = open.result.transaction('progress', 'readwrite');
					tx.objectStore('progress').put({ answered: 3 }, 'today');
					tx.oncomplete = () => resolve();
					tx.onerror = () => reject(tx.error);
				};
			})
	);
}

async function expectProgressIntact(page: Page) {
	await expect(page.getByRole('radio', { name: /Dark/ })).toBeChecked();
	const record = await page.evaluate(
		() =>
			new Promise((resolve) => {
				const open = indexedDB.open('flashpoint-e2e-marker', 1);
				open.onsuccess = () => {
					const get = open.result.transaction('progress').objectStore('progress').get('today');
					get.onsuccess = () => resolve(get.result);
				};
			})
	);
	expect(record).toEqual({ answered: 3 });
}

/** The prompt is reachable, clear of the navigation, with full-size targets, and passes axe. */
async function expectPromptUsable(page: Page) {
	const toast = (await prompt(page).locator('.toast').boundingBox())!;
	const nav = (await page.getByRole('navigation', { name: 'Main' }).boundingBox())!;
	const overlapsNav =
		toast.x < nav.x + nav.width &&
		nav.x < toast.x + toast.width &&
		toast.y < nav.y + nav.height &&
		nav.y < toast.y + toast.height;
	expect(overlapsNav).toBe(false);
	for (const name of ['Reload', 'Dismiss']) {
		const box = (await page.getByRole('button', { name }).boundingBox())!;
		expect(box.height).toBeGreaterThanOrEqual(44);
		expect(box.width).toBeGreaterThanOrEqual(44);
	}
	await expectNoAxeViolations(page);
}

/**
 * How long a new release may take to appear: the prompt shows once the new service worker has
 * precached the whole app (about 3 MB) and waits. On a busy 2-core CI machine that took longer
 * than the 7 s expect timeout (CI of 92309a7: the second release's prompt missed it twice).
 */
const INSTALL_MS = 30_000;

const prompt = (page: Page) =>
	page.getByRole('status').filter({ hasText: 'A new version is ready' });

test.describe('updates', () => {
	let release: Release | undefined;
	const serve = (dir: string) => release!.serve(dir);
	let thisCommit: string;

	test.afterEach(async () => {
		await release?.stop();
	});

	test.beforeEach(async ({ page }, info) => {
		const missing = Object.values(BUILDS).filter((dir) => !existsSync(`${dir}/200.html`));
		if (missing.length)
			throw new Error(`missing builds ${missing.join(', ')}: run npx tsx scripts/e2e-builds.ts`);
		const versionOf = (dir: string) => readFileSync(`${dir}/_app/version.json`, 'utf8');
		if (versionOf(BUILDS.same) !== versionOf(BUILDS.a))
			throw new Error('tmp/e2e-builds is from another commit: run npx tsx scripts/e2e-builds.ts');
		// Each project gets its own port so phone and desktop can run side by side.
		const base = Number(process.env.E2E_PORT ?? 4173);
		release = new Release(base + (info.project.name === 'phone' ? 10 : 20));
		await serve(BUILDS.a);
		await openSettings(page, release!);
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
		thisCommit = (await page.getByTestId('app-version').textContent())!;
	});

	test(
		'a new release is offered, taken on Reload, and progress is kept',
		{ tag: '@phone' },
		async ({ page }) => {
			await makeProgress(page);
			await serve(BUILDS.b);
			expect(await checkForUpdate(page)).toBe(true);

			await expect(prompt(page)).toBeVisible({ timeout: INSTALL_MS });
			await expectPromptUsable(page);
			// Nothing switches until the user says so.
			await expect(page.getByTestId('app-version')).toHaveText(thisCommit);
			await page.getByRole('button', { name: 'Reload' }).click();

			await expect(page.getByTestId('app-version')).toHaveText('e2e-b');
			await expect(prompt(page)).toHaveCount(0);
			await expectProgressIntact(page);
		}
	);

	test(
		'a second release in the same session is announced too',
		{ tag: '@phone' },
		async ({ page }) => {
			await makeProgress(page);
			await serve(BUILDS.b);
			await checkForUpdate(page);
			await expect(prompt(page)).toBeVisible({ timeout: INSTALL_MS });
			await page.getByRole('button', { name: 'Dismiss' }).click();
			await expect(prompt(page)).toHaveCount(0);

			// The second release is this commit rebuilt: to a device running B it is a new service
			// worker and a new version, as any next release is (one build fewer for CI).
			await serve(BUILDS.same);
			expect(await checkForUpdate(page)).toBe(true);
			await expect(prompt(page)).toBeVisible({ timeout: INSTALL_MS });
			await page.getByRole('button', { name: 'Reload' }).click();
			await expect(page.getByTestId('app-version')).toHaveText(thisCommit);
			await expectProgressIntact(page);
		}
	);

	test('the same commit, rebuilt, does not ask to update', { tag: '@phone' }, async ({ page }) => {
		await serve(BUILDS.same);
		expect(await checkForUpdate(page)).toBe(false);
		await openSettings(page, release!);
		await expect(page.getByTestId('app-version')).toHaveText(thisCommit);
		await expect(prompt(page)).toHaveCount(0);
	});
});
