// SCALE_PHASES=1 for bench/scale.ts: where Home's count and the first queue build spend their
// time, phase by phase and under Chromium's sampling profiler.
import type { Page } from '@playwright/test';
import { median, type openHarness } from './browser-harness';
import type { ScaleBench } from './scale-harness/main';
import type { Measured } from './scale-harness/measure';
import type { Report } from './types';

/** The parts of a Chromium CPU profile (`Profiler.stop`) that `splitProfile` reads. */
interface CpuProfile {
	nodes: { id: number; callFrame: { functionName: string } }[];
	samples?: number[];
	timeDeltas?: number[];
}

/** Calls the harness in the page (`openHarness`). */
type Call = Awaited<ReturnType<typeof openHarness<ScaleBench>>>;

/**
 * `SCALE_PHASES=1`: where Home's count and the first queue build spend their time, on both
 * `databases` (after SCALE_ANSWERS_TODAY answers, if set), PHASE_RUNS (3) times each, as medians: per phase its ms, IndexedDB requests and
 * rows; and Home whole under Chromium's sampling profiler, split into JavaScript, garbage
 * collection and the rest (waiting for IndexedDB, idle).
 */
export async function phases(
	page: Page,
	call: Call,
	now: number,
	report: Report,
	databases: { empty: string; full: string }
) {
	const runs = Number(process.env.PHASE_RUNS ?? 3);
	// SCALE_ANSWERS_TODAY=n: n answers on both databases two hours before the measured moment,
	// as a study session leaves them (sibling burying reads today's answers); default none.
	const answersToday = Number(process.env.SCALE_ANSWERS_TODAY ?? 0);
	if (answersToday > 0)
		for (const name of Object.values(databases))
			await call(
				(h, d: string, n: number, r: number) => h.answers(d, n, r),
				name,
				now - 2 * 3_600_000,
				answersToday
			);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	const figures = new Map<string, number[]>();
	const add = (name: string, value: number) =>
		figures.set(name, [...(figures.get(name) ?? []), value]);
	const tops = new Map<string, [string, number][]>();
	for (let run = 0; run < runs; run++) {
		for (const which of ['empty', 'full'] as const) {
			const name = databases[which];
			const home = await call((h, d: string, n: number) => h.homePhases(d, n), name, now);
			for (const [phase, m] of Object.entries(home)) {
				add(`home.${phase}.${which}.ms`, m.ms);
				add(`home.${phase}.${which}.requests`, m.requests);
				add(`home.${phase}.${which}.rows`, m.rows);
				tops.set(`home.${phase}.${which}`, m.top);
				tops.set(`home.${phase}.${which}.rows`, m.topRows);
			}
			const micro = await call((h, d: string, n: number) => h.micro(d, n), name, now);
			for (const [read, ms] of Object.entries(micro)) add(`read.${read}.${which}.ms`, ms);
			const queue = await call((h, d: string, n: number) => h.queuePhases(d, n), name, now);
			add(`queue.${which}.ms`, queue.ms);
			add(`queue.${which}.requests`, queue.requests);
			add(`queue.${which}.rows`, queue.rows);
			tops.set(`queue.${which}`, queue.top);
			tops.set(`queue.${which}.rows`, queue.topRows);
			for (const [figure, run] of [
				['home', (h: ScaleBench, d: string, n: number) => h.home(d, n)],
				['queue', (h: ScaleBench, d: string, n: number) => h.firstQueue(d, n)]
			] as const) {
				// Home as the first of a day (homePhases stored every course's counts).
				if (figure === 'home') await call((h, d: string) => h.forgetHome(d), name);
				await cdp.send('Profiler.start');
				const result: number | Measured = await call(run, name, now);
				const ms = typeof result === 'number' ? result : result.ms;
				const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
				const split = splitProfile(profile);
				add(`${figure}.profiled.${which}.ms`, ms);
				add(`${figure}.profiled.${which}.js`, split.js);
				add(`${figure}.profiled.${which}.gc`, split.gc);
				tops.set(`${figure}.js.${which}`, split.top);
			}
		}
	}
	for (const [name, values] of figures)
		report(
			`scale.phase.${name}`,
			median(values),
			name.endsWith('ms') || /\.(js|gc)$/.test(name) ? 'ms' : 'n'
		);
	for (const [name, top] of tops)
		console.log(
			`scale.phase.${name}.top: ${top.map(([k, v]) => `${k}=${Number(v.toFixed?.(1) ?? v)}`).join(' ')}`
		);
}

/** A CPU profile's time (ms) in JavaScript, in garbage collection, and the top self-times. */
function splitProfile(profile: CpuProfile) {
	const names = new Map(
		profile.nodes.map((node) => [node.id, node.callFrame.functionName || '(anonymous)'])
	);
	const self = new Map<string, number>();
	profile.samples?.forEach((id, i) => {
		const name = names.get(id)!;
		self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
	});
	const other = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);
	let js = 0;
	for (const [name, ms] of self) if (!other.has(name)) js += ms;
	const top = [...self]
		.filter(([name]) => !other.has(name))
		.sort((a, b) => b[1] - a[1])
		.slice(0, 6);
	return { js, gc: self.get('(garbage collector)') ?? 0, top };
}
