// Shared by the benches that run app modules inside Chromium (`study`, `scale`, `stale-index`,
// `durability`, `add-documents`): builds a harness page with Vite in memory and serves it to a page
// through request interception (no port, no server), then calls functions it exposes.
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';

type Files = Map<string, { body: string | Uint8Array; type: string }>;

/**
 * Chromium for benches: Debian's when present (the project never downloads browsers). With
 * `profileDir`, a persistent profile there (its IndexedDB survives the run); closing the
 * returned context closes that browser.
 */
export function launchChromium(): Promise<Browser>;
export function launchChromium(profileDir: string): Promise<BrowserContext>;
export function launchChromium(profileDir?: string): Promise<Browser | BrowserContext> {
	const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
	const options = { executablePath, args: ['--no-sandbox'] };
	return profileDir
		? chromium.launchPersistentContext(profileDir, options)
		: chromium.launch(options);
}

/** Builds `root` (a folder with index.html) with the app's `$lib` and `$questions` aliases. */
export async function buildHarness(
	root: string,
	define: Record<string, string> = {}
): Promise<Files> {
	const output = (await build({
		configFile: false,
		root: resolve(root),
		logLevel: 'silent',
		define,
		resolve: {
			alias: { $lib: resolve('src/lib'), $questions: resolve('questions') }
		},
		// As the app builds its workers (the generator's is split into chunks, which 'iife' refuses).
		worker: { format: 'es' },
		build: {
			write: false,
			// HARNESS_MINIFY=0 keeps function names, for a profile.
			minify: process.env.HARNESS_MINIFY !== '0',
			modulePreload: false,
			sourcemap: false
		}
	})) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
	const files: Files = new Map();
	for (const chunk of (Array.isArray(output) ? output : [output]).flatMap((o) => o.output)) {
		const body = chunk.type === 'chunk' ? chunk.code : chunk.source;
		const type = chunk.fileName.endsWith('.html')
			? 'text/html'
			: chunk.fileName.endsWith('.js')
				? 'text/javascript'
				: chunk.fileName.endsWith('.json')
					? 'application/json'
					: 'application/octet-stream';
		files.set(`/${chunk.fileName}`, { body, type });
	}
	return files;
}

/**
 * Opens the built harness at `origin` in `page` and waits for `body[data-ready]`. Returns
 * `call(fn, ...args)`, which runs `fn(window[global], ...args)` in the page (fn is sent as
 * source, so it may use only its arguments).
 */
export async function openHarness<H>(page: Page, files: Files, origin: string, global: string) {
	await page.route(`${origin}/**`, (route) => {
		const path = new URL(route.request().url()).pathname;
		const file = files.get(path === '/' ? '/index.html' : path);
		return file
			? route.fulfill({ body: Buffer.from(file.body), contentType: file.type })
			: route.fulfill({ status: 404, body: 'not found' });
	});
	await page.goto(`${origin}/`);
	await page.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
	return <T>(fn: (h: H, ...args: never[]) => T, ...args: unknown[]) =>
		page.evaluate(
			([source, params, name]) => {
				const harness = (window as unknown as Record<string, unknown>)[name as string];
				return new Function('h', 'args', `return (${source})(h, ...args)`)(harness, params);
			},
			[fn.toString(), args, global] as const
		) as Promise<Awaited<T>>;
}

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
