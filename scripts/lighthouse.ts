// Lighthouse (mobile settings, Lighthouse's default) on the production build, driving Debian's
// Chromium. `npx tsx scripts/lighthouse.ts [paths…]` builds nothing: run `npm run build` first.
// Prints each category's score and, for anything below 100, the audits that cost points.
// `npm run bench` reports the same scores through bench/lighthouse.ts.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { MainThreadTasks } from 'lighthouse/core/lib/tracehouse/main-thread-tasks.js';
import { TraceProcessor } from 'lighthouse/core/lib/tracehouse/trace-processor.js';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseRun {
	path: string;
	/** The build served (`build`, or another build's folder when builds are compared). */
	build: string;
	scores: Record<(typeof CATEGORIES)[number], number>;
	metrics: { lcpMs: number; tbtMs: number; cls: number; fcpMs: number };
	/**
	 * The largest contentful paint's element (its selector and start of its HTML) and its phases
	 * (`TTFB`, `Load Delay`, `Load Time`, `Render Delay`, ms, simulated mobile), from the
	 * `largest-contentful-paint-element` audit: which element paints last, and what it waits for.
	 */
	lcp: { element: string; phases: Record<string, number> };
	/** Audits that lost points: `category: audit id (title)`. */
	failures: string[];
	/**
	 * What blocks the main thread: per script (its file name; `document` for the page itself,
	 * `unattributable` where Lighthouse names none), the time of its long tasks beyond 50 ms each
	 * (ms, simulated mobile), as Total Blocking Time counts them; from the `long-tasks` audit.
	 */
	blocking: Record<string, number>;
	/**
	 * The same from the main thread's CPU time instead of its wall time (`cpuBlocking`): what
	 * the page's own work costs, whatever else the machine runs. Lighthouse simulates a 4×
	 * slower phone by scaling each task's observed wall time, so on a loaded machine a task
	 * waiting for a core counts as work (10:30 UTC, load 24: Home's start-up task took 1,366 ms
	 * of wall time for 66 ms of CPU). `tbtMs`: the sum, ms; `blocking`: by script, as above.
	 */
	cpu: { tbtMs: number; blocking: Record<string, number>; fcpMs: number; longTasks: CpuTask[] };
}

/** The file name a long task is counted under: its script, `document`, or `unattributable`. */
function scriptName(url: string): string {
	const path = url.startsWith('http') ? new URL(url).pathname : '';
	return path.endsWith('.js') ? path.split('/').pop()! : path ? 'document' : 'unattributable';
}

/** `blocking` of a run, from the `long-tasks` audit's items (`{ url, duration }`, ms). */
export function blockingByScript(items: readonly { url?: string; duration?: number }[]) {
	const blocking: Record<string, number> = {};
	for (const { url = '', duration = 0 } of items) {
		if (duration <= 50) continue;
		const name = scriptName(url);
		blocking[name] = (blocking[name] ?? 0) + duration - 50;
	}
	return blocking;
}

/** A Lighthouse trace (`artifacts.Trace`). */
type Trace = Parameters<typeof TraceProcessor.processTrace>[0];

/** One top-level task of the page's main thread: start (ms from navigation), CPU time, URL. */
export interface CpuTask {
	startMs: number;
	cpuMs: number;
	url: string;
}

/**
 * Total Blocking Time from CPU time: each task starting at or after first contentful paint
 * (`fcpMs`), and each task of a script before it, its CPU time scaled by `slowdown`
 * (Lighthouse's mobile CPU multiplier, 4), counts its excess over 50 ms, in total and by script
 * (`scriptName`). Lighthouse ends the window at Time to Interactive, which comes after the last
 * long task, so every long task after FCP counts. A script's task before the observed FCP counts
 * too: the app's scripts are deferred modules, which Lighthouse's simulation runs after the first
 * paint, while on a loaded machine the observed paint sometimes came after them (Home's
 * start-up task was then left out of one run and in the next).
 */
export function cpuBlocking(tasks: readonly CpuTask[], fcpMs: number, slowdown: number) {
	const blocking: Record<string, number> = {};
	let tbtMs = 0;
	for (const task of tasks) {
		const excess = task.cpuMs * slowdown - 50;
		const counted = task.startMs >= fcpMs || scriptName(task.url).endsWith('.js');
		if (!counted || excess <= 0) continue;
		tbtMs += excess;
		const name = scriptName(task.url);
		blocking[name] = (blocking[name] ?? 0) + excess;
	}
	return { tbtMs, blocking };
}

/**
 * The page's top-level main-thread tasks in a Lighthouse trace, with their CPU time (the trace
 * events' thread duration, `tdur`), and its first contentful paint, both in ms from navigation.
 */
export function cpuTasksOfTrace(trace: Trace): { tasks: CpuTask[]; fcpMs: number } {
	const processed = TraceProcessor.processTrace(trace);
	const navigation = TraceProcessor.processNavigation(processed);
	const tasks = MainThreadTasks.getMainThreadTasks(
		processed.mainThreadEvents,
		processed.frames,
		processed.timestamps.traceEnd,
		processed.timestamps.timeOrigin
	);
	return {
		fcpMs: navigation.timings.firstContentfulPaint,
		tasks: tasks
			.filter((task) => !task.parent)
			.map((task) => ({
				startMs: task.startTime,
				// Chromium writes `tdur` (thread time, µs) on complete events; Lighthouse's type lacks it.
				cpuMs: ((task.event as { tdur?: number }).tdur ?? task.event.dur ?? 0) / 1000,
				url: task.attributableURLs.at(-1) ?? ''
			}))
	};
}

/** Serves `dir` (./build) with `scripts/serve.js` on `port`; resolves once it answers. */
export async function startServer(port: number, dir = 'build') {
	const args = ['scripts/serve.js', '--port', String(port), '--dir', dir];
	const server = spawn('node', args, { stdio: 'ignore' });
	const url = `http://127.0.0.1:${port}`;
	for (;;) {
		if (server.exitCode !== null) throw new Error('the production server did not start');
		const up = await fetch(`${url}/`).then(
			(response) => response.ok,
			() => false
		);
		if (up) return { url, stop: () => server.kill() };
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

/** `lcp`, its element read from the trace (`lcpOfTrace`) when the audit gave none. */
function lcpWithTrace(lcp: LighthouseRun['lcp'], trace: Trace): LighthouseRun['lcp'] {
	if (lcp.element) return lcp;
	const { timeOrigin } = TraceProcessor.processTrace(trace).timestamps;
	return { ...lcp, element: lcpOfTrace(trace.traceEvents as TraceEvent[], timeOrigin) };
}

function cpuOf(trace: Trace, slowdown: number): LighthouseRun['cpu'] {
	const { tasks, fcpMs } = cpuTasksOfTrace(trace);
	// The tasks long enough to count, kept for reading (which script, when, how much CPU).
	const longTasks = tasks.filter((task) => task.cpuMs * slowdown > 50);
	return { ...cpuBlocking(tasks, fcpMs, slowdown), fcpMs, longTasks };
}

/** A trace event as `lcpOfTrace` reads it (Chromium's `largestContentfulPaint::Candidate`). */
interface TraceEvent {
	name: string;
	ts: number;
	args?: { data?: Record<string, unknown> };
}

/**
 * The largest contentful paint's element from the trace, where the audit failed (Lighthouse
 * 12.2's `TraceElements` throws on Chromium 156's traces: "reading 'frame_sequence'"): the
 * main frame's last `largestContentfulPaint::Candidate`, as `P 322×43 at 35,142 (text), seen at
 * 1,234 ms` (its tag, its box in CSS px from the `LargestTextPaint`/`LargestImagePaint` event of
 * the same candidate, and when the unthrottled page painted it, ms after `timeOriginUs`, the
 * navigation's start in the trace's µs). '' when the trace has none.
 */
export function lcpOfTrace(events: readonly TraceEvent[], timeOriginUs: number): string {
	const data = (event: TraceEvent) => event.args?.data ?? {};
	// The navigation's candidates; the last is the one with the highest index.
	const last = events
		.filter(
			(event) =>
				event.name === 'largestContentfulPaint::Candidate' &&
				data(event).isOutermostMainFrame &&
				event.ts >= timeOriginUs
		)
		.reduce<TraceEvent | undefined>(
			(best, event) =>
				!best || Number(data(event).candidateIndex) > Number(data(best).candidateIndex)
					? event
					: best,
			undefined
		);
	if (!last) return '';
	const { candidateIndex, nodeName = '?', type = '' } = data(last);
	const box = events.find(
		(event) =>
			/^Largest(Text|Image)Paint::Candidate$/.test(event.name) &&
			data(event).candidateIndex === candidateIndex &&
			data(event).isOutermostMainFrame
	);
	const { frame_width: w, frame_height: h, frame_x: x, frame_y: y } = box ? data(box) : {};
	const where = box ? ` ${w}×${h} at ${x},${y}` : '';
	const seen = Math.round((last.ts - timeOriginUs) / 1000).toLocaleString('en');
	return `${nodeName}${where} (${type}), seen at ${seen} ms`;
}

/** `lcp` of a run from the `largest-contentful-paint-element` audit's details (a list of tables). */
export function lcpOf(details: unknown): LighthouseRun['lcp'] {
	type Row = { node?: { selector?: string; snippet?: string }; phase?: string; timing?: number };
	const tables = ((details as { items?: { items?: Row[] }[] } | undefined)?.items ?? []).map(
		(table) => table.items ?? []
	);
	const node = tables.flat().find((row) => row.node)?.node;
	const phases: Record<string, number> = {};
	for (const row of tables.flat())
		if (row.phase && typeof row.timing === 'number') phases[row.phase] = Math.round(row.timing);
	const element = node ? `${node.selector ?? '?'} ${(node.snippet ?? '').slice(0, 120)}` : '';
	return { element, phases };
}

/**
 * Serves each of `builds` (folders of a production build, `build` by default) on its own port
 * from `port` on, and runs Lighthouse on each path, one after another, each path on every build
 * in turn: builds compared in one run share the machine's load minute by minute.
 */
export async function runLighthouse(
	paths: string[],
	port: number,
	builds: readonly string[] = ['build']
): Promise<LighthouseRun[]> {
	for (const build of builds)
		if (!existsSync(`${build}/index.html`))
			throw new Error(`no build in ${build}: run \`npm run build\` first`);
	const servers = await Promise.all(builds.map((build, i) => startServer(port + i, build)));
	const chrome = await chromeLauncher.launch({
		chromePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu']
	});
	const runs: LighthouseRun[] = [];
	try {
		for (const [path, build, server] of paths.flatMap((path) =>
			servers.map((server, i) => [path, builds[i], server] as const)
		)) {
			const result = await lighthouse(`${server.url}${path}`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...CATEGORIES]
			});
			if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
			const { lhr, artifacts } = result;
			if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.message}`);
			const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
			const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
			const failures: string[] = [];
			for (const id of CATEGORIES) {
				for (const ref of lhr.categories[id]?.auditRefs ?? []) {
					const audit = lhr.audits[ref.id];
					if (ref.weight > 0 && audit.score !== null && audit.score < 1)
						failures.push(`${id}: ${audit.id} (${audit.title}) score ${audit.score}`);
				}
			}
			runs.push({
				path,
				build,
				scores: {
					performance: score('performance'),
					accessibility: score('accessibility'),
					'best-practices': score('best-practices'),
					seo: score('seo')
				},
				metrics: {
					fcpMs: numeric('first-contentful-paint'),
					lcpMs: numeric('largest-contentful-paint'),
					tbtMs: numeric('total-blocking-time'),
					cls: numeric('cumulative-layout-shift')
				},
				failures,
				lcp: lcpWithTrace(
					lcpOf(lhr.audits['largest-contentful-paint-element']?.details),
					artifacts.Trace
				),
				blocking: blockingByScript(
					((lhr.audits['long-tasks']?.details as { items?: unknown[] } | undefined)?.items ??
						[]) as { url?: string; duration?: number }[]
				),
				cpu: cpuOf(artifacts.Trace, lhr.configSettings.throttling.cpuSlowdownMultiplier ?? 4)
			});
		}
	} finally {
		chrome.kill();
		for (const server of servers) server.stop();
	}
	return runs;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const paths = process.argv.slice(2);
	const port = Number(process.env.LIGHTHOUSE_PORT ?? 4184);
	for (const run of await runLighthouse(paths.length ? paths : ['/'], port)) {
		console.log(`${run.path}: ${JSON.stringify(run.scores)} ${JSON.stringify(run.metrics)}`);
		console.log(
			`  blocking (ms beyond 50 per long task, by script): ${JSON.stringify(run.blocking)}`
		);
		console.log(
			`  from CPU time: TBT ${Math.round(run.cpu.tbtMs)} ms, by script ${JSON.stringify(run.cpu.blocking)}`
		);
		console.log(`  LCP element: ${run.lcp.element} ${JSON.stringify(run.lcp.phases)}`);
		for (const failure of run.failures) console.log(`  ${failure}`);
	}
}
