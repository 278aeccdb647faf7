// Which code the import screen's long main-thread tasks run as a big import ends (issue 14: a
// 591 ms task as the done card of a 40,000-card .apkg appeared). Needs a build with source maps
// (`FLASHPOINT_SOURCEMAP=1 npm run build`). The import is made as `bench/import-store.ts`
// makes it (a `bigDeck` of PROFILE_CARDS cards, 40,000, with history); the CDP profiler and a
// trace start once the store says "Saving…" and stop 2 s after the done heading; prints every
// main-thread task over 50 ms with its heaviest functions (`cpu-profile.ts`).
// Usage: npx tsx scripts/profile-import.ts (PROFILE_PORT picks the port, 4191).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import { bigDeck } from '../src/lib/formats/anki-collection.test-helpers';
import { launchChromium } from '../bench/browser-harness';
import { longTasksOf, printTaskTimes, tasksOf, type CpuProfile } from './cpu-profile';
import { startServer } from './lighthouse';

const cards = Number(process.env.PROFILE_CARDS ?? 40_000);
const server = await startServer(Number(process.env.PROFILE_PORT ?? 4191));
const browser = await launchChromium();
const dir = mkdtempSync(join(tmpdir(), 'profile-import-'));
try {
	const path = join(dir, 'deck.apkg');
	writeFileSync(path, bigDeck(await initSqlJs(), cards));
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	page.setDefaultTimeout(10 * 60_000);
	const cdp = await context.newCDPSession(page);
	await page.goto(`${server.url}/courses/import`);
	await page.locator('body[data-hydrated="true"]').waitFor();
	await page.locator('input[type="file"]').setInputFiles(path);
	const confirm = page.getByRole('button', { name: /^Import \d/ });
	await confirm.waitFor();
	page.on('pageerror', (error) => console.error('page error:', error.message));
	await confirm.click();
	// The last stages (the queue's write, the commit), or the end if they passed unseen.
	await page
		.getByTestId('store-progress')
		.getByText(/^(Saving|Preparing the study queue)/)
		.or(page.getByRole('heading', { name: /^Imported/ }))
		.or(page.getByText(/^Nothing was imported/))
		.first()
		.waitFor();
	console.log(
		'profiling from:',
		await page
			.getByTestId('store-progress')
			.textContent()
			.catch(() => 'done')
	);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	await cdp.send('Profiler.start');
	// Not the disabled-by-default timeline: its events of a 30 s import pass Node's string limit.
	await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel'] });
	await page.getByRole('heading', { name: /^Imported/ }).waitFor();
	await page.waitForTimeout(2000);
	const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
	const trace = JSON.parse((await browser.stopTracing()).toString());
	const long = longTasksOf(trace, 50);
	const tasks = tasksOf(profile, long);
	console.log(`${long.length} main-thread tasks over 50 ms, ${tasks.length} with samples`);
	const zero = tasks[0]?.startUs ?? 0;
	for (const task of tasks) {
		console.log(
			`-- task at ${((task.startUs - zero) / 1000).toFixed(0)} ms: ${task.ms.toFixed(1)} ms (${task.sampledMs.toFixed(1)} sampled)`
		);
		printTaskTimes(task, Number(process.env.PROFILE_TOP ?? 16));
	}
	await context.close();
} finally {
	await browser.close();
	server.stop();
	rmSync(dir, { recursive: true, force: true });
}
