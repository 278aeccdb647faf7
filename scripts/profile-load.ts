// Which code a screen's long main-thread tasks on a fresh first load are (bench/README.md, "How
// to find a long task's code"): Lighthouse's case, a first visit with empty storage at 4× CPU
// slowdown. Needs a build with source maps (`FLASHPOINT_SOURCEMAP=1 npm run build`). For each
// path: a fresh browser context, the CDP profiler started on a blank same-origin page, then the
// screen loaded and left 4 s to settle; prints every task over 50 ms of throttled time with its
// heaviest functions (self and inclusive, through build/**/*.js.map).
// Usage: npx tsx scripts/profile-load.ts /questions [/stats …] (PROFILE_PORT picks the port, 4190;
// PROFILE_RATE the CPU slowdown, 4).
import {
	heaviestLines,
	longTasksOf,
	printTaskTimes,
	tasksOf,
	type CpuProfile
} from './cpu-profile';
import { startServer } from './lighthouse';
import { launchChromium } from '../bench/browser-harness';

const paths = process.argv.slice(2);
const rate = Number(process.env.PROFILE_RATE ?? 4);
const top = Number(process.env.PROFILE_TOP ?? 14);
const server = await startServer(Number(process.env.PROFILE_PORT ?? 4190));
const browser = await launchChromium();
try {
	for (const path of paths.length ? paths : ['/']) {
		const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await page.goto(`${server.url}/robots.txt`);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate });
		await cdp.send('Profiler.enable');
		await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
		await cdp.send('Profiler.start');
		await page.waitForTimeout(1500);
		await browser.startTracing(page, {
			categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel']
		});
		await page.goto(`${server.url}${path}`);
		await page.waitForTimeout(4000);
		const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
		const trace = JSON.parse((await browser.stopTracing()).toString());
		if (process.env.PROFILE_DEBUG)
			(await import('node:fs')).writeFileSync('/tmp/lh19-trace.json', JSON.stringify(trace));
		console.log(`\n== ${path} (CPU ×${rate}, first visit)`);
		let excess = 0;
		const long = longTasksOf(trace, 50);
		if (process.env.PROFILE_DEBUG)
			console.log(long.length, long[0], profile.startTime, trace.traceEvents.length);
		const tasks = tasksOf(profile, long);
		const zero = tasks[0]?.startUs ?? 0;
		for (const task of tasks) {
			excess += task.ms - 50;
			console.log(
				`-- task at ${((task.startUs - zero) / 1000).toFixed(0)} ms: ${task.ms.toFixed(1)} ms (${task.sampledMs.toFixed(1)} sampled)`
			);
			printTaskTimes(task, top);
			const app = new Map([...task.total].filter(([name]) => / src\//.test(name)));
			console.log('   inclusive, the app code:\n' + heaviestLines(app, top));
		}
		console.log(`sum beyond 50 ms: ${excess.toFixed(0)} ms`);
		await context.close();
	}
} finally {
	await browser.close();
	server.stop();
}
