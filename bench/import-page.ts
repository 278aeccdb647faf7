// The import screen's main thread during a large import (issue 13: a 5 MB CSV or a large Anki
// text must keep the page responsive). The production build's /courses/import in Chromium: a
// made-up file is chosen, the preview awaited, then (for the CSV) one column's role changed and
// the new preview awaited. Meanwhile the page's long tasks (PerformanceObserver 'longtask', over
// 50 ms) and the largest gap between 10 ms heartbeats are recorded. Prints, per file,
// `import-page.<file>.longest-main-task` (goal ≤ 50 ms), the heartbeat gap, the time to the
// preview and to the remapped preview. IMPORT_PAGE_PORT (4187) picks the server's port.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../scripts/lighthouse';
import { launchChromium } from './browser-harness';
import type { Bench } from './types';

/** A CSV of about `bytes`: question, answer, three wrong choices, explanation, topic. */
export function bigCsv(bytes: number): string {
	const lines = ['Question,Correct answer,Answer 2,Answer 3,Answer 4,Explanation,Topic'];
	let size = lines[0].length;
	for (let i = 0; size < bytes; i++) {
		const line = `"Which city hosts fact ${i}, in the made-up atlas?",Velmora ${i},Ostrava ${i},Kastel ${i},Drin ${i},"Because the atlas says so, entry ${i}.",Atlas ${i % 40}`;
		lines.push(line);
		size += line.length + 1;
	}
	return lines.join('\n');
}

/** Anki "Notes in Plain Text" of `notes` Basic notes, each back padded like a deck with long answers. */
export function bigAnkiText(notes: number): string {
	const filler = ' — a longer answer, as decks with explanations have'.repeat(12);
	const lines = ['#separator:tab', '#html:false', '#notetype column:1'];
	for (let i = 0; i < notes; i++)
		lines.push(`Basic\tQuestion ${i}: what is fact number ${i}?\tAnswer ${i}${filler}`);
	return lines.join('\n');
}

interface Watch {
	longestTaskMs: number;
	longTasks: number;
	maxGapMs: number;
}

const bench: Bench = {
	name: 'import-page',
	async run(report) {
		const server = await startServer(Number(process.env.IMPORT_PAGE_PORT ?? 4187));
		const browser = await launchChromium();
		// Files are given by path: a buffer would be rebuilt inside the page by script, a long task
		// of Playwright's own on the very thread measured.
		const dir = mkdtempSync(join(tmpdir(), 'import-page-'));
		const files: [label: string, name: string, text: string, remap: boolean][] = [
			['csv-5mb', 'atlas.csv', bigCsv(5 * 1024 * 1024), true],
			['anki-text-30000', 'deck.txt', bigAnkiText(30_000), false]
		];
		try {
			for (const [label, name, text, remap] of files) {
				const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
				page.setDefaultTimeout(5 * 60_000);
				await page.goto(`${server.url}/courses/import`);
				await page.locator('body[data-hydrated="true"]').waitFor();
				await page.evaluate(() => {
					const watch = { longestTaskMs: 0, longTasks: 0, maxGapMs: 0 };
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries()) {
							watch.longTasks++;
							watch.longestTaskMs = Math.max(watch.longestTaskMs, entry.duration);
						}
					}).observe({ type: 'longtask' });
					let last = performance.now();
					setInterval(() => {
						const now = performance.now();
						watch.maxGapMs = Math.max(watch.maxGapMs, now - last);
						last = now;
					}, 10);
					(window as unknown as { watch: Watch }).watch = watch;
				});
				const bytes = Buffer.from(text);
				const path = join(dir, name);
				writeFileSync(path, bytes);
				const start = Date.now();
				await page.locator('input[type="file"]').setInputFiles(path);
				const confirm = page.getByRole('button', { name: /^Import \d/ });
				await confirm.waitFor();
				report(`import-page.${label}.file-bytes`, bytes.length, 'bytes');
				report(`import-page.${label}.to-preview`, Date.now() - start, 'ms');
				if (remap) {
					const changed = Date.now();
					// The Topic column left out: the preview must follow (no topic after the type).
					const mapping = page.getByRole('group', { name: 'What each column holds' });
					await mapping.getByRole('combobox').last().selectOption('ignore');
					await page.waitForFunction(
						() => {
							const type = document.querySelector('ol.questions p.type');
							return !!type && !type.textContent?.includes('·');
						},
						undefined,
						{ polling: 50 }
					);
					await confirm.waitFor();
					report(`import-page.${label}.to-remapped-preview`, Date.now() - changed, 'ms');
				}
				// A moment for any task the preview left queued.
				await page.waitForTimeout(500);
				const watch = await page.evaluate(() => (window as unknown as { watch: Watch }).watch);
				report(`import-page.${label}.longest-main-task`, Math.round(watch.longestTaskMs), 'ms');
				report(`import-page.${label}.long-tasks`, watch.longTasks, 'tasks over 50 ms');
				report(`import-page.${label}.max-heartbeat-gap`, Math.round(watch.maxGapMs), 'ms');
				await page.close();
			}
		} finally {
			await browser.close();
			server.stop();
			rmSync(dir, { recursive: true, force: true });
		}
	}
};

export default bench;
