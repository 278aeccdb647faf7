// Which code the Add documents screen's long main-thread tasks are (bench/README.md, "How to
// find a long task's code"), and what the generator worker does before its first progress.
// Needs a build with source maps: `FLASHPOINT_SOURCEMAP=1 npm run build`. Runs the bench's path
// (`add-documents-page`: paste, Add pasted text, Generate questions) on one text size with the
// CDP profiler on the page and on each worker it starts, splits the page's samples into tasks at
// idle samples, and prints every task over 50 ms with its heaviest functions (self and
// inclusive time, mapped through build/**/*.js.map), then the worker's first second.
// Usage: npx tsx scripts/profile-add-documents.ts [KB=45] (PROFILE_PORT picks the port, 4189).
import {
	IDLE,
	chargeSample,
	printTaskTimes,
	treeOf,
	type CpuProfile,
	type TraceEvent
} from './cpu-profile';
import type { CDPSession } from '@playwright/test';
import { startServer } from './lighthouse';
import { launchChromium } from '../bench/browser-harness';
import { documentOf } from '../bench/add-documents';
import { generateToFirstProgress } from '../bench/add-documents-page';

/** Each run of non-idle samples (a task, roughly), with its self and inclusive time by function. */
function tasksOf(profile: CpuProfile, overMs: number) {
	const tree = treeOf(profile);
	const tasks: {
		startMs: number;
		ms: number;
		self: Map<string, number>;
		total: Map<string, number>;
	}[] = [];
	let current: (typeof tasks)[number] | null = null;
	let t = profile.startTime;
	let idleRun = 0;
	profile.samples?.forEach((id, i) => {
		const dt = (profile.timeDeltas?.[i] ?? 0) / 1000;
		t += dt * 1000;
		const node = tree.byId.get(id)!;
		const fn = node.callFrame.functionName;
		if (IDLE.has(fn) && fn !== '(program)') {
			idleRun += dt;
			if (idleRun > 1 && current) current = null;
			return;
		}
		idleRun = 0;
		if (!current) {
			current = {
				startMs: (t - profile.startTime) / 1000,
				ms: 0,
				self: new Map(),
				total: new Map()
			};
			tasks.push(current);
		}
		current.ms += dt;
		chargeSample(current, tree, id, dt);
	});
	return tasks.filter((task) => task.ms > overMs);
}

function print(title: string, profile: CpuProfile, overMs = 50, top = 12) {
	console.log(`\n== ${title}`);
	for (const task of tasksOf(profile, overMs)) {
		console.log(`-- task at ${task.startMs.toFixed(0)} ms: ${task.ms.toFixed(1)} ms`);
		printTaskTimes(task, top);
	}
}

/** The renderer main thread's tasks over 50 ms, with the time of each kind of event inside. */
function printTrace(title: string, trace: { traceEvents: TraceEvent[] }) {
	console.log(`\n== ${title}`);
	const events = trace.traceEvents;
	const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
	if (!main) return console.log('(no renderer main thread)');
	const mine = events
		.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
		.sort((a, b) => a.ts - b.ts);
	const tasks = mine.filter((e) => e.name === 'RunTask' && e.dur! > 50_000);
	for (const task of tasks) {
		const inside = mine.filter(
			(e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!
		);
		const byName = new Map<string, number>();
		for (const e of inside) {
			const key =
				e.name +
				(e.args?.data?.functionName ? ` ${e.args.data.functionName}` : '') +
				(e.args?.data?.url ? ` ${e.args.data.url.split('/').pop()}` : '');
			byName.set(key, (byName.get(key) ?? 0) + e.dur! / 1000);
		}
		console.log(`-- RunTask ${(task.dur! / 1000).toFixed(1)} ms`);
		for (const [k, v] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 14))
			console.log(`     ${v.toFixed(1).padStart(7)}  ${k}`);
	}
}

const kb = Number(process.argv[2] ?? 45);
const server = await startServer(Number(process.env.PROFILE_PORT ?? 4189));
const browser = await launchChromium();
try {
	const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
	page.setDefaultTimeout(10 * 60_000);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	// Each worker the page starts: profiled from its first line (it waits for the debugger).
	const workers: { url: string; session: CDPSession; started: number }[] = [];
	page.on('worker', async (worker) => {
		const session = await page
			.context()
			.newCDPSession(worker as never)
			.catch(() => null);
		if (!session) return;
		await session.send('Profiler.enable');
		await session.send('Profiler.setSamplingInterval', { interval: 200 });
		await session.send('Profiler.start');
		workers.push({ url: worker.url(), session, started: Date.now() });
	});
	await page.goto(`${server.url}/courses/new`);
	await page.locator('body[data-hydrated="true"]').waitFor();
	const box = page.getByLabel('Or paste an article');
	await box.evaluate(
		(el, value) => ((el as HTMLTextAreaElement).value = value),
		documentOf(kb * 1024)
	);
	await browser.startTracing(page, {
		categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute']
	});
	// Starting the profiler is itself a long task (it lists the page's code): done, then a pause.
	await cdp.send('Profiler.start');
	await page.waitForTimeout(1000);
	await box.dispatchEvent('input');
	await page.getByRole('button', { name: 'Add pasted text' }).click();
	await page.getByTestId('document-entry').getByLabel('Title').waitFor();
	await page.waitForTimeout(500);
	print(
		`paste + add (${kb} KB)`,
		((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile
	);
	const traced = (await browser.stopTracing()).toString();
	if (process.env.PROFILE_TRACE)
		(await import('node:fs')).writeFileSync(process.env.PROFILE_TRACE, traced);
	printTrace('paste + add, trace', JSON.parse(traced));
	await page.getByLabel('Course title').fill('Bench');
	await cdp.send('Profiler.start');
	await page.waitForTimeout(1000);
	const { started, ms } = await generateToFirstProgress(page);
	console.log(`\nfirst progress after ${ms} ms`);
	const generator = workers.find((w) => w.url.includes('generate.worker'));
	const first = generator
		? ((await generator.session.send('Profiler.stop')) as { profile: CpuProfile }).profile
		: null;
	await page.getByRole('heading', { name: 'Course saved' }).waitFor();
	console.log(`saved after ${Date.now() - started} ms`);
	print(
		`generate (${kb} KB)`,
		((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile
	);
	if (first) print('generator worker, up to the first progress', first, 0, 20);
	else console.log('\n(no generator worker profiled)');
} finally {
	await browser.close();
	server.stop();
}
