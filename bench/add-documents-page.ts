// The Add documents screen's main thread on the whole path a person takes (issue 12: a 1.37 MB
// paste froze the page for about 5 s, then 36 s of generation showed no progress). The
// production build's /courses/new in Chromium: a 45 KB and a 1 MB text pasted into the box,
// "Add pasted text", the entry awaited, then "Generate questions" until "Course saved".
// Meanwhile the page's long tasks (PerformanceObserver 'longtask', over 50 ms) and the largest
// gap between 10 ms heartbeats are recorded, for paste + add and for generate apart. Prints the
// longest main-thread task of each (goal ≤ 50 ms), the time to the entry, to the first progress
// past "Starting", to the first batch of work done (the bar past 0 %) and to the saved course. ADD_PAGE_PORT (4188) picks the server's port.
import { startServer } from '../scripts/lighthouse';
import { launchChromium } from './browser-harness';
import { documentOf } from './add-documents';
import type { Page } from '@playwright/test';
import type { Bench } from './types';

interface Watch {
	longestTaskMs: number;
	longTasks: number;
	maxGapMs: number;
}

/**
 * Presses Generate questions and waits for the first progress the worker reports (the label
 * past "Starting"). Returns the time from the press, ms. Shared with
 * `scripts/profile-add-documents.ts`, which profiles the same steps.
 */
export async function generateToFirstProgress(
	page: Page
): Promise<{ started: number; ms: number }> {
	const started = Date.now();
	await page.getByRole('button', { name: 'Generate questions' }).click();
	await page
		.getByTestId('generation-progress')
		.locator('label')
		.filter({ hasNotText: 'Starting' })
		.waitFor();
	return { started, ms: Date.now() - started };
}

/** Starts a fresh watch in the page (the previous one's figures are dropped). */
function watch(): void {
	const w = window as unknown as { watch?: Watch; watching?: boolean };
	w.watch = { longestTaskMs: 0, longTasks: 0, maxGapMs: 0 };
	if (w.watching) return;
	w.watching = true;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			w.watch!.longTasks++;
			w.watch!.longestTaskMs = Math.max(w.watch!.longestTaskMs, entry.duration);
		}
	}).observe({ type: 'longtask' });
	let last = performance.now();
	setInterval(() => {
		const now = performance.now();
		w.watch!.maxGapMs = Math.max(w.watch!.maxGapMs, now - last);
		last = now;
	}, 10);
}

const bench: Bench = {
	name: 'add-documents-page',
	async run(report) {
		const server = await startServer(Number(process.env.ADD_PAGE_PORT ?? 4188));
		const browser = await launchChromium();
		try {
			for (const [label, bytes] of [
				['45kb', 45 * 1024],
				['1mb', 1024 * 1024]
			] as const) {
				const text = documentOf(bytes);
				const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
				page.setDefaultTimeout(10 * 60_000);
				await page.goto(`${server.url}/courses/new`);
				await page.locator('body[data-hydrated="true"]').waitFor();
				const box = page.getByLabel('Or paste an article');
				// The text arrives as a paste does: one input event with the whole value.
				await box.evaluate((el, value) => {
					(el as HTMLTextAreaElement).value = value;
				}, text);
				await page.evaluate(watch);
				const pasted = Date.now();
				await box.dispatchEvent('input');
				await page.getByRole('button', { name: 'Add pasted text' }).click();
				await page.getByTestId('document-entry').getByLabel('Title').waitFor();
				report(`add-documents-page.${label}.to-entry`, Date.now() - pasted, 'ms');
				await page.waitForTimeout(500); // the keeper's write and any task it queued
				const add = await page.evaluate(() => (window as unknown as { watch: Watch }).watch);
				report(
					`add-documents-page.${label}.paste-add-longest-main-task`,
					Math.round(add.longestTaskMs),
					'ms'
				);
				report(
					`add-documents-page.${label}.paste-add-max-heartbeat-gap`,
					Math.round(add.maxGapMs),
					'ms'
				);

				await page.getByLabel('Course title').fill('Bench');
				await page.evaluate(watch);
				const { started, ms } = await generateToFirstProgress(page);
				report(`add-documents-page.${label}.to-first-progress`, ms, 'ms');
				// The first progress is said as the worker begins; the first batch of work done shows
				// as a bar past 0 % (or the course already saved).
				await page.waitForFunction(
					() =>
						Number(document.querySelector('#progress')?.getAttribute('value')) > 0 ||
						document.getElementById('done-title') !== null,
					undefined,
					{ polling: 10 }
				);
				report(`add-documents-page.${label}.to-first-batch`, Date.now() - started, 'ms');
				await page.getByRole('heading', { name: 'Course saved' }).waitFor();
				const saved = Date.now() - started;
				report(`add-documents-page.${label}.to-saved`, saved, 'ms');
				// Generation runs in the worker: its wall time per KB of text, saving included.
				report(`add-documents-page.${label}.to-saved-per-kb`, saved / (bytes / 1024), 'ms/KB');
				const gen = await page.evaluate(() => (window as unknown as { watch: Watch }).watch);
				report(
					`add-documents-page.${label}.generate-longest-main-task`,
					Math.round(gen.longestTaskMs),
					'ms'
				);
				report(
					`add-documents-page.${label}.generate-long-tasks`,
					gen.longTasks,
					'tasks over 50 ms'
				);
				report(
					`add-documents-page.${label}.generate-max-heartbeat-gap`,
					Math.round(gen.maxGapMs),
					'ms'
				);
				await page.close();
			}
		} finally {
			await browser.close();
			server.stop();
		}
	}
};

export default bench;
