// Storing a 40,000-card import (outsider student, session 33: about 80 s showing only
// "Importing…", no count, no bar, no Cancel). The production build's /courses/import in
// Chromium: a made-up file is chosen, the preview awaited, Import pressed, the done heading
// awaited. Meanwhile the page's long tasks (over 50 ms), the largest gap between 10 ms
// heartbeats and each change of the store's progress text are recorded. Prints, per file,
// `import-store.<file>.store-ms` (Import pressed to done), the progress updates and the longest
// gap between two, and the longest main-thread task. IMPORT_STORE_PORT (4189) picks the port;
// IMPORT_STORE_CARDS (40,000) the deck's size. To compare builds in one run, interleaved:
// IMPORT_STORE_BUILDS="before=/tmp/old/build,after=build" (each served on its own port from
// IMPORT_STORE_PORT up; figures named `import-store.<build>.<file>.…`), IMPORT_STORE_RUNS times
// (1) each, the builds taking turns on each file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import { bigDeck } from '../src/lib/formats/anki-collection.test-helpers';
import { startServer } from '../scripts/lighthouse';
import { launchChromium } from './browser-harness';
import { bigAnkiText } from './import-page';
import type { Bench } from './types';

const CARDS = Number(process.env.IMPORT_STORE_CARDS ?? 40_000);

interface Watch {
	longestTaskMs: number;
	longTasks: number;
	maxGapMs: number;
	/** Times (ms, page clock) the store's progress text changed, and the texts. */
	updates: { at: number; text: string }[];
	/** Each long task's start and length (ms, page clock), to place it among the updates. */
	tasks: { at: number; ms: number }[];
}

const bench: Bench = {
	name: 'import-store',
	async run(report) {
		const sqlite = await initSqlJs();
		const port = Number(process.env.IMPORT_STORE_PORT ?? 4189);
		const builds = (process.env.IMPORT_STORE_BUILDS ?? 'build').split(',').map((entry) => {
			const [name, dir] = entry.includes('=') ? entry.split('=') : ['', entry];
			return { name, dir };
		});
		const servers = await Promise.all(builds.map((build, i) => startServer(port + i, build.dir)));
		const runs = Number(process.env.IMPORT_STORE_RUNS ?? 1);
		const browser = await launchChromium();
		const dir = mkdtempSync(join(tmpdir(), 'import-store-'));
		const files: [label: string, name: string, bytes: Uint8Array][] = [
			[`apkg-${CARDS}`, 'deck.apkg', bigDeck(sqlite, CARDS)],
			[`anki-text-${CARDS}`, 'deck.txt', Buffer.from(bigAnkiText(CARDS))]
		];
		const only = process.env.IMPORT_STORE_ONLY;
		try {
			const turns = files.flatMap((file) =>
				Array.from({ length: runs }, () => builds.map((build, i) => ({ file, build, i }))).flat()
			);
			for (const { file, build, i } of turns) {
				const [fileLabel, name, bytes] = file;
				if (only && !fileLabel.startsWith(only)) continue;
				const label = build.name ? `${build.name}.${fileLabel}` : fileLabel;
				// A fresh context each: an empty database, as the first import of a deck.
				const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
				const page = await context.newPage();
				page.setDefaultTimeout(10 * 60_000);
				await page.goto(`${servers[i].url}/courses/import`);
				await page.locator('body[data-hydrated="true"]').waitFor();
				const path = join(dir, name);
				writeFileSync(path, bytes);
				await page.locator('input[type="file"]').setInputFiles(path);
				const confirm = page.getByRole('button', { name: /^Import \d/ });
				await confirm.waitFor();
				await page.evaluate(() => {
					const watch: Watch = {
						longestTaskMs: 0,
						longTasks: 0,
						maxGapMs: 0,
						updates: [],
						tasks: []
					};
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries()) {
							watch.longTasks++;
							watch.longestTaskMs = Math.max(watch.longestTaskMs, entry.duration);
							watch.tasks.push({ at: Math.round(entry.startTime), ms: Math.round(entry.duration) });
						}
					}).observe({ type: 'longtask' });
					let last = performance.now();
					setInterval(() => {
						const now = performance.now();
						watch.maxGapMs = Math.max(watch.maxGapMs, now - last);
						last = now;
						const text =
							document.querySelector('[data-testid="store-progress"]')?.textContent?.trim() ?? '';
						if (text && text !== watch.updates.at(-1)?.text) watch.updates.push({ at: now, text });
					}, 10);
					(window as unknown as { watch: Watch }).watch = watch;
				});
				const start = Date.now();
				await confirm.click();
				await page.getByRole('heading', { name: /^Imported/ }).waitFor();
				report(`import-store.${label}.store-ms`, Date.now() - start, 'ms (Import pressed to done)');
				await page.waitForTimeout(300);
				const watch = await page.evaluate(() => (window as unknown as { watch: Watch }).watch);
				const gaps = watch.updates.slice(1).map((u, i) => u.at - watch.updates[i].at);
				report(`import-store.${label}.progress-updates`, watch.updates.length, 'texts shown');
				report(
					`import-store.${label}.longest-between-updates`,
					Math.round(Math.max(0, ...gaps)),
					'ms'
				);
				report(`import-store.${label}.longest-main-task`, Math.round(watch.longestTaskMs), 'ms');
				report(`import-store.${label}.long-tasks`, watch.longTasks, 'tasks over 50 ms');
				report(`import-store.${label}.max-heartbeat-gap`, Math.round(watch.maxGapMs), 'ms');
				if (process.env.IMPORT_STORE_TEXTS) {
					for (const u of watch.updates) console.log(Math.round(u.at), u.text);
					for (const t of watch.tasks) console.log(t.at, `long task ${t.ms} ms`);
				}
				await context.close();
			}
		} finally {
			await browser.close();
			for (const server of servers) server.stop();
			rmSync(dir, { recursive: true, force: true });
		}
	}
};

export default bench;
